"""Table models for the Names panel: the document's concepts, and the flags of one cell.

``NameConceptsModel`` has one row per person or place found by the names check, with the forms
seen in each language ("Kiev ×2, Kyiv") and the number of mentions and flags.
``CellFlagsModel`` lists the flags of the selected cell, worst first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.ui.flag_presentation import SEVERITY_COLORS, SEVERITY_RANK, flag_reason, flag_summary
from app.ui.name_check_snapshot import ConceptSummary
from app.ui.status_presentation import language_name

if TYPE_CHECKING:
    from app.names.findings import Flag

COL_NAME, COL_KIND, COL_EN, COL_RU, COL_UK, COL_MENTIONS, COL_FLAGS = range(7)
LANG_COLUMNS = {COL_EN: "en", COL_RU: "ru", COL_UK: "uk"}
CONCEPT_ROLE = Qt.ItemDataRole.UserRole + 1  # the ConceptSummary of a row
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1  # the Flag of a CellFlagsModel row

_ModelIndex = QModelIndex | QPersistentModelIndex


def concept_kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    return {
        "place": translate("NameConcepts", "place"),
        "person": translate("NameConcepts", "person"),
        "glossary": translate("NameConcepts", "glossary"),
    }.get(kind, translate("NameConcepts", "name"))


def forms_text(summary: ConceptSummary, lang: str) -> str:
    parts = []
    for text, count in summary.forms[lang].most_common():
        parts.append(f"{text} ×{count}" if count > 1 else text)
    return ", ".join(parts)


class NameConceptsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._concepts: list[ConceptSummary] = []

    def set_concepts(self, concepts: Sequence[ConceptSummary]) -> None:
        self.beginResetModel()
        self._concepts = sorted(concepts, key=lambda c: (-c.flag_count, -c.count, c.label))
        self.endResetModel()

    def concept_at(self, row: int) -> ConceptSummary:
        return self._concepts[row]

    def row_of(self, concept: str) -> int | None:
        return next((n for n, c in enumerate(self._concepts) if c.concept == concept), None)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._concepts)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._concepts[index.row()]
        col = index.column()
        if role == CONCEPT_ROLE:
            return summary
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return summary.label
            if col == COL_KIND:
                return concept_kind_label(summary.kind)
            if col in LANG_COLUMNS:
                return forms_text(summary, LANG_COLUMNS[col])
            if col == COL_MENTIONS:
                return summary.count
            if col == COL_FLAGS:
                return summary.flag_count or ""
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MENTIONS:
            return self.tr("%n mention(s)", "", summary.count)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FLAGS and summary.flag_count:
            return self.tr("%n flag(s)", "", summary.flag_count)
        if role == Qt.ItemDataRole.ToolTipRole and col in LANG_COLUMNS:
            nominative = summary.canonical.get(LANG_COLUMNS[col])
            return self.tr("Dictionary form: %1").replace("%1", nominative) if nominative else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section in LANG_COLUMNS:
            return language_name(LANG_COLUMNS[section])
        return {
            COL_NAME: self.tr("Name"), COL_KIND: self.tr("Kind"),
            COL_MENTIONS: self.tr("Mentions"), COL_FLAGS: self.tr("Flags"),
        }.get(section)


class CellFlagsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._flags: list[Flag] = []

    def set_flags(self, flags: Sequence[Flag]) -> None:
        self.beginResetModel()
        self._flags = sorted(flags, key=lambda f: (SEVERITY_RANK.get(f.severity, 3), f.start))
        self.endResetModel()

    def flag_at(self, row: int) -> Flag:
        return self._flags[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._flags)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        flag = self._flags[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return flag_summary(flag)
        if role == Qt.ItemDataRole.ToolTipRole:
            return flag_reason(flag)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(SEVERITY_COLORS.get(flag.severity, "#000000")))
        if role == FLAG_ROLE:
            return flag
        return None
