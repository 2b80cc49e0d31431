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

from app.mt import compute_plan
from app.mt.argos_setup import argos_package_module
from app.mt.compute_plan import ComputePlan
from app.mt.engine import EngineUnavailable

log = logging.getLogger(__name__)


@dataclass
class LoadedModel:
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # argostranslate.tokenizer.Tokenizer
    target_prefix: str
    plan: ComputePlan | None = None  # device, compute type and threads it was loaded with


_lock = threading.Lock()
_models: dict[tuple, LoadedModel] = {}


def _stamp(package_path: Path) -> float:
    try:
        return (package_path / "model" / "model.bin").stat().st_mtime
    except OSError:
        return 0.0


def load(
    package_path: Path, intra_threads: int | None = None, inter_threads: int | None = None
) -> LoadedModel:
    """The model of ``package_path``, loaded once. Without thread counts the machine decides
    (``compute_plan``: a CUDA GPU if present, else the CPU set-up calibrated for this CPU)."""
    key = (str(package_path), _stamp(package_path), intra_threads, inter_threads)
    with _lock:
        model = _models.get(key)
        if model is None:
            model = _load(package_path, intra_threads, inter_threads)
            _models[key] = model
        return model


def _load(package_path: Path, intra_threads: int | None,
          inter_threads: int | None) -> LoadedModel:
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

        if intra_threads is None and inter_threads is None:
            plan = compute_plan.plan_for(package_path, tokenizer, package.target_prefix)
        else:
            plan = ComputePlan("cpu", "auto", inter_threads or 1,
                               intra_threads or os.cpu_count() or 1)
        translator, plan = _translator(package_path, plan, tokenizer, package.target_prefix)
    except (OSError, RuntimeError, ValueError) as exc:
        log.warning("Cannot load model %s: %s", package_path, exc)
        raise EngineUnavailable(broken) from exc
    log.info("Loaded translation model %s on %s", package_path, plan.describe())
    return LoadedModel(translator, tokenizer, package.target_prefix, plan)


def _translator(package_path: Path, plan: ComputePlan, tokenizer: Any,
                target_prefix: str) -> tuple[Any, ComputePlan]:
    import ctranslate2

    def make(chosen: ComputePlan) -> Any:
        return ctranslate2.Translator(
            str(package_path / "model"), device=chosen.device,
            compute_type=chosen.compute_type, inter_threads=chosen.inter_threads,
            intra_threads=chosen.intra_threads,
        )

    if plan.device != "cuda":
        return make(plan), plan
    try:
        return make(plan), plan
    except (RuntimeError, ValueError, OSError) as exc:  # driver, out of memory, ...
        compute_plan.note_gpu_fallback(str(exc).splitlines()[0] if str(exc) else "error")
        cpu = compute_plan.plan_for(package_path, tokenizer, target_prefix, allow_gpu=False)
        return make(cpu), cpu


def forget(package_path: Path | None = None) -> None:
    """Unload one package (or all): call after uninstalling or replacing it."""
    with _lock:
        for key in list(_models):
            if package_path is None or key[0] == str(package_path):
                del _models[key]
