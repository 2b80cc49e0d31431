"""Where and how CTranslate2 runs: a CUDA GPU when there is one, else the CPU as calibrated.

The fastest CPU set-up depends on the processor: int8 or float32 weights and one worker with
all cores or one worker per core rank differently on an AVX2 AMD and an AVX-512 Intel machine.
So the first time a model is loaded on a CPU, ``calibrate`` times each candidate on a few
sentences with that model and keeps the fastest in ``calibration.json`` beside the settings
file, keyed by a CPU signature (model name, cores, instruction sets CTranslate2 can use,
CTranslate2 version): a new processor, or a new CTranslate2, is calibrated again.

A GPU is used when CTranslate2 reports a CUDA device and the ``mt_use_gpu`` setting is on. If
loading on the GPU fails (driver, memory) the model is loaded on the CPU and one message says
so (``fallback_message``); nothing else changes for the caller.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core import paths

log = logging.getLogger(__name__)

CALIBRATION_FILE = "calibration.json"
CALIBRATION_SENTENCES = (
    "The regional governor said on Tuesday that three people were injured in the attack.",
    "Officials have not confirmed the number of soldiers who returned home.",
    "The ministry announced new rules for grain exports from the southern ports.",
    "Her son called for the last time from a village near the front line.",
    "Prices rose by 12 percent last year, the central bank said in its report.",
    "Talks between the two delegations are expected to resume next week.",
    "The mayor asked residents to stay in shelters until the alarm is over.",
    "Volunteers delivered food and medicine to the hospital on Friday.",
)


@dataclass(frozen=True)
class ComputePlan:
    device: str  # "cpu" | "cuda"
    compute_type: str  # CTranslate2 compute type, "auto" where not calibrated
    inter_threads: int  # CTranslate2 workers
    intra_threads: int  # threads inside each worker
    calibrated: bool = False

    def describe(self) -> str:
        """One line for the status bar and ``reviewdesk models list``."""
        if self.device == "cuda":
            return f"CUDA GPU ({self.compute_type})"
        workers = f"{self.inter_threads} worker{'s' if self.inter_threads != 1 else ''}"
        how = "calibrated" if self.calibrated else "not calibrated yet"
        return (f"CPU ({self.compute_type}, {workers} x {self.intra_threads} "
                f"thread{'s' if self.intra_threads != 1 else ''}; {how})")


_lock = threading.Lock()
fallback_message: str | None = None  # set once when a GPU load failed and the CPU took over


def cuda_device_count() -> int:
    try:
        import ctranslate2

        return int(ctranslate2.get_cuda_device_count())
    except Exception:  # no CUDA runtime, or a CPU-only build
        return 0


def use_gpu_setting() -> bool:
    try:
        from app.core.settings import Settings

        return bool(Settings().get("mt_use_gpu"))
    except Exception:
        return True


def cpu_signature() -> str:
    """What a calibration depends on: the processor, its cores and what CTranslate2 uses."""
    import ctranslate2

    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    types = ",".join(sorted(ctranslate2.get_supported_compute_types("cpu")))
    return f"{model} | {os.cpu_count()} cores | {types} | ctranslate2 {ctranslate2.__version__}"


def cpu_candidates(cores: int | None = None) -> list[ComputePlan]:
    """The set-ups worth timing: int8 and float32 weights, one worker per core or one worker
    using every core (more workers than cores never helps)."""
    import ctranslate2

    cores = cores or os.cpu_count() or 1
    supported = ctranslate2.get_supported_compute_types("cpu")
    types = [t for t in ("int8", "float32") if t in supported] or ["auto"]
    splits = [(min(4, cores), max(1, cores // min(4, cores)))]
    if cores > 1:
        splits.append((1, cores))
    return [ComputePlan("cpu", t, inter, intra) for t in types for inter, intra in splits]


def _calibration_path() -> Path:
    return paths.config_dir() / CALIBRATION_FILE


def stored_calibration(signature: str) -> ComputePlan | None:
    try:
        data = json.loads(_calibration_path().read_text(encoding="utf-8"))
        entry = data.get(signature)
        if not entry:
            return None
        return ComputePlan("cpu", entry["compute_type"], int(entry["inter_threads"]),
                           int(entry["intra_threads"]), calibrated=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _store_calibration(signature: str, plan: ComputePlan, timings: dict[str, float]) -> None:
    path = _calibration_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    entry = asdict(plan)
    entry["seconds"] = timings
    entry["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    data[signature] = entry
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


Timer = Callable[[ComputePlan], float]


def calibrate(candidates: Sequence[ComputePlan], time_candidate: Timer,
              signature: str) -> ComputePlan:
    """Time every candidate (seconds for the calibration batch; lower is better), keep the
    fastest for this CPU signature and return it. A candidate that fails is skipped."""
    timings: dict[str, float] = {}
    best: tuple[float, ComputePlan] | None = None
    for candidate in candidates:
        label = f"{candidate.compute_type} {candidate.inter_threads}x{candidate.intra_threads}"
        try:
            seconds = time_candidate(candidate)
        except Exception as exc:  # e.g. a compute type this build cannot run after all
            log.info("Calibration: %s failed (%s)", label, exc)
            continue
        timings[label] = round(seconds, 4)
        if best is None or seconds < best[0]:
            best = (seconds, candidate)
    if best is None:
        return ComputePlan("cpu", "auto", 1, os.cpu_count() or 1)
    chosen = ComputePlan("cpu", best[1].compute_type, best[1].inter_threads,
                         best[1].intra_threads, calibrated=True)
    log.info("Calibration on %s: %s -> %s", signature, timings, chosen.describe())
    _store_calibration(signature, chosen, timings)
    return chosen


def time_with_model(package_path: Path, tokenizer: Any, target_prefix: str) -> Timer:
    """A timer that loads the model with a candidate's set-up and translates the calibration
    sentences greedily once after a short warm-up (a few seconds for all candidates with a
    Transformer-base model on 2 cores)."""

    def run(candidate: ComputePlan) -> float:
        import ctranslate2

        translator = ctranslate2.Translator(
            str(package_path / "model"), device="cpu", compute_type=candidate.compute_type,
            inter_threads=candidate.inter_threads, intra_threads=candidate.intra_threads,
        )
        batch = [tokenizer.encode(s) for s in CALIBRATION_SENTENCES]
        prefix = [[target_prefix]] * len(batch) if target_prefix else None
        per_worker = max(1, -(-len(batch) // candidate.inter_threads))
        options = dict(beam_size=1, max_batch_size=per_worker, max_decoding_length=48)
        translator.translate_batch(batch[:2], target_prefix=prefix[:2] if prefix else None,
                                   **options)  # warm-up
        started = time.perf_counter()
        translator.translate_batch(batch, target_prefix=prefix, **options)
        seconds = time.perf_counter() - started
        del translator
        return seconds

    return run


def plan_for(package_path: Path, tokenizer: Any, target_prefix: str,
             timer: Timer | None = None, *, allow_gpu: bool = True) -> ComputePlan:
    """The set-up to load ``package_path`` with: GPU if wanted and present, else the CPU's
    stored calibration, else a calibration now (once per CPU signature)."""
    if allow_gpu and use_gpu_setting() and cuda_device_count() > 0:
        return ComputePlan("cuda", "auto", 1, 1)
    with _lock:
        signature = cpu_signature()
        stored = stored_calibration(signature)
        if stored is not None:
            return stored
        return calibrate(cpu_candidates(), timer or time_with_model(
            package_path, tokenizer, target_prefix), signature)


def note_gpu_fallback(reason: str) -> str:
    global fallback_message
    fallback_message = (
        f"The GPU could not be used for machine translation ({reason}); translating on the "
        "CPU instead. Turn the GPU off in the machine translation settings to skip this."
    )
    log.warning(fallback_message)
    return fallback_message


def current_description() -> str:
    """How models load on this machine now, without loading or calibrating anything."""
    if use_gpu_setting() and cuda_device_count() > 0:
        return f"CUDA GPU ({cuda_device_count()} device(s))"
    try:
        stored = stored_calibration(cpu_signature())
    except Exception:
        stored = None
    if stored is not None:
        return stored.describe()
    return f"CPU ({os.cpu_count()} cores; calibrated at the first model load)"
