"""The Names panel (dock): every person and place in the document, and the selected cell's flags.

Top: one row per concept with its forms in English, Russian and Ukrainian and the number of
mentions and flags (double-click goes to the first mention). Bottom: the flags of the current
grid cell with the reason of the selected one, and what to do about it:

- **Replace with suggestion** (Russian/Ukrainian cells only; the English source is read-only):
  the flagged span is replaced and the cell recorded as ``edited`` through the grid model, so
  the audit trail has it;
- **Ignore here**: the flag is hidden in this cell and remembered in the project;
- **Approve spelling…**: a glossary concept pre-filled with the forms found (see
  ``approve_spelling_dialog``); the names are checked again with it.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.glossary_model import GlossaryError
from app.storage.errors import ProjectError
from app.ui.approve_spelling_dialog import ApproveSpellingDialog
from app.ui.flag_presentation import flag_reason
from app.ui.name_check_controller import NameCheckController, controller_for
from app.ui.name_concepts_model import CellFlagsModel, NameConceptsModel

if TYPE_CHECKING:
    from app.names.findings import Flag
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def replaced_text(text: str, flag: Flag) -> str | None:
    """``text`` with the flagged span replaced by the suggestion; None if the span is gone."""
    if not flag.suggestion:
        return None
    start = flag.start if text[flag.start:flag.end] == flag.text else text.find(flag.text)
    if start < 0:
        return None
    return text[:start] + flag.suggestion + text[start + len(flag.text):]


class NamesPanel(QWidget):
    def __init__(self, window: MainWindow, controller: NameCheckController) -> None:
        super().__init__(window)
        self.setObjectName("namesPanel")
        self.window = window
        self.controller = controller
        self.cell: tuple[int, str] = (0, "")
        self.approve_dialog: ApproveSpellingDialog | None = None
        self.concepts = NameConceptsModel(self)
        self.concept_view = QTableView(self)
        self.concept_view.setObjectName("nameConceptsView")
        self.concept_view.setModel(self.concepts)
        self.concept_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.concept_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.concept_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.concept_view.verticalHeader().hide()
        self.concept_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.concept_view.selectionModel().currentRowChanged.connect(self._concept_chosen)
        self.concept_view.doubleClicked.connect(self._go_to_concept)
        self.cell_flags = CellFlagsModel(self)
        self.flag_view = QListView(self)
        self.flag_view.setObjectName("cellFlagsView")
        self.flag_view.setModel(self.cell_flags)
        self.flag_view.setWordWrap(True)
        self.flag_view.selectionModel().currentRowChanged.connect(self._flag_chosen)
        self.cell_label = QLabel(self)
        self.reason = QLabel(self)
        self.reason.setObjectName("flagReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replaceWithSuggestion")
        self.replace_button.clicked.connect(self.replace_selected)
        self.ignore_button = QPushButton(self)
        self.ignore_button.setObjectName("ignoreFlagHere")
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveSpelling")
        self.approve_button.clicked.connect(self.approve_selected)
        buttons = QHBoxLayout()
        for button in (self.replace_button, self.ignore_button, self.approve_button):
            buttons.addWidget(button)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.cell_label)
        bottom_layout.addWidget(self.flag_view)
        bottom_layout.addWidget(self.reason)
        bottom_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.concept_view)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        controller.resultsChanged.connect(self.refresh)
        window.currentCellChanged.connect(self.show_cell)
        window.languageChanged.connect(self.translate_ui)
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        self.replace_button.setText(self.tr("Replace with suggestion"))
        self.ignore_button.setText(self.tr("Ignore here"))
        self.approve_button.setText(self.tr("Approve spelling…"))
        self.concepts.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._update_cell_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.concept_view.currentIndex()
        chosen = self.concepts.concept_at(current.row()).concept if current.isValid() else None
        self.concepts.set_concepts(list(self.controller.snapshot.concepts.values()))
        row = self.concepts.row_of(chosen) if chosen else None
        if row is not None:  # keep the chosen concept chosen after a new check
            self.concept_view.selectRow(row)
        self.show_cell(*self.cell)

    def show_cell(self, segment_id: int, lang: str) -> None:
        previous = self.selected_flag()
        self.cell = (segment_id, lang)
        flags = self.controller.flags_for(segment_id, lang) if lang else []
        self.cell_flags.set_flags(flags)
        row = next((n for n in range(len(flags)) if self.cell_flags.flag_at(n) == previous), 0)
        if flags:
            self.flag_view.selectionModel().setCurrentIndex(
                self.cell_flags.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_cell_label()
        self._flag_chosen(self.flag_view.currentIndex())

    def _update_cell_label(self) -> None:
        count = self.cell_flags.rowCount()
        self.cell_label.setText(self.tr("%n flag(s) in the selected cell", "", count)
                                if self.cell[1] else self.tr("No cell selected"))

    def selected_flag(self) -> Flag | None:
        index = self.flag_view.currentIndex()
        return self.cell_flags.flag_at(index.row()) if index.isValid() else None

    def _flag_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        flag = self.cell_flags.flag_at(index.row()) if index.isValid() else None
        self.reason.setText(flag_reason(flag) if flag else "")
        editable = flag is not None and flag.lang in ("ru", "uk") and bool(flag.suggestion)
        self.replace_button.setEnabled(editable)
        self.replace_button.setToolTip(
            "" if flag is None or flag.lang != "en"
            else self.tr("The English source is read-only: ignore the flag or approve a "
                         "spelling.")
        )
        self.ignore_button.setEnabled(flag is not None)
        self.approve_button.setEnabled(flag is not None and self.window.repo is not None)
        if flag is not None:
            self._announce(flag.concept, {flag.lang: flag.text})

    def _concept_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self._announce(self.concepts.concept_at(index.row()).concept, {})

    def _announce(self, concept: str, extra: dict[str, str]) -> None:
        summary = self.controller.snapshot.concepts.get(concept)
        forms = dict(summary.canonical) if summary else {}
        forms.update({k: v for k, v in extra.items() if k not in forms})
        self.controller.nameSelected.emit(forms)

    def _go_to_concept(self, index: QModelIndex) -> None:
        summary = self.concepts.concept_at(index.row())
        if summary.first is not None:
            self.go_to_cell(*summary.first)

    def go_to_cell(self, segment_id: int, lang: str) -> None:
        model = self.window.model
        if model is None:
            return
        source = model.index_for(segment_id, lang)
        self.window.view.go_to(self.window.proxy.mapFromSource(source))

    # -- actions -------------------------------------------------------------------------------

    def replace_selected(self) -> bool:
        flag, model = self.selected_flag(), self.window.model
        segment_id, lang = self.cell
        if flag is None or model is None or flag.lang not in ("ru", "uk"):
            return False
        index = model.index_for(segment_id, lang)
        new_text = replaced_text(index.data(Qt.ItemDataRole.EditRole) or "", flag)
        if new_text is None:
            self.window.status.showMessage(
                self.tr("“%1” is no longer in the cell; wait for the names check to finish.")
                .replace("%1", flag.text), 5000)
            return False
        return model.setData(index, new_text, Qt.ItemDataRole.EditRole)

    def ignore_selected(self) -> None:
        flag = self.selected_flag()
        if flag is None:
            return
        try:
            self.controller.ignore(self.cell[0], flag)
        except (sqlite3.Error, ProjectError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))

    def approve_selected(self) -> ApproveSpellingDialog | None:
        """Open the pre-filled approval dialog (window-modal); writing happens on OK."""
        flag = self.selected_flag()
        if flag is None or self.window.repo is None:
            return None
        from app.storage.glossary_repo import GlossaryRepository

        summary = self.controller.snapshot.concepts.get(flag.concept)
        dialog = ApproveSpellingDialog(GlossaryRepository(self.window.repo.pdb), flag, summary,
                                       self)
        dialog.accepted.connect(lambda: self._approved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.approve_dialog = dialog
        dialog.open()
        return dialog

    def _approved(self, dialog: ApproveSpellingDialog) -> None:
        try:
            concept = dialog.approve(self.window.reviewer)
        except (GlossaryError, sqlite3.Error, ProjectError) as exc:
            QMessageBox.warning(self, self.tr("Not approved"), str(exc))
            return
        self.window.status.showMessage(
            self.tr("Approved: %1").replace("%1", " / ".join(
                t.text for t in concept.terms if t.status.value == "preferred")), 5000)
        self.controller.glossaryChanged.emit()
        conflicts = dialog.repo.conflicts(concept.id)
        if conflicts:
            QMessageBox.information(
                self, self.tr("Glossary conflicts"),
                self.tr("The glossary now has conflicts to resolve in the Glossary panel:")
                + "\n\n" + "\n".join(c.message() for c in conflicts))


def install(window: MainWindow) -> None:
    panel = NamesPanel(window, controller_for(window))
    window.names_panel = panel  # type: ignore[attr-defined]

    def title() -> str:
        return QCoreApplication.translate("NamesPanel", "Names")

    dock = window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea,
                           title=title())
    window.languageChanged.connect(lambda: dock.setWindowTitle(title()))
