"""Quality of the name checker on every annotated set of English news (tests/names/*/).

The protocol is in tests/names/README.md. Each set is a folder of texts annotated in its
annotations.tsv; its header says how the set is scored (plain, strict or quiet) and records the
figures of the engine's first run on it. The test prints the first-run and the current figures
side by side (run with ``-s``) and asserts the bar on the current ones:

- annotated sets: at least 95% of the clear variants flagged with the right suggestion, at most
  5% of the flags landing on anything not a clear variant;
- quiet sets (texts on other subjects): at most 1 flag per 20,000 words.

Every set but blind12 has been used to tune the engine by now: their current figures are tuned
figures (the first-run ones are what the engine did on unseen text). blind10 was collected,
annotated and run once before the round-4 fixes; those fixes brought it and blind9 under both
bars. blind12 was annotated blind and run once, late, on main after the round-4 fixes, to
measure them on unseen text; nobody fixes against it, so it stays "unseen" and its known gaps
are its first-run figures. A claim about unseen text needs a new set, annotated and committed
before the engine runs on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from names_corpus_scoring import read_annotations, read_header, score_folder

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"

#: Every annotated set: (at least this many clear variants, at least this many fine-name rows).
#: corpus was written with the engine; heldout_style and blind2-5 were written blind by other
#: authors; blind6, blind7, blind8 and quiet are real published texts collected for issue 13.
#: blind8 has no explicit ok rows (every capitalised word without a row is ok: a flag on it
#: counts as false all the same); blind9 has ok rows only for the names most at risk.
SETS = {
    "corpus": (30, 50),
    "heldout_style": (100, 300),
    "blind2": (40, 250),
    "blind3": (15, 1000),
    "blind4": (14, 500),
    "blind5": (45, 400),
    "blind6": (30, 700),
    "blind7": (45, 900),
    "blind8": (60, 0),
    "blind9": (65, 150),
    "blind11": (29, 200),
    "blind10": (39, 200),
    "blind12": (27, 170),
}
QUIET_SETS = {"quiet": 200}  # at least this many texts
#: Sets that miss the recall bar after general fixes, with the bar they do meet and why. A data
#: gap is not closed by adding the one missing village: that would tune the set, not the engine.
#: (None now: blind7's villages of the Chernobyl zone come from Ukraine's settlement codifier.)
KNOWN_RECALL_GAPS: dict[str, tuple[float, str]] = {
    "blind12": (
        0.85,
        "first run, nobody fixes against it: Kief (the 1906 Jewish Encyclopedia's spelling of"
        " Kyiv, three times) and Odessa in the same text ('born at Odessa') not flagged",
    ),
}
#: Sets whose false-flag rate is over the bar after general fixes, with the rate they stay under
#: and why (the test keeps them from getting worse).
KNOWN_FALSE_FLAG_GAPS: dict[str, tuple[float, str]] = {
    # blind9 met the 5% bar after the round-4 fixes (title lines, namesakes in texts that never
    # name the region, cited renamings, institutions "of" a city): no longer a known gap.
    "blind12": (
        0.143,
        "first run, nobody fixes against it: Dnipropetrovsk for the oblast (which kept its name)"
        " read as the renamed city twice, Odessa in Ontario (the text names no province), Odessa"
        " in the name 'Odessa film Studio' as an error, Belowodsk (Kyrgyzstan) as Bilovodsk, a"
        " mojibake word 'Goldaâ' as an inconsistent spelling",
    ),
}
MAX_QUIET_FLAGS_PER_20K_WORDS = 1.0


#: Sets nothing has been fixed against yet: their current figures are still unseen figures.
UNSEEN_SETS: set[str] = {"blind12"}


def _report(name: str, score) -> str:
    header = read_header(HERE / name)
    first = header.first_run or "not recorded"
    state = "unseen" if name in UNSEEN_SETS else "tuned"
    return (
        f"\n{name} [{header.mode}, {state}]\n  first run: {first}\n"
        f"  current:   {score.summary(header.mode)}"
    )


@pytest.fixture(scope="module", params=list(SETS))
def scored(request):
    return request.param, score_folder(HERE / request.param)


def test_recall_of_clear_variants_with_right_suggestion(scored):
    name, score = scored
    print(_report(name, score))
    print("\n".join(score.misses))
    assert score.variants >= SETS[name][0]
    bar, why = KNOWN_RECALL_GAPS.get(name, (0.95, ""))
    if why:
        print(f"  known gap: recall bar {bar:.0%} ({why})")
    assert score.recall >= bar, score.misses


def test_few_flags_on_fine_names(scored):
    name, score = scored
    print(_report(name, score))
    assert score.ok_rows >= SETS[name][1]
    bar, why = KNOWN_FALSE_FLAG_GAPS.get(name, (0.05, ""))
    if why:
        print(f"  known gap: false-flag bar {bar:.0%} ({why})")
    assert score.false_rate <= bar, score.misses


@pytest.mark.parametrize("name", list(QUIET_SETS))
def test_quiet_texts_stay_quiet(name):
    folder = HERE / name
    assert read_header(folder).mode == "quiet"
    assert len(list(folder.glob("*.txt"))) >= QUIET_SETS[name]
    score = score_folder(folder)
    print(_report(name, score))
    print("\n".join(score.misses))
    assert score.words >= 20_000
    assert score.flags_per_quiet_words <= MAX_QUIET_FLAGS_PER_20K_WORDS, score.misses


def test_new_sets_record_their_first_run():
    for name in ("blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "quiet"):
        assert read_header(HERE / name).first_run, name


def test_corpus_has_fine_names_and_exceptions():
    rows = read_annotations(CORPUS)
    assert sum(1 for r in rows if r[3] == "ok") >= 50
    assert {r[1] for r in rows if r[3] == "ok"} >= {"Putin", "Minsk", "Kostroma", "Geneva"}
