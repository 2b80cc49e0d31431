"""Check an ``.argosmodel`` file before anything is extracted from it.

A valid package is a zip with exactly one top-level folder that holds ``metadata.json`` (naming
``from_code`` and ``to_code``) and a ``model/`` folder. Refused, from the zip directory alone:
absolute paths, ``..``, backslashes, links and other special files (Unix mode in
``external_attr``), encrypted entries, more than ``MAX_ENTRIES`` entries, a total uncompressed
size over ``max_total_bytes`` and any large entry that inflates more than ``max_ratio`` times (a
zip bomb). ``zipfile`` itself stops reading a member at its declared size and checks its CRC, so
the declared sizes checked here bound what extraction can write.
"""

from __future__ import annotations

import json
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from app.mt.engine import MTError

MAX_TOTAL_BYTES = 1024**3  # real packages unpack to 100-400 MB
MAX_RATIO = 100  # int8 weights barely compress; a 100x entry is filler
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # small text files may compress well
MAX_ENTRIES = 500  # real packages hold 10-30 files
#: Free space to keep beyond what a package unpacks to.
FREE_SPACE_MARGIN = 64 * 1024**2
MAX_METADATA_BYTES = 1024 * 1024


class PackageRejected(MTError):
    """The file is not a usable Argos package; nothing was installed."""


@dataclass(frozen=True)
class PackageContents:
    top_folder: str
    metadata: dict[str, Any]
    members: tuple[zipfile.ZipInfo, ...]
    total_bytes: int


def _reject(path: Path, reason: str) -> PackageRejected:
    return PackageRejected(f"{path.name} is not a valid Argos model package: {reason}.")


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if "\\" in name or "\x00" in name:
        return f"unsafe file name {name!r}"
    pure = PurePosixPath(name)
    if name.startswith("/") or (pure.parts and ":" in pure.parts[0]):
        return f"absolute path {name!r}"
    if ".." in pure.parts:
        return f"path leaving the package folder {name!r}"
    mode = info.external_attr >> 16
    if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        kind = "link" if stat.S_ISLNK(mode) else "special file"
        return f"{kind} {name!r}"
    if info.flag_bits & 0x1:
        return f"encrypted file {name!r}"
    return None


def validate_package_file(
    path: Path, *, max_total_bytes: int = MAX_TOTAL_BYTES, max_ratio: float = MAX_RATIO
) -> PackageContents:
    """Return what the package holds, or raise PackageRejected saying why."""
    if not path.is_file():
        raise PackageRejected(f"{path} does not exist or is not a file.")
    if not zipfile.is_zipfile(path):
        raise _reject(path, "it is not a zip archive")
    try:
        with zipfile.ZipFile(path) as archive:
            members = tuple(archive.infolist())
            contents = _check_directory(path, members, max_total_bytes, max_ratio)
            metadata = _read_metadata(path, archive, contents)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise _reject(path, f"the archive cannot be read ({exc})") from exc
    return PackageContents(contents[0], metadata, members, contents[1])


def _check_directory(path, members, max_total_bytes, max_ratio) -> tuple[str, int]:
    if not members:
        raise _reject(path, "the archive is empty")
    if len(members) > MAX_ENTRIES:
        raise _reject(path, f"it has more than {MAX_ENTRIES} files")
    tops: set[str] = set()
    total = 0
    for info in members:
        problem = _member_problem(info)
        if problem:
            raise _reject(path, problem)
        parts = PurePosixPath(info.filename).parts
        if not parts:
            raise _reject(path, "an entry has an empty name")
        if len(parts) == 1 and not info.is_dir():
            raise _reject(path, f"file {info.filename!r} lies outside the package folder")
        tops.add(parts[0])
        total += info.file_size
        if total > max_total_bytes:
            raise _reject(path, f"it would unpack to more than {max_total_bytes // 1024**2} MB")
        if info.file_size >= RATIO_CHECK_MIN_BYTES:
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > max_ratio:
                raise _reject(path, f"{info.filename!r} inflates {ratio:.0f} times (zip bomb)")
    if len(tops) != 1:
        raise _reject(path, f"it must hold exactly one top-level folder, not {len(tops)}")
    top = tops.pop()
    if top.startswith(".") or top != top.strip():
        raise _reject(path, f"bad package folder name {top!r}")
    names = {info.filename.rstrip("/") for info in members}
    if f"{top}/metadata.json" not in names:
        raise _reject(path, "it has no metadata.json in its package folder")
    if not any(name.startswith(f"{top}/model/") for name in names):
        raise _reject(path, "it has no model/ folder")
    return top, total


def check_free_space(path: Path, contents: PackageContents, folder: Path) -> None:
    """Refuse before extracting when ``folder``'s disk cannot hold the unpacked package."""
    free = shutil.disk_usage(folder).free
    needed = contents.total_bytes + FREE_SPACE_MARGIN
    if free < needed:
        raise PackageRejected(
            f"Not enough free disk space to install {path.name}: it unpacks to "
            f"{contents.total_bytes // 1024**2} MB and {free // 1024**2} MB are free in "
            f"{folder}. Free some space and try again; nothing was installed."
        )


def _read_metadata(path: Path, archive: zipfile.ZipFile, contents: tuple[str, int]) -> dict:
    info = archive.getinfo(f"{contents[0]}/metadata.json")
    if info.file_size > MAX_METADATA_BYTES:
        raise _reject(path, "its metadata.json is unreasonably large")
    try:
        metadata = json.loads(archive.read(info).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _reject(path, f"its metadata.json is not valid JSON ({exc})") from exc
    if not isinstance(metadata, dict):
        raise _reject(path, "its metadata.json is not a JSON object")
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise _reject(path, f"its metadata.json names no {key}")
    if metadata.get("type", "translate") != "translate":
        raise _reject(path, f"it is a {metadata.get('type')!r} package, not a translation model")
    return metadata
