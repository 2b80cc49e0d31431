"""Names checked in the background: when a project opens and after text edits (debounced).

The check runs through ``window.task_runner`` (``name_check_snapshot.check_project`` opens its own
connection and loads the name data on the worker thread), so the window opens as fast as
without it. Results come back as a ``NameCheckSnapshot``; flags the editor ignored in this
project are left out, the rest go to the grid (``SegmentTableModel.set_flags``) and to whoever
listens to ``resultsChanged`` (the Names panel).

Only one check runs at a time; a request during a run starts one more run after it, and a
result for a project that is no longer open is dropped. Closing the project (or the window)
cancels a running check: the checker asks the task's cancel flag between segments.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.storage.ignored_flags_repo import IgnoredFlag, IgnoredFlagsRepository
from app.ui.name_check_snapshot import CellKey, NameCheckSnapshot, check_project
from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from app.names.findings import Flag
    from app.storage.project_repo import ProjectRepository
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1200
#: The first check waits this long after a project opens, so the window paints first (the
#: worker's start-up competes for the interpreter lock).
STARTUP_DELAY_MS = 300


def ignored_key(segment_id: int, flag: Flag) -> IgnoredFlag:
    return IgnoredFlag(segment_id, flag.lang, flag.kind, flag.text, flag.concept or "")


class NameCheckController(QObject):
    #: A new check result is on screen (or the project closed: empty results).
    resultsChanged = Signal()
    #: The background check failed; the argument is a message for the status bar.
    checkFailed = Signal(str)
    #: A name was chosen in a panel: {"en"/"ru"/"uk": spelling} (the romanization panel shows it).
    nameSelected = Signal(object)
    #: Someone changed the glossary (approval, glossary panel, import): panels reload, names
    #: are checked again.
    glossaryChanged = Signal()

    def __init__(self, window: MainWindow, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(window)
        self.window = window
        self.snapshot = NameCheckSnapshot()
        self.visible: dict[CellKey, list[Flag]] = {}
        self.ignored: set[IgnoredFlag] = set()
        self.checks_done = 0
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
        self.glossaryChanged.connect(self.run_now)

    # -- project life --------------------------------------------------------------------------

    def _opened(self, repo: ProjectRepository) -> None:
        self._generation += 1
        self.snapshot = NameCheckSnapshot()
        self.ignored = IgnoredFlagsRepository(repo.pdb).all()
        if self.window.model is not None:
            # Only text changes matter to names: an approval does not start a new check.
            self.window.model.textsChanged.connect(self.schedule)
        generation = self._generation
        QTimer.singleShot(STARTUP_DELAY_MS, self, lambda: self._first_run(generation))

    def _first_run(self, generation: int) -> None:
        if generation == self._generation and not self._timer.isActive():
            self.run_now()

    def _closed(self) -> None:
        self._generation += 1
        self._timer.stop()
        if self._task is not None and self._running:
            self._task.cancel()  # the worker stops at the next segment
        self._pending = False
        self.snapshot = NameCheckSnapshot()
        self.visible = {}
        self.ignored = set()
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
        self.window.status.showMessage(self.tr("Checking names…"), 3000)

        def work(task: TaskContext) -> NameCheckSnapshot:
            return check_project(path, task.check_cancelled)

        self._task = self.window.task_runner.run(
            work,
            on_success=lambda snapshot: self._finished(generation, snapshot),
            on_failure=lambda exc: self._failed(generation, exc),
            on_cancelled=lambda: self._finished(generation, None),
        )

    def _finished(self, generation: int, snapshot: NameCheckSnapshot | None) -> None:
        self._running = False
        self._task = None
        if snapshot is not None and generation == self._generation:
            self.snapshot = snapshot
            self.checks_done += 1
            self.publish()
        if self._pending or generation != self._generation:
            self.run_now()

    def _failed(self, generation: int, exc: BaseException) -> None:
        log.error("The names check failed", exc_info=exc)
        message = self.tr("The names check failed: %1").replace("%1", str(exc))
        self.window.status.showMessage(message, 10000)
        self.checkFailed.emit(message)
        self._finished(generation, None)

    # -- results -------------------------------------------------------------------------------

    def publish(self) -> None:
        """Show the snapshot's flags, minus the ignored ones, in the grid and the panels."""
        self.visible = {}
        for (sid, lang), flags in self.snapshot.flags.items():
            kept = [f for f in flags if ignored_key(sid, f) not in self.ignored]
            if kept:
                self.visible[(sid, lang)] = kept
        if self.window.model is not None:
            self.window.model.set_flags(self.visible)
        self.resultsChanged.emit()

    def flags_for(self, segment_id: int, lang: str) -> list[Flag]:
        return list(self.visible.get((segment_id, lang), []))

    def ignore(self, segment_id: int, flag: Flag) -> None:
        """"Ignore here": remember it in the project (with an audit event) and hide it."""
        if self.window.repo is None:
            return
        key = ignored_key(segment_id, flag)
        IgnoredFlagsRepository(self.window.repo.pdb).ignore(
            key, reason=flag.reason, who=self.window.reviewer
        )
        self.ignored.add(key)
        self.publish()


def controller_for(window: MainWindow) -> NameCheckController:
    """The window's names-check controller, created on first use (the grid's delegate marks
    its flags)."""
    controller = getattr(window, "name_checks", None)
    if controller is None:
        controller = NameCheckController(window)
        window.name_checks = controller  # type: ignore[attr-defined]
    return controller


def install(window: MainWindow) -> None:
    controller_for(window)
