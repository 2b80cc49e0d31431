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

from PySide6.QtCore import Signal

from app.storage.ignored_flags_repo import IgnoredFlag, IgnoredFlagsRepository
from app.ui.background_check import BackgroundCheck
from app.ui.name_check_snapshot import CellKey, NameCheckSnapshot, check_project
from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

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


class NameCheckController(BackgroundCheck):
    # resultsChanged and checkFailed come from BackgroundCheck.
    #: A name was chosen in a panel: {"en"/"ru"/"uk": spelling} (the romanization panel shows it).
    nameSelected = Signal(object)
    #: Someone changed the glossary (approval, glossary panel, import): panels reload, names
    #: are checked again.
    glossaryChanged = Signal()

    def __init__(self, window: MainWindow, debounce_ms: int = DEBOUNCE_MS) -> None:
        self.visible: dict[CellKey, list[Flag]] = {}
        self.ignored: set[IgnoredFlag] = set()
        super().__init__(window, debounce_ms, STARTUP_DELAY_MS)
        self.glossaryChanged.connect(self.run_now)

    def empty_snapshot(self) -> NameCheckSnapshot:
        return NameCheckSnapshot()

    def on_opened(self, repo: ProjectRepository) -> None:
        self.ignored = IgnoredFlagsRepository(repo.pdb).all()

    def on_closed(self) -> None:
        self.ignored = set()

    def make_work(self, path: Path) -> Callable[[TaskContext], NameCheckSnapshot]:
        self.window.status.showMessage(self.tr("Checking names…"), 3000)

        def work(task: TaskContext) -> NameCheckSnapshot:
            return check_project(path, task.check_cancelled)

        return work

    def failure_text(self, exc: BaseException) -> str:
        return self.tr("The names check failed: %1").replace("%1", str(exc))

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
