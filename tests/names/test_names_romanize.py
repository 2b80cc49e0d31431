"""Romanization schemes, capitalisation, iuliia's ё leak and Latin -> Cyrillic candidates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.names.romanize import (
    SCHEME_LABELS,
    SCHEMES,
    UnknownSchemeError,
    cyrillic_candidates,
    fold_latin,
    romanize,
    romanize_all,
)

KMU_EXAMPLES = Path(__file__).parent / "data" / "kmu2010_official_examples.tsv"


def _kmu_rows() -> list[tuple[str, str]]:
    with KMU_EXAMPLES.open(encoding="utf-8") as handle:
        return [(row["cyrillic"], row["latin"]) for row in csv.DictReader(handle, delimiter="\t")]


def test_the_official_table_has_all_76_examples():
    assert len(_kmu_rows()) == 76


@pytest.mark.parametrize(("cyrillic", "latin"), _kmu_rows())
def test_kmu2010_official_examples_romanize_exactly(cyrillic, latin):
    assert romanize(cyrillic, "uk") == latin
    assert romanize(cyrillic, "uk", "kmu2010") == latin


def test_every_scheme_has_a_label():
    for schemes in SCHEMES.values():
        for scheme in schemes:
            assert SCHEME_LABELS[scheme]


def test_russian_schemes_give_the_spellings_seen_in_english_news():
    assert romanize_all("Сергей", "ru") == {
        "icao": "Sergei",
        "gost779b": "Sergej",
        "wikipedia": "Sergey",
        "bgn": "Sergey",
        "informal": "Sergej",
    }
    assert romanize("Харьков", "ru", "gost779b") == "Xar`kov"
    assert romanize("Людмила", "ru") == "Lyudmila"
    assert romanize("Андрей", "ru") == "Andrey"


def test_ukrainian_schemes_cover_kmu_and_bgn_spellings():
    assert romanize_all("Андрій", "uk") == {
        "kmu2010": "Andrii",
        "bgn": "Andriy",
        "informal": "Andrij",
    }
    variants = set(romanize_all("Сергій", "uk").values()) | set(
        romanize_all("Сергей", "ru").values()
    )
    assert {"Serhii", "Serhiy", "Sergei", "Sergey"} <= variants
    assert romanize("Людмила", "uk") == "Liudmyla"
    assert romanize("Запоріжжя", "uk", "bgn") == "Zaporizhzhya"


def test_iuliia_yo_leak_is_mapped_to_e_with_diaeresis():
    assert romanize("Алёша Соловьёв", "ru", "bgn") == "Alësha Solov’yëv"
    assert romanize("Ёлкин", "ru", "bgn") == "Yëlkin"
    for scheme in SCHEMES["ru"]:
        out = romanize("Ёж, ёлка, Щёлково", "ru", scheme)
        assert "ё" not in out.lower(), (scheme, out)


def test_all_caps_words_stay_all_caps():
    assert romanize("КИЇВ", "uk") == "KYIV"
    assert romanize("ЩЕРБАК", "uk") == "SHCHERBAK"
    assert romanize("ЁЖИК", "ru", "wikipedia") == "YOZHIK"
    assert romanize("ХАРЬКОВ, 1 июля", "ru") == "KHARKOV, 1 iyulya"


def test_multi_word_text_keeps_punctuation_and_word_initial_rules():
    assert romanize("Юрій Щербак, Єнакієве", "uk") == "Yurii Shcherbak, Yenakiieve"
    assert romanize("Лёша и Ёлкин", "ru") == "Lyosha i Yolkin"


def test_unknown_scheme_is_a_typed_error():
    with pytest.raises(UnknownSchemeError):
        romanize("Київ", "uk", "icao")
    with pytest.raises(UnknownSchemeError):
        romanize("Київ", "be")


def test_fold_latin_ignores_diacritics_apostrophes_and_case():
    assert fold_latin("Khar’kov") == fold_latin("KHARKOV") == "kharkov"
    assert fold_latin("Zaporižžja") == "zaporizzja"


@pytest.mark.parametrize(
    ("latin", "lang", "expected"),
    [
        ("Kharkov", "ru", "Харьков"),
        ("Kiev", "ru", "Киев"),
        ("Kyiv", "uk", "Київ"),
        ("Lyosha", "ru", "Лёша"),
        ("Khokhlova", "ru", "Хохлова"),
        ("Zaporizhzhia", "uk", "Запоріжжя"),
        ("Serhiy", "uk", "Сергій"),
        ("Chornobyl", "uk", "Чорнобиль"),
        ("Znamianka", "uk", "Знам'янка"),
        ("Donetsk", "uk", "Донецьк"),
        ("Dmitry", "ru", "Дмитрий"),  # English drops the й of -ий
        ("Yuri", "ru", "Юрий"),
        ("Zelensky", "uk", "Зеленський"),
    ],
)
def test_latin_spellings_find_their_cyrillic_name_first(latin, lang, expected):
    assert cyrillic_candidates(latin, lang)[0] == expected


def test_candidates_follow_case_and_handle_several_words():
    assert cyrillic_candidates("SERGEI", "ru")[0] == "СЕРГЕЙ"
    assert cyrillic_candidates("Vladimir Putin", "ru")[0] == "Владимир Путин"
    assert cyrillic_candidates("Sergei", "ru", limit=1) == ["Сергей"]
    assert cyrillic_candidates("Yëlkin", "ru")[0] == "Ёлкин"


def test_gibberish_has_no_candidates():
    assert cyrillic_candidates("Xqzzvt", "ru") == []
