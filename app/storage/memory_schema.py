"""Schema step 6: translation memory, and full-text search of the Russian and Ukrainian columns.

Full-text search (for Datasette, the window's search and QA filters)
--------------------------------------------------------------------
``decisions_fts(text)`` and ``translations_fts(text)`` index the reviewer's text and the machine
output the way step 3 indexes ``segments_fts(source)``: external-content FTS5 tables
(``content=[decisions]``, ``content=[translations]``) kept up to date by triggers, so Datasette
offers a search box on both tables ("Путин" is found) and ``db["decisions"].search(...)`` works.
Find the cells whose text matches with::

    SELECT d.segment_id, d.lang FROM decisions d
    WHERE d.rowid IN (SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ?)

(``app.storage.text_search`` wraps this for every column.) Both tables are written with
``INSERT OR REPLACE``, whose implicit delete fires no DELETE trigger unless
``recursive_triggers`` is on, so a BEFORE INSERT trigger removes the replaced row from the
index (only when recursive triggers are off: then the DELETE trigger does it).

Translation memory
------------------
``memory`` holds English -> Russian/Ukrainian pairs: units made from this project's approved
and edited decisions (``segment_id`` set) and units imported from TMX (``segment_id`` NULL).
The user-level memory is a project-format file with the same tables. ``source_key`` is a hash of
the normalised source (exact lookups); ``context_key`` a hash of the neighbouring sources
(101% matches). ``memory_fts(source, target)`` prefilters fuzzy candidates and serves
concordance. Triggers on ``decisions`` append the changed cell to ``memory_outbox`` in the same
transaction as the decision; ``app.memory`` turns outbox entries into memory units (in the
project and in the user memory) before every memory operation.
"""

from __future__ import annotations

import sqlite_utils

from app.storage.glossary_schema import fts_statements

_MEMORY = """
CREATE TABLE memory (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('ru', 'uk')),
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    source_key INTEGER NOT NULL,
    context_key INTEGER,
    status TEXT NOT NULL CHECK (status IN ('approved', 'edited', 'imported')),
    reviewer TEXT,
    changed_at TEXT,
    project TEXT,
    project_uid TEXT,
    segment_id INTEGER,
    document TEXT,
    origin TEXT NOT NULL
)
"""

_OUTBOX = """
CREATE TABLE memory_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    segment_id INTEGER NOT NULL,
    lang TEXT NOT NULL
)
"""


def _replace_safe_fts(table: str, key: tuple[str, ...]) -> list[str]:
    """fts_statements plus a BEFORE INSERT trigger that unindexes a row INSERT OR REPLACE is
    about to replace (the DELETE trigger does not fire for it unless recursive triggers are on).
    """
    match = " AND ".join(f"[{k}] = new.[{k}]" for k in key)
    fts = f"[{table}_fts]"
    return [
        *fts_statements(table, ["text"]),
        f"CREATE TRIGGER [{table}_bi_fts] BEFORE INSERT ON [{table}] "
        "WHEN NOT (SELECT recursive_triggers FROM pragma_recursive_triggers) BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, [text]) SELECT 'delete', rowid, [text] "
        f"FROM [{table}] WHERE {match};\nEND",
    ]


def _outbox_triggers() -> list[str]:
    return [
        f"CREATE TRIGGER [decisions_memory_{name}] AFTER {event} ON [decisions] BEGIN\n"
        f"  INSERT INTO memory_outbox(segment_id, lang) VALUES ({row}.segment_id, {row}.lang);\n"
        "END"
        for name, event, row in (
            ("ai", "INSERT", "new"), ("au", "UPDATE", "new"), ("ad", "DELETE", "old"),
        )
    ]


def migrate_0006_memory(db: sqlite_utils.Database) -> None:
    statements = [
        *_replace_safe_fts("decisions", ("segment_id", "lang")),
        *_replace_safe_fts("translations", ("segment_id", "lang")),
        _MEMORY,
        "CREATE UNIQUE INDEX idx_memory_decision ON memory(project_uid, segment_id, lang) "
        "WHERE segment_id IS NOT NULL",
        "CREATE INDEX idx_memory_key ON memory(source_key, lang)",
        *fts_statements("memory", ["source", "target"]),
        _OUTBOX,
        *_outbox_triggers(),
        # Decisions recorded before this step go into the memory too.
        "INSERT INTO memory_outbox(segment_id, lang) SELECT segment_id, lang FROM decisions "
        "ORDER BY rowid",
    ]
    for statement in statements:
        db.execute(statement)
