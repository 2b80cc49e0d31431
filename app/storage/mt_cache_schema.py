"""Schema step 2: the machine translation cache.

One row per (engine, model, target language, source language, source text hash): the best text,
its alternatives (JSON list of {"text", "score"}), the score, any pivot route, and how many
alternatives were asked for, so a later run that wants more alternatives asks the engine again.
"""

from __future__ import annotations

import sqlite_utils


def migrate_0002_mt_cache(db: sqlite_utils.Database) -> None:
    # Plain SQL: the migration runs inside the caller's transaction.
    db.execute(
        """
        CREATE TABLE mt_cache (
            engine TEXT NOT NULL,
            model_id TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            source_lang TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            best TEXT NOT NULL,
            best_score REAL,
            alternatives TEXT NOT NULL DEFAULT '[]',
            alternatives_requested INTEGER NOT NULL DEFAULT 0,
            pivot TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (engine, model_id, target_lang, source_lang, source_hash)
        ) WITHOUT ROWID
        """
    )
