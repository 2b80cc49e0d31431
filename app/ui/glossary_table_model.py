"""The glossary as a QAbstractTableModel over a ``GlossaryRepository`` (one row per concept).

Columns: kind, the English, Russian and Ukrainian terms (preferred first, the others with a
status mark) and the note. Rows load in pages (``canFetchMore``/``fetchMore``), filtered by a
search text, a term status and a concept kind. Editing a cell writes through the repository at
once (each change an audit event): the language cells edit the concept's main term in that
language (its preferred term, else its first), ``set_term_status`` changes that term's
status. Concepts in a conflict (two preferred terms, a term in two concepts) are tinted and
carry the explanation in ``CONFLICTS_ROLE`` and the tooltip; nothing resolves them here.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.core.glossary_model import Concept, ConceptKind, GlossaryError, Term, TermStatus
from app.storage.errors import ProjectError
from app.storage.glossary_repo import GlossaryRepository
from app.ui.status_presentation import language_name

log = logging.getLogger(__name__)

COL_KIND, COL_EN, COL_RU, COL_UK, COL_NOTE = range(5)
COLUMN_COUNT = 5
LANG_BY_COLUMN = {COL_EN: "en", COL_RU: "ru", COL_UK: "uk"}
CONCEPT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Concept of the row
TERMS_ROLE = Qt.ItemDataRole.UserRole + 2  # the Terms of a language cell, preferred first
CONFLICTS_ROLE = Qt.ItemDataRole.UserRole + 3  # conflict explanations for the row (list[str])
STATUS_MARKS = {TermStatus.PREFERRED: "", TermStatus.ADMITTED: " ≈",
                TermStatus.DEPRECATED: " ⚠", TermStatus.FORBIDDEN: " ⛔"}
CONFLICT_TINT = "#ffe0e0"
PAGE_SIZE = 500

_ModelIndex = QModelIndex | QPersistentModelIndex
_ORDER = {s: n for n, s in enumerate(TermStatus)}


def term_status_label(status: TermStatus | str) -> str:
    translate = QCoreApplication.translate
    return {
        "preferred": translate("Glossary", "preferred"),
        "admitted": translate("Glossary", "admitted"),
        "deprecated": translate("Glossary", "deprecated"),
        "forbidden": translate("Glossary", "forbidden"),
    }[TermStatus(status).value]


def concept_kind_label(kind: ConceptKind | str) -> str:
    translate = QCoreApplication.translate
    return {
        "place": translate("Glossary", "place"),
        "person": translate("Glossary", "person"),
        "org": translate("Glossary", "organisation"),
        "other": translate("Glossary", "other"),
    }[ConceptKind(kind).value]


def ordered_terms(concept: Concept, lang: str) -> list[Term]:
    return sorted(concept.terms_in(lang), key=lambda t: _ORDER[t.status])


def main_term(concept: Concept, lang: str) -> Term | None:
    terms = ordered_terms(concept, lang)
    return terms[0] if terms else None


class GlossaryTableModel(QAbstractTableModel):
    #: A change could not be written; the argument is a message for the editor.
    writeFailed = Signal(str)
    #: The glossary changed (an edit, an addition, a deletion).
    glossaryChanged = Signal()

    def __init__(self, repo: GlossaryRepository, who: str | None = None,
                 page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.who = who
        self.page_size = page_size
        self.query = ""
        self.status: str | None = None
        self.kind: str | None = None
        self._rows: list[Concept] = []
        self._total = 0
        self._conflicts: dict[int, list[str]] = {}
        self.reload()

    # -- loading and filtering -----------------------------------------------------------------

    def set_filter(self, query: str | None = None, status: str | None = None,
                   kind: str | None = None) -> None:
        self.query, self.status, self.kind = (query or "").strip(), status or None, kind or None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = self.repo.count(self.query or None, status=self.status, kind=self.kind)
        self._load_conflicts()
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def _load_conflicts(self) -> None:
        self._conflicts = {}
        for conflict in self.repo.conflicts():
            for cid in conflict.concept_ids:
                self._conflicts.setdefault(cid, []).append(conflict.message())

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.repo.concepts(self.query or None, status=self.status, kind=self.kind,
                                  offset=len(self._rows), limit=self.page_size)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def concept_at(self, row: int) -> Concept:
        return self._rows[row]

    def row_of(self, concept_id: int) -> int | None:
        return next((n for n, c in enumerate(self._rows) if c.id == concept_id), None)

    def conflicts_of(self, row: int) -> list[str]:
        return list(self._conflicts.get(self._rows[row].id or 0, []))

    # -- reading -------------------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        concept = self._rows[index.row()]
        col = index.column()
        lang = LANG_BY_COLUMN.get(col)
        if role == CONCEPT_ROLE:
            return concept
        if role == CONFLICTS_ROLE:
            return self.conflicts_of(index.row())
        if role == TERMS_ROLE:
            return ordered_terms(concept, lang) if lang else []
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_KIND:
                return concept_kind_label(concept.kind)
            if col == COL_NOTE:
                return concept.note or ""
            return "; ".join(t.text + STATUS_MARKS[t.status] for t in ordered_terms(concept, lang))
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_KIND:
                return concept.kind.value
            if col == COL_NOTE:
                return concept.note or ""
            term = main_term(concept, lang)
            return term.text if term else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{t.text}: {term_status_label(t.status)}"
                     for t in (ordered_terms(concept, lang) if lang else [])]
            return "\n".join(lines + self.conflicts_of(index.row())) or None
        if role == Qt.ItemDataRole.BackgroundRole and self._conflicts.get(concept.id or 0):
            return QBrush(QColor(CONFLICT_TINT))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section in LANG_BY_COLUMN:
            return language_name(LANG_BY_COLUMN[section])
        return self.tr("Kind") if section == COL_KIND else self.tr("Note")

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    # -- writing -------------------------------------------------------------------------------

    def setData(self, index: _ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        concept = self._rows[index.row()]
        cid = concept.id or 0
        text = "" if value is None else str(value).strip()
        col = index.column()
        if col == COL_KIND:
            return self._write(index.row(), lambda: self.repo.update_concept(
                cid, kind=text, who=self.who))
        if col == COL_NOTE:
            if text == (concept.note or ""):
                return False
            return self._write(index.row(), lambda: self.repo.update_concept(
                cid, note=text, who=self.who))
        lang = LANG_BY_COLUMN[col]
        term = main_term(concept, lang)
        if term is None and not text or term is not None and term.text == text:
            return False
        if term is None:
            return self._write(index.row(), lambda: self.repo.add_term(
                cid, Term(lang, text), who=self.who))
        if not text:
            if len(concept.terms) == 1:
                self.writeFailed.emit(self.tr("A concept needs at least one term; delete the "
                                              "concept instead."))
                return False
            return self._write(index.row(), lambda: self.repo.delete_term(
                term.id or 0, who=self.who))
        return self._write(index.row(), lambda: self.repo.update_term(
            term.id or 0, text=text, who=self.who))

    def set_term_status(self, index: _ModelIndex, status: TermStatus | str) -> bool:
        """Change the status of the main term in the language cell ``index``."""
        lang = LANG_BY_COLUMN.get(index.column())
        term = main_term(self._rows[index.row()], lang) if lang and index.isValid() else None
        if term is None or term.status == TermStatus(status):
            return False
        return self._write(index.row(), lambda: self.repo.update_term(
            term.id or 0, status=TermStatus(status), who=self.who))

    def add_concept(self, kind: ConceptKind | str, terms: list[Term],
                    note: str | None = None) -> Concept | None:
        try:
            concept = self.repo.add_concept(kind, terms, note=note, who=self.who)
        except (GlossaryError, sqlite3.Error, ProjectError) as exc:
            self._report(exc)
            return None
        self.reload()
        self.glossaryChanged.emit()
        return concept

    def delete_concept(self, row: int) -> bool:
        cid = self._rows[row].id or 0
        try:
            self.repo.delete_concept(cid, who=self.who)
        except (GlossaryError, sqlite3.Error, ProjectError) as exc:
            self._report(exc)
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total -= 1
        self.endRemoveRows()
        self._refresh_conflicts()
        self.glossaryChanged.emit()
        return True

    def _write(self, row: int, operation: Callable[[], object]) -> bool:
        try:
            operation()
            self._rows[row] = self.repo.concept(self._rows[row].id or 0)
        except (GlossaryError, sqlite3.Error, ProjectError, ValueError) as exc:
            self._report(exc)
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        self._refresh_conflicts()
        self.glossaryChanged.emit()
        return True

    def _refresh_conflicts(self) -> None:
        self._load_conflicts()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1),
                                  [Qt.ItemDataRole.BackgroundRole, CONFLICTS_ROLE,
                                   Qt.ItemDataRole.ToolTipRole])

    def _report(self, exc: Exception) -> None:
        log.warning("Glossary change refused: %s", exc)
        self.writeFailed.emit(str(exc))
