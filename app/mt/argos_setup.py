"""Point argostranslate at Review Desk's own folders, and keep its network-bound parts unloaded.

argostranslate reads its settings once, when ``argostranslate.settings`` is first imported, and
creates folders in the user's home while doing so. Review Desk keeps its models in
``paths.models_dir()``, which moves with ``REVIEWDESK_HOME`` (every test has its own). So:

1. Our code reaches argostranslate only through :func:`argos_package_module`. Before the first
   import it sets ``ARGOS_PACKAGES_DIR`` and points the XDG variables at a folder under our data
   directory, for the duration of the import only (the environment is restored afterwards, so
   child processes see the user's own values): the import creates its folders there and never
   reads the user's ``~/.config/argos-translate/settings.json``.
2. Every call re-points the settings attributes (``package_data_dir``, ``package_dirs``,
   ``downloads_dir``, ...) at the current ``paths.models_dir()``. Changing ``REVIEWDESK_HOME``
   between calls (tests) therefore needs no re-import and no fixture.

We import ``argostranslate.settings`` and ``argostranslate.package`` only (the latter brings
``tokenizer``, ``networking`` and ``utils``). ``argostranslate.translate`` imports ``sbd`` ->
``minisbd`` -> ``onnxruntime`` (telemetry lookups, sentence-model downloads) and optionally
stanza; we segment text ourselves and never import it. ``ORT_DISABLE_TELEMETRY=1`` is set anyway,
in case something else loads onnxruntime in this process.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from app.core import paths

_XDG_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
_IMPORT_VARIABLES = (*_XDG_VARIABLES, "ARGOS_PACKAGES_DIR")
_lock = threading.Lock()


def argos_home() -> Path:
    """argostranslate's own data/config/cache folders (index.json, downloads) live here."""
    return paths.data_dir() / "argos-home"


def _import_settings() -> ModuleType:
    if "argostranslate.settings" in sys.modules:
        return sys.modules["argostranslate.settings"]
    home = argos_home()
    saved = {name: os.environ.get(name) for name in _IMPORT_VARIABLES}
    os.environ["ARGOS_PACKAGES_DIR"] = str(paths.models_dir())
    os.environ.setdefault("ARGOS_DEVICE_TYPE", "cpu")
    for name, sub in zip(_XDG_VARIABLES, ("share", "config", "cache"), strict=True):
        os.environ[name] = str(home / sub)
    try:
        import argostranslate.settings as argos_settings
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return argos_settings


def configure() -> ModuleType:
    """Import (once) and re-point ``argostranslate.settings`` at the current app folders."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    with _lock:
        settings: Any = _import_settings()  # module attributes are re-pointed below
        models = paths.models_dir()
        home = argos_home()
        data = home / "share" / "argos-translate"
        cache = home / "cache" / "argos-translate"
        downloads = cache / "downloads"
        for folder in (data, downloads):
            folder.mkdir(parents=True, exist_ok=True)
        settings.package_data_dir = models
        settings.package_dirs = [models]
        settings.data_dir = data
        settings.cache_dir = cache
        settings.downloads_dir = downloads
        settings.local_package_index = data / "index.json"
        if "argostranslate.sbd" in sys.modules:  # only if someone else imported it
            minisbd_models: Any = sys.modules["minisbd.models"]
            minisbd_models.cache_dir = str(data / "minisbd")
        return settings


def argos_package_module() -> ModuleType:
    """``argostranslate.package``, configured for the current app folders."""
    configure()
    import argostranslate.package as argos_package

    return argos_package


def clear_language_cache() -> None:
    """Forget argostranslate's cached language list after an install or uninstall.

    ``get_installed_languages`` is an ``lru_cache`` and ``installed_translates`` keeps one
    translator per pair; both live in ``argostranslate.translate``, which we never import
    ourselves, so there is only something to clear when another component did import it.
    """
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()
