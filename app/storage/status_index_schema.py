"""Schema step 12: indexes for the grid's status filter.

The status filter asks SQL for the segments whose cell has a status
(``status_queries.segment_ids_with_status``) instead of reading every row. Both indexes cover
their queries (the segment id is in them), so SQLite never reads the rows themselves: decisions
by language and status, and the segments that have machine text per language (a partial index:
only rows whose text is there count as "translated").
"""

from __future__ import annotations

import sqlite_utils


def migrate_0012_status_index(db: sqlite_utils.Database) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS idx_decisions_lang_status "
               "ON decisions(lang, status, segment_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_translations_lang_text "
               "ON translations(lang, segment_id) WHERE text IS NOT NULL")
