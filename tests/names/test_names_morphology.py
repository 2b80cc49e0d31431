"""Inflected names resolve to their nominative, keeping gender; vocatives; lazy loading."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.names.morphology import (
    UnsupportedLanguageError,
    analyze,
    get_analyzer,
    nominative,
    ukrainian_vocative,
)


@pytest.mark.parametrize(
    ("word", "lang", "lemma", "kind"),
    [
        ("Києві", "uk", "Київ", "place"),
        ("Киеве", "ru", "Киев", "place"),
        ("КИЕВЕ", "ru", "Киев", "place"),
        ("Харкові", "uk", "Харків", "place"),
        ("Львові", "uk", "Львів", "place"),
        ("Чорнобилі", "uk", "Чорнобиль", "place"),
        ("Москве", "ru", "Москва", "place"),
        ("Лёшу", "ru", "Лёша", "given"),
        ("Лёш", "ru", "Лёша", "given"),
        ("Хохловой", "ru", "Хохлова", "surname"),
        ("Ковальової", "uk", "Ковальова", "surname"),
        ("Путина", "ru", "Путин", "surname"),
        ("Сергеевича", "ru", "Сергеевич", "patronymic"),
    ],
)
def test_inflected_forms_resolve_to_the_nominative(word, lang, lemma, kind):
    best = analyze(word, lang)[0]
    assert (best.lemma, best.kind) == (lemma, kind)
    assert nominative(word, lang) == lemma


def test_feminine_surname_keeps_its_gender():
    best = analyze("Хохловой", "ru")[0]
    assert best.gender == "femn"
    assert best.lemma == "Хохлова"  # not the masculine Хохлов


def test_a_surname_shared_only_by_villages_reads_as_the_surname_first():
    parses = analyze("Шевченка", "uk")  # dozens of small villages are called Шевченко
    assert (parses[0].lemma, parses[0].kind) == ("Шевченко", "surname")
    assert any(p.kind == "place" for p in parses)


def test_short_vocative_is_recognised_as_vocative():
    best = analyze("Лёш", "ru")[0]
    assert (best.lemma, best.case, best.gender) == ("Лёша", "voct", "masc")


def test_cases_are_reported():
    assert analyze("Києві", "uk")[0].case == "loct"
    assert analyze("Лёшу", "ru")[0].case == "accs"


def test_ordinary_words_have_no_name_reading():
    assert analyze("стол", "ru") == []
    assert analyze("книжка", "uk") == []
    assert nominative("стол", "ru") is None


def test_readings_are_best_first():
    parses = analyze("Києві", "uk")
    assert [p.score for p in parses] == sorted((p.score for p in parses), reverse=True)
    assert {p.lemma for p in parses} >= {"Київ", "Кий"}


def test_ukrainian_given_names_missing_the_name_tag_are_still_given_names():
    best = analyze("Володимира", "uk")[0]
    assert (best.lemma, best.kind, best.case) == ("Володимир", "given", "gent")


def test_ukrainian_vocatives_of_given_names():
    assert ukrainian_vocative("Олексій", "masc") == "Олексію"
    assert ukrainian_vocative("Олена", "femn") == "Олено"
    assert ukrainian_vocative("Тарас", "masculine") == "Тарасе"
    with pytest.raises(ValueError):
        ukrainian_vocative("Тарас", "neut")


def test_ukrainian_vocative_is_analysed_back_to_the_name():
    readings = analyze(ukrainian_vocative("Олексій", "masc"), "uk")
    assert any(p.lemma == "Олексій" and p.case == "voct" for p in readings)


def test_analyzer_is_shared_and_other_languages_are_refused():
    assert get_analyzer("ru") is get_analyzer("ru")
    with pytest.raises(UnsupportedLanguageError):
        get_analyzer("en")


def test_importing_the_names_package_loads_no_dictionaries():
    code = (
        "import sys, app.names.morphology, app.names.gazetteer, app.names.romanize, "
        "app.names.diminutives, app.names.given_names; "
        "print(any(m.startswith(('pymorphy3', 'iuliia', 'translitua', 'PySide6')) "
        "for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
