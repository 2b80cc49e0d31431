"""Where Review Desk keeps its files.

Everything comes from platformdirs. ``REVIEWDESK_HOME`` moves all of it under one folder, which is
what the tests (and portable installs) use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ReviewDesk"


def _home() -> Path | None:
    value = os.environ.get("REVIEWDESK_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False)))


def config_dir() -> Path:
    home = _home()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False)))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, False)))


def cache_dir() -> Path:
    home = _home()
    return _ensure(home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, False)))


def models_dir() -> Path:
    """Argos packages installed by this app (never the user's global argos folder)."""
    return _ensure(data_dir() / "argos-packages")


def projects_dir() -> Path:
    return _ensure(data_dir() / "projects")


def user_glossary_path() -> Path:
    """The user-level glossary database shared by all projects."""
    return data_dir() / "glossary.rdglossary"
