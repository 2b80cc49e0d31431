"""Opening a project file: one SQLite database, WAL mode, foreign keys, numbered migrations.

A connection belongs to the thread that opened it; a worker thread opens its own with
``open_project`` on the same path. Before any migration the file is copied next to itself
(``name.rdproj.v<old>.bak``). Files that are not projects, come from a newer version, are locked
or read-only raise a typed ``ProjectError`` and are left untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from app import __version__
from app.storage.errors import (
    NewerProject,
    NotAProject,
    ProjectExists,
    ProjectLocked,
    ProjectMissing,
    ProjectNotCreated,
    ProjectReadOnly,
)
from app.storage.migrations import MIGRATIONS, latest_version

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".rdproj"
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x52447072  # "RDpr", stored in the SQLite header of every project
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another connection's transaction
LOCK_PROBE_MS = 1000  # how long opening waits before calling the project locked


def now() -> str:
    """Timestamps are UTC ISO 8601 with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class ProjectDatabase:
    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def schema_version(self) -> int:
        return _read_version(self.conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside lands, or nothing does."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ProjectDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sidecar_files(path: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside a project while it is open (WAL mode)."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _read_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _inspect_existing(path: Path) -> int:
    """Schema version of an existing project, read without changing the file."""
    if not path.is_file():
        raise NotAProject(f"{path} is not a file. Choose a Review Desk project (*.rdproj).")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAProject(
            f"{path.name} is not a Review Desk project. To work on a document, use "
            "File > New project from document (or 'reviewdesk import FILE --project P')."
        )
    # A file no connection has open in WAL mode has no -wal file; read it as immutable so the
    # inspection creates no -wal/-shm files beside it (a refused file stays exactly as it was).
    wal = sidecar_files(path)[0]
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    except sqlite3.Error as exc:
        raise NotAProject(f"{path.name} cannot be read as a database: {exc}.") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            raise NotAProject(
                f"{path.name} is an SQLite database but not a Review Desk project; it was not "
                "changed."
            )
        kind = conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()
        if not kind or kind[0] != "reviewdesk-project":
            raise NotAProject(f"{path.name} is not a Review Desk project; it was not changed.")
        return _read_version(conn)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise ProjectLocked(
                f"{path.name} is locked by another program. Close it there and try again."
            ) from exc
        raise NotAProject(f"{path.name} is damaged or not a project: {exc}.") from exc
    finally:
        conn.close()


def _read_only(path: Path) -> bool:
    """No write permission for us, or no write bit at all in its mode.

    The mode bits matter for root, for whom ``os.access`` always says writable: a file someone
    made read-only (chmod a-w, or the read-only attribute) is treated as read-only for everyone.
    """
    mode = path.stat().st_mode
    no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK)


def _connect(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db = sqlite_utils.Database(conn)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        conn.close()
        raise ProjectLocked(
            f"{path.name} is locked by another program. Close it there and try again."
        ) from exc
    conn.execute("PRAGMA synchronous = NORMAL")
    return db


def _backup(path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}.{n}.bak")
    if not sidecar_files(path)[0].exists():
        # Cleanly closed: nothing lives outside the file, so the copy is the file, byte for byte.
        shutil.copyfile(path, target)
    else:
        # Someone has it open (or crashed): take a consistent snapshot through SQLite.
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    log.info("Backed up %s to %s before migrating", path, target)
    return target


def _migrate(pdb: ProjectDatabase, from_version: int) -> None:
    for number, migration in MIGRATIONS:
        if number <= from_version:
            continue
        with pdb.transaction() as conn:
            migration(pdb.db)
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(number),),
            )
        log.info("Migrated %s to schema %d", pdb.path, number)


def create_project(path: Path | str) -> ProjectDatabase:
    """Create a new, empty project file. Refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise ProjectExists(
            f"{path.name} already exists; choose another name or open it instead."
        )
    pdb: ProjectDatabase | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
        pdb = ProjectDatabase(path, db)
        db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        with pdb.transaction() as conn:
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [
                    ("kind", "reviewdesk-project"),
                    ("schema_version", "0"),
                    ("project_id", uuid.uuid4().hex),
                    ("created_at", now()),
                    ("created_with", __version__),
                ],
            )
        _migrate(pdb, 0)
    except BaseException as exc:
        # Never leave a half-made project behind.
        if pdb is not None:
            pdb.close()
        for leftover in (path, *sidecar_files(path)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise ProjectNotCreated(
                f"Cannot create {path.name} in {path.parent}: {exc}. Choose a folder you can "
                "write to."
            ) from exc
        raise
    return pdb


def open_project(path: Path | str, *, create: bool = False) -> ProjectDatabase:
    """Open (and migrate if needed) a project; with ``create`` make it when it does not exist."""
    path = Path(path)
    if not path.exists():
        if create:
            return create_project(path)
        raise ProjectMissing(f"{path} does not exist.")
    version = _inspect_existing(path)
    newest = latest_version()
    if version > newest:
        raise NewerProject(
            f"{path.name} was saved by a newer version of Review Desk (project schema {version}, "
            f"this version reads up to {newest}). Update Review Desk to open it; the file was "
            "not changed."
        )
    if _read_only(path) or _read_only(path.parent):
        raise ProjectReadOnly(
            f"{path.name} is read-only (or its folder is). Copy it somewhere you can write, or "
            "change its permissions; the file was not changed."
        )
    if version < newest:
        _backup(path, version)
    db = _connect(path)
    pdb = ProjectDatabase(path, db)
    try:
        # Wait briefly for another writer to finish, not the full busy timeout.
        db.conn.execute(f"PRAGMA busy_timeout = {LOCK_PROBE_MS}")
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("ROLLBACK")
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.OperationalError as exc:
        pdb.close()
        raise ProjectLocked(
            f"{path.name} is being written by another program. Close it there and try again."
        ) from exc
    if version < newest:
        try:
            _migrate(pdb, version)
        except BaseException:
            pdb.close()  # the failed step was rolled back; the backup copy stays
            raise
    return pdb
