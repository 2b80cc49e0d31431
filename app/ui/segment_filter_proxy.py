"""Filtering the segment grid by status, by text over all columns, and by segment sets.

Text search asks the project's full-text index (``storage.text_search``: English source and the
Russian/Ukrainian text a cell shows, word prefixes) and other filters hand in sets of segment ids
(``set_id_filter``: findings of a kind, mentions of a name); their intersection goes to the
model (``SegmentTableModel.set_segment_filter``), which keeps loading page by page, so these
answer in milliseconds on any project size. The status filter still reads loaded rows: as soon
as it is active every (matching) row is fetched first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from app.core.model import Status
from app.ui.segment_table_model import SegmentTableModel


class SegmentFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self._status_lang: str | None = None  # None: any target language
        self._needle = ""
        self._id_filters: dict[str, set[int]] = {}
        self.setDynamicSortFilter(True)

    def source(self) -> SegmentTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, SegmentTableModel) else None

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setSourceModel(model)
        self._id_filters.clear()  # ids of another project
        if self._needle and self.source() is not None:
            self.set_search_text(self._needle)
        self._load_all_if_filtering()

    def match_count(self) -> int:
        """How many segments pass the filters (rows not loaded yet included)."""
        source = self.source()
        if self._status is not None or source is None:
            return self.rowCount()
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
            if self._status is not None:
                source.fetch_all()
        finally:
            QApplication.restoreOverrideCursor()

    def set_status_filter(self, status: Status | None, lang: str | None = None) -> None:
        """Keep rows where ``lang`` (or any target language when None) has ``status``."""

        def change() -> None:
            self._status = status
            self._status_lang = lang

        self._refilter(change, status is not None)

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

    def _refilter(self, change, active: bool) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            source = self.source()
            if active and source is not None:
                source.fetch_all()  # before the filter changes: rows arrive unfiltered
            if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
                self.beginFilterChange()
                change()
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                change()
                self.invalidateRowsFilter()
        finally:
            QApplication.restoreOverrideCursor()

    def _load_all_if_filtering(self) -> None:
        source = self.source()
        if source is not None and self._status is not None:
            source.fetch_all()

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
