"""The local Argos engine, on tiny genuine packages installed through the model manager."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.mt import loaded_models
from app.mt.argos_engine import ArgosEngine, TranslationCancelled
from app.mt.engine import EngineUnavailable, ModelNotInstalled
from app.mt.model_manager import install_file

SEGMENTS = [
    "The government announced new measures on Monday.",
    "Officials said the talks would continue.",
    "",
    "Prices for food and energy rose sharply in the first quarter of the year.",
    "The court sentenced the former mayor.",
]


def test_one_output_per_segment_in_order(installed_tiny_models):
    engine = ArgosEngine()
    results = engine.translate(SEGMENTS, "en", "ru")
    assert len(results) == len(SEGMENTS)
    assert results[2].best.text == ""  # the empty segment stays in its place
    assert all(r.best.text for i, r in enumerate(results) if i != 2)
    assert all(r.pivot is None and r.warnings == () for r in results)
    # One example per batch (no padding): each output must equal that segment translated alone.
    unbatched = ArgosEngine(max_batch_tokens=1)
    alone = [unbatched.translate([s], "en", "ru")[0].best.text for s in SEGMENTS]
    assert [r.best.text for r in unbatched.translate(SEGMENTS, "en", "ru")] == alone


def test_same_output_on_rerun(installed_tiny_models):
    first = ArgosEngine().translate(SEGMENTS, "en", "uk", alternatives=2)
    loaded_models.forget()  # reload the model from disk
    second = ArgosEngine().translate(SEGMENTS, "en", "uk", alternatives=2)
    assert first == second


def test_alternatives_are_distinct_and_ranked(installed_tiny_models):
    results = ArgosEngine().translate(SEGMENTS[:2], "en", "ru", alternatives=3)
    for result in results:
        texts = [result.best.text] + [c.text for c in result.alternatives]
        assert 2 <= len(texts) <= 4
        assert len(set(texts)) == len(texts)
        scores = [result.best.score] + [c.score for c in result.alternatives]
        assert scores == sorted(scores, reverse=True)


def test_multi_line_segment_keeps_its_lines(installed_tiny_models):
    result = ArgosEngine().translate(["First line here.\n\nThird line here."], "en", "ru")[0]
    lines = result.best.text.split("\n")
    assert len(lines) == 3 and lines[0] and lines[1] == "" and lines[2]


def test_one_segment_equals_argostranslate_translate(installed_tiny_models, monkeypatch):
    from app.mt.argos_setup import configure

    settings = configure()
    import argostranslate.translate as argos_translate
    from argostranslate import sbd

    # argostranslate's MiniSBD splitter would download a model; each input is one sentence.
    monkeypatch.setattr(sbd.MiniSBDSentencizer, "split_sentences", lambda self, text: [text])
    for beam in (4, 1):
        monkeypatch.setattr(settings, "beam_size", beam)
        argos_translate.installed_translates.clear()
        argos_translate.get_installed_languages.cache_clear()
        # The same numeric set-up as argostranslate (compute type "auto", explicit threads),
        # not the calibrated one, which may pick another compute type on this CPU.
        engine = ArgosEngine(beam_size_best_only=beam, inter_threads=1, intra_threads=1)
        for sentence in [s for s in SEGMENTS if s]:
            expected = argos_translate.translate(sentence, "en", "ru")
            assert engine.translate([sentence], "en", "ru")[0].best.text == expected


def test_long_segment_is_split_and_flagged(installed_tiny_models):
    long_text = (
        "The minister said on Monday that the government would support farmers, "
        "that prices would be watched closely; the central bank, however, warned that "
        "inflation could rise again in the autumn and that the budget was under strain."
    )
    engine = ArgosEngine(max_input_tokens=12)
    short, long = engine.translate(["Prices rose.", long_text], "en", "ru")
    assert short.warnings == ()
    assert long.best.text and len(long.warnings) == 1
    assert "Too long" in long.warnings[0]


def test_cancel_stops_between_batches(installed_tiny_models):
    cancel = threading.Event()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 0:
            cancel.set()

    engine = ArgosEngine(max_batch_tokens=20)
    with pytest.raises(TranslationCancelled):
        engine.translate(SEGMENTS * 4, "en", "ru", cancel=cancel, progress=progress)
    assert calls[0] == (0, 20)
    assert len(calls) == 2 and 0 < calls[1][0] < 20  # one batch done, then it stopped


def test_progress_is_monotone_and_reaches_total(installed_tiny_models):
    calls: list[int] = []
    ArgosEngine(max_batch_tokens=30).translate(
        SEGMENTS * 3, "en", "ru", progress=lambda done, total: calls.append(done)
    )
    assert calls == sorted(calls) and calls[-1] == 15 and len(calls) > 3


def test_pivot_route_is_used_and_labelled(tiny_argos_package):
    install_file(tiny_argos_package("en", "ru"))
    install_file(tiny_argos_package("ru", "uk", seed=7))
    engine = ArgosEngine()
    assert engine.model_id("en", "uk") == "translate-en_ru@1.0+translate-ru_uk@1.0"
    results = engine.translate(SEGMENTS, "en", "uk")
    assert all(r.pivot == "en->ru->uk" for r in results)
    russian = [r.best.text for r in engine.translate(SEGMENTS, "en", "ru")]
    expected = [r.best.text for r in engine.translate(russian, "ru", "uk")]
    assert [r.best.text for r in results] == expected


def test_missing_model_says_how_to_install(installed_tiny_models):
    with pytest.raises(ModelNotInstalled) as raised:
        ArgosEngine().translate(["Hello."], "en", "de")
    assert "en->de" in str(raised.value)
    assert "reviewdesk models download en de" in str(raised.value)
    assert ".argosmodel" in str(raised.value)


def test_broken_model_folder_is_engine_unavailable(tiny_argos_package):
    package = install_file(tiny_argos_package("en", "ru"))
    (package.path / "model" / "model.bin").write_bytes(b"not a model")
    loaded_models.forget()
    with pytest.raises(EngineUnavailable) as raised:
        ArgosEngine().translate(["Hello."], "en", "ru")
    assert "reviewdesk models remove" in str(raised.value)


def test_newest_version_wins(tiny_argos_package):
    install_file(tiny_argos_package("en", "ru"))
    install_file(tiny_argos_package("en", "ru", version="1.10", seed=3))
    assert ArgosEngine().model_id("en", "ru") == "translate-en_ru@1.10"


def test_translating_makes_no_network_connection(installed_tiny_models, monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network use during local translation: {name}")

        return blocked

    loaded_models.forget()  # loading the model is part of what must stay offline
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    engine = ArgosEngine()
    results = engine.translate(SEGMENTS, "en", "ru", alternatives=2)
    results += engine.translate(SEGMENTS, "en", "uk")
    assert attempts == []
    assert len(results) == 2 * len(SEGMENTS)


def test_engine_path_never_imports_onnxruntime_or_stanza(installed_tiny_models):
    script = (
        "import sys\n"
        "from app.mt.argos_engine import ArgosEngine\n"
        "from app.mt import model_manager\n"
        "model_manager.list_models()\n"
        "print(ArgosEngine().translate(['Prices rose.'], 'en', 'ru')[0].best.text)\n"
        "heavy = ('onnxruntime', 'minisbd', 'stanza', 'spacy', 'torch')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in heavy]\n"
        "argos = ('argostranslate.translate', 'argostranslate.sbd')\n"
        "bad += [m for m in argos if m in sys.modules]\n"
        "print('BAD', sorted(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("BAD []"), done.stdout
