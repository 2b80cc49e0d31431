"""QA checked in the background: when a project opens and after text edits (debounced).

Like the names check: the work runs through ``window.task_runner``
(``project_report.check_project_file`` opens its own connection and loads the spelling
dictionaries on the worker thread); a result for a project that is no longer open is dropped;
one check runs at a time and a request during a run starts one more after it; the first check
waits for the names check to finish (they share the machine's cores). Findings the
editor ignored are left out; the rest go to the grid as the "qa" feed
(``SegmentTableModel.set_findings``) and to whoever listens to ``resultsChanged`` (the QA panel).

The controller also owns the window's ``Speller`` (loaded with the first check, shared by the
cell editor's live spelling underline) and the project dictionary ("Add to project
dictionary", audited).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction

from app.qa.findings import Finding
from app.qa.project_report import QaSnapshot, check_project_file, ignore_key
from app.qa.spelling import Speller
from app.storage.ignored_flags_repo import IgnoredFlag, IgnoredFlagsRepository
from app.storage.project_dictionary_repo import ProjectDictionaryRepository
from app.ui.background_check import BackgroundCheck
from app.ui.qa_presentation import cell_findings
from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1200
STARTUP_DELAY_MS = 600
CellKey = tuple[int, str]


class QaCheckController(BackgroundCheck):
    # resultsChanged and checkFailed come from BackgroundCheck (checkFailed also when spelling
    # cannot be checked).
    #: The spelling dictionaries are loaded (the editor may underline now).
    spellerReady = Signal()

    def __init__(self, window: MainWindow, debounce_ms: int = DEBOUNCE_MS) -> None:
        self.speller = Speller(english=bool(window.settings.get("qa_english_spelling")))
        self.visible: dict[CellKey, list[Finding]] = {}
        self.ignored: set[IgnoredFlag] = set()
        self._told_spelling = False
        super().__init__(window, debounce_ms, STARTUP_DELAY_MS)
        window.languageChanged.connect(self.publish)

    def empty_snapshot(self) -> QaSnapshot:
        return QaSnapshot()

    def first_run(self, generation: int) -> None:
        names = getattr(self.window, "name_checks", None)
        if names is not None and names._running:
            # Two cores are shared with the names check: start when it is done (or failed).
            def after_names(*_: object) -> None:
                names.resultsChanged.disconnect(after_names)
                names.checkFailed.disconnect(after_names)
                self._first_run(generation)

            names.resultsChanged.connect(after_names)
            names.checkFailed.connect(after_names)
            return
        self.run_now()

    def make_work(self, path: Path) -> Callable[[TaskContext], QaSnapshot]:
        speller = self.speller

        def work(task: TaskContext) -> QaSnapshot:
            def cancelled() -> bool:
                task.check_cancelled()  # raises TaskCancelled: reported as cancelled
                time.sleep(0)  # every 50 segments: let a waiting GUI thread run now
                return False

            return check_project_file(path, speller, cancelled)

        return work

    def accept(self, snapshot: QaSnapshot) -> None:
        self.snapshot = snapshot
        self.ignored = set(snapshot.ignored)
        if snapshot.spelling_error and not self._told_spelling:
            self._told_spelling = True
            self.window.status.showMessage(snapshot.spelling_error, 15000)
            self.checkFailed.emit(snapshot.spelling_error)
        if self.speller.loaded:
            self.spellerReady.emit()

    def failure_text(self, exc: BaseException) -> str:
        return self.tr("The QA check failed: %1").replace("%1", str(exc))

    # -- results -------------------------------------------------------------------------------

    def publish(self) -> None:
        self.visible = {}
        for (sid, lang), found in self.snapshot.findings.items():
            kept = [f for f in found if ignore_key(sid, f) not in self.ignored]
            if kept:
                self.visible[(sid, lang)] = kept
        if self.window.model is not None:
            self.window.model.set_findings("qa", cell_findings(self.visible))
        self.resultsChanged.emit()

    def findings_for(self, segment_id: int, lang: str) -> list[Finding]:
        return list(self.visible.get((segment_id, lang), []))

    def ignore(self, segment_id: int, finding: Finding) -> None:
        """"Ignore here": remembered in the project with a ``qa.ignore`` event, then hidden."""
        if self.window.repo is None:
            return
        key = ignore_key(segment_id, finding)
        IgnoredFlagsRepository(self.window.repo.pdb).ignore(
            key, reason=finding.reason, who=self.window.reviewer)
        self.ignored.add(key)
        self.publish()

    def add_to_dictionary(self, word: str, lang: str, segment_id: int | None = None) -> bool:
        """Accept ``word`` in this project (``qa.dictionary_add`` event), hide its spelling
        findings at once and check again."""
        if self.window.repo is None:
            return False
        added = ProjectDictionaryRepository(self.window.repo.pdb).add(
            word, lang, who=self.window.reviewer, segment_id=segment_id)
        self.speller.accept(lang, [word])
        for key, found in list(self.snapshot.findings.items()):
            self.snapshot.findings[key] = [
                f for f in found if not (f.kind == "spelling" and f.lang == lang
                                         and self.speller.is_known(f.text, lang))]
        self.publish()
        self.schedule()
        return added


def controller_for(window: MainWindow) -> QaCheckController:
    controller = getattr(window, "qa_checks", None)
    if controller is None:
        controller = QaCheckController(window)
        window.qa_checks = controller  # type: ignore[attr-defined]
    return controller


def install(window: MainWindow) -> None:
    controller = controller_for(window)
    menu = getattr(window, "settings_menu", None)
    if menu is not None:
        menu.addAction(english_spelling_action(window, controller))


def english_spelling_action(window: MainWindow, controller: QaCheckController) -> QAction:
    """Settings > Check English spelling: the source's misspelled words marked too (on by
    default); switching checks the project again."""
    from app.ui.extensions import window_action

    QT_TRANSLATE_NOOP("QaCheckController", "Check &English spelling")
    action = window_action(window, "englishSpellingAction", "QaCheckController",
                           "Check &English spelling", lambda: None)
    action.setCheckable(True)
    action.setChecked(bool(window.settings.get("qa_english_spelling")))

    def toggled(on: bool) -> None:
        window.settings.set("qa_english_spelling", on)
        controller.speller.english = on
        controller.schedule()

    action.toggled.connect(toggled)
    return action
