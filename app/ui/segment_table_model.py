"""The segment grid as a QAbstractTableModel over a ``ProjectRepository``.

Rows are fetched lazily in pages (``canFetchMore``/``fetchMore``), so a 20,000-segment project
opens with one page read. Every change a reviewer makes (edit, approve, reject, comment, undo) is
written to the project at once through the repository and announced with ``dataChanged`` for just
that cell. Later features (background MT) call ``refresh_segments`` after writing to the project.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.core.model import Cell, Row, Status
from app.documents.inline_codes import has_tags
from app.storage.errors import ProjectError
from app.storage.project_repo import ProjectRepository, RecordedDecision
from app.ui.cell_findings import FindingFeeds
from app.ui.cell_marks import CellMarksMixin
from app.ui.memory_badge import memory_badge
from app.ui.status_presentation import STATUS_TINTS, language_name, status_icon, status_label

log = logging.getLogger(__name__)

COL_NUMBER, COL_SOURCE, COL_RU, COL_UK = range(4)
COLUMN_COUNT = 4
LANG_BY_COLUMN = {COL_RU: "ru", COL_UK: "uk"}
COLUMN_BY_LANG = {lang: col for col, lang in LANG_BY_COLUMN.items()}

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # Status of a translation cell
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # stable segment id, any column
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # the app.core.model.Cell of a translation cell
LANG_ROLE = Qt.ItemDataRole.UserRole + 4  # "en" for the source column, "ru"/"uk" for cells
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 5  # name-check flags on a cell (see set_flags)
PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 20  # grey text drawn in an empty cell
TAG_LABELS_ROLE = Qt.ItemDataRole.UserRole + 6  # {tag number: label} of the row, any column
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 7  # list[CellFinding] of a cell, in text order
MEMORY_ROLE = Qt.ItemDataRole.UserRole + 21  # "memory 100%" when memory filled the cell

PAGE_SIZE = 500
FIRST_FILTERED_PAGE = 100  # rows loaded at once when a filter changes

_ModelIndex = QModelIndex | QPersistentModelIndex


class SegmentTableModel(CellMarksMixin, QAbstractTableModel):
    #: The project could not be written; the argument is a message for the reviewer.
    writeFailed = Signal(str)
    #: Some decision changed (status bar counts, panels).
    decisionsChanged = Signal()
    #: A reviewer's decision was recorded on this cell (segment id, language).
    decisionRecorded = Signal(int, str)
    #: A decision was copied to this many repetitions of its sentence (same transaction).
    repetitionsCopied = Signal(int)
    #: Some cell text may have changed (an edit, an undo, machine output, rows added); an
    #: approval or a rejection keeps the text and does not emit it (the names check listens).
    textsChanged = Signal()

    def __init__(
        self, repo: ProjectRepository, reviewer: str, page_size: int = PAGE_SIZE, parent=None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.reviewer = reviewer
        self.page_size = page_size
        self._rows: list[Row] = []
        self._row_of: dict[int, int] = {}  # segment id -> row
        self._haystacks: dict[int, str] = {}  # row -> casefolded text for searching
        self._total = repo.segment_count()
        #: Only these segments (in project order) when the grid is filtered; None: every one.
        self._only: list[int] | None = None
        self._positions: dict[int, int] | None = None  # segment id -> position, for filters
        self._flags: dict[tuple[int, str], list] = {}  # (segment id, "en"/"ru"/"uk") -> flags
        self.findings = FindingFeeds()  # names, QA ... per cell; tag checks computed on demand
        #: segment id -> {tag number: label} ("b", "link" ...) for chip tooltips (read once per
        #: segment from the document's stored inline codes).
        self.tag_labels: Callable[[int], Mapping[int, str]] = self._stored_tag_labels
        self._tag_labels: dict[int, Mapping[int, str]] = {}

    # -- lazy loading --------------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _ModelIndex = QModelIndex(), limit: int | None = None) -> None:  # noqa: B008
        if parent.isValid():
            return
        if self._only is not None:
            start = len(self._rows)
            end = len(self._only) if limit == -1 else start + (limit or self.page_size)
            rows = self.repo.rows_for(self._only[start:end])
        else:
            rows = self.repo.rows(len(self._rows), limit or self.page_size)
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        for n, row in enumerate(rows, start=first):
            self._row_of[row.segment.id] = n
        self._rows.extend(rows)
        self.endInsertRows()

    def set_segment_filter(self, segment_ids: Iterable[int] | None) -> None:
        """Show only ``segment_ids`` (in project order), or every segment again (None). Rows
        still load page by page, so a filter answers at once on any project size."""
        if segment_ids is not None and self._positions is None:
            self._positions = self.repo.segment_positions()
        positions = self._positions or {}
        self.beginResetModel()
        self._only = None if segment_ids is None else sorted(
            (sid for sid in segment_ids if sid in positions), key=positions.__getitem__)
        self._rows = []
        self._row_of = {}
        self._haystacks = {}
        self._total = self.repo.segment_count() if self._only is None else len(self._only)
        self.endResetModel()
        self.fetchMore(limit=FIRST_FILTERED_PAGE)  # a screenful first: the view asks for more

    @property
    def segment_filter_active(self) -> bool:
        return self._only is not None

    def fetch_all(self) -> None:
        """Load every remaining row (filters and searches need them all)."""
        if self.canFetchMore():
            self.fetchMore(limit=-1)

    @property
    def total_segments(self) -> int:
        return self._total

    # -- reading -------------------------------------------------------------------------------

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        """Casefolded source, translations and comments of a row (cached for the search)."""
        text = self._haystacks.get(row)
        if text is None:
            loaded = self._rows[row]
            parts = [loaded.segment.source]
            for cell in loaded.cells.values():
                parts += [cell.text or "", cell.comment or ""]
            text = self._haystacks[row] = "\n".join(parts).casefold()
        return text

    def cell_at(self, index: _ModelIndex) -> Cell | None:
        lang = LANG_BY_COLUMN.get(index.column())
        if not index.isValid() or lang is None:
            return None
        return self._rows[index.row()].cells[lang]

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == SEGMENT_ID_ROLE:
            return row.segment.id
        if role == TAG_LABELS_ROLE:
            return self.tag_labels(row.segment.id) if has_tags(row.segment.source) else {}
        if role == FINDINGS_ROLE:
            return self.cell_findings(index.row(), col)
        if role == FLAGS_ROLE:
            lang = "en" if col == COL_SOURCE else LANG_BY_COLUMN.get(col, "")
            return self._flags.get((row.segment.id, lang), [])
        if col == COL_NUMBER:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.segment.index + 1
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return None
        if col == COL_SOURCE:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.segment.source
            if role == LANG_ROLE:
                return "en"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Segment %1, paragraph %2").replace(
                    "%1", str(row.segment.index + 1)
                ).replace("%2", str(row.segment.paragraph + 1))
            return None
        cell = row.cells[LANG_BY_COLUMN[col]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell.text or ""
        if role == Qt.ItemDataRole.DecorationRole:
            if cell.machine_origin and cell.status is Status.TRANSLATED:
                return memory_badge(cell.machine_origin)  # filled from memory, not by MT
            return status_icon(cell.status, bool(cell.comment))
        if role == MEMORY_ROLE:
            return cell.machine_origin if cell.status is Status.TRANSLATED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == PLACEHOLDER_ROLE:
            return self.tr("not translated yet") if cell.status is Status.NEW and not (
                cell.text) else None
        if role == Qt.ItemDataRole.FontRole and self._is_draft(cell):
            font = QFont()
            font.setItalic(True)  # a quick draft: a refined translation follows
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = STATUS_TINTS[cell.status]
            return QBrush(QColor(tint)) if tint else None
        if role == STATUS_ROLE:
            return cell.status
        if role == CELL_ROLE:
            return cell
        if role == LANG_ROLE:
            return cell.lang
        return None

    @staticmethod
    def _is_draft(cell: Cell) -> bool:
        return cell.status is Status.TRANSLATED and cell.machine_draft

    def _tooltip(self, cell: Cell) -> str:
        lines = [status_label(cell.status)]
        if self._is_draft(cell):
            lines[0] = self.tr("Draft (quick machine translation; a refined one follows)")
        elif cell.status is Status.NEW and not cell.text:
            lines[0] = self.tr("Not translated yet: Tools > Translate document (Ctrl+T)")
        if cell.reviewer:
            lines[0] = self.tr("%1 by %2 at %3").replace("%1", lines[0]).replace(
                "%2", cell.reviewer
            ).replace("%3", (cell.decided_at or "")[:16].replace("T", " "))
        if cell.machine_origin and cell.status is Status.TRANSLATED:
            lines[0] = self.tr("From the translation memory (%1 match)").replace(
                "%1", cell.machine_origin.removeprefix("memory "))
        if cell.machine_text and cell.machine_text != cell.text:
            lines.append(self.tr("Machine translation: %1").replace("%1", cell.machine_text))
        if cell.comment:
            lines.append(self.tr("Comment: %1").replace("%1", cell.comment))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == COL_NUMBER:
            return "#"
        if section == COL_SOURCE:
            return language_name("en")
        return language_name(LANG_BY_COLUMN[section])

    def retranslate(self) -> None:
        """The interface language changed: headers and tooltips are re-read."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in LANG_BY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- writing -------------------------------------------------------------------------------

    def setData(self, index: _ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Typing in a cell records an ``edited`` decision at once (there is no Save)."""
        cell = self.cell_at(index)
        if cell is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if text == (cell.text or ""):
            return False
        written = self._write(index, lambda: self.repo.record_decision(
            cell.segment_id, cell.lang, Status.EDITED, text, self.reviewer
        ), typed=text)
        if written:
            self.textsChanged.emit()
        return written

    def insert_text(self, index: _ModelIndex, text: str, origin: str) -> bool:
        """Put ``text`` from elsewhere (a memory match) into a cell as an ``edited`` decision
        whose audit event says where it came from (``origin``, e.g. "memory 87%")."""
        cell = self.cell_at(index)
        if cell is None or text == (cell.text or ""):
            return False
        written = self._write(index, lambda: self.repo.record_decision(
            cell.segment_id, cell.lang, Status.EDITED, text, self.reviewer, origin=origin
        ), typed=text)
        if written:
            self.textsChanged.emit()
        return written

    def approve(self, index: _ModelIndex) -> bool:
        return self._decide(index, Status.APPROVED)

    def reject(self, index: _ModelIndex) -> bool:
        return self._decide(index, Status.REJECTED)

    def set_comment(self, index: _ModelIndex, text: str) -> bool:
        cell = self.cell_at(index)
        if cell is None or text == (cell.comment or ""):
            return False
        return self._write(
            index, lambda: self.repo.set_comment(cell.segment_id, cell.lang, text, self.reviewer)
        )

    def undo_last(self) -> QModelIndex | None:
        """Undo this reviewer's last decision; returns the cell it touched (None: nothing)."""
        from app.memory.repetitions import undo_with_repetitions

        try:  # a decision copied to its repetitions is undone with its copies
            cells = undo_with_repetitions(self.repo, self.reviewer)
        except (sqlite3.Error, ProjectError) as exc:
            self._report(exc)
            return None
        if not cells:
            return None
        for cell in cells:
            index = self.index_for(cell.segment_id, cell.lang)
            if index.isValid():
                self._store(index, cell)
        self.decisionsChanged.emit()
        self.textsChanged.emit()
        return index

    def _decide(self, index: _ModelIndex, status: Status) -> bool:
        cell = self.cell_at(index)
        if cell is None:
            return False
        return self._write(index, lambda: self.repo.record_decision(
            cell.segment_id, cell.lang, status, cell.text, self.reviewer
        ))

    def _write(self, index: _ModelIndex, operation, typed: str | None = None) -> bool:
        try:
            cell = operation()
        except (sqlite3.Error, ProjectError) as exc:
            self._report(exc, typed)
            return False
        if isinstance(cell, RecordedDecision):  # its repetitions may have got copies too
            cell, copies = cell.cell, cell.copies
            if copies:
                self.refresh_segments([c.segment_id for c in copies])
                self.repetitionsCopied.emit(len(copies))
        self._store(index, cell)
        self.decisionsChanged.emit()
        if cell.reviewed:
            self.decisionRecorded.emit(cell.segment_id, cell.lang)
        return True

    def _store(self, index: _ModelIndex, cell: Cell) -> None:
        self._rows[index.row()].cells[cell.lang] = cell
        self._haystacks.pop(index.row(), None)
        self.dataChanged.emit(index, index)

    def _report(self, exc: Exception, typed: str | None = None) -> None:
        log.warning("Writing to %s failed: %s", self.repo.pdb.path, exc, exc_info=exc)
        if isinstance(exc, ProjectError):  # already says what happened and what to do
            message = str(exc)
        else:
            message = QCoreApplication.translate(
                "SegmentTableModel",
                "The change could not be saved to the project: %1. Check that the file is "
                "still there and writable, then try again.",
            ).replace("%1", str(exc))
        if typed:
            message += "\n\n" + QCoreApplication.translate(
                "SegmentTableModel", "Your text (copy it from here):\n%1"
            ).replace("%1", typed)
        self.writeFailed.emit(message)

    # -- finding and refreshing ----------------------------------------------------------------

    def row_of_segment(self, segment_id: int) -> int | None:
        return self._row_of.get(segment_id)

    def index_for(self, segment_id: int, lang: str) -> QModelIndex:
        """Index of a cell, fetching pages until its row is loaded (invalid if unknown)."""
        while segment_id not in self._row_of and self.canFetchMore():
            self.fetchMore()
        row = self._row_of.get(segment_id)
        column = COLUMN_BY_LANG.get(lang, COL_SOURCE)
        return QModelIndex() if row is None else self.index(row, column)

    def refresh_segments(self, segment_ids: Iterable[int]) -> None:
        """Re-read the cells of loaded segments (after machine output or another writer)."""
        loaded = sorted(
            (self._row_of[sid], sid) for sid in set(segment_ids) if sid in self._row_of
        )
        for row, sid in loaded:
            for lang in self.repo.languages:
                self._rows[row].cells[lang] = self.repo.cell(sid, lang)
            self._haystacks.pop(row, None)
            self.dataChanged.emit(self.index(row, COL_RU), self.index(row, COL_UK))
        if loaded:
            self.decisionsChanged.emit()
            self.textsChanged.emit()

    def reload(self) -> None:
        """Forget every loaded row and read the first page again (rows were added elsewhere,
        e.g. a document imported into the project); the counts are announced as changed."""
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        self._haystacks = {}
        self._positions = None  # segments were added
        self._total = self.repo.segment_count() if self._only is None else len(self._only)
        self.endResetModel()
        self.fetchMore()
        self.decisionsChanged.emit()
        self.textsChanged.emit()
