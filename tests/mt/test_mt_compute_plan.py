"""Where CTranslate2 runs: CUDA when present, else the CPU set-up a calibration found fastest."""

from __future__ import annotations

import json

import ctranslate2
import pytest

from app.core import paths
from app.core.settings import Settings
from app.mt import compute_plan, loaded_models
from app.mt.argos_engine import ArgosEngine
from app.mt.compute_plan import ComputePlan, calibrate, plan_for


@pytest.fixture(autouse=True)
def fresh_models():
    loaded_models.forget()
    compute_plan.fallback_message = None
    yield
    loaded_models.forget()


def test_calibration_keeps_the_fastest_candidate_and_remembers_it_per_cpu(monkeypatch):
    candidates = [ComputePlan("cpu", "int8", 2, 1), ComputePlan("cpu", "int8", 1, 2),
                  ComputePlan("cpu", "float32", 2, 1), ComputePlan("cpu", "float32", 1, 2)]
    speeds = {("int8", 2): 0.9, ("int8", 1): 0.5, ("float32", 2): 0.7, ("float32", 1): 1.2}
    timed = []

    def timer(candidate):
        timed.append(candidate)
        return speeds[(candidate.compute_type, candidate.inter_threads)]

    chosen = calibrate(candidates, timer, "cpu A")
    assert (chosen.compute_type, chosen.inter_threads, chosen.intra_threads) == ("int8", 1, 2)
    assert chosen.calibrated and len(timed) == 4
    stored = json.loads((paths.config_dir() / "calibration.json").read_text())
    assert stored["cpu A"]["compute_type"] == "int8" and len(stored["cpu A"]["seconds"]) == 4

    # The same CPU later: the stored choice, nothing timed again.
    monkeypatch.setattr(compute_plan, "cpu_signature", lambda: "cpu A")
    monkeypatch.setattr(compute_plan, "cpu_candidates", lambda: candidates)
    timed.clear()
    assert plan_for(paths.data_dir(), None, "", timer) == chosen and timed == []
    # Another CPU (or another CTranslate2): calibrated anew, and on it float32 wins.
    speeds[("float32", 2)] = 0.1
    monkeypatch.setattr(compute_plan, "cpu_signature", lambda: "cpu B")
    other = plan_for(paths.data_dir(), None, "", timer)
    assert len(timed) == 4 and (other.compute_type, other.inter_threads) == ("float32", 2)
    assert set(json.loads((paths.config_dir() / "calibration.json").read_text())) == {
        "cpu A", "cpu B"}


def test_a_candidate_that_fails_is_skipped():
    def timer(candidate):
        if candidate.compute_type == "int8":
            raise ValueError("int8 not supported here")
        return 1.0

    chosen = calibrate([ComputePlan("cpu", "int8", 1, 2), ComputePlan("cpu", "float32", 1, 2)],
                       timer, "cpu C")
    assert chosen.compute_type == "float32"


def test_the_cpu_candidates_cover_int8_and_float32_and_both_thread_splits():
    found = {(c.compute_type, c.inter_threads, c.intra_threads)
             for c in compute_plan.cpu_candidates(cores=2)}
    supported = ctranslate2.get_supported_compute_types("cpu")
    expected = {(t, i, j) for t in ("int8", "float32") if t in supported
                for i, j in ((2, 1), (1, 2))}
    assert found == expected


def test_a_cuda_device_is_chosen_when_reported_and_the_setting_allows(monkeypatch):
    monkeypatch.setattr(compute_plan, "cuda_device_count", lambda: 1)
    plan = plan_for(paths.data_dir(), None, "", lambda c: pytest.fail("no CPU calibration"))
    assert plan.device == "cuda" and "CUDA" in plan.describe()
    settings = Settings()
    settings.set("mt_use_gpu", False)
    assert plan_for(paths.data_dir(), None, "", lambda c: 1.0).device == "cpu"


def test_no_cuda_device_means_the_cpu_without_trying_the_gpu(monkeypatch):
    monkeypatch.setattr(compute_plan, "cuda_device_count", lambda: 0)
    assert plan_for(paths.data_dir(), None, "", lambda c: 1.0).device == "cpu"


def test_a_failing_gpu_falls_back_to_the_cpu_with_one_message(
    monkeypatch, installed_tiny_models
):
    monkeypatch.setattr(compute_plan, "cuda_device_count", lambda: 1)
    real = ctranslate2.Translator
    devices = []

    def translator(path, device="cpu", **kwargs):
        devices.append(device)
        if device == "cuda":
            raise RuntimeError("CUDA failed with error no CUDA-capable device is detected")
        return real(path, device=device, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", translator)
    result = ArgosEngine().translate(["Hello world."], "en", "ru")
    assert result[0].best.text
    assert devices[0] == "cuda" and devices[-1] == "cpu"
    assert "GPU could not be used" in compute_plan.fallback_message
    assert "no CUDA-capable device" in compute_plan.fallback_message


def test_the_first_load_on_a_cpu_calibrates_with_the_real_model(installed_tiny_models):
    engine = ArgosEngine()
    engine.translate(["The mayor spoke on Friday."], "en", "ru")
    stored = json.loads((paths.config_dir() / "calibration.json").read_text())
    (entry,) = stored.values()
    assert len(entry["seconds"]) == len(compute_plan.cpu_candidates())
    model = loaded_models.load(installed_tiny_models[0].path)
    assert model.plan.calibrated and model.plan.compute_type == entry["compute_type"]
    assert "calibrated" in compute_plan.current_description()
