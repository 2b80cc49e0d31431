"""Numbers, units, percentages and dates: Russian and Ukrainian conventions and guards."""

from __future__ import annotations

import pytest

from app.documents.inline_codes import close_tag, open_tag
from app.qa.runner import check_unit

NBSP = "\u00a0"


def found(source: str, target: str, lang: str, kind: str | None = None):
    return [(f.reason, f.text, f.suggestion) for f in check_unit(source, target, lang)
            if kind is None or f.kind == kind]


@pytest.mark.parametrize("target", [
    "Выручка составила 1 000,5 млн долларов.",  # space
    f"Выручка составила 1{NBSP}000,5 млн долларов.",  # no-break space
    "Выручка составила 1\u202f000,5 млн долларов.",  # narrow no-break space
    "Выручка составила 1000,5 млн долларов.",  # four digits, no separator
])
def test_russian_separators_keep_the_number(target):
    assert found("Revenue was $1,000.5 million.", target, "ru", "numbers") == []


def test_english_separators_in_russian_are_a_format_warning_with_the_local_form():
    assert found("Revenue was $1,000.5 million.", "Выручка составила 1,000.5 млн долларов.",
                 "ru", "numbers") == [("number_format", "1,000.5", f"1{NBSP}000,5")]
    assert found("Inflation reached 7.5%.", "Інфляція сягнула 7.5%.", "uk", "numbers") == [
        ("number_format", "7.5", "7,5")]


def test_a_dropped_number_is_an_error_on_the_source_span():
    findings = check_unit("Three people died and 12 were injured.", "Троє людей загинули.", "uk")
    dropped = [f for f in findings if f.reason == "number_missing"]
    assert len(dropped) == 1
    assert (dropped[0].lang, dropped[0].other_lang, dropped[0].text) == ("en", "uk", "12")
    assert dropped[0].severity == "error"


def test_a_changed_number_is_an_error_with_the_source_value():
    assert found("The train left at 12 noon with 345 passengers.",
                 "Поезд ушёл в 12 часов дня с 354 пассажирами.", "ru", "numbers") == [
        ("number_changed", "354", "345")]


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("3 people died.", "Погибли три человека.", "ru"),
    ("3 people died.", "Загинули троє людей.", "uk"),
    ("He met 2 ministers.", "Он встретился с двумя министрами.", "ru"),
    ("He met 2 ministers.", "Він зустрівся з двома міністрами.", "uk"),
    ("It cost 5 million.", "Это стоило пять миллионов.", "ru"),
    ("It is the 21st century.", "Это XXI век.", "ru"),
])
def test_a_number_written_as_a_word_is_not_an_error(source, target, lang):
    assert found(source, target, lang, "numbers") == []


def test_a_digit_for_an_english_word_is_not_an_error():
    assert found("Two soldiers were freed.", "Освобождены 2 солдата.", "ru", "numbers") == []
    assert found("On March 5, 2024", "05.03.2024", "ru") == []


def test_a_scaled_number_matches_its_full_value():
    assert found("Kyiv received $1.5bn in aid.", "Київ отримав 1 500 000 000 доларів допомоги.",
                 "uk", "numbers") == []


def test_percent_and_unit_kept_beside_the_number():
    assert found("Prices rose 12% in a year.", "Цены выросли на 12 % за год.", "ru") == []
    assert found("Prices rose 12% in a year.", "Ціни зросли на 12 відсотків за рік.", "uk") == []
    assert found("Prices rose 12% in a year.", "Цены выросли в 12 раз за год.", "ru",
                 "units") == [("unit_missing", "12", None)]
    assert found("The front is 10 km away.", "Фронт в 10 милях.", "ru", "units") == [
        ("unit_missing", "10", None)]
    assert found("The front is 10 km away.", "Фронт за 10 кілометрів.", "uk", "units") == []


def test_month_of_a_date_kept():
    assert found("On May 5, 2023 troops left.", "5 мая 2023 года войска ушли.", "ru") == []
    assert found("On May 5, 2023 troops left.", "5 травня 2023 року війська пішли.", "uk") == []
    assert found("On May 5, 2023 troops left.", "5 квітня 2023 року війська пішли.", "uk",
                 "dates") == [("month_changed", "квітня", None)]


def test_offsets_index_the_stored_text_with_inline_codes():
    target = f"Погибли {open_tag(1)}13{close_tag(1)} человек."
    [finding] = check_unit(f"{open_tag(1)}12{close_tag(1)} people died.", target, "ru")
    assert finding.reason == "number_changed"
    assert target[finding.start:finding.end] == finding.text == "13"


def test_numbers_kept_digit_for_digit_still_check_units_and_months():
    # The quick path for numbers written as in the source must keep the unit and month checks.
    [unit] = check_unit("The convoy drove 40 km on 5 May.", "Колонна проехала 40 миль 5 мая.",
                        "ru")
    assert (unit.kind, unit.reason, unit.text) == ("units", "unit_missing", "40")
    [month] = check_unit("Talks resume on 5 May.", "Переговоры возобновятся 5 июня.", "ru")
    assert (month.kind, month.reason, month.text) == ("dates", "month_changed", "июня")
