"""Quality of the name checker on every annotated set of English news (tests/names/corpus,
heldout_style, blind2-blind5).

Each set is a folder of texts annotated in its annotations.tsv: clear variants that must be
flagged with a given suggestion, fine names that must stay unflagged, and a few spellings
where either is acceptable. The bar from issue 4: at least 95% of the clear variants flagged
with the right suggestion, at most 5% of the flags landing on anything not a clear variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from names_corpus_scoring import read_annotations, score_folder

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"

#: Every annotated set: (at least this many clear variants, at least this many fine-name rows).
#: heldout_style and blind2-5 were written blind, each by another author, before the engine
#: was read; their annotations.tsv start with the judgement calls.
SETS = {
    "corpus": (30, 50),
    "heldout_style": (100, 300),
    "blind2": (40, 250),
    "blind3": (15, 1000),
    "blind4": (14, 500),
    "blind5": (45, 400),
}


@pytest.fixture(scope="module", params=list(SETS))
def scored(request):
    return request.param, score_folder(HERE / request.param)


def test_recall_of_clear_variants_with_right_suggestion(scored):
    name, score = scored
    print(f"\n{name} recall: {score.found}/{score.variants} = {score.recall:.1%}")
    print("\n".join(score.misses))
    assert score.variants >= SETS[name][0]
    assert score.recall >= 0.95, score.misses


def test_few_flags_on_fine_names(scored):
    name, score = scored
    print(f"\n{name} false flags: {score.false_flags}/{score.flags} = {score.false_rate:.1%}")
    assert score.ok_rows >= SETS[name][1]
    assert score.false_rate <= 0.05, score.misses


def test_corpus_has_fine_names_and_exceptions():
    rows = read_annotations(CORPUS)
    assert sum(1 for r in rows if r[3] == "ok") >= 50
    assert {r[1] for r in rows if r[3] == "ok"} >= {"Putin", "Minsk", "Kostroma", "Geneva"}
