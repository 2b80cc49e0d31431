"""The segment grid widget: word-wrapped rows, in-place multi-line editing, cell navigation.

Row heights follow the text of the rows on screen only (re-measured after scrolling, loading or
resizing), because measuring 20,000 wrapped rows at once would freeze the window.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.core.model import Status
from app.ui.flag_mark_delegate import FlagMarkDelegate
from app.ui.segment_table_model import COL_NUMBER, COL_SOURCE, LANG_BY_COLUMN, STATUS_ROLE


class SegmentView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentView")
        self.setItemDelegate(FlagMarkDelegate(self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(30)
        self._resize_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._resize_timer.start)
        self.horizontalHeader().sectionResized.connect(self._resize_timer.start)

    def setModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        if model is None:
            return
        # A proxy gets its columns only when its source model arrives.
        model.modelReset.connect(self._configure_columns)
        model.columnsInserted.connect(self._configure_columns)
        self._configure_columns()
        for signal in (model.rowsInserted, model.modelReset, model.layoutChanged,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self._resize_timer.start)
        self._resize_timer.start()

    def _configure_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if header.count() > COL_NUMBER:
            header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(COL_NUMBER, self.fontMetrics().horizontalAdvance("000000") + 12)

    # -- row heights ---------------------------------------------------------------------------

    def fit_visible_rows(self) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        first = max(self.rowAt(0), 0)
        height = self.viewport().height()
        row = first
        while row < model.rowCount():
            self.resizeRowToContents(row)
            if self.rowViewportPosition(row) > height:
                break
            row += 1

    # -- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().column() in LANG_BY_COLUMN
        ):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    # -- editing and navigation (used by ReviewActions) -----------------------------------------

    def commit_open_editor(self) -> None:
        """Save and close an open cell editor, so an action applies to what was typed."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is None:
            editor = self.focusWidget()
        if editor is not None and editor is not self:
            self.commitData(editor)
            self.closeEditor(editor, self.itemDelegate().EndEditHint.NoHint)

    def go_to(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Make ``index`` (a view-model index) the current, selected, visible cell."""
        if not index.isValid():
            return
        index = self.model().index(index.row(), index.column())
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def next_unapproved(self, index: QModelIndex) -> QModelIndex:
        """The next translation cell that is not approved: further down the same language
        column first (loading more rows as needed), then from the top of that column, then the
        other language columns. Invalid if every cell is approved."""
        model = self.model()
        column = index.column() if index.column() in LANG_BY_COLUMN else min(LANG_BY_COLUMN)
        start = index.row() if index.isValid() else -1

        def unapproved(row: int, col: int) -> bool:
            return model.index(row, col).data(STATUS_ROLE) != Status.APPROVED

        row = start + 1
        while True:
            while row < model.rowCount():
                if unapproved(row, column):
                    return model.index(row, column)
                row += 1
            if not model.canFetchMore(QModelIndex()):
                break
            model.fetchMore(QModelIndex())
        for row in range(0, max(start, 0)):
            if unapproved(row, column):
                return model.index(row, column)
        for other in sorted(LANG_BY_COLUMN):
            if other == column:
                continue
            for row in range(model.rowCount()):
                if unapproved(row, other):
                    return model.index(row, other)
        return QModelIndex()

    def current_column_is_source(self) -> bool:
        return self.currentIndex().column() in (COL_NUMBER, COL_SOURCE)
