"""Tools > Export glossary…, Import glossary…, Merge from/into my user glossary.

Every file and database job runs on the task runner with its own connections. Imports and merges
go in two steps: read the source and plan the merge in the background, show the merge report
(``MergeReportDialog``) and write nothing until the editor presses Import; then the merge is
applied in one transaction (``apply_merge``: all or nothing).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.glossary_import_dialog import MergeReportDialog
from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from app.formats.glossary_files import GlossaryFile
    from app.formats.glossary_merge import MergeReport
    from app.storage.database import ProjectDatabase
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Opener = Callable[[], "ProjectDatabase"]


def export_file(project: Path, path: Path, fmt: str, *, bom: bool = True,
                lang: str | None = None, left_out: Counter | None = None) -> int:
    """Write the glossary (tbx/tbx2/csv/json) or the reviewed translations (tmx/xliff); returns
    the number of concepts or units written. Opens its own connection (worker thread)."""
    from app.storage.database import open_project
    from app.storage.glossary_repo import GlossaryRepository
    from app.storage.project_repo import ProjectRepository

    with open_project(project) as pdb:
        if fmt == "tmx":
            from app.formats.tmx_writer import write_tmx

            return write_tmx(ProjectRepository(pdb), path)
        if fmt == "xliff":
            from app.formats.xliff_writer import write_xliff

            return write_xliff(ProjectRepository(pdb), path, lang or "ru")
        from app.formats.glossary_files import export_glossary

        return export_glossary(GlossaryRepository(pdb), fmt, path, bom=bom, left_out=left_out)


class GlossaryFileActions(QObject):
    #: The project glossary changed (an import or a merge into it was applied).
    glossaryChanged = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review_dialog: MergeReportDialog | None = None
        self.export_action = QAction(self, objectName="exportGlossaryAction")
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = QAction(self, objectName="importGlossaryAction")
        self.import_action.triggered.connect(self.choose_import)
        self.merge_from_user_action = QAction(self, objectName="mergeFromUserGlossaryAction")
        self.merge_from_user_action.triggered.connect(self.merge_from_user)
        self.merge_to_user_action = QAction(self, objectName="mergeToUserGlossaryAction")
        self.merge_to_user_action.triggered.connect(self.merge_to_user)
        self.actions = [self.export_action, self.import_action, self.merge_from_user_action,
                        self.merge_to_user_action]
        self.set_enabled(False)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.export_action.setText(self.tr("Export glossary…"))
        self.import_action.setText(self.tr("Import glossary…"))
        self.merge_from_user_action.setText(self.tr("Merge from my user glossary…"))
        self.merge_to_user_action.setText(self.tr("Merge into my user glossary…"))

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    def _filters(self) -> dict[str, tuple[str, bool, str | None]]:
        return {
            self.tr("TBX, TBX-Basic (*.tbx)"): ("tbx", False, None),
            self.tr("TBX v2 (MARTIF), for OmegaT and translate-toolkit (*.tbx)"):
                ("tbx2", False, None),
            self.tr("CSV for Excel, with byte-order mark (*.csv)"): ("csv", True, None),
            self.tr("CSV, plain UTF-8 for scripts (*.csv)"): ("csv", False, None),
            self.tr("JSON (*.json)"): ("json", False, None),
            self.tr("TMX 1.4b, approved translations (*.tmx)"): ("tmx", False, None),
            self.tr("XLIFF 2.0, Russian (*.xlf)"): ("xliff", False, "ru"),
            self.tr("XLIFF 2.0, Ukrainian (*.xlf)"): ("xliff", False, "uk"),
        }

    # -- export --------------------------------------------------------------------------------

    def choose_export(self) -> None:
        project = self.window.project_path
        if project is None:
            return
        filters = self._filters()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export glossary"), str(project.with_suffix(".tbx")),
            ";;".join(filters))
        if path:
            fmt, bom, lang = filters.get(chosen, ("tbx", False, None))
            self.export(Path(path), fmt, bom=bom, lang=lang)

    def export(self, path: Path, fmt: str, *, bom: bool = False, lang: str | None = None):
        project = self.window.project_path
        assert project is not None
        left_out: Counter = Counter()

        def work(task: TaskContext) -> int:
            return export_file(project, path, fmt, bom=bom, lang=lang, left_out=left_out)

        def done(count: int) -> None:
            message = self.tr("Wrote %n item(s) to %1", "", count).replace("%1", str(path))
            if left_out:
                message += " " + self.tr("Not in the CSV (export TBX or JSON to keep them): "
                                         "%1.").replace("%1", ", ".join(
                                             f"{k} ({n})" for k, n in sorted(left_out.items())))
            self.window.status.showMessage(message, 15000)

        return self.window.task_runner.run(
            work, on_success=done,
            on_failure=lambda exc: self._failed(self.tr("Export failed"), exc),
            label=self.tr("Exporting to %1…").replace("%1", path.name))

    # -- import and merges ---------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import glossary"), str(Path.home()),
            self.tr("Glossaries (*.tbx *.xml *.csv *.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, on_conflict: str = "refuse"):
        def read() -> tuple[GlossaryFile, str]:
            from app.formats.glossary_files import read_glossary_file

            parsed = read_glossary_file(path)
            return parsed, f"{path.name} ({parsed.format})"

        return self._review(read, self._project_opener(), self.tr("Import glossary"), True,
                            on_conflict)

    def merge_from_user(self):
        def read() -> tuple[GlossaryFile, str]:
            from app.formats.glossary_files import GlossaryFile
            from app.storage.glossary_repo import GlossaryRepository, open_user_glossary

            with open_user_glossary() as pdb:
                concepts = list(GlossaryRepository(pdb).iter_concepts())
            return GlossaryFile("glossary", concepts), "user glossary"

        return self._review(read, self._project_opener(),
                            self.tr("Merge from my user glossary"), True)

    def merge_to_user(self):
        opener = self._project_opener()

        def read() -> tuple[GlossaryFile, str]:
            from app.formats.glossary_files import GlossaryFile
            from app.storage.glossary_repo import GlossaryRepository

            with opener() as pdb:
                concepts = list(GlossaryRepository(pdb).iter_concepts())
                return GlossaryFile("glossary", concepts), pdb.path.name

        from app.storage.glossary_repo import open_user_glossary

        return self._review(read, open_user_glossary,
                            self.tr("Merge into my user glossary"), False)

    def _project_opener(self) -> Opener:
        from app.storage.database import open_project

        project = self.window.project_path
        assert project is not None
        return lambda: open_project(project)

    def _review(self, read, target: Opener, title: str, into_project: bool,
                on_conflict: str = "refuse"):
        """Read and plan in the background, then show the report; write only on Import.
        ``on_conflict="demote"`` plans concepts with two preferred terms of one language with
        the later ones admitted (the report dialog offers it when there are such concepts)."""

        def plan(task: TaskContext) -> MergeReport:
            from app.formats.glossary_merge import plan_merge
            from app.storage.glossary_repo import GlossaryRepository

            parsed, source = read()
            task.check_cancelled()
            with target() as pdb:
                report = plan_merge(GlossaryRepository(pdb), parsed.concepts, source=source,
                                    on_conflict=on_conflict)
            report.skipped_languages = parsed.skipped_languages
            report.kept, report.not_kept = parsed.kept, parsed.not_kept
            report.warnings = parsed.warnings
            return report

        def again_demoting() -> None:
            self._review(read, target, title, into_project, "demote")

        return self.window.task_runner.run(
            plan, on_success=lambda report: self._show_report(report, target, title, into_project,
                                                              again_demoting),
            on_failure=lambda exc: self._failed(title, exc),
            label=self.tr("Reading…"))

    def _show_report(self, report: MergeReport, target: Opener, title: str,
                     into_project: bool, again_demoting: Callable[[], None]) -> None:
        dialog = MergeReportDialog(report, title, self.window)
        dialog.accepted.connect(lambda: self._apply(report, target, into_project))
        dialog.demoteRequested.connect(again_demoting)
        dialog.finished.connect(dialog.deleteLater)
        self.review_dialog = dialog
        dialog.open()

    def _apply(self, report: MergeReport, target: Opener, into_project: bool):
        who = self.window.reviewer

        def work(task: TaskContext) -> MergeReport:
            from app.formats.glossary_merge import apply_merge
            from app.storage.glossary_repo import GlossaryRepository

            with target() as pdb:
                return apply_merge(GlossaryRepository(pdb), report, who)

        def done(applied: MergeReport) -> None:
            counts = applied.counts()
            self.window.status.showMessage(
                self.tr("Glossary merged: %1 new, %2 updated.")
                .replace("%1", str(counts["new"])).replace("%2", str(counts["updated"])), 8000)
            if into_project:
                self.glossaryChanged.emit()

        return self.window.task_runner.run(
            work, on_success=done, on_failure=lambda exc: self._failed(self.tr("Not imported"),
                                                                        exc),
            label=self.tr("Writing the glossary…"), cancellable=False)

    def _failed(self, title: str, exc: BaseException) -> None:
        from app.core.glossary_model import GlossaryError
        from app.storage.errors import ProjectError

        if not isinstance(exc, GlossaryError | ProjectError | OSError):
            log.error("%s", title, exc_info=exc)
        QMessageBox.warning(self.window, title, str(exc))
