"""Expected failures when opening or writing a project; ``str()`` is a message for the user.

``storage_error(exc, path)`` is the one place that turns what SQLite and the operating system
raise (locked, disk full, read-only, no permission, damaged...) into these typed errors, so every
command and the window say the same plain thing and point at the right fix.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path


class ProjectError(Exception):
    pass


class NotAProject(ProjectError):
    pass


class NewerProject(ProjectError):
    pass


class ProjectLocked(ProjectError):
    """Another program held the write lock for longer than we were willing to wait."""


class ProjectReadOnly(ProjectError):
    pass


class ProjectMissing(ProjectError):
    pass


class ProjectExists(ProjectError):
    pass


class ProjectNotCreated(ProjectError):
    pass


class ProjectPermission(ProjectError):
    """The operating system does not let us read (or write) the file."""


class ProjectDamaged(ProjectError):
    """The file is a damaged database (or an I/O error hides it)."""


class DiskFull(ProjectError):
    """No space left on the disk that holds the project; the failed change was rolled back."""


class StorageFailed(ProjectError):
    """Any other storage failure, with SQLite's own words and the promise that nothing was lost."""


# Primary SQLite result codes (the low byte of an extended code).
_BUSY, _LOCKED, _FULL, _READONLY, _CORRUPT, _NOTADB = 5, 6, 13, 8, 11, 26
_IOERR, _CANTOPEN, _PERM, _AUTH = 10, 14, 3, 23
#: Less than this free on the project's disk and an I/O error is a full disk.
LOW_SPACE_BYTES = 4 * 1024 * 1024


def sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the lock this statement needs (worth waiting and retrying)."""
    code = sqlite_code(exc)
    if code is not None:
        return code in (_BUSY, _LOCKED)
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def disk_is_full(path: Path | None) -> bool:
    """Is the disk that holds ``path`` (or its nearest existing folder) nearly full?"""
    if path is None:
        return False
    folder = Path(path).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def disk_full(name: str) -> DiskFull:
    return DiskFull(
        f"The disk that holds {name} is full: free some space and try again. Nothing was lost "
        "(the project is as it was before this change)."
    )


def storage_error(exc: BaseException, path: Path | str | None, *, writing: bool = True
                  ) -> ProjectError:
    """A typed, plain-language ``ProjectError`` for an ``sqlite3.Error`` or ``OSError``."""
    if isinstance(exc, ProjectError):
        return exc
    p = Path(path) if path is not None else None
    name = p.name if p is not None else "the project"
    if isinstance(exc, OSError):
        return _os_error(exc, p, name)
    code = sqlite_code(exc)
    text = str(exc)
    if code in (_BUSY, _LOCKED) or (code is None and "locked" in text):
        return ProjectLocked(
            f"{name} is being written by another program and stayed locked. Try again when it "
            "has finished; nothing was changed."
        )
    if code == _FULL or "disk is full" in text:
        return disk_full(name)
    if code in (_IOERR, _CANTOPEN) and disk_is_full(p):
        return disk_full(name)
    if code == _READONLY:
        return ProjectReadOnly(
            f"{name} cannot be written (it, its folder or the disk is read-only). Copy it "
            "somewhere you can write, or change its permissions; nothing was changed."
        )
    if code in (_PERM, _AUTH):
        return ProjectPermission(
            f"You do not have permission to {'write' if writing else 'read'} {name}. Fix its "
            "permissions or ask its owner; nothing was changed."
        )
    if code == _CANTOPEN:
        return ProjectPermission(
            f"{name} cannot be opened: {text}. Check that it and its folder exist and that you "
            "may read and write them; nothing was changed."
        )
    if code in (_CORRUPT, _NOTADB):
        return ProjectDamaged(
            f"{name} is damaged ({text}). Open the newest backup beside it (*.bak) or a copy; "
            "the file was not changed."
        )
    if code == _IOERR:
        return StorageFailed(
            f"Reading or writing {name} failed ({text}): the disk or network drive may have a "
            "problem. Nothing was lost; check the drive and try again."
        )
    return StorageFailed(
        f"Could not {'write to' if writing else 'read'} {name}: {text}. Nothing was lost; try "
        "again."
    )


def _os_error(exc: OSError, path: Path | None, name: str) -> ProjectError:
    what = Path(exc.filename).name if exc.filename else name
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return disk_full(name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ProjectPermission(
            f"You do not have permission to use {what}. Fix its permissions (or its folder's) "
            "or ask its owner; nothing was changed."
        )
    if exc.errno == errno.EROFS:
        return ProjectReadOnly(
            f"{what} is on a read-only disk. Copy it somewhere you can write; nothing was "
            "changed."
        )
    if exc.errno == errno.ELOOP:
        return ProjectMissing(
            f"{what} is a symbolic link that points to itself (a loop). Fix or remove the link."
        )
    if exc.errno == errno.ENOENT:
        return ProjectMissing(f"{exc.filename or name} does not exist.")
    return StorageFailed(f"Could not use {what}: {exc.strerror or exc}. Nothing was lost.")
