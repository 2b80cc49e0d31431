"""The name checker on a third, blind set of news texts (tests/names/blind2/).

The 28 texts imitate AP, Reuters, AFP, BBC, the Guardian, Al Jazeera, Bloomberg, RFE/RL,
Ukrainska Pravda, TASS, history, sports, business, culture, travel and obituaries, and were
written and annotated before the engine or the other corpora were read (judgement calls at the
top of blind2/annotations.tsv). The bar from issue 4: at least 95% of the clear variants flagged
with the right suggestion, at most 5% of the flags on names that are fine. The small tests below
pin the engine fixes this set led to.
The set-wide thresholds are asserted in test_names_quality.py, with the other sets.
"""

from __future__ import annotations

import pytest

from app.names.checker import check_english


def _flags(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in check_english(text).flags]


def test_belarusian_form_of_a_surname_is_the_same_person():
    text = (
        "In Belarus, Alexander Lukashenko praised Moscow. Lukashenko said the verdict was "
        "political. Lukashenka has ruled for three decades."
    )
    assert ("Lukashenka", "Lukashenko") in _flags(text)


def test_diminutive_before_the_full_name_is_no_misspelling():
    text = "His colleagues call him Sasha. Oleksandr Kovalenko has driven the bus since August."
    assert _flags(text) == []


def test_town_is_not_read_as_a_given_name_by_a_lossy_key():
    flags = _flags("Chornomorets Odesa lost 3-0 to Oleksandriya on Sunday.")
    assert ("Oleksandriya", "Oleksandra") not in flags
    mentions = check_english("Chornomorets Odesa lost 3-0 to Oleksandriya.").mentions
    assert [m.concept for m in mentions if m.text == "Oleksandriya"] == ["place:UA:Oleksandriia"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Krasnoarmeysk in the Saratov region reported no damage.",
        "A refinery in the town of Donetsk in Russia's Rostov region was hit.",
    ],
)
def test_name_placed_in_a_russian_region_is_the_russian_town(text):
    assert _flags(text) == []


def test_former_name_in_ukraine_still_flagged_without_a_russian_region():
    text = "Russian troops captured Krasnoarmeysk in the Donetsk region, Russia's ministry said."
    assert ("Krasnoarmeysk", "Pokrovsk") in _flags(text)


def test_city_named_after_a_person_stays_the_city():
    text = "The Cossack hetman Bohdan Khmelnytsky is honoured in Khmelnytskyi."
    assert _flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "For decades the city was known to the outside world as Kharkov, the Russian spelling.",
        "English-language scholarship long spelled Kiev, today's Kyiv.",
        "Older coverage spelled her name Timoshenko. Yulia Tymoshenko returned to parliament.",
        "The oligarch Ihor Kolomoisky, also transliterated as Kolomoyskyi, is in detention.",
        "Guidebooks may still refer to Dnepropetrovsk, now Dnipro, and Kirovograd (now "
        "Kropyvnytskyi).",
    ],
)
def test_spelling_cited_on_purpose_is_not_flagged(text):
    assert _flags(text) == []


def test_russian_spelling_before_a_lowercase_now_is_still_flagged():
    assert ("Kiev", "Kyiv") in _flags("Talks in Kiev, now in their third day, stalled.")


def test_ukrainian_vocative_suggests_the_name_spelled_so():
    assert ("Ivane", "Ivan") in _flags('"Ivane, come here!" his mother shouted.')


def test_club_named_with_its_city_is_not_a_second_place():
    assert _flags("Metalist Kharkiv and Zorya Luhansk drew 1-1 on Sunday.") == []


def test_street_that_is_also_a_village_name_is_not_misspelled():
    assert _flags("Crowds gathered on Khreshchatyk, Kyiv's main street.") == []


def test_ukrainian_surname_with_a_russian_g_is_the_same_person():
    text = "Prime Minister Denys Shmyhal said so. Shmyhal added that Shmygal was misquoted."
    assert ("Shmygal", "Shmyhal") in _flags(text)


def test_weapon_named_like_a_small_place_is_not_the_place():
    assert _flags("Russia tested the Oreshnik, Sarmat, Zircon and Avangard missiles.") == []
    assert ("Avangard", "Avanhard") in _flags("Troops entered Avangard on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "He studied in Kiev, as the city was then known, until 1941.",
        "She was born in what was then Kharkov.",
    ],
)
def test_name_given_as_it_was_then_known_is_not_flagged(text):
    assert _flags(text) == []


def test_comparison_with_as_is_no_citation():
    assert ("Kiev", "Kyiv") in _flags("In Kiev, as in Lviv, people protested.")


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("Rabotino", "Robotyne"),
        ("Kleshcheyevka", "Klishchiivka"),
        ("Mirnograd", "Myrnohrad"),
        ("Velikaya Novosyolka", "Velyka Novosilka"),
        ("Kupyansk-Uzlovoi", "Kupiansk-Vuzlovyi"),
        ("Tabayevka", "Tabaivka"),
    ],
)
def test_tass_spellings_of_frontline_places(name, suggestion):
    assert (name, suggestion) in _flags(f"Russian forces liberated {name}, the ministry said.")


def test_ukrainian_short_name_is_not_read_as_a_vocative():
    assert _flags('"Mishko, hold on!" his comrade shouted. "Lyosh, come here!"') == [
        ("Lyosh", "Lyosha")
    ]
