"""``reviewdesk models list | install FILE | remove NAME | download FROM TO``: offline models.

Expected failures (bad file, offline, unknown model) print one plain message on stderr and exit
with status 2. Downloads show a progress bar on stderr; Ctrl+C cancels and leaves nothing behind.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list, install, remove or download offline translation models",
        description="Manage the offline (Argos) translation models Review Desk uses.",
    )
    actions = parser.add_subparsers(dest="models_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show installed models (pair, version, size)")
    listing.set_defaults(handler=_list)
    install = actions.add_parser("install", help="install a downloaded .argosmodel file")
    install.add_argument("file", type=Path, help="the .argosmodel file")
    install.set_defaults(handler=_install)
    remove = actions.add_parser("remove", help="uninstall a model by name (or pair, e.g. en-ru)")
    remove.add_argument("name", help="model name as shown by 'reviewdesk models list'")
    remove.set_defaults(handler=_remove)
    download = actions.add_parser("download", help="download and install a model from the index")
    download.add_argument("from_code", metavar="FROM", help="source language code, e.g. en")
    download.add_argument("to_code", metavar="TO", help="target language code, e.g. ru")
    download.add_argument("--index-url", help="package index URL (default: the Argos index)")
    download.set_defaults(handler=_download)


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB"


def _fail(exc: Exception) -> int:
    print(f"reviewdesk models: {exc}", file=sys.stderr)
    return 2


def _list(args: argparse.Namespace) -> int:
    from app.core import paths
    from app.mt.model_manager import list_models

    packages = list_models()
    if not packages:
        print(f"No translation models installed (folder: {paths.models_dir()}).")
        print(
            "Install one with 'reviewdesk models download en ru' "
            "or 'reviewdesk models install FILE'."
        )
        return 0
    print(f"{'NAME':<32} {'PAIR':<9} {'VERSION':<9} {'SIZE':>10}")
    for package in packages:
        print(
            f"{package.name:<32} {package.pair:<9} {package.version:<9} "
            f"{_megabytes(package.size_bytes):>10}"
        )
    from app.mt.compute_plan import current_description

    print(f"Runs on: {current_description()}")
    return 0


def _install(args: argparse.Namespace) -> int:
    from app.mt.engine import MTError
    from app.mt.model_manager import install_file

    try:
        package = install_file(args.file)
    except MTError as exc:
        return _fail(exc)
    print(f"Installed {package.name} ({package.pair}, version {package.version}).")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from app.mt.engine import MTError
    from app.mt.model_manager import remove

    try:
        package = remove(args.name)
    except MTError as exc:
        return _fail(exc)
    print(f"Removed {package.name} ({package.pair}).")
    return 0


class ProgressBar:
    """A one-line byte progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, label: str, stream=None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._last = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        self.drawn = True
        if total:
            filled = int(30 * done / total)
            bar = "#" * filled + "-" * (30 - filled)
            text = f"{self.label} [{bar}] {100 * done // total:3d}% {_megabytes(done)}"
        else:
            text = f"{self.label} {_megabytes(done)}"
        self.stream.write("\r" + text)
        self.stream.flush()

    def close(self) -> None:
        if not self.drawn:
            return
        self.stream.write("\n")
        self.stream.flush()


def _download(args: argparse.Namespace) -> int:
    import threading

    from app.mt.engine import MTError
    from app.mt.model_manager import download

    cancel = threading.Event()
    bar = ProgressBar(f"Downloading {args.from_code}->{args.to_code}")
    try:
        package = download(
            args.from_code, args.to_code, index_url=args.index_url, progress=bar, cancel=cancel
        )
    except MTError as exc:
        bar.close()
        return _fail(exc)
    except KeyboardInterrupt:
        bar.close()
        print("reviewdesk models: download cancelled; nothing was installed.", file=sys.stderr)
        return 130
    bar.close()
    print(f"Installed {package.name} ({package.pair}, version {package.version}).")
    return 0
