"""Throughput of the app's Argos engine against argostranslate's own translate(), same model.

Builds a random-weight Argos package the size of real ones (Transformer base: 6+6 layers,
d_model 512, 8 heads, FFN 2048, int8; SentencePiece trained on generated news text with up to
4k pieces, CTranslate2 vocabulary padded to 32k: see tests/mt/tiny_argos.py ``BASE``), installs it
through the model manager in a temporary app home, and translates the same news-length English
sentences through

  (a) argostranslate's ``translate()``, once per sentence (its sentence splitter is bypassed: each
      input is one sentence, and MiniSBD would download a model), and
  (b) the app's ``ArgosEngine``, the whole list in one call,

with the same fixed maximum decoding length (random weights never stop early), at beam 4 and
greedy. Prints sentences/s for each and the ratio.

    /opt/rdvenv/bin/python benchmarks/mt_throughput.py [--sentences 200] [--max-decoding-length 48]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "mt"))

SUBJECTS = [
    "The government",
    "The central bank",
    "Officials in Kyiv",
    "The foreign minister",
    "Rescue workers",
    "The opposition party",
    "European leaders",
    "The city council",
    "Farmers in the south",
    "The energy company",
    "Ukrainian troops",
    "The prime minister",
    "Economists at the ministry",
    "The Supreme Court",
    "Local residents",
    "The United Nations",
]
VERBS = [
    "announced",
    "rejected",
    "welcomed",
    "criticised",
    "approved",
    "postponed",
    "discussed",
    "confirmed",
    "denied",
    "proposed",
    "investigated",
    "supported",
    "questioned",
    "signed",
]
OBJECTS = [
    "a new plan to rebuild damaged power stations",
    "the budget for the coming year",
    "an agreement on grain exports through the Black Sea",
    "fresh sanctions against the regime",
    "a reform of the pension system",
    "the results of the regional elections",
    "plans to raise interest rates again",
    "a proposal to extend the curfew",
    "the appointment of a new ambassador",
    "reports of shelling near the border",
    "a loan from international partners",
    "measures to support small businesses",
]
TAILS = [
    "on Monday after several hours of talks",
    "despite strong criticism from the opposition",
    "according to a statement published late on Tuesday",
    "during a visit to Warsaw",
    "as prices for food and fuel continued to rise",
    "in a televised address to the nation",
    "after weeks of negotiations with foreign partners",
    "amid growing concern about winter",
    "while thousands of people protested outside parliament",
    "ahead of next month's summit",
]


def news_sentences(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    sentences = []
    for _ in range(count):
        sentence = (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(TAILS)}, {rng.choice(SUBJECTS).lower()} said, adding that "
            f"{rng.randint(2, 95)} percent of the {rng.choice(['funds', 'aid', 'staff'])} "
            f"would be {rng.choice(['released', 'needed', 'available'])} by "
            f"{rng.choice(['March', 'June', 'the autumn', 'the end of the year'])}."
        )
        sentences.append(sentence)
    return sentences


class _FixedLengthTranslator:
    """Wraps argostranslate's CTranslate2 translator to add the fixed max_decoding_length."""

    def __init__(self, max_decoding_length: int, **params) -> None:
        import ctranslate2

        self._translator = ctranslate2.Translator(**params)
        self._max = max_decoding_length

    def translate_batch(self, *args, **kwargs):
        kwargs["max_decoding_length"] = self._max
        return self._translator.translate_batch(*args, **kwargs)


def argos_translator(beam: int, max_length: int):
    """argostranslate's own en->ru translation object, configured like a user's, warmed up."""
    import types

    from app.mt.argos_setup import configure

    settings = configure()
    import argostranslate.translate as argos_translate
    from argostranslate import sbd

    sbd.MiniSBDSentencizer.split_sentences = lambda self, text: [text]
    argos_translate.ctranslate2 = types.SimpleNamespace(
        Translator=lambda **params: _FixedLengthTranslator(max_length, **params)
    )
    settings.beam_size = beam
    argos_translate.get_installed_languages.cache_clear()
    argos_translate.installed_translates.clear()
    translation = argos_translate.get_translation_from_codes("en", "ru")
    translation.translate("Warm up the model.")
    return translation


def app_engine(beam: int, max_length: int, inter_threads: int | None):
    """The engine with its default threads (None), or ``inter_threads`` workers sharing the
    cores."""
    from app.mt.argos_engine import ArgosEngine

    engine = ArgosEngine(
        beam_size_best_only=beam,
        max_decoding_length=max_length,
        inter_threads=inter_threads,
        intra_threads=max(1, (os.cpu_count() or 1) // inter_threads) if inter_threads else None,
    )
    engine.translate(["Warm up the model."], "en", "ru")
    return engine


def compare(sentences: list[str], beam: int, max_length: int, rounds: int) -> dict[str, float]:
    """Seconds per side. Rounds interleave the sides so both see the same machine load (other
    processes share the cores)."""
    argos = argos_translator(beam, max_length)
    engines = {
        "engine": app_engine(beam, max_length, None),
        "engine, 1 worker": app_engine(beam, max_length, 1),
    }
    seconds = {"argos": 0.0, **{name: 0.0 for name in engines}}
    size = -(-len(sentences) // rounds)
    for first in range(0, len(sentences), size):
        chunk = sentences[first : first + size]
        start = time.perf_counter()
        for sentence in chunk:
            argos.translate(sentence)
        seconds["argos"] += time.perf_counter() - start
        for name, engine in engines.items():
            start = time.perf_counter()
            assert len(engine.translate(chunk, "en", "ru")) == len(chunk)
            seconds[name] += time.perf_counter() - start
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--max-decoding-length", type=int, default=48)
    parser.add_argument("--beams", default="4,1", help="beam sizes to compare, e.g. 4,1")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds per side")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="rd-bench-"))
    os.environ["REVIEWDESK_HOME"] = str(home)
    import tiny_argos

    from app.mt import model_manager

    started = time.perf_counter()
    training = news_sentences(3000, seed=1)
    package = tiny_argos.build_argos_package(
        home / "build", "en", "ru", size=tiny_argos.BASE, eos_rig=False, training_lines=training
    )
    installed = model_manager.install_file(package)
    print(
        f"Built and installed {installed.name}: {installed.size_bytes / 1024**2:.0f} MB on disk "
        f"in {time.perf_counter() - started:.0f} s; cpu_count={os.cpu_count()}"
    )
    sentences = news_sentences(args.sentences, seed=2)
    from app.mt.loaded_models import load

    tokens = [len(load(installed.path).tokenizer.encode(s)) for s in sentences]
    print(
        f"{len(sentences)} sentences, mean {sum(tokens) / len(tokens):.1f} source tokens, "
        f"max decoding length {args.max_decoding_length}"
    )
    from app.mt.argos_engine import ArgosEngine

    defaults = ArgosEngine()
    print(
        f"engine defaults: {defaults.inter_threads} CTranslate2 workers x "
        f"{defaults.intra_threads} threads; load average before: {os.getloadavg()[0]:.1f}"
    )
    for beam in (int(b) for b in args.beams.split(",")):
        seconds = compare(sentences, beam, args.max_decoding_length, args.rounds)
        rate = {name: len(sentences) / value for name, value in seconds.items()}
        compared = " | ".join(
            f"{name} {rate[name]:6.2f} sent/s = {rate[name] / rate['argos']:4.1f}x"
            for name in seconds if name != "argos"
        )
        print(
            f"beam {beam}: argostranslate translate() {rate['argos']:6.2f} sent/s | {compared}"
            f"   (load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
