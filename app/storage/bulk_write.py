"""Bulk writes in short transactions that are still all or nothing for the user.

A document of 100,000 segments or a glossary of 50,000 concepts takes seconds to write. In one
transaction that would hold the project's write lock all that time, and every reviewer's
approval would wait for it. ``BulkWrite`` writes it in chunks sized to hold the lock for about
``CHUNK_BUDGET_S`` each and leaves a short gap after each one, so a waiting reviewer gets in.

It stays all or nothing:

1. ``begin(start)`` registers the write in ``bulk_writes`` (schema step 9) in its own
   transaction; ``start`` inserts what hides the rest (a document row whose segments the
   repository does not show while the registration exists).
2. ``write(items, write_chunk)`` writes the items in chunks; ``write_chunk`` returns the ids of
   rows that are visible at once (glossary concepts) so they can be taken out again, and writes
   their audit events to ``STAGED_EVENTS`` (they join the trail when the write is published).
3. ``finish(publish)`` removes the registration and runs ``publish`` (the summary event) in one
   transaction: only then is the document shown.

Any failure, Ctrl+C or cancel in between takes everything back out (``revert``), and a write
whose program was killed is taken out the next time the project is opened for writing
(``recover_interrupted``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from app.storage.database import ProjectDatabase, event_time, now, process_alive

log = logging.getLogger(__name__)

CHUNK_BUDGET_S = 0.025  # a chunk holds the write lock for about this long
GAP_S = 0.004  # pause after a chunk so a reviewer waiting for the lock gets it
FIRST_CHUNK = 200
MAX_CHUNK = 20000
#: Audit events of rows a bulk write adds wait here (this connection only, no lock needed)
#: and join the ``events`` trail when the write is published; taken back out, they never do.
STAGED_EVENTS = _STAGED_EVENTS = "temp.bulk_events"
#: Up to this many staged events join the trail inside the publishing transaction (a failure
#: there leaves no trace); more are copied in chunks first, and a failure after that point is
#: recorded in the trail as "<kind>.reverted".
INLINE_EVENTS = 2000

T = TypeVar("T")
Item = TypeVar("Item")
#: (connection, items of the chunk, index of the chunk's first item) -> ids of visible rows
ChunkWriter = Callable[[sqlite3.Connection, Sequence, int], dict[str, list[int]] | None]


class BulkCancelled(Exception):
    """The user cancelled a bulk write; everything it wrote has been taken back out."""

    def __str__(self) -> str:
        return "Cancelled; nothing was written."


def has_bulk_table(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bulk_writes'"
    ).fetchone() is not None


def _owner() -> str:
    return json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                       "thread": threading.get_ident()})


def _owner_alive(owner: str) -> bool:
    try:
        data = json.loads(owner)
    except ValueError:
        return False
    if data.get("host") != socket.gethostname():
        return True  # another computer's write (a shared folder): not ours to judge
    if data.get("pid") == os.getpid():
        return True  # this process: a connection in another thread is still at it
    try:
        return process_alive(int(data["pid"]))
    except (ValueError, KeyError, TypeError):
        return True


class BulkWrite:
    def __init__(
        self, pdb: ProjectDatabase, kind: str, *,
        cancel: threading.Event | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.pdb = pdb
        self.kind = kind
        self.cancel = cancel
        self.progress = progress
        self.id: int | None = None

    def begin(self, start: Callable[[sqlite3.Connection, int], T] | None = None) -> T | None:
        """Register the write (and run ``start(conn, bulk_id)``) in one short transaction."""
        with self.pdb.transaction() as conn:
            conn.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {_STAGED_EVENTS} (at TEXT, who TEXT, "
                "action TEXT, segment_id INTEGER, lang TEXT, before TEXT, after TEXT)"
            )
            conn.execute(f"DELETE FROM {_STAGED_EVENTS}")
            cur = conn.execute(
                "INSERT INTO bulk_writes(kind, owner, started_at) VALUES (?, ?, ?)",
                (self.kind, _owner(), now()),
            )
            self.id = cur.lastrowid
            assert self.id is not None
            return start(conn, self.id) if start is not None else None

    def write(self, items: Sequence[Item], write_chunk: ChunkWriter, *,
              report: bool = True) -> None:
        """Write ``items`` in chunks of about ``CHUNK_BUDGET_S`` of lock time each
        (``report``: call ``progress`` after each chunk)."""
        assert self.id is not None, "begin() first"
        bulk_id = self.id

        def chunk_with_journal(conn: sqlite3.Connection, chunk: Sequence, done: int) -> None:
            visible = write_chunk(conn, chunk, done)
            for table, ids in (visible or {}).items():
                conn.executemany(
                    "INSERT INTO bulk_write_rows(bulk_id, table_name, row_id) "
                    "VALUES (?, ?, ?)", ((bulk_id, table, i) for i in ids),
                )

        self._in_chunks(len(items), lambda conn, start, size: chunk_with_journal(
            conn, items[start:start + size], start), report)

    def _in_chunks(self, total: int, write: Callable[[sqlite3.Connection, int, int], None],
                   report: bool) -> None:
        size, done = FIRST_CHUNK, 0
        while done < total:
            self._check_cancel()
            size = min(size, total - done)
            started = time.monotonic()
            with self.pdb.transaction() as conn:
                write(conn, done, size)
            spent = time.monotonic() - started
            done += size
            if report and self.progress is not None:
                self.progress(done, total)
            # Aim the next chunk at the budget (the first one also pays for warming caches).
            scale = CHUNK_BUDGET_S / max(spent, 1e-4)
            size = max(1, min(MAX_CHUNK, int(size * min(max(scale, 0.25), 4.0))))
            time.sleep(GAP_S)

    def finish(self, publish: Callable[[sqlite3.Connection], T]) -> T:
        """Make the write visible and complete: staged audit events join the trail (in
        chunks, stamped with the time they land), then one short transaction publishes."""
        self._check_cancel()
        staged = self.pdb.conn.execute(f"SELECT COUNT(*) FROM {_STAGED_EVENTS}").fetchone()[0]
        inline = staged <= INLINE_EVENTS  # few: they land with the publication, all or nothing
        if not inline:
            bulk_id = self.id

            def copy(conn: sqlite3.Connection, start: int, size: int) -> None:
                if start == 0:  # a revert after this point says so in the trail
                    conn.execute(
                        "INSERT INTO bulk_write_rows(bulk_id, table_name, row_id) VALUES "
                        "(?, 'events', (SELECT COALESCE(MAX(id), 0) + 1 FROM events))",
                        (bulk_id,),
                    )
                conn.execute(
                    "INSERT INTO events(at, who, action, segment_id, lang, before, after) "
                    "SELECT ?, who, action, segment_id, lang, before, after "
                    f"FROM {_STAGED_EVENTS} ORDER BY rowid LIMIT ? OFFSET ?",
                    (event_time(conn), size, start),
                )

            self._in_chunks(staged, copy, report=False)
        bulk_id = self.id
        with self.pdb.transaction() as conn:
            if inline and staged:
                conn.execute(
                    "INSERT INTO events(at, who, action, segment_id, lang, before, after) "
                    "SELECT ?, who, action, segment_id, lang, before, after "
                    f"FROM {_STAGED_EVENTS} ORDER BY rowid", (event_time(conn),),
                )
            result = publish(conn)
            conn.execute("DELETE FROM bulk_writes WHERE id = ?", (bulk_id,))
        self.id = None
        # Housekeeping after the publication, without holding anyone up: the staging is this
        # connection's own, and the journal of a finished write is dead weight.
        self.pdb.conn.execute(f"DELETE FROM {_STAGED_EVENTS}")
        left = self.pdb.conn.execute(
            "SELECT COUNT(*) FROM bulk_write_rows WHERE bulk_id = ?", (bulk_id,)
        ).fetchone()[0]

        def forget_rows(conn: sqlite3.Connection, _start: int, size: int) -> None:
            conn.execute(
                "DELETE FROM bulk_write_rows WHERE rowid IN (SELECT rowid FROM "
                "bulk_write_rows WHERE bulk_id = ? LIMIT ?)", (bulk_id, size),
            )

        self._in_chunks(left, forget_rows, report=False)
        return result

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise BulkCancelled()

    def revert(self) -> None:
        """Take out everything this write inserted (safe to call when nothing was)."""
        if self.id is None:
            return
        with self.pdb.transaction() as conn:
            revert_bulk(conn, self.id)
        self.id = None

    @contextlib.contextmanager
    def reverting(self):
        """``with bulk.reverting(): ...``: any failure (or Ctrl+C) reverts, then propagates."""
        try:
            yield self
        except BaseException:
            try:
                self.revert()
            except Exception:  # the original error matters more; recovery runs at next open
                log.exception("Could not take back the interrupted %s write", self.kind)
            raise


def _forget(conn: sqlite3.Connection, bulk_id: int | None) -> None:
    conn.execute("DELETE FROM bulk_write_rows WHERE bulk_id = ?", (bulk_id,))
    conn.execute("DELETE FROM bulk_writes WHERE id = ?", (bulk_id,))


def revert_bulk(conn: sqlite3.Connection, bulk_id: int) -> None:
    """Inside the caller's transaction: delete what bulk write ``bulk_id`` inserted."""
    row = conn.execute(
        "SELECT kind, document_id FROM bulk_writes WHERE id = ?", (bulk_id,)
    ).fetchone()
    if row is None:
        return
    kind, document_id = row
    if document_id is not None:
        _delete_cascade(conn, "documents", "id = ?", (document_id,))
    copied = conn.execute(
        "SELECT row_id FROM bulk_write_rows WHERE bulk_id = ? AND table_name = 'events'",
        (bulk_id,),
    ).fetchone()
    tables = [r[0] for r in conn.execute(
        "SELECT DISTINCT table_name FROM bulk_write_rows WHERE bulk_id = ? "
        "AND table_name != 'events'", (bulk_id,)
    )]
    if copied is not None:  # interrupted while its events joined the trail: say it was undone
        conn.execute(
            "INSERT INTO events(at, who, action, after) VALUES (?, NULL, ?, ?)",
            (event_time(conn), f"{kind}.reverted",
             json.dumps({"events_from": copied[0], "reason": "interrupted; taken back out"})),
        )
    for table in tables:
        _delete_cascade(
            conn, table,
            "id IN (SELECT row_id FROM bulk_write_rows WHERE bulk_id = ? AND table_name = ?)",
            (bulk_id, table),
        )
    with contextlib.suppress(sqlite3.OperationalError):  # only this connection's staging
        conn.execute(f"DELETE FROM {_STAGED_EVENTS}")
    _forget(conn, bulk_id)
    log.info("Took back interrupted bulk write %d (%s)", bulk_id, kind)


def _children(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    """(child table, child column, parent column) of every foreign key pointing at ``table``."""
    found = []
    for (child,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        for fk in conn.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            if fk[2] == table and child not in ("events", table):
                found.append((child, fk[3], fk[4] or "id"))
    return found


def _delete_cascade(conn: sqlite3.Connection, table: str, where: str, args: tuple,
                    depth: int = 0) -> None:
    """Delete rows of ``table`` matching ``where`` and, first, every row that refers to them."""
    if depth > 4:
        raise RuntimeError(f"foreign keys nest too deep under {table}")
    for child, column, parent_column in _children(conn, table):
        _delete_cascade(
            conn, child,
            f"[{column}] IN (SELECT [{parent_column}] FROM [{table}] WHERE {where})",
            args, depth + 1,
        )
    conn.execute(f"DELETE FROM [{table}] WHERE {where}", args)


def recover_interrupted(pdb: ProjectDatabase) -> int:
    """Take out the bulk writes of programs that died midway; returns how many."""
    conn = pdb.conn
    if not has_bulk_table(conn):
        return 0
    stale = [r[0] for r in conn.execute("SELECT id, owner FROM bulk_writes").fetchall()
             if not _owner_alive(r[1])]
    orphans = conn.execute(
        "SELECT 1 FROM bulk_write_rows WHERE bulk_id NOT IN (SELECT id FROM bulk_writes) LIMIT 1"
    ).fetchone()
    if orphans is not None:  # a published write whose clean-up was cut short
        with pdb.transaction() as tx:
            tx.execute("DELETE FROM bulk_write_rows WHERE bulk_id NOT IN "
                       "(SELECT id FROM bulk_writes)")
    for bulk_id in stale:
        with pdb.transaction() as tx:
            revert_bulk(tx, bulk_id)
    return len(stale)
