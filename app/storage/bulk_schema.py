"""Schema step 9: bulk writes in progress (see ``app/storage/bulk_write.py``).

A bulk write (a document import, a glossary import) is written in short transactions so that
reviewers never wait long for the write lock. While it runs it has a row in ``bulk_writes``:
the document it is adding stays hidden and its range of segment positions stays reserved.
``bulk_write_rows`` lists the rows it has inserted so far, so an interrupted one (an error, a
cancel, a killed program) can be taken back out.
"""

from __future__ import annotations

import sqlite_utils


def migrate_0009_bulk_writes(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE bulk_writes (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            owner TEXT NOT NULL,
            started_at TEXT NOT NULL,
            document_id INTEGER,
            first_idx INTEGER,
            last_idx INTEGER
        )
        """
    )
    db.execute(
        "CREATE TABLE bulk_write_rows (bulk_id INTEGER NOT NULL, table_name TEXT NOT NULL, "
        "row_id INTEGER NOT NULL)"
    )
    db.execute("CREATE INDEX bulk_write_rows_bulk ON bulk_write_rows(bulk_id)")
