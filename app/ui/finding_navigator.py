"""F8 / Shift+F8: the next / previous finding in document order, across cells.

Order: rows as the grid shows them, then English, Russian, Ukrainian, then each cell's findings
by position (a finding without a span in the cell, such as a missing tag, after those with
one). The grid selects the finding's cell and the status bar gives its reason; in an open
editor the span itself is selected, and leaving the cell for the next finding opens the editor
there with that span selected. At the end the walk continues from the other end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from app.ui.cell_findings import CellFinding
from app.ui.coded_text_edit import CodedTextEdit
from app.ui.extensions import window_action
from app.ui.flag_presentation import flag_summary
from app.ui.segment_table_model import COL_RU, COL_SOURCE, COL_UK, FINDINGS_ROLE, LANG_BY_COLUMN

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

COLUMNS = (COL_SOURCE, COL_RU, COL_UK)
Position = tuple[int, int, int]  # (grid row, column, finding index in the cell; -1 = before)


class FindingNavigator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._last: tuple[QModelIndex, int] | None = None  # the cell and index F8 went to
        QT_TRANSLATE_NOOP("FindingNavigator", "Next finding")  # for lupdate
        QT_TRANSLATE_NOOP("FindingNavigator", "Previous finding")
        self.next_action = window_action(window, "nextFindingAction", "FindingNavigator",
                                         "Next finding", lambda: self.go(True))
        self.next_action.setShortcut(QKeySequence("F8"))
        self.previous_action = window_action(window, "previousFindingAction",
                                             "FindingNavigator", "Previous finding",
                                             lambda: self.go(False))
        self.previous_action.setShortcut(QKeySequence("Shift+F8"))
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.next_action)
        window.edit_menu.addAction(self.previous_action)

    # -- walking -------------------------------------------------------------------------------

    def go(self, forward: bool) -> CellFinding | None:
        view = self.window.view
        if self.window.model is None:
            return None
        editing = view.state() == QAbstractItemView.State.EditingState
        editor = view.indexWidget(view.currentIndex()) if editing else None
        if isinstance(editor, CodedTextEdit):
            found = editor.select_finding(forward)
            if found is not None:
                self._announce(found)
                return found
            view.commit_open_editor()
        target = self._search(self._position(forward, editing), forward)
        if target is None:
            self.window.status.showMessage(self.tr("No findings in this document."), 5000)
            return None
        index, number, finding, wrapped = target
        view.go_to(index)
        self._last = (view.currentIndex(), number)
        if editing and index.column() in LANG_BY_COLUMN:
            view.edit(view.currentIndex())
            editor = view.indexWidget(view.currentIndex())
            if isinstance(editor, CodedTextEdit) and finding.has_span:
                assert finding.start is not None and finding.end is not None
                editor.select_span(finding.start, finding.end)
        self._announce(finding, wrapped)
        return finding

    def _position(self, forward: bool, left_editor: bool) -> Position:
        current = self.window.view.currentIndex()
        if not current.isValid():
            return (-1, 0, 0) if forward else (1 << 30, 0, 0)
        if self._last is not None and self._last[0] == current:
            return current.row(), current.column(), self._last[1]
        if left_editor and forward:  # the editor had no finding after its cursor
            return current.row(), current.column(), 1 << 30
        return current.row(), current.column(), -1

    def _cell(self, row: int, column: int) -> list[CellFinding]:
        return self.window.proxy.index(row, column).data(FINDINGS_ROLE) or []

    def _search(self, position: Position, forward: bool
                ) -> tuple[QModelIndex, int, CellFinding, bool] | None:
        proxy = self.window.proxy
        if not forward:
            self.window.model.fetch_all()  # the walk may wrap to the end
        for wrapped in (False, True):
            rows = self._rows(position[0], forward, wrapped)
            for row in rows:
                columns = COLUMNS if forward else tuple(reversed(COLUMNS))
                for column in columns:
                    findings = self._cell(row, column)
                    order = range(len(findings)) if forward else range(len(findings) - 1, -1, -1)
                    for number in order:
                        if wrapped or _beyond((row, column, number), position, forward):
                            return proxy.index(row, column), number, findings[number], wrapped
        return None

    def _rows(self, start: int, forward: bool, wrapped: bool):
        proxy = self.window.proxy
        if forward:
            row = 0 if wrapped else max(start, 0)
            while True:
                while row < proxy.rowCount():
                    yield row
                    row += 1
                if not proxy.canFetchMore(QModelIndex()):
                    return
                proxy.fetchMore(QModelIndex())
        else:
            top = proxy.rowCount() - 1
            yield from range(top if wrapped else min(start, top), -1, -1)

    def _announce(self, finding: CellFinding, wrapped: bool = False) -> None:
        text = f"{flag_summary(finding)}: {finding.reason}"
        if wrapped:
            text = self.tr("Continued from the other end.") + " " + text
        self.window.status.showMessage(text, 10000)


def _beyond(candidate: Position, position: Position, forward: bool) -> bool:
    row, column, number = candidate
    key = (row, COLUMNS.index(column), number)
    here = (position[0], COLUMNS.index(position[1]) if position[1] in COLUMNS else -1,
            position[2])
    return key > here if forward else key < here


def install(window: MainWindow) -> None:
    window.finding_navigator = FindingNavigator(window)  # type: ignore[attr-defined]
