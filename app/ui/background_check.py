"""The scheduling shared by the window's background checks (names, QA).

A check runs through ``window.task_runner`` when a project opens (after a short delay, so the
window paints first) and again after edits (debounced). Only one check runs at a time; a
request during a run starts one more after it; a result for a project that is no longer open is
dropped (a generation number); closing the project cancels a running check. Subclasses say what
the work is (``make_work``), what an empty result is (``empty_snapshot``), what to keep from a
result (``accept``) and how to show it (``publish``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from pathlib import Path

    from app.storage.project_repo import ProjectRepository
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class BackgroundCheck(QObject):
    #: New results are on screen (or the project closed: empty results).
    resultsChanged = Signal()
    #: The background check failed; the argument is a message for the status bar.
    checkFailed = Signal(str)

    def __init__(self, window: MainWindow, debounce_ms: int, startup_delay_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.snapshot: Any = self.empty_snapshot()
        self.checks_done = 0
        self._startup_delay_ms = startup_delay_ms
        self._generation = 0
        self._running = False
        self._pending = False
        self._task = None  # the running check's TaskHandle
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)
        window.projectOpened.connect(self._opened)
        window.projectClosed.connect(self._closed)

    # -- what subclasses say -------------------------------------------------------------------

    def empty_snapshot(self) -> Any:
        raise NotImplementedError

    def make_work(self, path: Path) -> Callable[[TaskContext], Any]:
        """The worker function for one check of the project at ``path``."""
        raise NotImplementedError

    def accept(self, snapshot: Any) -> None:
        """Keep a fresh result (called on the GUI thread, before ``publish``)."""
        self.snapshot = snapshot

    def publish(self) -> None:
        raise NotImplementedError

    def failure_text(self, exc: BaseException) -> str:
        raise NotImplementedError

    def on_opened(self, repo: ProjectRepository) -> None:
        """A project opened (read what the check needs from it)."""

    def on_closed(self) -> None:
        """The project closed (forget what belonged to it)."""

    def first_run(self, generation: int) -> None:
        self.run_now()

    # -- project life --------------------------------------------------------------------------

    def _opened(self, repo: ProjectRepository) -> None:
        self._generation += 1
        self.snapshot = self.empty_snapshot()
        self.on_opened(repo)
        if self.window.model is not None:
            # Only text changes matter: an approval does not start a new check.
            self.window.model.textsChanged.connect(self.schedule)
        generation = self._generation
        QTimer.singleShot(self._startup_delay_ms, self, lambda: self._first_run(generation))

    def _first_run(self, generation: int) -> None:
        if generation == self._generation and not self._timer.isActive():
            self.first_run(generation)

    def _closed(self) -> None:
        self._generation += 1
        self._timer.stop()
        if self._task is not None and self._running:
            self._task.cancel()  # the worker stops at the next segment
        self._pending = False
        self.snapshot = self.empty_snapshot()
        self.visible: dict = {}
        self.on_closed()
        self.resultsChanged.emit()

    # -- running -------------------------------------------------------------------------------

    def schedule(self) -> None:
        """Check again after a short quiet period (edits come in bursts)."""
        if self.window.project_path is not None:
            self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        path = self.window.project_path
        if path is None:
            return
        if self._running:
            self._pending = True
            return
        self._running = True
        self._pending = False
        generation = self._generation
        self._task = self.window.task_runner.run(
            self.make_work(path),
            on_success=lambda snapshot: self._finished(generation, snapshot),
            on_failure=lambda exc: self._failed(generation, exc),
            on_cancelled=lambda: self._finished(generation, None),
        )

    def _finished(self, generation: int, snapshot: Any) -> None:
        self._running = False
        self._task = None
        if snapshot is not None and generation == self._generation:
            self.accept(snapshot)
            self.checks_done += 1
            self.publish()
        if self._pending or generation != self._generation:
            self.run_now()

    def _failed(self, generation: int, exc: BaseException) -> None:
        log.error("A background check failed", exc_info=exc)
        message = self.failure_text(exc)
        self.window.status.showMessage(message, 10000)
        self.checkFailed.emit(message)
        self._finished(generation, None)
