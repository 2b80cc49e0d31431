"""Schema step 7: the project dictionary of the spelling check (issue 11).

Words an editor added with "Add to project dictionary" are never marked misspelled again in this
project. ``norm`` is the casefolded word with apostrophes unified, so Ukrainian ``пʼять`` and
``п'ять`` are one entry. Adding and removing are audited (``qa.dictionary_add`` /
``qa.dictionary_remove`` events).
"""

from __future__ import annotations

import sqlite_utils

_PROJECT_WORDS = """
CREATE TABLE project_words (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('en', 'ru', 'uk')),
    word TEXT NOT NULL CHECK (length(trim(word)) > 0),
    norm TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL,
    UNIQUE (lang, norm)
)
"""


def migrate_0007_qa(db: sqlite_utils.Database) -> None:
    db.execute(_PROJECT_WORDS)
