"""Schema step 8: the rest of what a TBX-Basic glossary carries (definitions, contexts, notes,
sources, subsets, term types, cross references, graphics) beside concepts and terms.

Each concept and each term gets a ``details`` column holding a JSON list of
``Detail.to_dict()`` objects (``[{"category": "definition", "value": ..., "lang": "en",
"source": ...}]``); NULL when there are none. JSON keeps the order of the file and stays
readable in Datasette (``json_each``) without a table per data category.
"""

from __future__ import annotations

import sqlite_utils


def migrate_0008_glossary_details(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE concepts ADD COLUMN details TEXT")
    db.execute("ALTER TABLE terms ADD COLUMN details TEXT")
