"""Machine translation as a reviewer feels it, beside raw throughput, in one run on one machine.

Builds a random-weight Argos package the size of real ones (Transformer base, see
``tests/mt/tiny_argos.py`` ``BASE``) whose decoder ends sentences by itself with ``</s>`` (the
``eos_rig`` slope sets after how many tokens: natural stopping, no fixed decoding length), then
translates the same 200 news-length English sentences five ways:

  (a) argostranslate ``translate()``, one call per sentence, beam 4 (its default);
  (b) one raw CTranslate2 ``translate_batch`` call over all sentences, beam 4, 4 hypotheses (the
      work the refinement does), with the app's calibrated compute type and threads;
  (c) the window's run (``translate_progressive``, mode "refine", 3 alternatives): time until the
      first 20 rows are stored, until every row has a draft, until every draft is refined;
  (d) the same run's refinement pass alone (c's last figure minus its draft);
  (e) the command line default (``translate_project``: beam 4 and 3 alternatives in one pass).

Prints the CPU line CTranslate2 reports (vendor and instruction sets), the calibration the app
chose, every time and the ratios the targets are stated in (issue 14):

    .venv/bin/python benchmarks/mt_throughput.py [--sentences 200] [--eos-slope 0.2]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
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


def cpu_line(model_dir: Path) -> str:
    """What CTranslate2 says about the CPU when it loads a model (CT2_VERBOSE=1)."""
    code = (
        "import ctranslate2, sys; ctranslate2.Translator(sys.argv[1], device='cpu')"
    )
    env = {**os.environ, "CT2_VERBOSE": "1"}
    done = subprocess.run([sys.executable, "-c", code, str(model_dir)], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in (done.stderr + done.stdout).splitlines() if "CPU:" in line]
    return lines[0].split("]")[-1].strip() if lines else "(CTranslate2 printed no CPU line)"


def raw_call(installed, sentences: list[str]) -> tuple[float, float]:
    """Seconds for one translate_batch over everything at beam 4 x 4 hypotheses with the app's
    calibrated set-up, and the mean output length in tokens."""
    import ctranslate2

    from app.mt.loaded_models import load

    model = load(installed.path)  # calibrated plan, tokenizer
    plan = model.plan
    translator = ctranslate2.Translator(
        str(installed.path / "model"), device=plan.device, compute_type=plan.compute_type,
        inter_threads=plan.inter_threads, intra_threads=plan.intra_threads)
    batch = [model.tokenizer.encode(s) for s in sentences]
    prefix = [[model.target_prefix]] * len(batch) if model.target_prefix else None
    translator.translate_batch(batch[:2], target_prefix=prefix[:2] if prefix else None)
    started = time.perf_counter()
    out = translator.translate_batch(batch, target_prefix=prefix, beam_size=4,
                                     num_hypotheses=4, length_penalty=0.2,
                                     return_scores=True, max_decoding_length=256)
    seconds = time.perf_counter() - started
    lengths = [len(result.hypotheses[0]) for result in out]
    return seconds, sum(lengths) / len(lengths)


def window_run(project: Path, first_rows: int) -> dict[str, float]:
    from app.mt.argos_engine import ArgosEngine
    from app.mt.progressive import ProgressiveRun, translate_progressive
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    marks: dict[str, float] = {}
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb, ["ru"])
        ids = repo.segment_ids()
        run = ProgressiveRun(ids, "refine")
        wanted = set(ids[:first_rows])
        started = time.perf_counter()
        run.prioritize(ids[:first_rows])

        def stored(_lang, got):
            wanted.difference_update(got)
            if not wanted and "first" not in marks:
                marks["first"] = time.perf_counter() - started

        def phase(name):
            if name == "refine":
                marks["draft"] = time.perf_counter() - started

        summary = translate_progressive(repo, ArgosEngine(), ["ru"], run, alternatives=3,
                                        on_stored=stored, on_phase=phase)
        marks["refined"] = time.perf_counter() - started
        assert summary.drafts == len(ids) and summary.refined == len(ids), summary
    return marks


def cli_run(project: Path) -> float:
    from app.mt.argos_engine import ArgosEngine
    from app.mt.translation_service import translate_project
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    with open_project(project) as pdb:
        started = time.perf_counter()
        summary = translate_project(ProjectRepository(pdb, ["ru"]), ArgosEngine(), ["ru"], 3)
        assert summary.translated, summary
        return time.perf_counter() - started


def make_project(path: Path, sentences: list[str]) -> Path:
    from app.core.model import SegmentDraft
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    with open_project(path, create=True) as pdb:
        ProjectRepository(pdb).add_document(
            "bench", [SegmentDraft(s, n, 0) for n, s in enumerate(sentences)])
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--first-rows", type=int, default=20)
    parser.add_argument("--eos-slope", type=float, default=0.2,
                        help="how fast </s> gains per position (smaller: longer outputs)")
    parser.add_argument("--skip-argos", action="store_true",
                        help="leave out argostranslate per sentence (the slowest part)")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="rd-bench-"))
    os.environ["REVIEWDESK_HOME"] = str(home)
    import tiny_argos

    from app.mt import compute_plan, model_manager

    started = time.perf_counter()
    package = tiny_argos.build_argos_package(
        home / "build", "en", "ru", size=tiny_argos.BASE, eos_rig=args.eos_slope,
        training_lines=news_sentences(3000, seed=1),
    )
    installed = model_manager.install_file(package)
    print(f"Built and installed {installed.name}: {installed.size_bytes / 1024**2:.0f} MB in "
          f"{time.perf_counter() - started:.0f} s")
    print(f"{cpu_line(installed.path / 'model')}; cpu_count={os.cpu_count()}")
    from app.mt.loaded_models import load

    started = time.perf_counter()
    plan = load(installed.path).plan
    print(f"App set-up: {plan.describe()} (first load with calibration "
          f"{time.perf_counter() - started:.1f} s); {compute_plan.cpu_signature()}")
    sentences = news_sentences(args.sentences, seed=2)

    raw_seconds, mean_out = raw_call(installed, sentences)
    print(f"{len(sentences)} sentences; natural stopping: mean output {mean_out:.1f} tokens "
          f"at beam 4 (eos slope {args.eos_slope})")
    marks = window_run(make_project(home / "window.rdproj", sentences), args.first_rows)
    cli_seconds = cli_run(make_project(home / "cli.rdproj", sentences))
    argos_seconds = None
    if not args.skip_argos:
        argos = argos_translator(4, 256)
        started = time.perf_counter()
        for sentence in sentences:
            argos.translate(sentence)
        argos_seconds = time.perf_counter() - started

    refine_alone = marks["refined"] - marks["draft"]
    print(f"(b) one raw CTranslate2 call, beam 4 x 4 hypotheses: {raw_seconds:7.2f} s")
    print(f"(c) window: first {args.first_rows} rows {marks['first']:7.2f} s | full draft "
          f"{marks['draft']:7.2f} s | fully refined {marks['refined']:7.2f} s")
    print(f"(d) the refinement pass alone: {refine_alone:7.2f} s = "
          f"{refine_alone / raw_seconds:.2f}x the raw call (target: within 1.10x)")
    print(f"(e) command line, beam 4 + 3 alternatives in one pass: {cli_seconds:7.2f} s = "
          f"{cli_seconds / raw_seconds:.2f}x the raw call")
    if argos_seconds is not None:
        print(f"(a) argostranslate per sentence, beam 4: {argos_seconds:7.2f} s; full draft is "
              f"{argos_seconds / marks['draft']:.1f}x faster (target: at least 4x)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
