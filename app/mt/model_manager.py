"""Install, list, remove and download Argos translation models (no Qt; the dialog and
``reviewdesk models`` both use this).

Installing never writes outside the app's models folder and never leaves half a package behind:
the file is validated first (``package_validation``), extracted into a hidden temporary folder in
the models folder (same file system), checked, then renamed into place. Afterwards the warm model
for that folder and argostranslate's language cache are dropped.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core import paths
from app.mt import loaded_models
from app.mt.argos_setup import clear_language_cache, configure
from app.mt.download import TIMEOUT_SECONDS, ByteProgress, download_file
from app.mt.engine import MTError
from app.mt.installed_packages import InstalledPackage, installed_packages, read_package
from app.mt.package_index import IndexEntry, fetch_index, find_entry
from app.mt.package_validation import (
    PackageContents,
    PackageRejected,
    check_free_space,
    validate_package_file,
)

log = logging.getLogger(__name__)

_install_lock = threading.Lock()


class NoSuchModel(MTError):
    pass


class InstallFailed(MTError):
    """The package was fine but could not be written (disk full, permissions)."""


def list_models(models_dir: Path | None = None) -> list[InstalledPackage]:
    return installed_packages(models_dir)


def install_file(path: Path, models_dir: Path | None = None) -> InstalledPackage:
    """Validate and install an ``.argosmodel`` file; an installed folder of the same name is
    replaced. Raises PackageRejected with nothing written when the file is not acceptable."""
    path = Path(path)
    contents = validate_package_file(path)
    root = models_dir or paths.models_dir()
    configure()
    root.mkdir(parents=True, exist_ok=True)
    check_free_space(path, contents, root)
    with _install_lock:
        staging = Path(tempfile.mkdtemp(dir=root, prefix=".installing-"))
        destination = root / contents.top_folder
        try:
            _extract(path, contents, staging)
            if read_package(staging / contents.top_folder) is None:
                raise PackageRejected(f"{path.name} is not a valid Argos model package.")
            _move_into_place(staging / contents.top_folder, destination)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # data does not match its CRC
            raise PackageRejected(f"{path.name} is damaged ({exc}); download it again.") from exc
        except OSError as exc:
            raise InstallFailed(f"Could not install {path.name}: {exc}.") from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        loaded_models.forget(destination)
        clear_language_cache()
    installed = read_package(destination)
    assert installed is not None
    log.info("Installed model %s (%s %s)", installed.name, installed.pair, installed.version)
    return installed


def _extract(path: Path, contents: PackageContents, staging: Path) -> None:
    staging_resolved = staging.resolve()
    with zipfile.ZipFile(path) as archive:
        for info in contents.members:
            target = (staging / info.filename).resolve()
            if not target.is_relative_to(staging_resolved):  # validated already; belt and braces
                raise PackageRejected(f"{path.name} has an unsafe path {info.filename!r}.")
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "xb") as sink:
                shutil.copyfileobj(source, sink, 1024 * 1024)


def _move_into_place(new: Path, destination: Path) -> None:
    if not destination.exists():
        os.rename(new, destination)
        return
    old = destination.parent / f".replaced-{destination.name}-{os.getpid()}"
    os.rename(destination, old)
    try:
        os.rename(new, destination)
    except OSError:
        os.rename(old, destination)
        raise
    shutil.rmtree(old, ignore_errors=True)


def remove(name: str, models_dir: Path | None = None) -> InstalledPackage:
    """Uninstall by folder name (as listed) or by pair, e.g. ``en-ru`` or ``en->ru``."""
    packages = installed_packages(models_dir)
    wanted = name.replace("->", "-").replace("_", "-")
    matches = [
        p
        for p in packages
        if p.name == name or f"{p.from_code}-{p.to_code}" == wanted
    ]
    if not matches:
        known = ", ".join(p.name for p in packages) or "none"
        raise NoSuchModel(f"No installed model is called {name!r} (installed: {known}).")
    if len(matches) > 1:
        names = ", ".join(p.name for p in matches)
        raise NoSuchModel(f"{name!r} matches several models ({names}): give the folder name.")
    package = matches[0]
    configure()
    with _install_lock:
        trash = package.path.parent / f".removing-{package.name}-{os.getpid()}"
        os.rename(package.path, trash)  # gone from listings at once, even if deletion is slow
        shutil.rmtree(trash, ignore_errors=True)
        loaded_models.forget(package.path)
        clear_language_cache()
    log.info("Removed model %s", package.name)
    return package


def download(
    from_code: str,
    to_code: str,
    *,
    index_url: str | None = None,
    progress: ByteProgress | None = None,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
    models_dir: Path | None = None,
) -> InstalledPackage:
    """Fetch the index, download the newest ``from_code``->``to_code`` package, install it.

    Raises IndexUnreachable (offline), PackageNotAvailable, DownloadFailed, DownloadCancelled or
    PackageRejected; in every case nothing is left in the models folder.
    """
    entry = find_entry(fetch_index(index_url), from_code, to_code)
    [package] = download_planned(
        [PlannedDownload(entry, None)],
        progress=None if progress is None else lambda _n, _count, done, total: progress(
            done, total),
        cancel=cancel, timeout=timeout, models_dir=models_dir,
    )
    return package

@dataclass(frozen=True)
class PlannedDownload:
    entry: IndexEntry
    size_bytes: int | None  # from the server (HEAD), None when it does not say


def missing_pairs(targets: Sequence[str], source: str = "en",
                  models_dir: Path | None = None) -> list[tuple[str, str]]:
    """The (source, target) pairs of ``targets`` that no installed model translates directly."""
    installed = {(p.from_code, p.to_code) for p in list_models(models_dir)}
    return [(source, t) for t in targets if (source, t) not in installed]


def plan_downloads(pairs: Sequence[tuple[str, str]], index_url: str | None = None,
                   timeout: float = 10.0) -> list[PlannedDownload]:
    """What the index offers for ``pairs``, with download sizes where the server tells them.
    Raises IndexUnreachable / PackageNotAvailable like ``download``."""
    import httpx

    entries = fetch_index(index_url)
    planned = []
    for from_code, to_code in pairs:
        entry = find_entry(entries, from_code, to_code)
        size = None
        for link in entry.links[:1]:
            try:
                response = httpx.head(link, follow_redirects=True, timeout=timeout)
                size = int(response.headers["content-length"])
            except (httpx.HTTPError, KeyError, ValueError):
                size = None
        planned.append(PlannedDownload(entry, size))
    return planned


def download_planned(
    planned: Sequence[PlannedDownload],
    *,
    progress: Callable[[int, int, int, int | None], None] | None = None,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
    models_dir: Path | None = None,
) -> list[InstalledPackage]:
    """Download and install each planned package in turn; ``progress(n, count, done, total)``
    reports bytes of package n (0-based). A cancel or a failure stops before the next one;
    packages installed before it stay installed (each is complete on its own)."""
    installed = []
    root = models_dir or paths.models_dir()
    for number, item in enumerate(planned):
        fd, name = tempfile.mkstemp(dir=root, prefix=".download-", suffix=".argosmodel")
        os.close(fd)
        target = Path(name)

        def report(done: int, total: int | None, number: int = number) -> None:
            if progress is not None:
                progress(number, len(planned), done, total)

        try:
            download_file(item.entry.links, target, progress=report, cancel=cancel,
                          timeout=TIMEOUT_SECONDS if timeout is None else timeout)
            installed.append(install_file(target, models_dir))
        finally:
            target.unlink(missing_ok=True)
    return installed
