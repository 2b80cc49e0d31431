"""Locate bundled data files (``resources/`` and ``translations/``).

In a source checkout or editable install they sit at the top of the repository; in a wheel they
are installed as the ``app.resources`` and ``app.translations`` packages.
"""

from __future__ import annotations

from importlib import resources as _resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def _root(name: str) -> Path:
    local = _CHECKOUT / name
    if local.is_dir():
        return local
    return Path(str(_resources.files(f"app.{name}")))


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    return _root("translations")


def sample_article() -> Path:
    return resource_path("samples", "soldiers_mothers_appeal.en.txt")
