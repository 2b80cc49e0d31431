"""Diminutives link to full names (through morphology), and Ukrainian <-> Russian equivalents."""

from __future__ import annotations

import csv

import pytest

from app.core.resources import resource_path
from app.names.diminutives import diminutives_of, full_names, is_diminutive
from app.names.given_names import equivalents, translate
from app.names.romanize import romanize_all


def _table_rows() -> list[dict[str, str]]:
    text = resource_path("names", "diminutives.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_table_covers_at_least_150_names_in_both_languages():
    rows = _table_rows()
    assert len(rows) >= 150
    assert {row["lang"] for row in rows} == {"ru", "uk"}
    assert all(row["gender"] in ("masc", "femn") and row["diminutives"] for row in rows)
    assert len({(row["lang"], row["full"]) for row in rows}) == len(rows)


@pytest.mark.parametrize(
    ("short", "lang", "full"),
    [
        ("Лёша", "ru", ["Алексей"]),
        ("Алёша", "ru", ["Алексей"]),
        ("Леша", "ru", ["Алексей"]),  # written without ё
        ("Серёжа", "ru", ["Сергей"]),
        ("Сергуня", "ru", ["Сергей"]),
        ("Вова", "ru", ["Владимир"]),
        ("Володя", "ru", ["Владимир"]),
        ("Саша", "ru", ["Александр", "Александра"]),
        ("Сашко", "uk", ["Олександр"]),
        ("Володя", "uk", ["Володимир"]),
        ("Льоша", "uk", ["Олексій"]),
    ],
)
def test_diminutives_resolve_to_full_names(short, lang, full):
    assert full_names(short, lang) == full


def test_inflected_and_vocative_diminutives_resolve_through_morphology():
    assert full_names("Лёш", "ru") == ["Алексей"]  # vocative of Лёша
    assert full_names("Лёшу", "ru") == ["Алексей"]
    assert full_names("Сашей", "ru") == ["Александр", "Александра"]


def test_a_diminutive_from_the_other_language_maps_through_equivalents():
    assert full_names("Лёша", "uk") == ["Олексій"]
    assert full_names("Сашко", "ru") == ["Александр"]


def test_full_names_and_ordinary_words_are_not_diminutives():
    assert full_names("Алексей", "ru") == []
    assert not is_diminutive("стол", "ru")
    assert is_diminutive("Вова", "ru")


def test_diminutives_of_full_names_even_when_inflected():
    assert {"Лёша", "Алёша"} <= set(diminutives_of("Алексей", "ru"))
    assert diminutives_of("Алексея", "ru") == diminutives_of("Алексей", "ru")
    assert "Олесь" in diminutives_of("Олексій", "uk")
    assert diminutives_of("Стол", "ru") == []


@pytest.mark.parametrize(
    ("uk", "ru"),
    [("Сергій", "Сергей"), ("Олексій", "Алексей"), ("Андрій", "Андрей"),
     ("Володимир", "Владимир"), ("Микола", "Николай"), ("Федір", "Фёдор"), ("Петро", "Пётр")],
)
def test_ukrainian_and_russian_given_names_are_equivalent_both_ways(uk, ru):
    assert translate(uk, "uk", "ru")[0] == ru
    assert translate(ru, "ru", "uk")[0] == uk


def test_reverse_direction_noise_is_filtered():
    # names-translator also offers Russian spellings as Ukrainian names (Андрей, Андрєй).
    assert equivalents("Андрей", "ru")["uk"] == ["Андрій"]


def test_english_spellings_of_a_given_name_cover_every_scheme():
    assert {"Serhii", "Serhiy", "Sergei", "Sergey"} <= set(equivalents("Сергій", "uk")["en"])
    assert {"Andrii", "Andriy", "Andrey"} <= set(equivalents("Андрей", "ru")["en"])
    spellings = set(romanize_all("Людмила", "ru").values()) | set(
        romanize_all("Людмила", "uk").values()
    )
    assert {"Lyudmila", "Liudmyla"} <= spellings


def test_inflected_given_name_and_unknown_name():
    assert equivalents("Сергея", "ru")["uk"] == ["Сергій"]
    unknown = equivalents("Зюзя", "ru")
    assert unknown["ru"] == ["Зюзя"] and unknown["uk"] == []
