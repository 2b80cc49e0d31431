"""Schema step 3: the glossary (concepts, terms) and full-text search on segments and terms.

Full-text search uses the exact tables and triggers sqlite-utils' ``Table.enable_fts(...,
create_triggers=True)`` creates (``<table>_fts`` with ``content=<table>``, triggers ``<table>_ai``,
``_ad``, ``_au``), so Datasette and ``db["terms"].search("Kyiv")`` find them. The SQL is issued
statement by statement because ``enable_fts`` runs ``executescript``, which would commit the
migration's transaction half way.
"""

from __future__ import annotations

import sqlite_utils

_CONCEPTS = """
CREATE TABLE concepts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('place', 'person', 'org', 'other')),
    note TEXT,
    subject TEXT,
    created_by TEXT,
    created_at TEXT NOT NULL,
    modified_by TEXT,
    modified_at TEXT NOT NULL
)
"""

_TERMS = """
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('en', 'ru', 'uk')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    norm TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'preferred'
        CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
    part_of_speech TEXT,
    scheme TEXT,
    source TEXT,
    context_exceptions TEXT,
    created_by TEXT,
    created_at TEXT NOT NULL,
    modified_by TEXT,
    modified_at TEXT NOT NULL
)
"""


def fts_statements(table: str, columns: list[str]) -> list[str]:
    """The statements sqlite-utils' enable_fts(columns, create_triggers=True) would run."""
    cols = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    fts = f"[{table}_fts]"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING FTS5 (\n    {cols},\n    content=[{table}]\n)",
        f"INSERT INTO {fts} (rowid, {cols}) SELECT rowid, {cols} FROM [{table}]",
        f"CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN\n"
        f"  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});\nEND",
        f"CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old});\nEND",
        f"CREATE TRIGGER [{table}_au] AFTER UPDATE ON [{table}] BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old});\n"
        f"  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});\nEND",
    ]


def migrate_0003_glossary(db: sqlite_utils.Database) -> None:
    db.execute(_CONCEPTS)
    db.execute(_TERMS)
    db.execute("CREATE INDEX idx_concepts_kind ON concepts(kind)")
    db.execute("CREATE INDEX idx_terms_concept_id ON terms(concept_id)")
    db.execute("CREATE INDEX idx_terms_lang_norm ON terms(lang, norm)")
    for statement in fts_statements("terms", ["text"]) + fts_statements("segments", ["source"]):
        db.execute(statement)
