"""Schema step 10: machine output can be a quick draft, refined later.

The window first translates every segment greedily (the fastest decoding) and then re-translates
in the background with beam search and alternatives (issue 14). ``translations.draft`` is 1 for
output of the first pass until the second pass replaces it, so the grid can mark draft cells and
the refinement knows what is left.
"""

from __future__ import annotations

import sqlite_utils


def migrate_0010_mt_draft(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE translations ADD COLUMN draft INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX idx_translations_draft ON translations(lang, draft)")
