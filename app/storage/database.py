"""Opening a project file: one SQLite database, WAL mode, foreign keys, numbered migrations.

The one place projects are opened: ``open_project(path)`` for reading and writing,
``open_project(path, read_only=True)`` for commands that only read (it never changes the file
and a writer never blocks it). A connection belongs to the thread that opened it; a worker
thread opens its own on the same path. Writes go through ``ProjectDatabase.transaction()``,
which waits for another program's write (reporting the wait through
``app.storage.lock_waits``) and turns storage failures into typed ``ProjectError``s
(``app/storage/errors.py``). Before any migration the file is copied next to itself
(``name.rdproj.v<old>.bak``). Files that are not projects or come from a newer version are
refused and left untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import logging
import os
import shutil
import sqlite3
import stat
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from app import __version__
from app.storage.errors import (
    DiskFull,
    NewerProject,
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectExists,
    ProjectLocked,
    ProjectMissing,
    ProjectNotCreated,
    ProjectPermission,
    ProjectReadOnly,
    StorageFailed,
    disk_full,
    disk_is_full,
    is_busy,
    storage_error,
)
from app.storage.lock_waits import report_wait
from app.storage.migrations import MIGRATIONS, Migration, latest_version

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".rdproj"
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x52447072  # "RDpr", stored in the SQLite header of every project
BUSY_TIMEOUT_MS = 5000  # how long a statement outside a write transaction waits for a lock
BUSY_STEP_MS = 5  # one try at the write lock; transaction() retries until WRITE_WAIT_S
#: WAL with synchronous=NORMAL: a crash of the program never loses an acknowledged change; a
#: power cut may roll back the last ones since the last sync (the file stays consistent).
#: FULL (sync every commit) measured p99 28-37 ms per decision on the 2-core CI machine against
#: the 16 ms budget (benchmarks/concurrency.py --durability), so NORMAL it is.
SYNCHRONOUS = "NORMAL"


def now() -> str:
    """Timestamps are UTC ISO 8601 with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def event_time(conn: sqlite3.Connection) -> str:
    """The time for an audit event, taken inside the write transaction that writes it: now, but
    never before the newest event already in the trail (another computer's clock may run
    behind), so the trail's timestamps never go backwards."""
    at = now()
    row = conn.execute("SELECT at FROM events ORDER BY id DESC LIMIT 1").fetchone()
    return max(at, row[0]) if row else at


WAIT_REPORT_AFTER_S = 0.5  # a wait shorter than this is not worth mentioning
WRITE_WAIT_S = 30.0  # how long a writer waits for the lock before giving up with a message


class ProjectDatabase:
    def __init__(self, path: Path, db: sqlite_utils.Database, *, read_only: bool = False) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.wait_timeout = float(os.environ.get("REVIEWDESK_WRITE_WAIT_S") or WRITE_WAIT_S)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def schema_version(self) -> int:
        return _read_version(self.conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside lands, or nothing does.

        It starts with the write lock (``BEGIN IMMEDIATE``), waiting for another program's
        write to finish (up to ``wait_timeout``), so whatever is read inside is still true when
        it is written. Storage failures come out as typed ``ProjectError``s.
        """
        if self.read_only:
            raise ProjectReadOnly(f"{self.path.name} was opened for reading only.")
        conn = self.conn
        self._begin()
        try:
            yield conn
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not \
                    isinstance(exc, sqlite3.IntegrityError):
                raise storage_error(exc, self.path) from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise storage_error(exc, self.path) from exc

    def _rollback(self) -> None:
        # SQLite may have rolled back already (a full disk does): ROLLBACK would then fail
        # with "no transaction is active" and hide the real error.
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``, retried every few milliseconds while another writer holds the
        lock: SQLite's own busy handler sleeps up to 100 ms between tries, long enough to miss
        the short gaps a chunked bulk writer leaves for reviewers."""
        conn = self.conn
        started = time.monotonic()
        reported = False
        conn.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
        try:
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc):
                        raise storage_error(exc, self.path) from exc
                waited = time.monotonic() - started
                if waited >= self.wait_timeout:
                    raise ProjectLocked(
                        f"{self.path.name} is being written by another program and stayed "
                        f"locked for {waited:.0f} s. Try again when it has finished; nothing "
                        "was changed."
                    )
                if waited >= WAIT_REPORT_AFTER_S and report_wait(self.path, waited, False):
                    reported = True
                time.sleep(0.002)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if reported:
                report_wait(self.path, time.monotonic() - started, True)

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


def _uri(path: Path, query: str) -> str:
    return f"{path.resolve().as_uri()}?{query}"


def _inspect_existing(path: Path) -> tuple[int, bool]:
    """Schema version of an existing project and whether it needs migrating, read without
    changing the file."""
    try:
        if not path.is_file():
            raise NotAProject(f"{path} is not a file. Choose a Review Desk project (*.rdproj).")
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise storage_error(exc, path, writing=False) from exc
    if header != SQLITE_HEADER:
        empty = " (it is empty)" if not header else ""
        raise NotAProject(
            f"{path.name} is not a Review Desk project{empty}. To work on a document, use "
            "File > New project from document (or 'reviewdesk import FILE --project P')."
        )
    # A file no connection has open in WAL mode has no -wal file; read it as immutable so the
    # inspection creates no -wal/-shm files beside it (a refused file stays exactly as it was).
    wal = sidecar_files(path)[0]
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(_uri(path, query), uri=True)
    except sqlite3.Error as exc:
        raise _inspection_error(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            raise NotAProject(
                f"{path.name} is an SQLite database but not a Review Desk project; it was not "
                "changed."
            )
        kind = conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()
        if not kind or kind[0] != "reviewdesk-project":
            raise NotAProject(f"{path.name} is not a Review Desk project; it was not changed.")
        return _read_version(conn), bool(_pending_migrations(conn))
    except sqlite3.Error as exc:
        raise _inspection_error(exc, path) from exc
    finally:
        conn.close()


def _inspection_error(exc: sqlite3.Error, path: Path) -> ProjectError:
    error = storage_error(exc, path, writing=False)
    if isinstance(error, StorageFailed | ProjectDamaged) and not disk_is_full(path):
        return NotAProject(f"{path.name} is damaged or not a project: {exc}. It was not changed.")
    return error


def _read_only(path: Path) -> bool:
    """No write permission for us, or no write bit at all in its mode.

    The mode bits matter for root, for whom ``os.access`` always says writable: a file someone
    made read-only (chmod a-w, or the read-only attribute) is treated as read-only for everyone.
    """
    mode = path.stat().st_mode
    no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK)


def _connect(path: Path) -> sqlite_utils.Database:
    """A connection for reading and writing: WAL, foreign keys, the durability we promise."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            _switch_to_wal(conn, path)
        conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def _switch_to_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Switching needs every other connection gone: wait for them like a writer waits."""
    started = time.monotonic()
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() - started > WRITE_WAIT_S:
                raise storage_error(exc, path) from exc
            time.sleep(0.05)


def _connect_read_only(path: Path) -> sqlite_utils.Database:
    """A connection that cannot write: no journal switch, no migration, no lock taken.

    In WAL mode a reader is never blocked by a writer. A project in a folder we may not write
    (no -shm file can be made) is read as immutable when no other program has it open.
    """
    try:
        conn = sqlite3.connect(_uri(path, "mode=ro"), uri=True, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if sidecar_files(path)[0].exists():
            raise storage_error(exc, path, writing=False) from exc
        conn = sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return sqlite_utils.Database(conn)


def _migrated_copy(path: Path, db: sqlite_utils.Database) -> sqlite_utils.Database:
    """An older project read without changing it: migrated in memory, the file untouched."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db.conn.backup(memory)
    finally:
        db.conn.close()
    copy = ProjectDatabase(path, sqlite_utils.Database(memory))
    _migrate(copy)
    memory.execute("PRAGMA query_only = ON")
    return copy.db


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
        src = sqlite3.connect(_uri(path, "mode=ro"), uri=True)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    log.info("Backed up %s to %s before migrating", path, target)
    return target


def _applied(conn: sqlite3.Connection) -> set[int]:
    """Numbers of the migrations this project has had.

    Kept as a list (not only the highest number) because migrations are written in parallel
    and may land out of order: a project at 9 that lacks 5 still gets 5.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()
    if row:
        return {int(n) for n in row[0].split(",") if n}
    version = _read_version(conn)
    done = {n for n, _ in MIGRATIONS if n <= version}
    # Step 9 landed after step 10: a project made in between has 10 but not 9.
    if 9 in done and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'bulk_writes'"
    ).fetchone() is None:
        done.discard(9)
    # Step 7 (project_words) landed after 8 and 10: a project made in between lacks it.
    if 7 in done and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'project_words'"
    ).fetchone() is None:
        done.discard(7)
    return done


def _pending_migrations(conn: sqlite3.Connection) -> list[tuple[int, Migration]]:
    done = _applied(conn)
    return [(n, m) for n, m in MIGRATIONS if n not in done]


def _migrate(pdb: ProjectDatabase) -> None:
    for number, migration in _pending_migrations(pdb.conn):
        with pdb.transaction() as conn:
            if number not in _applied(conn):  # another program may have just done it
                done = sorted(_applied(conn) | {number})
                migration(pdb.db)
                conn.executemany(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    [("schema_version", str(max(done))),
                     ("migrations", ",".join(map(str, done)))],
                )
        log.info("Migrated %s to schema %d", pdb.path, number)


def create_project(path: Path | str, *, shown_as: Path | None = None) -> ProjectDatabase:
    """Create a new, empty project file. Refuses to overwrite an existing file.

    ``shown_as``: the name messages use (``building_project`` creates under a temporary name).
    """
    path = Path(path)
    shown = shown_as or path
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
                    ("migrations", ""),
                    ("project_id", uuid.uuid4().hex),
                    ("created_at", now()),
                    ("created_with", __version__),
                ],
            )
        _migrate(pdb)
    except BaseException as exc:
        # Never leave a half-made project behind.
        if pdb is not None:
            pdb.close()
        for leftover in (path, *sidecar_files(path)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, DiskFull) or (isinstance(exc, OSError | sqlite3.Error)
                                         and isinstance(storage_error(exc, path), DiskFull)):
            raise disk_full(shown.name) from exc
        if isinstance(exc, OSError | sqlite3.Error | StorageFailed | ProjectPermission):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise ProjectNotCreated(
                f"Cannot create {shown.name} in {shown.parent}: {reason}. Choose a folder you "
                "can write to."
            ) from exc
        raise
    return pdb


@contextlib.contextmanager
def building_project(path: Path | str) -> Iterator[ProjectDatabase]:
    """Create a project under a temporary name and move it into place when the block ends.

    An interrupted build (an error, Ctrl+C, a kill) never leaves a half-made or empty file
    under the real name: at worst a ``.part`` file, which nothing opens.
    """
    path = Path(path)
    if path.exists():
        raise ProjectExists(
            f"{path.name} already exists; choose another name or open it instead."
        )
    _remove_dead_partials(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    pdb = create_project(partial, shown_as=path)
    try:
        yield pdb
        pdb.close()  # the last connection checkpoints the WAL into the file
        _move_into_place(partial, path)
    except BaseException:
        pdb.close()
        for leftover in (partial, *sidecar_files(partial)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise


def _remove_dead_partials(path: Path) -> None:
    """Leftovers of builds whose program was killed (``.NAME.<pid>.part``)."""
    for partial in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        pid = partial.name[len(path.name) + 2:-len(".part")]
        if pid.isdigit() and not process_alive(int(pid)):
            for leftover in (partial, *sidecar_files(partial)):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    """Is there a process ``pid`` on this computer?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True


def _move_into_place(partial: Path, path: Path) -> None:
    try:
        os.link(partial, path)  # fails if path appeared meanwhile: never overwrite a project
    except FileExistsError as exc:
        raise ProjectExists(
            f"{path.name} appeared while it was being created; choose another name."
        ) from exc
    except OSError:
        if path.exists():
            raise ProjectExists(f"{path.name} already exists; choose another name.") from None
        os.replace(partial, path)  # a file system without hard links
        return
    partial.unlink()


def open_project(path: Path | str, *, create: bool = False, read_only: bool = False
                 ) -> ProjectDatabase:
    """Open (and migrate if needed) a project; with ``create`` make it when it does not exist.

    ``read_only``: for commands that only read (status, lists, exports). The file is not
    changed in any way (no journal switch, no migration), a read-only file can be read, and a
    writer in another program never blocks it.
    """
    path = Path(path)
    try:
        exists = path.exists()
        if not exists and path.is_symlink():
            path.stat()  # a dangling link or a loop: let the OS say which
    except OSError as exc:
        raise storage_error(exc, path, writing=False) from exc
    if not exists:
        if create and not read_only:
            return create_project(path)
        raise ProjectMissing(f"{path} does not exist.")
    version, needs_migration = _inspect_existing(path)
    newest = latest_version()
    if version > newest:
        raise NewerProject(
            f"{path.name} was saved by a newer version of Review Desk (project schema {version}, "
            f"this version reads up to {newest}). Update Review Desk to open it; the file was "
            "not changed."
        )
    if read_only:
        try:
            db = _connect_read_only(path)
            if needs_migration:
                db = _migrated_copy(path, db)
            return ProjectDatabase(path, db, read_only=True)
        except sqlite3.Error as exc:
            raise storage_error(exc, path, writing=False) from exc
    if _read_only(path) or _read_only(path.parent):
        raise ProjectReadOnly(
            f"{path.name} is read-only (or its folder is). Copy it somewhere you can write, or "
            "change its permissions; the file was not changed."
        )
    try:
        if needs_migration:
            _backup(path, version)
        db = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise storage_error(exc, path) from exc
    pdb = ProjectDatabase(path, db)
    try:
        if needs_migration:
            _migrate(pdb)  # a failed step is rolled back; the backup copy stays
        from app.storage.bulk_write import recover_interrupted

        recover_interrupted(pdb)  # a killed import is taken back out
    except BaseException as exc:
        pdb.close()
        if isinstance(exc, OSError | sqlite3.Error):
            raise storage_error(exc, path) from exc
        raise
    return pdb
