"""Filtering the segment grid by status, by text over all columns, and by segment sets.

Text search asks the project's full-text index (``storage.text_search``: English source and the
Russian/Ukrainian text a cell shows, word prefixes) and other filters hand in sets of segment ids
(``set_id_filter``: findings of a kind, mentions of a name); their intersection goes to the
model (``SegmentTableModel.set_segment_filter``), which keeps loading page by page, so these
answer in milliseconds on any project size. The status filter is one of those sets too, asked of
SQL (``storage.status_queries``, indexed); the proxy also checks the status of each loaded row,
so a row whose decision takes it out of the filter leaves at once, and after every decision the
set is asked again: a row that enters it (an undo, a repetition that followed) comes back.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication

from app.core.model import Status
from app.ui.segment_table_model import SegmentTableModel


class SegmentFilterProxy(QSortFilterProxyModel):
    #: ``match_count()`` may have changed (a decision moved a row in or out of the filter).
    matchesChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self._status_lang: str | None = None  # None: any target language
        self._needle = ""
        self._id_filters: dict[str, set[int]] = {}
        self._watched: SegmentTableModel | None = None  # whose decisions refresh the status
        self.setDynamicSortFilter(True)

    def source(self) -> SegmentTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, SegmentTableModel) else None

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setSourceModel(model)
        self._id_filters.clear()  # ids of another project
        if self._watched is not None:
            self._watched.decisionsChanged.disconnect(self._refresh_status)
        self._watched = self.source()
        if self._watched is not None:
            self._watched.decisionsChanged.connect(self._refresh_status)
        if self._needle and self.source() is not None:
            self.set_search_text(self._needle)
        if self._status is not None:
            self.set_id_filter("status", self._status_ids(self._status, self._status_lang))

    def match_count(self) -> int:
        """How many segments pass the filters (rows not loaded yet included)."""
        source = self.source()
        if source is None:
            return self.rowCount()
        if self._id_filters:
            return len(set.intersection(*self._id_filters.values()))
        return source.total_segments

    # -- the filter ----------------------------------------------------------------------------

    def is_active(self) -> bool:
        """A filter or a search narrows the rows."""
        return self._status is not None or bool(self._needle) or bool(self._id_filters)

    def set_id_filter(self, name: str, segment_ids: set[int] | None) -> None:
        """Keep only ``segment_ids`` (None: drop the filter ``name``); every named filter
        narrows the others. Nothing happens when the filter is unchanged."""
        wanted = None if segment_ids is None else set(segment_ids)
        if self._id_filters.get(name) == wanted:
            return
        if wanted is None:
            self._id_filters.pop(name, None)
        else:
            self._id_filters[name] = wanted
        source = self.source()
        if source is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if not self._id_filters:
                source.set_segment_filter(None)
            else:
                sets = list(self._id_filters.values())
                source.set_segment_filter(set.intersection(*sets))
        finally:
            QApplication.restoreOverrideCursor()

    def set_status_filter(self, status: Status | None, lang: str | None = None) -> None:
        """Keep rows where ``lang`` (or any target language when None) has ``status``."""

        def change() -> None:
            self._status = status
            self._status_lang = lang

        self.set_id_filter("status", None if status is None else self._status_ids(status, lang))
        self._refilter(change)

    def _status_ids(self, status: Status, lang: str | None) -> set[int]:
        from app.storage.status_queries import segment_ids_with_status

        source = self.source()
        if source is None:
            return set()
        langs = [lang] if lang else list(source.repo.languages)
        return segment_ids_with_status(source.repo, status, langs)

    def _refresh_status(self) -> None:
        """A decision changed: rows that now have the filtered status come in (an undo, a
        repetition); rows that lost it were already hidden by ``filterAcceptsRow``."""
        if self._status is None or self.source() is None:
            return
        fresh = self._status_ids(self._status, self._status_lang)
        if fresh - self._id_filters.get("status", set()):
            self.set_id_filter("status", fresh)
        else:
            self._id_filters["status"] = fresh  # only fewer: no reload, the proxy hides them
        self.matchesChanged.emit()

    def set_search_text(self, text: str) -> None:
        """Keep rows whose English, Russian or Ukrainian text has every word of ``text`` (word
        beginnings: "Пут" finds Путин), through the full-text index."""
        from app.storage.text_search import matching_segment_ids

        self._needle = text.strip().casefold()
        source = self.source()
        ids = None
        if self._needle and source is not None:
            langs = ("en", *source.repo.languages)
            ids = matching_segment_ids(source.repo.conn, self._needle, langs)
        self.set_id_filter("search", ids)

    def _refilter(self, change) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
                self.beginFilterChange()
                change()
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                change()
                self.invalidateRowsFilter()
        finally:
            QApplication.restoreOverrideCursor()

    def filterAcceptsRow(  # noqa: N802 (Qt override)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.source()
        if source is None or self._status is None:
            return True  # text and id filters are the model's (set_segment_filter)
        row = source.row_at(source_row)
        langs = [self._status_lang] if self._status_lang else list(row.cells)
        statuses = [row.cells[lang].status for lang in langs if lang in row.cells]
        return self._status in statuses
