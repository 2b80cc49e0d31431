"""Filtering the segment grid by status and by text over all columns.

The source model loads rows lazily; a filter over half-loaded rows would silently miss matches,
so as soon as a filter or search is active every row is fetched first (one query, ~0.3 s for
20,000 segments). Without a filter the proxy passes rows through and lazy loading continues.
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
        self.setDynamicSortFilter(True)

    def source(self) -> SegmentTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, SegmentTableModel) else None

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setSourceModel(model)
        self._load_all_if_filtering()

    # -- the filter ----------------------------------------------------------------------------

    def is_active(self) -> bool:
        return self._status is not None or bool(self._needle)

    def set_status_filter(self, status: Status | None, lang: str | None = None) -> None:
        """Keep rows where ``lang`` (or any target language when None) has ``status``."""

        def change() -> None:
            self._status = status
            self._status_lang = lang

        self._refilter(change, status is not None or bool(self._needle))

    def set_search_text(self, text: str) -> None:
        """Keep rows whose English, Russian, Ukrainian text or comment contains ``text``."""
        needle = text.strip().casefold()

        def change() -> None:
            self._needle = needle

        self._refilter(change, self._status is not None or bool(needle))

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
        if source is not None and self.is_active():
            source.fetch_all()

    def filterAcceptsRow(  # noqa: N802 (Qt override)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.source()
        if source is None or not self.is_active():
            return True
        row = source.row_at(source_row)
        if self._status is not None:
            langs = [self._status_lang] if self._status_lang else list(row.cells)
            statuses = [row.cells[lang].status for lang in langs if lang in row.cells]
            if self._status not in statuses:
                return False
        return not self._needle or self._needle in source.search_text(source_row)
