"""The fast QA path finds exactly what the checks found before it was made fast.

On a real slice of the benchmark corpus (WMT22 English with professional Russian and Ukrainian
translations, rows 1100-2299: news, e-commerce and conversation, across the corpus's wrap so
repeats are in it too):

- the findings equal the ones recorded with the check code before the speed-up
  (``data/qa_findings_guard.json``: count per kind and a hash of every finding);
- ``check_rows`` (shared tokens, caches, batched) equals the straightforward path that checks
  each cell on its own (``check_unit`` / ``check_source``) plus the project checks;
- the command line's run over two processes (``workers=2``) equals the run in one.

If a check is changed on purpose, re-record the file with the command in its "note" and say
in the commit which counts moved and why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qa_corpus import fingerprint, rows

from app.qa.registry import PROJECT_CHECKS
from app.qa.runner import cell_text, check_rows, check_source, check_unit
from app.qa.spelling import Speller
from app.qa.unit import CheckContext, Unit

GUARD = json.loads((Path(__file__).parent / "data" / "qa_findings_guard.json")
                   .read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def slice_rows():
    return rows(GUARD["rows"]["count"], GUARD["rows"]["start"])


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller().load()


def _context(spelling: bool, speller: Speller) -> CheckContext:
    return CheckContext(speller=speller if spelling else None)


def one_by_one(rows_, context):
    """Every cell checked on its own, then the project checks: the obvious path."""
    results: dict = {}
    units = []
    for row in rows_:
        sid, source = row.segment.id, row.segment.source
        for finding in check_source(source, context):
            results.setdefault((sid, finding.cell_lang), []).append(finding)
        for lang in row.cells:
            target = cell_text(row, lang)
            if target is None:
                continue
            units.append((sid, Unit(source, target, lang)))
            for finding in check_unit(source, target, lang, context):
                results.setdefault((sid, finding.cell_lang), []).append(finding)
    for check in PROJECT_CHECKS:
        for index, finding in check.run(list(enumerate(u for _, u in units)), context):
            results.setdefault((units[index][0], finding.cell_lang), []).append(finding)
    return results


@pytest.mark.parametrize("spelling", [True, False], ids=["with_spelling", "without_spelling"])
def test_findings_are_the_ones_recorded_before_the_speed_up(slice_rows, speller, spelling):
    counts, digest = fingerprint(check_rows(slice_rows, _context(spelling, speller)))
    expected = GUARD["with_spelling" if spelling else "without_spelling"]
    assert dict(sorted(counts.items())) == expected["counts"]
    assert digest == expected["sha256"]


def test_batched_run_equals_checking_each_cell_alone(slice_rows, speller):
    context = _context(True, speller)
    assert fingerprint(check_rows(slice_rows, context)) == fingerprint(
        one_by_one(slice_rows, context))


def test_two_processes_find_what_one_finds(slice_rows, speller, monkeypatch):
    from app.qa import parallel_runner

    monkeypatch.setattr(parallel_runner, "MIN_ROWS", 100)  # the slice is below the default
    forked = []
    get_context = parallel_runner.multiprocessing.get_context
    monkeypatch.setattr(parallel_runner.multiprocessing, "get_context",
                        lambda method: forked.append(method) or get_context(method))
    context = _context(True, speller)
    two = check_rows(slice_rows, context, workers=2)
    assert forked == ["fork"]
    assert two == check_rows(slice_rows, context)
    assert fingerprint(two)[1] == GUARD["with_spelling"]["sha256"]


def record() -> None:
    """Re-record ``data/qa_findings_guard.json`` (a deliberate change of a check only)."""
    slice_ = rows(GUARD["rows"]["count"], GUARD["rows"]["start"])
    speller = Speller().load()
    for spelling in (True, False):
        counts, digest = fingerprint(check_rows(slice_, _context(spelling, speller)))
        GUARD["with_spelling" if spelling else "without_spelling"] = {
            "sha256": digest, "total": sum(counts.values()),
            "counts": dict(sorted(counts.items()))}
    (Path(__file__).parent / "data" / "qa_findings_guard.json").write_text(
        json.dumps(GUARD, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    record()
