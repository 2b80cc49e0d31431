"""The one bridge between the interface and background threads (Anki ``QueryOp`` shape).

Usage::

    def work(task: TaskContext) -> int:          # runs on a worker thread
        pdb = open_project(path)                  # open your own connection there
        for n, batch in enumerate(batches):
            task.check_cancelled()                # raises TaskCancelled once Cancel is pressed
            ...
            task.progress(n + 1, len(batches), "Translating...")
        return count

    runner.run(
        work,
        on_success=lambda count: ...,             # GUI thread, with the return value
        on_failure=lambda exc: ...,               # GUI thread; default: a plain message box
        label="Translating into Russian...",      # progress dialog (shown after ~0.5 s) with Cancel
    )

Rules: ``work`` never touches widgets, models or the GUI's database connection (SQLite
connections are per thread); everything comes back as signals delivered on the GUI thread.
Cancellation is cooperative through a ``threading.Event``: the worker checks it between batches.
A cancelled task calls ``on_cancelled`` (if given) instead of ``on_success``/``on_failure``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class TaskCancelled(Exception):
    """Raised by ``TaskContext.check_cancelled`` once the user pressed Cancel."""


class TaskContext:
    """What a worker function gets: cancellation state and a way to report progress."""

    def __init__(self, signals: _TaskSignals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """The Cancel flag itself, for Qt-free code that takes ``cancel: threading.Event``."""
        return self._cancel

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress; ``total`` 0 means unknown (a busy indicator)."""
        if shiboken6.isValid(self._signals):  # the window may have closed meanwhile
            self._signals.progress.emit(int(done), int(total), text)


class _TaskSignals(QObject):
    # Created on the GUI thread, so connections to GUI-side slots are queued.
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], signals: _TaskSignals,
                 cancel_event: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._cancel = cancel_event

    def run(self) -> None:
        emit = self._emit
        try:
            result = self._fn(TaskContext(self._signals, self._cancel))
        except TaskCancelled:
            emit("cancelled")
        except Exception as exc:  # delivered to on_failure on the GUI thread
            if self._cancel.is_set():
                emit("cancelled")
            else:
                log.debug("Background task failed", exc_info=True)
                emit("failed", exc)
        else:
            if self._cancel.is_set():
                emit("cancelled")
            else:
                emit("succeeded", result)
        finally:
            emit("finished")

    def _emit(self, name: str, *args: Any) -> None:
        """Emit unless the interface has gone (the window closed while this task ran)."""
        if not shiboken6.isValid(self._signals):
            log.debug("Task result dropped: its window is gone (%s)", name)
            return
        try:
            getattr(self._signals, name).emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("Task result dropped: its window is gone (%s)", name)


class TaskHandle(QObject):
    """A running task. Its slots run on the GUI thread (the handle lives there) and call the
    callbacks given to ``TaskRunner.run``; ``finished`` is emitted after the result callback."""

    finished = Signal()

    def __init__(self, runner: TaskRunner, cancel_event: threading.Event, callbacks: dict,
                 dialog: QProgressDialog | None) -> None:
        super().__init__(runner)
        self._runner = runner
        self._cancel = cancel_event
        self._callbacks = callbacks
        self.dialog = dialog
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        callback = self._callbacks.get("on_success")
        if callback is not None:
            callback(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        callback = self._callbacks.get("on_failure")
        if callback is not None:
            callback(exc)
        else:
            self._runner.show_failure(exc)

    @Slot()
    def _cancelled(self) -> None:
        callback = self._callbacks.get("on_cancelled")
        if callback is not None:
            callback()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)
        callback = self._callbacks.get("on_progress")
        if callback is not None:
            callback(done, total, text)

    @Slot()
    def _finished(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.done = True
        self._runner._forget(self)
        self.finished.emit()


class TaskRunner(QObject):
    """Runs functions on a thread pool and brings results, errors and progress back."""

    def __init__(self, parent_widget: QWidget | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        label: str | None = None,
        cancellable: bool = True,
    ) -> TaskHandle:
        """Start ``fn(task_context)`` on a worker thread. With ``label`` a progress dialog
        (with Cancel when ``cancellable``) appears if the task takes longer than ~0.5 s.
        Without ``on_failure`` an error is shown in a plain message box."""
        cancel_event = threading.Event()
        signals = _TaskSignals()
        callbacks = {
            "on_success": on_success, "on_failure": on_failure,
            "on_cancelled": on_cancelled, "on_progress": on_progress,
        }
        handle = TaskHandle(self, cancel_event, callbacks, None)
        if label:
            handle.dialog = self._progress_dialog(label, cancellable, handle)
        handle.signals = signals  # keep the emitter alive as long as the handle
        self._running.add(handle)
        queued = Qt.ConnectionType.QueuedConnection
        signals.succeeded.connect(handle._succeeded, queued)
        signals.failed.connect(handle._failed, queued)
        signals.cancelled.connect(handle._cancelled, queued)
        signals.progress.connect(handle._progress, queued)
        signals.finished.connect(handle._finished, queued)
        self._pool.start(_Runnable(fn, signals, cancel_event))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._running.discard(handle)

    def running(self) -> list[TaskHandle]:
        return list(self._running)

    def cancel_all(self, wait_ms: int = 3000) -> None:
        """Ask every task to stop and wait a little for them (used when the window closes)."""
        for handle in self._running:
            handle.cancel()
        if self._running:
            self._pool.waitForDone(wait_ms)

    def _progress_dialog(self, label: str, cancellable: bool,
                         handle: TaskHandle) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0,
                                 self._parent_widget)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(handle.cancel)
        dialog.setValue(0)
        return dialog

    def show_failure(self, exc: BaseException) -> None:
        QMessageBox.warning(self._parent_widget, self.tr("The task failed"), str(exc))
