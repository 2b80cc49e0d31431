"""The Glossary panel (dock): search, filter, edit and extend the project glossary.

A search box (full-text, prefix) and filters by term status and concept kind over the
``GlossaryTableModel``; terms, kind and note are edited in place (Enter saves; each change is
an audit event), the status of the selected language's main term is set from the Status button;
concepts are added and deleted here. Definitions, notes and the other information a TBX file
brought are shown under the table for the selected concept (``glossary_details_view``). A
concept in conflict is tinted and its explanation is shown under the table; nothing resolves a
conflict on its own. Tools gets Export/Import/Merge (``glossary_file_actions``). Any change
makes the names check run again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.glossary_model import ConceptKind, Term, TermStatus
from app.ui.glossary_details_view import GlossaryDetailsView
from app.ui.glossary_file_actions import GlossaryFileActions
from app.ui.glossary_table_model import (
    COL_KIND,
    CONFLICTS_ROLE,
    LANG_BY_COLUMN,
    GlossaryTableModel,
    concept_kind_label,
    term_status_label,
)
from app.ui.name_check_controller import controller_for

if TYPE_CHECKING:
    from app.storage.project_repo import ProjectRepository
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class KindDelegate(QStyledItemDelegate):
    """A drop-down of concept kinds for the Kind column."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        if index.column() != COL_KIND:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for kind in ConceptKind:
            combo.addItem(concept_kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class GlossaryPanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("glossaryPanel")
        self.window = window
        self.model: GlossaryTableModel | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("glossarySearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("glossaryStatusFilter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("glossaryKindFilter")
        for combo in (self.status_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.view = QTableView(self)
        self.view.setObjectName("glossaryView")
        self.view.setItemDelegate(KindDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.conflict_label = QLabel(self)
        self.conflict_label.setObjectName("glossaryConflict")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #b71c1c")
        self.details = GlossaryDetailsView(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.ask_new_concept)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.status_button = QToolButton(self)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.status_actions = {}
        for status in TermStatus:
            action = self.status_menu.addAction("")
            action.triggered.connect(lambda *_, s=status: self.set_status(s))
            self.status_actions[status] = action
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.kind_filter)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.status_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.files = GlossaryFileActions(window)
        self.controller = controller_for(window)
        self._own_change = False
        self.files.glossaryChanged.connect(self.controller.glossaryChanged)
        self.controller.glossaryChanged.connect(self.reload)
        window.preferences.reviewerChanged.connect(self._reviewer_changed)
        window.projectOpened.connect(self.show_project)
        window.projectClosed.connect(self.clear)
        self.translate_ui()
        self._update_buttons()
        if window.repo is not None:
            self.show_project(window.repo)

    def translate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search terms…"))
        for combo, items in (
            (self.status_filter, [(None, self.tr("All statuses"))]
             + [(s.value, term_status_label(s)) for s in TermStatus]),
            (self.kind_filter, [(None, self.tr("All kinds"))]
             + [(k.value, concept_kind_label(k)) for k in ConceptKind]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, label in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.add_button.setText(self.tr("Add concept…"))
        self.delete_button.setText(self.tr("Delete concept"))
        self.status_button.setText(self.tr("Status"))
        for status, action in self.status_actions.items():
            action.setText(term_status_label(status))
        self.files.translate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- project -------------------------------------------------------------------------------

    def show_project(self, repo: ProjectRepository) -> None:
        from app.storage.glossary_repo import GlossaryRepository

        self.model = GlossaryTableModel(GlossaryRepository(repo.pdb), self.window.reviewer,
                                        parent=self)
        self.model.writeFailed.connect(
            lambda text: QMessageBox.warning(self, self.tr("Not saved"), text))
        self.model.glossaryChanged.connect(self._edited_here)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.files.set_enabled(True)
        self.apply_filter()

    def clear(self) -> None:
        self.view.setModel(None)
        if self.model is not None:
            self.model.deleteLater()
        self.model = None
        self.files.set_enabled(False)
        self._update_buttons()

    def reload(self) -> None:
        """The glossary changed elsewhere (approval from a flag, import): read it again."""
        if self.model is not None and not self._own_change:
            self.model.reload()
            self._update_buttons()

    def _edited_here(self) -> None:
        self._own_change = True  # the model is up to date: the names check still re-runs
        try:
            self.controller.glossaryChanged.emit()
        finally:
            self._own_change = False

    def _reviewer_changed(self, name: str) -> None:
        if self.model is not None:
            self.model.who = name

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.model is not None:
            self.model.set_filter(self.search.text(), self.status_filter.currentData(),
                                  self.kind_filter.currentData())
        self._update_buttons()

    # -- selection and actions -----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.view.currentIndex() if self.model is not None else QModelIndex()
        self.add_button.setEnabled(self.model is not None)
        self.delete_button.setEnabled(index.isValid())
        self.status_button.setEnabled(index.isValid() and index.column() in LANG_BY_COLUMN
                                      and bool(index.data(Qt.ItemDataRole.EditRole)))
        conflicts = index.data(CONFLICTS_ROLE) if index.isValid() else None
        self.conflict_label.setText("\n".join(conflicts or []))
        self.conflict_label.setVisible(bool(conflicts))
        self.details.show_concept(self.model.concept_at(index.row())
                                  if self.model is not None and index.isValid() else None)

    def ask_new_concept(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Add concept"),
                                        self.tr("English term (preferred):"),
                                        text=self.search.text().strip())
        if ok and text.strip():
            self.add_concept(text)

    def add_concept(self, english: str) -> None:
        if self.model is None:
            return
        kind = self.kind_filter.currentData() or ConceptKind.OTHER
        concept = self.model.add_concept(kind, [Term("en", english.strip())])
        if concept is not None:
            row = self.model.row_of(concept.id or 0)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 2))  # the Russian term next

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return
        label = self.model.concept_at(index.row()).label()
        answer = QMessageBox.question(
            self, self.tr("Delete concept"),
            self.tr("Delete “%1” and all its terms from the glossary?").replace("%1", label))
        if answer == QMessageBox.StandardButton.Yes:
            self.model.delete_concept(index.row())
            self._update_buttons()

    def set_status(self, status: TermStatus) -> None:
        index = self.view.currentIndex()
        if self.model is not None and index.isValid():
            self.model.set_term_status(index, status)
            self._update_buttons()


def install(window: MainWindow) -> None:
    panel = GlossaryPanel(window)
    window.glossary_panel = panel  # type: ignore[attr-defined]

    def title() -> str:
        return QCoreApplication.translate("GlossaryPanel", "Glossary")

    dock = window.add_dock(panel, Qt.DockWidgetArea.BottomDockWidgetArea,
                           title=title())
    window.languageChanged.connect(lambda: dock.setWindowTitle(title()))
    for action in panel.files.actions:
        window.add_tool_action(action)
