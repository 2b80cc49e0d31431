"""Full-text search over the grid's three columns through the FTS5 indexes (steps 3 and 6).

``segments_fts(source)`` indexes the English column, ``decisions_fts(text)`` the reviewer's
Russian/Ukrainian text and ``translations_fts(text)`` the machine output. A cell shows the
reviewer's text when there is a decision and the machine's otherwise, so a Russian or Ukrainian
cell matches when its decision text matches, or when it has no decision and its machine text
matches. Words are prefix queries ("Пут" finds Путин); case does not matter.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_match_query(text: str, *, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression requiring every word of ``text`` (None: no words).

    Words are quoted, so FTS5 operators typed by a user (AND, NEAR, quotes, ``*``) are plain text.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    star = "*" if prefix else ""
    return " ".join(f'"{w}"{star}' for w in words)


def matching_segment_ids(
    conn: sqlite3.Connection, text: str, langs: Iterable[str] = ("en", "ru", "uk"),
) -> set[int]:
    """Ids of the segments whose source (``en``) or visible ru/uk cell contains every word."""
    query = fts_match_query(text)
    if query is None:
        return set()
    found: set[int] = set()
    for lang in langs:
        if lang == "en":
            rows = conn.execute(
                "SELECT s.id FROM segments s WHERE s.rowid IN "
                "(SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?)",
                (query,),
            )
        else:
            rows = conn.execute(
                "SELECT d.segment_id FROM decisions d WHERE d.lang = ? AND d.rowid IN "
                "(SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ?) "
                "UNION "
                "SELECT t.segment_id FROM translations t WHERE t.lang = ? AND t.rowid IN "
                "(SELECT rowid FROM translations_fts WHERE translations_fts MATCH ?) "
                "AND NOT EXISTS (SELECT 1 FROM decisions d2 "
                "WHERE d2.segment_id = t.segment_id AND d2.lang = t.lang)",
                (lang, query, lang, query),
            )
        found.update(r[0] for r in rows)
    return found
