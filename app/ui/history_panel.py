"""History dock: the audit trail of the current cell, oldest first — machine output, edits,
approvals, rejections, undos, comments, ignored flags and dictionary words, with who and when
(``app.storage.cell_history``). Follows the grid's current cell and any change to its row; a
hidden dock reads nothing until it is shown again. Closed at first: View > History opens it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.storage.cell_history import MACHINE, HistoryEntry, cell_history

_ModelIndex = QModelIndex | QPersistentModelIndex
COL_WHEN, COL_WHO, COL_WHAT, COL_TEXT = range(4)
CONTEXT = "HistoryPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    labels = {
        MACHINE: _tr("Machine translation"), "edited": _tr("Edited"),
        "approved": _tr("Approved"), "rejected": _tr("Rejected"), "undo": _tr("Undone"),
        "comment": _tr("Comment"), "names.ignore": _tr("Name flag ignored"),
        "names.unignore": _tr("Name flag shown again"), "qa.ignore": _tr("QA finding ignored"),
        "qa.unignore": _tr("QA finding shown again"),
        "qa.dictionary_add": _tr("Added to the project dictionary"),
    }
    return labels.get(action, action)


def local_time(at: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == COL_WHEN:
            return local_time(entry.at) if role == Qt.ItemDataRole.DisplayRole else entry.at
        if column == COL_WHO:
            return entry.who or (_tr("machine") if entry.action == MACHINE else "")
        if column == COL_WHAT:
            label = action_label(entry.action)
            return f"{label} ({entry.detail})" if entry.detail else label
        return entry.text or ""

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("When"), _tr("Who"), _tr("What"), _tr("Text"))[section]
        return None


class HistoryPanel(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("historyPanel")
        self.main_window = window
        self.segment_id, self.lang = 0, ""
        self._stale = False
        self._grid = None
        self.model = HistoryTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for column in (COL_WHEN, COL_WHO, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)
        window.currentCellChanged.connect(self.show_cell)
        window.projectOpened.connect(lambda _repo: self._watch(window.model))
        window.projectClosed.connect(lambda: self.show_cell(0, ""))
        self._watch(window.model)

    def _watch(self, grid) -> None:
        if self._grid is not None:
            try:
                self._grid.dataChanged.disconnect(self._data_changed)
            except (RuntimeError, TypeError):
                pass
        self._grid = grid
        if grid is not None:
            grid.dataChanged.connect(self._data_changed)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        grid = self._grid
        if not self.segment_id or grid is None:
            return
        row = grid.row_of_segment(self.segment_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self.show_cell(self.segment_id, self.lang)

    def show_cell(self, segment_id: int, lang: str) -> None:
        self.segment_id, self.lang = segment_id, lang
        if segment_id and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        repo = self.main_window.repo
        if not segment_id or not lang or repo is None:
            self.model.set_entries([])
            return
        self.model.set_entries(cell_history(repo, segment_id, lang))
        self.view.scrollToBottom()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.show_cell(self.segment_id, self.lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
            self.model.layoutChanged.emit()
        super().changeEvent(event)


def install(window) -> None:
    panel = HistoryPanel(window)
    dock = window.add_dock(panel, Qt.DockWidgetArea.BottomDockWidgetArea)
    dock.setObjectName("historyDock")
    dock.hide()  # View > History opens it (under the grid); the grid keeps its room

    def translate_ui() -> None:
        dock.setWindowTitle(_tr("History"))

    translate_ui()
    window.languageChanged.connect(translate_ui)
    window.history_panel = panel  # type: ignore[attr-defined]
