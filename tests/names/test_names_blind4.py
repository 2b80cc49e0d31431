"""The name checker on a fifth, precision-focused blind set (tests/names/blind4/).

The 18 texts are newsroom genres not covered before: opinion columns, letters to the editor,
a live blog with GMT timestamps, sports results in prose, weather, an obituary of a Soviet-era
physicist, an exhibition review, food and travel, tech start-ups and brands (Grammarly,
Monobank, Kyivstar, Aeroflot), diaspora news (Winnipeg, Edmonton, Brighton Beach), church news,
a court report, social media quotes, security acronyms (SBU, FSB, GUR, ZNPP, UAF) and people
whose surnames are places (Aaron Kiev, Alice Kherson, Michael Odessky). They were written and
annotated before the engine was read (judgement calls at the top of blind4/annotations.tsv).
The bar from issue 4: at least 95% of the clear variants flagged with the right suggestion, at
most 5% of the flags on names that are fine. The small tests below pin the engine fixes this
set led to.
The set-wide thresholds are asserted in test_names_quality.py, with the other sets.
"""

from __future__ import annotations

import pytest

from app.names.checker import check_english


def _flags(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in check_english(text).flags]


@pytest.mark.parametrize(
    "text",
    [
        "The jazz pianist Aaron Kiev will play in Cleveland.",
        "Her lawyer, Gary Odessa, declined to comment.",
        "Sister Mary Kiev of the Order of St Ursula died aged 88.",
        "Violinist Sarah Odessa played Brahms. Odessa said she was delighted.",
    ],
)
def test_place_spelled_surname_after_a_western_given_name_is_the_person(text):
    assert _flags(text) == []


def test_city_after_an_ordinary_capitalised_word_is_still_flagged():
    assert ("Kiev", "Kyiv") in _flags("Dinner in central Kiev. Radio Kiev broadcast the news.")


def test_western_given_name_no_scheme_produces_is_not_a_ukrainian_romanization():
    assert _flags("Cardinal Pietro Parolin met the archbishop.") == []
    assert ("Andriy", "Andrii") in _flags("Foreign minister Andriy Sybiha spoke on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Brighton Beach, known locally as Little Odessa, voted on Tuesday.",
        "The Lvov-Warsaw school of logic shaped analytic philosophy.",
        "The schooner Odessa sank off Nova Scotia in 1911.",
    ],
)
def test_fixed_names_and_ships_keep_their_spelling(text):
    assert _flags(text) == []


def test_the_city_itself_is_still_flagged_next_to_those_words():
    flags = _flags("Refugees from Odessa reached Lvov and then Warsaw by train.")
    assert ("Odessa", "Odesa") in flags and ("Lvov", "Lviv") in flags


@pytest.mark.parametrize(
    "text",
    [
        "Lord Odessa of Harrow was appointed in 2011.",
        "Judge Kiev adjourned the case until Feb 3.",
        "The SS Odessa was a passenger ship built in 1887.",
    ],
)
def test_titled_people_and_prefixed_ships_are_not_the_city(text):
    assert _flags(text) == []


def test_the_city_after_ordinary_words_of_those_kinds_is_still_flagged():
    flags = _flags("Ships sailed from Odessa. The judge in Kiev refused bail.")
    assert ("Odessa", "Odesa") in flags and ("Kiev", "Kyiv") in flags
