"""Schema step 4: what the names check remembers per project (flags an editor ignored).

An ignored flag is identified by its cell (segment, language), its kind, the flagged text and
the concept, not by character offsets: editing elsewhere in the cell keeps it ignored, while a
different name or a different problem in the same cell is flagged again.
"""

from __future__ import annotations

import sqlite_utils

_IGNORED_FLAGS = """
CREATE TABLE ignored_flags (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    concept TEXT NOT NULL DEFAULT '',
    reason TEXT,
    who TEXT,
    at TEXT NOT NULL,
    UNIQUE (segment_id, lang, kind, text, concept)
)
"""


def migrate_0004_names(db: sqlite_utils.Database) -> None:
    db.execute(_IGNORED_FLAGS)
    db.table("ignored_flags").create_index(["segment_id"])
