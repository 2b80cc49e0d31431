"""File > Export translation: the open project's document in Russian or Ukrainian, in its own
format (or plain text), written on the task runner.

The submenu has one action per target language and a checkable *Approved translations only*.
The document exported is the one of the current row. The save dialog proposes
``NAME.ru.docx`` beside the project; its second filter writes plain text. Afterwards the status
bar says what was written, and a report lists the segments whose tags had to be repaired.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.storage.database import open_project
from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CONTEXT = "ExportController"
LANGUAGES = (("ru", "Russian…"), ("uk", "Ukrainian…"))


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


class ExportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("exportMenu")
        self.language_actions: dict[str, QAction] = {}
        for lang, _ in LANGUAGES:
            action = self.menu.addAction("")
            action.setObjectName(f"export_{lang}_action")
            action.triggered.connect(lambda *_, code=lang: self.choose_file(code))
            self.language_actions[lang] = action
        self.menu.addSeparator()
        self.only_approved_action = self.menu.addAction("")
        self.only_approved_action.setObjectName("exportOnlyApprovedAction")
        self.only_approved_action.setCheckable(True)
        self.menu.menuAction().setEnabled(False)
        self.last_report = None  # the report of the last export (for the window and tests)
        self.translate_ui()
        window.languageChanged.connect(self.translate_ui)
        window.projectOpened.connect(lambda *_: self.menu.menuAction().setEnabled(True))
        window.projectClosed.connect(lambda: self.menu.menuAction().setEnabled(False))

    def translate_ui(self) -> None:
        self.menu.setTitle(_tr("&Export translation"))
        for lang, text in LANGUAGES:
            self.language_actions[lang].setText(_tr(text))
        self.only_approved_action.setText(_tr("Approved translations only"))

    def _current_document(self):
        repo = self.window.repo
        if repo is None:
            return None
        documents = repo.documents()
        index = self.window.view.currentIndex()
        if len(documents) > 1 and index.isValid() and self.window.model is not None:
            row = self.window.proxy.mapToSource(index).row()
            document_id = self.window.model.row_at(row).segment.document_id
            return next(d for d in documents if d.id == document_id)
        return documents[0] if documents else None

    def choose_file(self, lang: str) -> None:
        from app.documents.export import output_name
        from app.storage.document_repo import DocumentRepository

        document = self._current_document()
        project = self.window.project_path
        if document is None or project is None or self.window.repo is None:
            return
        self.window.view.commit_open_editor()
        stored = DocumentRepository(self.window.repo.pdb).stored_file(document.id)
        name = output_name(document.name, lang, False, stored.format if stored else None)
        suffix = Path(name).suffix
        original = _tr("Same format as the original (*%1)").replace("%1", suffix)
        text = _tr("Plain text (*.txt)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, _tr("Export translation"), str(project.parent / name),
            f"{original};;{text}",
        )
        if path:
            as_text = chosen == text or (suffix != ".txt" and path.lower().endswith(".txt"))
            self.export(document, lang, Path(path), as_text=as_text)

    def export(self, document, lang: str, target: Path, *, as_text: bool = False):
        """Write ``document`` in ``lang`` to ``target`` in the background; returns the task."""
        from app.documents.export import export_document, write_atomically

        project = self.window.project_path
        only_approved = self.only_approved_action.isChecked()
        label = _tr("Exporting %1…").replace("%1", target.name)

        def work(task: TaskContext):
            task.progress(0, 0, label)
            with open_project(project) as pdb:  # the worker's own connection
                exported = export_document(pdb, document.id, document.name, lang,
                                           only_approved=only_approved, as_text=as_text)
            write_atomically(target, exported.data)
            return exported.report

        return self.window.task_runner.run(
            work,
            on_success=lambda report: self._done(report, target),
            on_failure=lambda exc: self._failed(target, exc),
            label=label,
            cancellable=False,
        )

    def _done(self, report, target: Path) -> None:
        self.last_report = report
        counts = report.counts
        message = (_tr("Wrote %1: %2 approved, %3 edited, %4 machine, %5 left in English")
                   .replace("%1", target.name).replace("%2", str(counts["approved"]))
                   .replace("%3", str(counts["edited"])).replace("%4", str(counts["machine"]))
                   .replace("%5", str(report.left_in_english)))
        self.window.status.showMessage(message, 10000)
        if report.attention:
            lines = [_tr("Segment %1: %2").replace("%1", str(a.number))
                     .replace("%2", "; ".join(a.problems)) for a in report.attention[:20]]
            box = QMessageBox(QMessageBox.Icon.Information, _tr("Export translation"),
                              _tr("%n segment(s) need attention; their tags were placed at "
                                  "the end of the paragraph.", "", len(report.attention)),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("exportReport")
            box.setDetailedText("\n".join(lines))
            box.setModal(False)
            box.show()

    def _failed(self, target: Path, exc: BaseException) -> None:
        from app.core.document_reader import DocumentError
        from app.documents.model import DocumentFormatError

        if not isinstance(exc, DocumentError | DocumentFormatError | OSError):
            log.error("Export to %s failed", target, exc_info=exc)
        QMessageBox.warning(self.window, _tr("Cannot export %1").replace("%1", target.name),
                            str(exc))


def install(window: MainWindow) -> None:
    controller = ExportController(window)
    window.export_controller = controller  # type: ignore[attr-defined]
    actions = window.file_menu.actions()
    separator = next((a for a in actions if a.isSeparator()), None)
    if separator is not None:
        window.file_menu.insertMenu(separator, controller.menu)
    else:
        window.file_menu.addMenu(controller.menu)
    window.projects.importNote.connect(lambda text: window.status.showMessage(text, 10000))
