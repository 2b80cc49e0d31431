"""Models loaded once and kept warm: one CTranslate2 translator + tokenizer per package folder.

Shared by every engine instance in the process and safe to use from worker threads (CTranslate2
translators are thread-safe; loading happens under a lock). ``forget`` drops a package when it is
uninstalled or replaced.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.mt.argos_setup import argos_package_module
from app.mt.engine import EngineUnavailable

log = logging.getLogger(__name__)


@dataclass
class LoadedModel:
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # argostranslate.tokenizer.Tokenizer
    target_prefix: str


_lock = threading.Lock()
_models: dict[tuple, LoadedModel] = {}


def _stamp(package_path: Path) -> float:
    try:
        return (package_path / "model" / "model.bin").stat().st_mtime
    except OSError:
        return 0.0


def load(
    package_path: Path, intra_threads: int | None = None, inter_threads: int = 1
) -> LoadedModel:
    intra = intra_threads or os.cpu_count() or 1
    key = (str(package_path), _stamp(package_path), intra, inter_threads)
    with _lock:
        model = _models.get(key)
        if model is None:
            model = _load(package_path, intra, inter_threads)
            _models[key] = model
        return model


def _load(package_path: Path, intra_threads: int, inter_threads: int) -> LoadedModel:
    broken = (
        f"The translation model in {package_path} cannot be used (damaged or incomplete). "
        "Remove it with `reviewdesk models remove` and install it again."
    )
    try:
        package = argos_package_module().Package(package_path)
        tokenizer = getattr(package, "tokenizer", None)
        if tokenizer is None:
            raise FileNotFoundError("no sentencepiece.model or bpe.model")
        tokenizer.encode("warm up")  # loads the tokenizer now, under the lock

        import ctranslate2

        translator = ctranslate2.Translator(
            str(package_path / "model"),
            device="cpu",
            compute_type="auto",
            inter_threads=inter_threads,
            intra_threads=intra_threads,
        )
    except (OSError, RuntimeError, ValueError) as exc:
        log.warning("Cannot load model %s: %s", package_path, exc)
        raise EngineUnavailable(broken) from exc
    log.info("Loaded translation model %s", package_path)
    return LoadedModel(translator, tokenizer, package.target_prefix)


def forget(package_path: Path | None = None) -> None:
    """Unload one package (or all): call after uninstalling or replacing it."""
    with _lock:
        for key in list(_models):
            if package_path is None or key[0] == str(package_path):
                del _models[key]
