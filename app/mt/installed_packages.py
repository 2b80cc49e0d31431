"""The Argos packages installed in the app's models folder, and routes between languages.

Listing goes folder by folder through ``argostranslate.package.Package`` instead of
``get_installed_packages()``: one folder without ``metadata.json`` (a half-copied model, a stray
folder) makes argostranslate's own listing raise, so such folders are skipped and logged here.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.core import paths
from app.mt.engine import ModelNotInstalled

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InstalledPackage:
    name: str  # folder name, what `reviewdesk models remove NAME` takes
    from_code: str
    to_code: str
    version: str
    path: Path
    size_bytes: int
    from_name: str = ""
    to_name: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"

    @property
    def model_id(self) -> str:
        return f"translate-{self.from_code}_{self.to_code}@{self.version}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def read_package(folder: Path) -> InstalledPackage | None:
    """The package in ``folder``, or None (logged) when it is not a readable translate package."""
    try:
        metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("Skipping %s: no readable metadata.json (%s)", folder, exc)
        return None
    if not isinstance(metadata, dict) or metadata.get("type", "translate") != "translate":
        return None
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str):
        log.warning("Skipping %s: metadata.json names no from_code/to_code", folder)
        return None
    return InstalledPackage(
        name=folder.name,
        from_code=from_code,
        to_code=to_code,
        version=str(metadata.get("package_version", "")),
        path=folder,
        size_bytes=folder_size(folder),
        from_name=str(metadata.get("from_name", "")),
        to_name=str(metadata.get("to_name", "")),
    )


def installed_packages(models_dir: Path | None = None) -> list[InstalledPackage]:
    root = models_dir or paths.models_dir()
    if not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir() or folder.is_symlink():
            continue  # our own temporary install folders start with a dot
        package = read_package(folder)
        if package is not None:
            found.append(package)
    return found


def not_installed_message(source: str, target: str) -> str:
    return (
        f"No translation model for {source}->{target} is installed. "
        f"Download one with `reviewdesk models download {source} {target}` "
        "or install a .argosmodel file with `reviewdesk models install FILE`."
    )


def find_route(
    source: str, target: str, packages: list[InstalledPackage]
) -> list[InstalledPackage]:
    """One package for a direct route, two for a pivot (e.g. en->ru->uk); newest version wins."""

    def best(a: str, b: str) -> InstalledPackage | None:
        matches = [p for p in packages if p.from_code == a and p.to_code == b]
        return max(matches, key=lambda p: version_key(p.version), default=None)

    direct = best(source, target)
    if direct is not None:
        return [direct]
    for first in sorted(packages, key=lambda p: p.to_code):
        if first.from_code != source or first.to_code == target:
            continue
        second = best(first.to_code, target)
        if second is not None:
            return [best(source, first.to_code) or first, second]
    raise ModelNotInstalled(not_installed_message(source, target))


def version_key(version: str) -> tuple:
    parts = []
    for part in version.split("."):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)
