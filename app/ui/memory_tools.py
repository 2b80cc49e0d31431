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
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import translation memory"),
                          self.tr("Import %1 into this project's memory, or into your memory "
                                  "shared by all projects?").replace("%1", Path(path).name),
                          parent=self.window)
        project = box.addButton(self.tr("This project"), QMessageBox.ButtonRole.AcceptRole)
        shared = box.addButton(self.tr("All my projects"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() in (project, shared):
            self.import_file(Path(path), user=box.clickedButton() is shared)

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
