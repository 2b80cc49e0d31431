"""The background bridge: results, errors, progress and cancel come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.task_runner import TaskContext, TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}
    progress = []

    def work(task: TaskContext) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        for n in range(3):
            task.progress(n + 1, 3, f"step {n + 1}")
        return 42

    def success(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    handle = runner.run(work, on_success=success,
                        on_progress=lambda done, total, text: progress.append((done, total)))
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert seen == {"worker": False, "result": 42, "gui": True}
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert runner.running() == []


def test_failure_goes_to_on_failure(qtbot):
    runner = TaskRunner()
    errors = []

    def work(task):
        raise ValueError("bad file")

    handle = runner.run(work, on_success=lambda r: errors.append("success?"),
                        on_failure=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(errors) == 1 and str(errors[0]) == "bad file"


def test_cancel_stops_the_worker_between_batches(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    started = threading.Event()
    batches = []
    outcome = []

    def work(task: TaskContext):
        started.set()
        for n in range(1000):
            task.check_cancelled()
            batches.append(n)
            threading.Event().wait(0.01)
        return "finished"

    handle = runner.run(work, on_success=outcome.append,
                        on_cancelled=lambda: outcome.append("cancelled"), label="Working…")
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert outcome == ["cancelled"]
    assert len(batches) < 1000
