"""Schema step 5: documents keep their structure (issue 8).

* ``document_files``: the original file's bytes, size and SHA-256 and the name of the format
  handler that read it, so a translated file can be written after the original has moved, and a
  re-import of a changed original is recognised.
* ``blocks``: the translatable blocks of a document in order (paragraph, heading, cell, cue ...):
  the handler's key that locates it in the original, its kind, what its inline codes stand for
  (JSON) and what a reviewer may want to see (JSON).
* ``segments`` gain ``block_id`` and ``separator``, the text after the segment inside its block
  (spaces between sentences), so that for every block
  ``"".join(segment.source + segment.separator) == block text``.

Documents imported before this step have no file and no blocks; they keep working (their
segments have ``block_id`` NULL) and export as plain text.
"""

from __future__ import annotations

import sqlite_utils

_DOCUMENT_FILES = """
CREATE TABLE document_files (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    original BLOB NOT NULL
)
"""

_BLOCKS = """
CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    ord INTEGER NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    codes TEXT NOT NULL DEFAULT '{}',
    meta TEXT NOT NULL DEFAULT '{}',
    UNIQUE (document_id, ord)
)
"""


def migrate_0005_documents(db: sqlite_utils.Database) -> None:
    db.execute(_DOCUMENT_FILES)
    db.execute("CREATE INDEX document_files_sha256 ON document_files(sha256)")
    db.execute(_BLOCKS)
    db.execute("ALTER TABLE segments ADD COLUMN block_id INTEGER REFERENCES blocks(id)")
    db.execute("ALTER TABLE segments ADD COLUMN separator TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX segments_block_id ON segments(block_id)")
