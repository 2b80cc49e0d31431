"""The main window only assembles: grid, filter bar, status bar, menus and extension docks.

The work lives in the pieces it receives or builds: ``ProjectController`` (File menu),
``ReviewActions`` (Edit menu), ``PreferencesActions`` (Settings and Help), ``SegmentTableModel``
per open project, ``TaskRunner`` for background work. Extensions attach through the hooks listed
in ``app/ui/extensions.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from app.core.settings import Settings
from app.storage.project_repo import ProjectRepository
from app.ui.filter_bar import FilterBar
from app.ui.preferences_actions import PreferencesActions
from app.ui.project_controller import ProjectController
from app.ui.review_actions import ReviewActions
from app.ui.segment_filter_proxy import SegmentFilterProxy
from app.ui.segment_table_model import COL_SOURCE, LANG_BY_COLUMN, SegmentTableModel
from app.ui.segment_view import SegmentView
from app.ui.status_bar import ReviewStatusBar
from app.ui.task_runner import TaskRunner
from app.ui.ui_language import InterfaceLanguage

log = logging.getLogger(__name__)

WINDOW_STATE_VERSION = 1  # bump when the set of panels changes incompatibly


class MainWindow(QMainWindow):
    projectOpened = Signal(object)  # ProjectRepository
    projectClosed = Signal()
    currentCellChanged = Signal(int, str)  # segment id, "ru"/"uk"/"en" ("" = none)
    languageChanged = Signal()

    def __init__(self, settings: Settings, reviewer: str,
                 language: InterfaceLanguage | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.reviewer = reviewer
        self.language = language or InterfaceLanguage()
        self.repo: ProjectRepository | None = None
        self.model: SegmentTableModel | None = None
        self.project_path: Path | None = None
        self.task_runner = TaskRunner(self)

        self.proxy = SegmentFilterProxy(self)
        self.view = SegmentView(self)
        self.view.setModel(self.proxy)
        self.filter_bar = FilterBar(self.proxy, self)
        self.status = ReviewStatusBar(self)
        self.setStatusBar(self.status)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)

        self.projects = ProjectController(self, settings, self.task_runner, reviewer)
        self.projects.projectOpened.connect(self.show_project)
        self.projects.documentAdded.connect(self._document_added)
        self.review = ReviewActions(self.view, self.proxy, self)
        self.review.message.connect(lambda text: self.status.showMessage(text, 5000))
        self.review.set_enabled(False)
        self.preferences = PreferencesActions(self, settings, self.language)
        self.preferences.reviewerChanged.connect(self.set_reviewer)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._build_menus()
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.resize(1200, 800)
        self.translate_ui()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addAction(self.projects.new_action)
        self.file_menu.addAction(self.projects.open_action)
        self.file_menu.addAction(self.projects.add_action)
        self.file_menu.addMenu(self.projects.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        for action in self.review.actions:
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.filter_bar.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.tools_menu = bar.addMenu("")
        self.tools_menu.setObjectName("toolsMenu")
        self.tools_menu.menuAction().setVisible(False)  # shown once an extension adds a tool
        self.settings_menu = bar.addMenu("")
        self.settings_menu.setObjectName("settingsMenu")
        self.settings_menu.addAction(self.preferences.reviewer_action)
        self.settings_menu.addMenu(self.preferences.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.preferences.about_action)

    def translate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.projects.translate_ui()
        self.review.translate_ui()
        self.preferences.translate_ui()
        if self.model is not None:
            self.model.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
            self.languageChanged.emit()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self.project_path.name if self.project_path else self.tr("no project")
        self.setWindowTitle(self.tr("%1 — Review Desk").replace("%1", name))

    # -- hooks for extensions (see app/ui/extensions.py) ---------------------------------------

    def add_dock(self, widget: QWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 title: str = "") -> QDockWidget:
        """Add a panel as a dock; a toggle for it appears in the View menu."""
        dock = widget if isinstance(widget, QDockWidget) else QDockWidget(title, self)
        if dock is not widget:
            dock.setWidget(widget)
            dock.setObjectName(f"{widget.objectName() or type(widget).__name__}Dock")
        self.addDockWidget(area, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    def add_tool_action(self, action: QAction) -> None:
        self.tools_menu.addAction(action)
        self.tools_menu.menuAction().setVisible(True)

    # -- the open project ----------------------------------------------------------------------

    def open_path(self, path: Path | str, *, quiet: bool = False) -> bool:
        return self.projects.open_path(path, quiet=quiet)

    def show_project(self, repo: ProjectRepository, path: Path) -> None:
        self.close_project()
        self.repo = repo
        self.project_path = Path(path)
        self.model = SegmentTableModel(repo, self.reviewer, parent=self)
        self.model.writeFailed.connect(
            lambda text: self.projects.show_error(self.tr("Not saved"), text)
        )
        self.model.fetchMore()  # the first page, so there is a current cell at once
        self.proxy.setSourceModel(self.model)
        self.status.set_model(self.model)
        self.review.set_enabled(True)
        self.projects.set_project(self.project_path)
        self._update_title()
        first = self.proxy.index(0, min(LANG_BY_COLUMN))
        if first.isValid():
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )  # no scrollTo: before layout it would make the view fetch more rows
        self.view.setFocus()
        log.info("Opened %s (%d segments)", path, self.model.total_segments)
        self.projectOpened.emit(repo)

    def close_project(self) -> None:
        if self.repo is None:
            return
        self.view.commit_open_editor()
        self.projectClosed.emit()
        self.status.set_model(None)
        self.proxy.setSourceModel(None)
        self.review.set_enabled(False)
        self.projects.set_project(None)
        if self.model is not None:
            self.model.deleteLater()
        self.repo.pdb.close()
        self.repo = self.model = self.project_path = None
        self._update_title()

    def set_reviewer(self, name: str) -> None:
        self.reviewer = name
        self.projects.reviewer = name
        if self.model is not None:
            self.model.reviewer = name

    def _document_added(self, path: Path, document) -> None:
        """Rows were imported into ``path``: if it is still open, show them (current cell kept)."""
        if self.model is None or self.project_path != Path(path):
            return
        current = self.view.currentIndex()
        keep = None
        if current.isValid():
            source = self.proxy.mapToSource(current)
            keep = (self.model.row_at(source.row()).segment.id, source.column())
        self.model.reload()
        if self.proxy.is_active():
            self.model.fetch_all()
        if keep is not None:
            row = self.model.index_for(keep[0], "en")
            index = self.proxy.mapFromSource(self.model.index(row.row(), keep[1]))
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self.status.showMessage(
            self.tr("%n segment(s) added from %1", "", document.segment_count)
            .replace("%1", document.name), 5000,
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.model is None:
            self.currentCellChanged.emit(0, "")
            return
        source = self.proxy.mapToSource(current)
        segment_id = self.model.row_at(source.row()).segment.id
        lang = LANG_BY_COLUMN.get(source.column(), "en" if source.column() == COL_SOURCE else "")
        self.currentCellChanged.emit(segment_id, lang)

    def arrange_docks(self) -> None:
        """Default panel layout, then the user's own layout from the last session if any.

        Panels that share the right-hand area become tabs, so the grid keeps its width.
        """
        right = [
            dock for dock in self.findChildren(QDockWidget)
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        ]
        for dock in right[2:]:
            self.tabifyDockWidget(right[1], dock)
        if len(right) > 1:
            right[1].raise_()
        bottom = [
            dock for dock in self.findChildren(QDockWidget)
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        ]
        if bottom:
            self.resizeDocks(bottom, [180] * len(bottom), Qt.Orientation.Vertical)
        saved = self.settings.get("window_state")
        if saved:
            self.restoreState(QByteArray.fromBase64(saved.encode("ascii")), WINDOW_STATE_VERSION)
        geometry = self.settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))

    def _save_layout(self) -> None:
        try:
            self.settings.set(
                "window_state",
                bytes(self.saveState(WINDOW_STATE_VERSION).toBase64().data()).decode("ascii"),
            )
            self.settings.set(
                "window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            )
        except OSError:
            log.warning("Could not save the window layout", exc_info=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._save_layout()
        self.task_runner.cancel_all()
        self.close_project()
        super().closeEvent(event)
