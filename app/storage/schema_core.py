"""Schema step 1: documents, segments, machine translations, decisions, comments, events."""

from __future__ import annotations

import sqlite_utils


def migrate_0001_core(db: sqlite_utils.Database) -> None:
    db.table("documents").create(
        {
            "id": int,
            "name": str,
            "source_path": str,
            "encoding": str,
            "imported_at": str,
            "imported_by": str,
            "segment_count": int,
        },
        pk="id",
    )
    db.table("segments").create(
        {
            "id": int,
            "document_id": int,
            "idx": int,
            "paragraph": int,
            "position": int,
            "source": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "idx", "source"},
    )
    db.table("segments").create_index(["idx"], unique=True)
    db.table("segments").create_index(["document_id"])
    # Latest machine output per segment and language; never the reviewer's text.
    db.table("translations").create(
        {
            "segment_id": int,
            "lang": str,
            "text": str,
            "alternatives": str,  # JSON list of {"text", "score"}
            "engine": str,
            "model": str,
            "pivot": str,
            "created_at": str,
        },
        pk=("segment_id", "lang"),
        foreign_keys=[("segment_id", "segments", "id")],
    )
    # Current human decision per segment and language.
    db.table("decisions").create(
        {
            "segment_id": int,
            "lang": str,
            "status": str,
            "text": str,
            "reviewer": str,
            "decided_at": str,
        },
        pk=("segment_id", "lang"),
        foreign_keys=[("segment_id", "segments", "id")],
        not_null={"status"},
    )
    db.table("comments").create(
        {"segment_id": int, "lang": str, "text": str, "author": str, "at": str},
        pk=("segment_id", "lang"),
        foreign_keys=[("segment_id", "segments", "id")],
    )
    # The audit trail: append-only.
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            who TEXT,
            action TEXT NOT NULL,
            segment_id INTEGER,
            lang TEXT,
            before TEXT,
            after TEXT,
            undoes INTEGER REFERENCES events(id)
        )
        """
    )
    db.table("events").create_index(["segment_id", "lang"])
    db.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
