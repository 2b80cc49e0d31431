"""Every finding of the document (QA and name flags) as a table for the QA panel, filtered by
kind, severity and language. Tested without a view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.qa.findings import SEVERITY_ORDER, Finding, category
from app.ui.flag_presentation import SEVERITY_COLORS, severity_label
from app.ui.qa_presentation import kind_label, reason_label
from app.ui.status_presentation import language_name

_Index = QModelIndex | QPersistentModelIndex
COL_SEGMENT, COL_LANG, COL_SEVERITY, COL_KIND, COL_TEXT, COL_REASON = range(6)
COLUMNS = 6
LANG_ORDER = {"en": 0, "ru": 1, "uk": 2}


@dataclass(frozen=True)
class PanelItem:
    segment_id: int
    number: int  # the segment's number in the grid (from 1)
    lang: str  # the cell to fix
    finding: Finding
    origin: str  # "qa" or "names"
    source: object = None  # the name flag itself, for "Ignore here"


class QaFindingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[PanelItem] = []
        self._shown: list[PanelItem] = []
        self.kind: str | None = None
        self.severity: str | None = None
        self.lang: str | None = None

    def set_items(self, items: list[PanelItem]) -> None:
        self._all = sorted(items, key=lambda i: (
            i.number, LANG_ORDER.get(i.lang, 3), i.finding.start,
            SEVERITY_ORDER.get(i.finding.severity, 3)))
        self._refilter()

    def set_filter(self, kind: str | None = None, severity: str | None = None,
                   lang: str | None = None) -> None:
        self.kind, self.severity, self.lang = kind, severity, lang
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._shown = [
            item for item in self._all
            if (self.kind is None or category(item.finding.kind) == self.kind)
            and (self.severity is None or item.finding.severity == self.severity)
            and (self.lang is None or item.lang == self.lang)
        ]
        self.endResetModel()

    def kinds(self) -> list[str]:
        """The kinds present (for the filter), in a stable order."""
        return sorted({category(item.finding.kind) for item in self._all})

    def item_at(self, row: int) -> PanelItem | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def total(self) -> int:
        return len(self._all)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._shown[index.row()]
        finding = item.finding
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SEGMENT:
                return item.number
            if column == COL_LANG:
                return language_name(item.lang)
            if column == COL_SEVERITY:
                return severity_label(finding.severity)
            if column == COL_KIND:
                return kind_label(category(finding.kind))
            if column == COL_TEXT:
                return finding.text if not finding.suggestion else (
                    f"{finding.text} → {finding.suggestion}")
            return reason_label(finding)
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason_label(finding)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_SEVERITY:
            return QBrush(QColor(SEVERITY_COLORS.get(finding.severity, "#000000")))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("#"), self.tr("Column"), self.tr("Severity"), self.tr("Kind"),
                self.tr("Text"), self.tr("Reason")][section]
