"""Tools > Concordance (Ctrl+K) and Import translation memory (TMX)…; repetitions follow decisions.

The import runs on the task runner with a progress dialog and Cancel (nothing changes when
cancelled: one transaction) and ends with the merge report: units added, updated, skipped and
the languages skipped. Into this project's memory, or into the memory shared by all projects.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.concordance_dialog import open_concordance
from app.ui.extensions import window_action

log = logging.getLogger(__name__)

CONCORDANCE_SHORTCUT = "Ctrl+K"


class MemoryTools(QObject):
    #: An import ended: the report (app.memory.tmx_import.ImportReport).
    imported = Signal(object)
    #: An export ended: the number of units written.
    exported = Signal(int)
    #: A pre-translation from memory ended: the number of cells filled.
    pretranslated = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("memoryTools")
        self.window = window
        self.last_box: QMessageBox | None = None

    def choose_import(self) -> None:
        if self.window.project_path is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import translation memory"), str(Path.home()),
            self.tr("Translation memories (*.tmx);;All files (*)"))
        if not path:
            return
        user = self._which_memory(
            self.tr("Import translation memory"),
            self.tr("Import %1 into this project's memory, or into your memory shared by all "
                    "projects?").replace("%1", Path(path).name))
        if user is not None:
            self.import_file(Path(path), user=user)

    def _which_memory(self, title: str, question: str) -> bool | None:
        """Asks: this project's memory (False), the shared one (True) or neither (None)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.window)
        project = box.addButton(self.tr("This project"), QMessageBox.ButtonRole.AcceptRole)
        shared = box.addButton(self.tr("All my projects"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.last_box = box
        box.exec()
        if box.clickedButton() not in (project, shared):
            return None
        return box.clickedButton() is shared

    def choose_export(self) -> None:
        if self.window.project_path is None:
            return
        user = self._which_memory(
            self.tr("Export translation memory"),
            self.tr("Export this project's memory, or your memory shared by all projects?"))
        if user is None:
            return
        start = Path(self.window.project_path).with_suffix(".tmx")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export translation memory"),
            str(start.with_name("memory.tmx") if user else start),
            self.tr("Translation memories (*.tmx);;All files (*)"))
        if path:
            self.export_file(Path(path), user=user)

    def export_file(self, path: Path, *, user: bool = False):
        """Write the project's (or the shared) memory as TMX 1.4b on the task runner."""
        project_path = Path(self.window.project_path)

        def work(task):
            from app.memory.lookup import TranslationMemory
            from app.memory.model import StoreKind
            from app.memory.store import MemoryStore, open_user_memory
            from app.memory.tmx_writer import write_memory_tmx
            from app.storage.database import open_project

            with open_project(project_path) as pdb:
                TranslationMemory.open(pdb).close()  # decisions recorded so far go in first
            if user:
                with open_user_memory() as shared:
                    return write_memory_tmx(MemoryStore(shared, StoreKind.USER), path)
            with open_project(project_path) as pdb:
                return write_memory_tmx(MemoryStore(pdb), path)

        def done(count: int) -> None:
            self._box(QMessageBox.Icon.Information,
                      self.tr("Exported %1").replace("%1", path.name),
                      self.tr("%n unit(s) written to %1", "", count).replace("%1", str(path)))
            self.exported.emit(count)

        return self.window.task_runner.run(
            work, on_success=done,
            on_failure=lambda exc: self._box(QMessageBox.Icon.Warning,
                                             self.tr("Not exported"), str(exc)),
            label=self.tr("Exporting %1…").replace("%1", path.name))

    def import_file(self, path: Path, *, user: bool = False):
        project_path = Path(self.window.project_path)

        def work(task):
            from app.memory.store import open_user_memory
            from app.memory.tmx_import import import_tmx
            from app.storage.database import open_project

            with (open_user_memory() if user else open_project(project_path)) as pdb:
                return import_tmx(pdb, path, cancel=task.cancel_event,
                                  progress=lambda done, total: task.progress(done, total))

        return self.window.task_runner.run(
            work, on_success=lambda report: self._report(path, report),
            on_failure=lambda exc: self._box(QMessageBox.Icon.Warning,
                                             self.tr("Not imported"), str(exc)),
            label=self.tr("Importing %1…").replace("%1", path.name))

    def _report(self, path: Path, report) -> None:
        lines = [
            self.tr("%n unit(s) added", "", report.added),
            self.tr("%n unit(s) updated", "", report.updated),
            self.tr("%n unit(s) skipped", "", report.skipped),
        ]
        if report.no_target:
            lines.append(self.tr("%n unit(s) without Russian or Ukrainian (%1)", "",
                                 report.no_target).replace(
                "%1", ", ".join(sorted(report.other_languages)) or "-"))
        if report.no_source:
            lines.append(self.tr("%n unit(s) without English", "", report.no_source))
        self._box(QMessageBox.Icon.Information,
                  self.tr("Imported %1").replace("%1", path.name), "\n".join(lines))
        self.imported.emit(report)

    def pretranslate(self):
        """Fill the cells the memories know, without machine translation (memoQ's "pre-translate
        from TM"): the reviewer's text is never touched; on the task runner, with Cancel."""
        window = self.window
        if window.project_path is None or window.repo is None:
            return None
        path, settings = Path(window.project_path), window.settings
        targets = [t for t in settings.get("target_languages") if t in window.repo.languages]
        targets = targets or list(window.repo.languages)

        def work(task):
            from app.memory.pretranslate import fill_before_mt
            from app.storage.database import open_project
            from app.storage.project_repo import ProjectRepository

            with open_project(path) as pdb:
                return fill_before_mt(ProjectRepository(pdb, targets), targets, settings,
                                      cancel=task.cancel_event)

        def done(summary) -> None:
            if window.model is not None and window.project_path == path:
                window.model.refresh_segments(
                    {sid for ids in summary.filled.values() for sid in ids})
            self._box(QMessageBox.Icon.Information, self.tr("Pre-translated from memory"),
                      self.tr("%n cell(s) filled from the translation memory", "",
                              summary.count))
            self.pretranslated.emit(summary.count)

        return window.task_runner.run(
            work, on_success=done,
            on_failure=lambda exc: self._box(QMessageBox.Icon.Warning,
                                             self.tr("Not pre-translated"), str(exc)),
            label=self.tr("Pre-translating from the translation memory…"))

    def _box(self, icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_box = box
        box.show()


class RepetitionFollower(QObject):
    """Says in the status bar when a decision reached the repetitions of its sentence (the
    repository copies it, ``ProjectRepository.record_decision``; nothing is copied here)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.projectOpened.connect(self._watch)
        if window.model is not None:
            self._watch(window.repo)

    def _watch(self, _repo) -> None:
        self.window.model.repetitionsCopied.connect(self.announce)

    def announce(self, count: int) -> None:
        self.window.status.showMessage(self.tr("Also applied to %n repetition(s) of this "
                                               "sentence (Ctrl+Z undoes them together).", "",
                                               count), 5000)


def install(window) -> None:
    tools = MemoryTools(window)
    RepetitionFollower(window)
    concordance = window_action(window, "concordanceAction", "MemoryTools", "Concordance…",
                                lambda: open_concordance(window))
    concordance.setShortcut(QKeySequence(CONCORDANCE_SHORTCUT))
    concordance.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(concordance)
    window.add_tool_action(concordance)
    window.add_tool_action(window_action(window, "importMemoryAction", "MemoryTools",
                                         "Import translation memory (TMX)…",
                                         tools.choose_import))
    window.add_tool_action(window_action(window, "pretranslateMemoryAction", "MemoryTools",
                                         "Pre-translate from memory", tools.pretranslate))
    window.add_tool_action(window_action(window, "exportMemoryAction", "MemoryTools",
                                         "Export translation memory (TMX)…",
                                         tools.choose_export))
