"""The runner's first looks (``UnitCheck.needs``) never hide a finding.

The runner checks a block of rows at once and runs a check only on the cells whose text holds
what the check needs (a quote, a bracket, a digit in the source or the translation ...). These
cells sit at the edges of those looks: a finding at the very start or end of a text, an empty
translation between two others, a NUL inside a text, a digit only in the source, an address
only in the source, mixed scripts in the English column, inline codes. Each must give exactly
what checking every cell on its own gives (``check_unit`` / ``check_source`` ignore the looks),
and each such finding must really be there (so the comparison is not of two empty results).
"""

from __future__ import annotations

import pytest
from qa_corpus import fingerprint
from test_qa_speed_guard import one_by_one

from app.core.model import Cell, Row, Segment, Status
from app.documents.inline_codes import close_tag, open_tag
from app.qa.registry import UNIT_CHECKS
from app.qa.runner import BLOCK, check_rows
from app.qa.unit import CheckContext

#: (English, Russian, Ukrainian, a reason the run must report for this row)
CASES = [
    ("The report was published on Monday.", " Доклад опубликован в понедельник.",
     "Доповідь опубліковано в понеділок.", "leading_space"),
    ("The report was published on Monday.", "Доклад опубликован в понедельник.\u00a0",
     "Доповідь опубліковано в понеділок.", "trailing_space"),
    ("The report was published on Monday.", "", "Доповідь опубліковано в понеділок.",
     "empty_target"),
    ("The troops left the city.", "«американские войска покинули город.",
     "війська залишили місто.", "initial_lowercase"),
    ("Many people died.", "Погибли 12 человек.", "Загинули люди.", "number_added"),
    ("12 people died.", "Погибли люди.", "Загинули 12 людей.", "number_missing"),
    ("See www.example.com for details.", "Подробности на сайте.",
     "Подробиці на www.example.com.", "url_missing"),
    ("The Кyiv office opened.", "Офис в Киеве открылся.", "Офіс у Києві відкрився.",
     "mixed_script_latin"),
    ("He said \"yes\".", "Он сказал \"да\".", "Він сказав «так».", "quote_style"),
    ("The price (in euros) rose.", "Цена (в евро выросла.", "Ціна (в євро) зросла.",
     "bracket_unpaired"),
    ("The city is calm.", "Город спокоен.", "Місто спокійне, ми ми чекаємо.",
     "repeated_word"),
    ("The city is calm.", "Город\x00 спокоен.", "Місто ыспокійне.", "russian_letter"),
    ("The city is calm.", "Місто спокоен.", "Місто\u200b спокійне.", "invisible_character"),
    ("Prices rose,sharply.", "Цены выросли , резко.", "Ціни зросли,різко.",
     "space_before_mark"),
    ("Prices rose sharply", "Цены выросли  резко", "Ціни зросли різко", "double_space"),
    ("new york times reported it", "new york times reported it", "Нью-Йорк Таймс",
     "untranslated"),
    (f"{open_tag(1)}12{close_tag(1)} people died.",
     f"Погибли {open_tag(1)}13{close_tag(1)} человек.",
     f"Загинули {open_tag(1)}12 людей.", "number_changed"),
]


def _rows(cases, start: int = 0) -> list[Row]:
    rows = []
    for i, (en, ru, uk, _) in enumerate(cases, start):
        rows.append(Row(Segment(i + 1, 1, i, 0, i, en), {
            "ru": Cell(i + 1, "ru", Status.EDITED, ru, None),
            "uk": Cell(i + 1, "uk", Status.EDITED, uk, None),
        }))
    return rows


@pytest.mark.parametrize("offset", [0, BLOCK - 3], ids=["block_start", "across_blocks"])
def test_first_looks_hide_nothing(offset):
    # Filler rows put the cases at a block's start, or across two blocks.
    filler = [("A calm day.", "Спокойный день.", "Спокійний день.", "")] * offset
    rows = _rows(filler + CASES)
    context = CheckContext()
    fast = check_rows(rows, context)
    assert fingerprint(fast) == fingerprint(one_by_one(rows, context))
    for row, (*_, reason) in zip(rows[offset:], CASES, strict=True):
        reasons = {f.reason for (sid, _), found in fast.items() if sid == row.segment.id
                   for f in found}
        assert reason in reasons, (row.segment.source, reasons)


def test_every_look_is_a_valid_pattern_that_finds_its_own_case():
    import re

    looks = {check.name: check.needs for check in UNIT_CHECKS if check.needs}
    assert {"numbers", "quotes", "brackets", "spaces", "entities", "mixed_scripts"} <= set(looks)
    for needs in looks.values():
        for item in needs:
            re.compile(item.pattern)
            assert item.where in ("text", "source", "either")


def test_the_cycle_collector_runs_again_after_a_check_and_after_a_cancelled_one():
    import gc

    from app.qa.runner import QaCancelled

    rows = _rows(CASES)
    assert gc.isenabled()
    check_rows(rows, CheckContext())
    assert gc.isenabled()
    with pytest.raises(QaCancelled):
        check_rows(rows, CheckContext(), cancelled=lambda: True)
    assert gc.isenabled()
