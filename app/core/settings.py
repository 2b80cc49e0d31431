"""User settings, each declared once with its type and default (the Picard ``options`` habit).

Stored as JSON in the user config directory. Secrets (API keys) never go here: they go to the
system keyring (see ``app.mt.secrets``).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str = ""


OPTIONS: dict[str, Option] = {}


def declare(name: str, type_: type, default: Any, doc: str = "") -> Option:
    option = Option(name, type_, default, doc)
    OPTIONS[name] = option
    return option


declare("reviewer", str, "", "Name recorded with every decision")
declare("ui_language", str, "", "Interface language: '' follows the system, or en/ru/uk")
declare("recent_projects", list, [], "Most recently opened projects, newest first")
declare("window_state", str, "", "Main window dock layout (Qt saveState, base64)")
declare("window_geometry", str, "", "Main window size and position (Qt saveGeometry, base64)")
declare("target_languages", list, ["ru", "uk"], "Content languages translated into")
declare("mt_engine", str, "argos", "argos (offline) or libretranslate (server)")
declare("libretranslate_url", str, "", "LibreTranslate server URL; empty means none configured")
declare("mt_alternatives", int, 3, "Alternatives requested per segment")
declare("mt_use_gpu", bool, True, "Translate on a CUDA GPU when CTranslate2 finds one")
#: How the window translates (app/mt/progressive.py): greedy drafts only, drafts then beam
#: refinement, or beam search in one pass.
MT_MODES = ("draft", "refine", "beam")
declare("mt_mode", str, "refine",
        "Window translation: draft (greedy only), refine (draft, then beam search and "
        "alternatives; default) or beam (beam search and alternatives in one pass)")
declare("ukrainian_person_scheme", str, "kmu2010", "Romanization scheme for Ukrainian people")
declare("russian_person_scheme", str, "wikipedia", "Romanization scheme for Russian people")
declare("memory_include_edited", bool, False, "Edited (not yet approved) cells count as memory")
declare("memory_fill_threshold", int, 100, "Pre-translation fills from memory from this score")
declare("memory_repetitions", bool, True, "A repeated source gets the first occurrence's decision")
declare("name_flag_threshold", float, 0.5,
        "Place flags the name checker is less sure of than this (0..1) are not shown")

MAX_RECENT = 10


class Settings:
    """Typed access to the settings file. Unknown keys in the file are kept, not lost."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self.reload()

    def reload(self) -> None:
        try:
            self._values = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(self._values, dict):
                raise ValueError("settings file is not a JSON object")
        except FileNotFoundError:
            self._values = {}
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable settings file %s: %s", self.path, exc)
            self._values = {}

    def get(self, name: str) -> Any:
        option = OPTIONS[name]
        value = self._values.get(name, option.default)
        if not isinstance(value, option.type):
            return option.default
        return value

    def set(self, name: str, value: Any) -> None:
        option = OPTIONS[name]
        if not isinstance(value, option.type):
            raise TypeError(f"setting {name} expects {option.type.__name__}")
        self._values[name] = value
        self._save()

    def add_recent_project(self, project: Path) -> None:
        path = str(Path(project).resolve())
        recent = [p for p in self.get("recent_projects") if p != path]
        self.set("recent_projects", [path, *recent][:MAX_RECENT])

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._values, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, self.path)
