"""Filtering the segment grid by status and by text over all columns.

The source model loads rows lazily; a filter over half-loaded rows would silently miss matches,
so as soon as a filter or search is active every row is fetched first (one query, ~0.3 s for
20,000 segments). Without a filter the proxy passes rows through and lazy loading continues.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

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

        self._refilter(change)

    def set_search_text(self, text: str) -> None:
        """Keep rows whose English, Russian, Ukrainian text or comment contains ``text``."""
        def change() -> None:
            self._needle = text.strip().casefold()

        self._refilter(change)

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            change()
            self._load_all_if_filtering()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self._load_all_if_filtering()
            self.invalidateRowsFilter()

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
        if self._needle:
            texts = [row.segment.source]
            for cell in row.cells.values():
                texts.append(cell.text or "")
                texts.append(cell.comment or "")
            if not any(self._needle in text.casefold() for text in texts):
                return False
        return True
