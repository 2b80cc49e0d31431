"""What the grid marks on cells, as a mixin of ``SegmentTableModel``: findings and tag labels.

Findings come from feeds (``cell_findings.FindingFeeds``: "names" from ``set_flags``, "qa" or
any other through ``set_findings``) plus the tag check, computed when a cell is shown. Tag
labels ("b", "link") come from the document's stored inline codes, read once per segment.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping

from app.storage.document_repo import DocumentRepository
from app.ui.cell_findings import CellFinding, name_flag_findings, tag_findings

log = logging.getLogger(__name__)


class CellMarksMixin:
    """Needs the model's ``repo``, ``_rows``, ``_row_of``, ``_flags``, ``findings``,
    ``_tag_labels``, ``index`` and ``dataChanged``."""

    def _stored_tag_labels(self, segment_id: int) -> Mapping[int, str]:
        labels = self._tag_labels.get(segment_id)
        if labels is None:
            try:
                labels = DocumentRepository(self.repo.pdb).tag_labels(segment_id)
            except sqlite3.Error:
                log.warning("Could not read the tag labels of segment %d", segment_id,
                            exc_info=True)
                labels = {}
            self._tag_labels[segment_id] = labels
        return labels

    def cell_findings(self, row: int, column: int) -> list[CellFinding]:
        """Every finding of a cell (names, QA, the tag check), in text order."""
        from app.ui.segment_table_model import COL_SOURCE, LANG_BY_COLUMN

        loaded = self._rows[row]
        lang = "en" if column == COL_SOURCE else LANG_BY_COLUMN.get(column)
        if lang is None:
            return []
        found = self.findings.for_cell((loaded.segment.id, lang))
        if lang in loaded.cells:
            found += tag_findings(loaded.segment.id, lang, loaded.segment.source,
                                  loaded.cells[lang].text or "")
        return sorted(found, key=CellFinding.sort_key)

    def set_findings(self, origin: str, findings: dict[tuple[int, str], list[CellFinding]]
                     ) -> None:
        """Replace one feed of findings ("qa" ...): (segment id, lang) -> findings."""
        self._cells_changed(self.findings.set_feed(origin, findings))

    def _cells_changed(self, keys: Iterable[tuple[int, str]]) -> None:
        from app.ui.segment_table_model import (
            COL_SOURCE,
            COLUMN_BY_LANG,
            FINDINGS_ROLE,
            FLAGS_ROLE,
        )

        for sid, lang in keys:
            row = self._row_of.get(sid)
            if row is not None:
                index = self.index(row, COLUMN_BY_LANG.get(lang, COL_SOURCE))
                self.dataChanged.emit(index, index, [FLAGS_ROLE, FINDINGS_ROLE])

    def set_flags(self, flags: dict[tuple[int, str], list]) -> None:
        """Replace the name-check flags ((segment id, lang) -> flags); repaint changed cells."""
        old, self._flags = self._flags, dict(flags)
        changed = {k for k in old.keys() | self._flags.keys() if old.get(k) != self._flags.get(k)}
        changed |= self.findings.set_feed("names", name_flag_findings(self._flags))
        self._cells_changed(changed)
