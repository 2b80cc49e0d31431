"""File menu work: open a project, make a new one from a document, recent projects.

Expected failures (``ProjectError``: newer version, not a project, locked, read-only; and
``DocumentError`` from import) become a plain message box with their message; the file is left
as it was. Importing runs on the task runner with its own database connection.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core import paths
from app.core.settings import Settings
from app.storage.database import PROJECT_SUFFIX, building_project, open_project
from app.storage.errors import ProjectError
from app.storage.project_repo import ProjectRepository
from app.ui.task_runner import TaskContext, TaskRunner

log = logging.getLogger(__name__)



def document_suffixes() -> tuple[str, ...]:
    """Every suffix a format handler reads (``app.documents.registry``)."""
    from app.documents.registry import handlers

    return tuple(s for h in handlers() for s in h.suffixes)


def document_filters(all_documents: str, all_files: str) -> str:
    """File dialog filters: every readable document, then one per format, then all files."""
    from app.documents.registry import handlers

    def patterns(suffixes) -> str:
        return " ".join(f"*{s}" for s in suffixes)

    per_format = [f"{QCoreApplication.translate('DocumentFormats', h.description)} "
                  f"({patterns(h.suffixes)})" for h in handlers()]
    return ";;".join([f"{all_documents} ({patterns(document_suffixes())})", *per_format,
                      f"{all_files} (*)"])


def unique_project_path(document: Path, folder: Path | None = None) -> Path:
    folder = folder or paths.projects_dir()
    candidate = folder / f"{document.stem}{PROJECT_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{document.stem}-{n}{PROJECT_SUFFIX}"
        n += 1
    return candidate


class ProjectController(QObject):
    #: A project was opened: (repository, path). The window shows it.
    projectOpened = Signal(object, object)
    #: A document was imported into an open project: (project path, Document). The window
    #: reloads its grid.
    documentAdded = Signal(object, object)
    #: Something to tell after an import (a changed original added as a new document).
    importNote = Signal(str)

    def __init__(self, window: QWidget, settings: Settings, runner: TaskRunner,
                 reviewer: str) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.runner = runner
        self.reviewer = reviewer
        self.new_action = QAction(self)
        self.new_action.setObjectName("newFromDocumentAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.choose_document)
        self.open_action = QAction(self)
        self.open_action.setObjectName("openProjectAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_project)
        self.add_action = QAction(self)
        self.add_action.setObjectName("addDocumentAction")
        self.add_action.setEnabled(False)  # the window enables it while a project is open
        self.add_action.triggered.connect(self.choose_document_to_add)
        self.project_path: Path | None = None  # the open project (set by the window)
        #: Projects that failed to open this session, with why (marked in the recent list).
        self.unopenable: dict[Path, str] = {}
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.new_action.setText(self.tr("&New project from document…"))
        self.open_action.setText(self.tr("&Open project…"))
        self.add_action.setText(self.tr("&Add document to project…"))
        self.recent_menu.setTitle(self.tr("Recent &projects"))

    # -- opening -------------------------------------------------------------------------------

    def open_path(self, path: Path | str, *, quiet: bool = False) -> bool:
        """Open a project, or start a new project when ``path`` is a document.

        ``quiet`` (at start-up): a project that cannot be opened is reported in the status bar
        instead of a dialog, and stays in the recent list, marked.
        """
        path = Path(path)
        if path.name.lower().endswith(document_suffixes()):
            self.new_from_document(path)
            return True
        return self.open_project(path, quiet=quiet)

    def open_project(self, path: Path | str, *, quiet: bool = False) -> bool:
        path = Path(path)
        try:
            pdb = open_project(path)
        except ProjectError as exc:
            log.warning("Cannot open %s: %s", path, exc)
            self.unopenable[path] = str(exc)
            if quiet:
                self.window.status.showMessage(
                    self.tr("Cannot open %1: %2").replace("%1", path.name).replace("%2", str(exc))
                )
            else:
                self.show_error(self.tr("Cannot open project"), str(exc))
            return False
        self.unopenable.pop(path, None)
        self.settings.add_recent_project(path)
        self.projectOpened.emit(ProjectRepository(pdb), path)
        return True

    def _open_quietly(self, path: Path) -> None:
        """``open_project`` for signal connections (slots must not return a value)."""
        self.open_project(path)

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), str(paths.projects_dir()),
            self.tr("Review Desk projects (*.rdproj);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def choose_document(self) -> None:
        document = self._ask_document(self.tr("New project from document"))
        if document is None:
            return
        suggested = unique_project_path(document)
        project, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the new project as"), str(suggested),
            self.tr("Review Desk projects (*.rdproj)"),
        )
        if project:
            if not project.endswith(PROJECT_SUFFIX):
                project += PROJECT_SUFFIX
            self.new_from_document(document, Path(project))

    def document_filter(self) -> str:
        return document_filters(self.tr("All documents"), self.tr("All files"))

    def _ask_document(self, title: str) -> Path | None:
        document, _ = QFileDialog.getOpenFileName(
            self.window, title, str(Path.home()), self.document_filter(),
        )
        return Path(document) if document else None

    def set_project(self, path: Path | None) -> None:
        """The window opened (or closed, None) a project: "Add document" follows it."""
        self.project_path = Path(path) if path is not None else None
        self.add_action.setEnabled(path is not None)

    def choose_document_to_add(self) -> None:
        if self.project_path is None:
            return
        document = self._ask_document(self.tr("Add document to project"))
        if document is not None:
            self.add_document(document)

    def add_document(self, document: Path, project: Path | None = None):
        """Import ``document`` into ``project`` (default: the open one) in the background, in
        one transaction, then emit ``documentAdded``. Returns the task handle (None: no
        project)."""
        project = project or self.project_path
        if project is None:
            return None
        who = self.reviewer
        reading = self.tr("Reading %1…").replace("%1", document.name)

        def work(task: TaskContext):
            from app.core.document_import import (
                check_not_imported,
                prepare_document,
                store_document,
            )

            task.progress(0, 0, reading)
            prepared = prepare_document(
                document, lambda done, total: task.progress(done, total, reading),
                task.cancel_event)
            with open_project(project) as pdb:  # the worker's own connection
                repo = ProjectRepository(pdb)
                note = check_not_imported(repo, prepared)
                task.check_cancelled()
                writing = self.tr("Writing %1…").replace("%1", document.name)
                return store_document(
                    repo, prepared, who, cancel=task.cancel_event,
                    progress=lambda done, total: task.progress(done, total, writing),
                ), note

        def added(result) -> None:
            document_added, note = result
            self.documentAdded.emit(project, document_added)
            if note:
                self.importNote.emit(note)

        return self.runner.run(
            work,
            on_success=added,
            on_failure=lambda exc: self._import_failed(document, exc),
            label=self.tr("Importing %1…").replace("%1", document.name),
            cancellable=True,
        )

    def new_from_document(self, document: Path, project: Path | None = None):
        """Create ``project`` (default: in the projects folder), import ``document`` in the
        background, then open it. Returns the task handle."""
        project = project or unique_project_path(document)
        who = self.reviewer
        reading = self.tr("Reading %1…").replace("%1", document.name)

        def work(task: TaskContext) -> Path:
            from app.core.document_import import prepare_document, store_document

            task.progress(0, 0, reading)
            prepared = prepare_document(  # a bad document never creates a project
                document, lambda done, total: task.progress(done, total, reading),
                task.cancel_event)
            task.check_cancelled()
            with building_project(project) as pdb:  # appears under its name when complete
                store_document(ProjectRepository(pdb), prepared, who, cancel=task.cancel_event)
            return project

        return self.runner.run(
            work,
            on_success=self._open_quietly,
            on_failure=lambda exc: self._import_failed(document, exc),
            label=self.tr("Importing %1…").replace("%1", document.name),
            cancellable=True,
        )

    def _import_failed(self, document: Path, exc: BaseException) -> None:
        from app.core.document_reader import DocumentError

        if isinstance(exc, DocumentError | ProjectError | OSError):
            self.show_error(self.tr("Cannot import %1").replace("%1", document.name), str(exc))
        else:
            log.error("Import of %s failed", document, exc_info=exc)
            self.show_error(self.tr("Cannot import %1").replace("%1", document.name),
                            self.tr("Unexpected error: %1").replace("%1", repr(exc)))

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    # -- recent projects -----------------------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in self.settings.get("recent_projects")]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent_projects() if p.exists()]
        for path in recent:
            problem = self.unopenable.get(path)
            if problem is None:
                action = self.recent_menu.addAction(path.name)
                action.setToolTip(str(path))
            else:
                action = self.recent_menu.addAction(
                    self.tr("%1 (cannot be opened)").replace("%1", path.name)
                )
                action.setToolTip(problem)
            action.triggered.connect(lambda *_, p=path: self._open_quietly(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
