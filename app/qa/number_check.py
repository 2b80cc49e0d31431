"""Numbers, units, percentages and dates kept in the translation.

Every number of the English source must come back in the target with the same value, written
the Russian/Ukrainian way (``1,000.5`` -> ``1 000,5``), or as a word that says the same (``3``
-> ``три``, ``трьох``). A dropped number is an error on the source span (the translation is the
cell to fix); a changed one is an error on the target span with the source's value as the
suggestion; a number the source does not have is a warning. A matched number written the
English way is a format warning. A number with a unit (``5 km``, ``$5``, ``40%``) keeps its unit
beside it, and a month next to a number keeps its month.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from app.qa.findings import DATES, NUMBERS, UNITS, Finding
from app.qa.number_reading import (
    NUMBER_TOKEN,
    ROMAN,
    Number,
    english_months,
    english_word_values,
    format_local,
    local_months,
    local_number_word,
    magnitude,
    parts,
    read_english,
    read_local,
    roman_value,
    scaled,
)
from app.qa.unit import CheckContext, Unit


@lru_cache(maxsize=4096)
def source_numbers(text: str) -> tuple[Number, ...]:
    """The numbers of an English source (cached: both translations ask)."""
    numbers: list[Number] = []
    for match in NUMBER_TOKEN.finditer(text):
        token = match.group()
        value = read_english(token)
        if value is not None:
            factor = magnitude(text, match.end(), "en")
            numbers.append(Number(match.start(), match.end(), token, value,
                                  scaled(value, factor)))
        else:
            numbers += [Number(s, e, t, v) for s, e, t, v in parts(token, match.start())]
    return tuple(numbers)


def _target_readings(text: str, start: int, end: int, lang: str) -> list[list[Number]]:
    """The ways to read one target token: local convention, English convention (flagged),
    digit groups one by one."""
    token = text[start:end]
    factor = magnitude(text, end, lang)
    if token.isdigit():  # no separator: one reading (the common case, e.g. 2024)
        value = Decimal(token)
        return [[Number(start, end, token, value, scaled(value, factor))]]
    readings = []
    local = read_local(token)
    if local is not None:
        readings.append([Number(start, end, token, local, scaled(local, factor))])
    english = read_english(token)
    if english is not None and english != local:
        readings.append([Number(start, end, token, english, scaled(english, factor),
                               foreign_format=True)])
    split = [Number(s, e, t, v) for s, e, t, v in parts(token, start)]
    if len(split) > 1:
        readings.append(split)
    return readings or [split]


def _take(pool: list[Number], number: Number) -> Number | None:
    for i, candidate in enumerate(pool):
        if candidate.values & number.values:
            return pool.pop(i)
    return None


def check_numbers(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en":
        return
    source, target = unit.source, unit.target
    numbers = source_numbers(source)
    matches = list(NUMBER_TOKEN.finditer(target))
    if not matches:
        if numbers:
            yield from _compared(unit, list(numbers), matches)
        yield from check_months(unit)
        return
    if _kept_as_written(source, matches):
        # Every number kept digit for digit (most translations): the search below would
        # pair them in order and find nothing wrong with them; only units and months remain.
        for found, match in zip(numbers, matches, strict=True):
            yield from _unit_kept(unit, found, match.start(), match.end(), match.group())
        yield from check_months(unit)
        return
    yield from _compared(unit, list(numbers), matches)
    yield from check_months(unit)


def _kept_as_written(source: str, matches: list[re.Match[str]]) -> bool:
    """Does the target write the source's numbers, plain digits (no separator), as the same
    digits in the same order, and nothing else?"""
    digits = _plain_digits(source)
    return (digits is not None and len(digits) == len(matches)
            and digits == tuple(match.group() for match in matches))


@lru_cache(maxsize=4096)
def _plain_digits(source: str) -> tuple[str, ...] | None:
    """The source's numbers when every one is plain digits (else None)."""
    texts = tuple(number.text for number in source_numbers(source))
    return texts if all(text.isdigit() for text in texts) else None


def _compared(unit: Unit, pool: list[Number], matches: list[re.Match[str]]
              ) -> Iterator[Finding]:
    """Each target number paired with a source number of the same value (``pool``: the
    source's numbers not yet found), in words, as a Roman numeral; findings for the rest."""
    source, target, lang = unit.source, unit.target, unit.lang
    pairs: list[tuple[Number, Number]] = []  # (source, target)
    extra: list[Number] = []
    for match in matches:
        readings = _target_readings(target, match.start(), match.end(), lang)
        chosen = readings[0] if len(readings) == 1 else next(
            (r for r in readings if all(any(n.values & s.values for s in pool) for n in r)),
            readings[0])
        for number in chosen:
            found = _take(pool, number)
            if found is None:
                extra.append(number)
            else:
                pairs.append((found, number))
    for match in ROMAN.finditer(target) if _ROMAN_LETTER.search(target) else ():
        value = roman_value(match.group())
        number = Number(match.start(), match.end(), match.group(), Decimal(value or 0))
        found = _take(pool, number) if value else None
        if found is not None:
            pairs.append((found, number))
    # Numbers the target writes as words.
    missing = []
    for number in pool:
        if local_number_word(target, number.value, lang) is None:
            missing.append(number)
    if extra:  # numbers the source may state in words (three, March)
        spelled = english_word_values(source)
        extra = [n for n in extra if not (n.values & spelled)]
    for found, number in pairs:
        if number.foreign_format:
            yield Finding(lang, NUMBERS, "warning", number.start, number.end, number.text,
                          format_local(found.text, number.value), "number_format")
    for index, number in enumerate(extra):
        if index < len(missing):
            was = missing[index]
            yield Finding(lang, NUMBERS, "error", number.start, number.end, number.text,
                          format_local(was.text, was.value), "number_changed", (was.text,))
        else:
            yield Finding(lang, NUMBERS, "warning", number.start, number.end, number.text,
                          None, "number_added")
    for number in missing[len(extra):]:
        yield Finding("en", NUMBERS, "error", number.start, number.end, number.text,
                      format_local(number.text, number.value), "number_missing",
                      other_lang=lang)
    yield from check_units(unit, pairs)


# -- units and percentages ------------------------------------------------------------------

_UNITS: list[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = []
_ROMAN_LETTER = re.compile("[IVXLCDM]")


_UNIT_PATTERNS: list[tuple[str | None, str | None]] = []


def _unit(name: str, before: str | None, after: str | None, local: str) -> None:
    _UNIT_PATTERNS.append((before, after))
    _UNITS.append((
        name,
        re.compile(rf"(?:{before})\s?$") if before else re.compile(r"(?!)"),
        re.compile(rf"^[\s\u00a0\u202f-]?(?:{after})(?![A-Za-z])", re.IGNORECASE)
        if after else re.compile(r"(?!)"),
        re.compile(local, re.IGNORECASE),
    ))


_unit("%", None, r"%|percent|per cent|pc\b|percentage points?", r"%|процент|відсот|п\.\s?п\.")
_unit("km/h", None, r"km/h|kph|kilomet(?:er|re)s? per hour", r"км/ч|км/год|кілометр\w* на год"
      r"|километр\w* в час")
_unit("mph", None, r"mph|miles per hour", r"мил[ьиья]|миль|mph")
_unit("km", None, r"km|kilomet(?:er|re)s?", r"км|километр|кілометр")
_unit("kg", None, r"kg|kilos?|kilograms?|kilogrammes?", r"кг|килограм|кілограм")
_unit("cm", None, r"cm|centimet(?:er|re)s?", r"см|сантиметр")
_unit("mm", None, r"mm|millimet(?:er|re)s?", r"мм|миллиметр|міліметр")
_unit("m", None, r"m(?=[\s.,;)]|$)|met(?:er|re)s?", r"м\b|м\.|метр")
_unit("miles", None, r"miles?", r"мил[ьиья]|миль|км|километр|кілометр")
_unit("ha", None, r"ha|hectares?", r"га\b|гектар")
_unit("t", None, r"tonnes?|tons?|t(?=[\s.,;)]|$)", r"т\b|т\.|тонн|тон\b")
_unit("°C", None, r"°\s?C|degrees? Celsius|C\b", r"°|градус")
_unit("$", r"\$|US\$", r"dollars?|USD", r"\$|доллар|долар|USD")
_unit("€", r"€", r"euros?|EUR", r"€|евро|євро|EUR")
_unit("£", r"£", r"pounds?|GBP|sterling", r"£|фунт|GBP")
_unit("₴", r"₴|UAH", r"hryvnias?|hryvnyas?|hryvnia|UAH", r"₴|грив|гривн|UAH|грн")
_unit("₽", r"₽", r"roubles?|rubles?|RUB", r"₽|рубл|руб|RUB")


def _any(patterns: list[str], template: str) -> re.Pattern[str]:
    return re.compile(template.format("|".join(f"(?:{p})" for p in patterns)), re.IGNORECASE)


#: Every unit's before / after pattern in one: most numbers have no unit, and one search
#: that fails says so for all of them (the list below is only walked when one matches).
_ANY_BEFORE = _any([b for b, _ in _UNIT_PATTERNS if b], r"(?:{})\s?$")
_ANY_AFTER = _any([a for _, a in _UNIT_PATTERNS if a],
                  r"^[\s\u00a0\u202f-]?(?:{})(?![A-Za-z])")
_WORD_AFTER = re.compile(r"^[\s\u00a0]?[A-Za-z]+")


def _source_unit(source: str, number: Number) -> tuple[str, re.Pattern[str]] | None:
    return _unit_at(source, number.start, number.end, number.scaled is not None)


@lru_cache(maxsize=8192)
def _unit_at(source: str, start: int, end: int, scaled: bool
             ) -> tuple[str, re.Pattern[str]] | None:
    """The unit written beside the source number at ``start:end`` (cached: both
    translations ask)."""
    before = source[max(0, start - 4):start]
    after = source[end:end + 40]
    if scaled:  # "5m people", "$2.5 billion": the unit is after the word
        after = _WORD_AFTER.sub("", after)
    if not (_ANY_AFTER.match(after) or _ANY_BEFORE.search(before)):
        return None
    for name, before_pattern, after_pattern, local in _UNITS:
        if before_pattern.search(before) or after_pattern.match(after):
            return name, local
    return None


def check_units(unit: Unit, pairs: list[tuple[Number, Number]]) -> Iterator[Finding]:
    for found, number in pairs:
        yield from _unit_kept(unit, found, number.start, number.end, number.text)


def _unit_kept(unit: Unit, found: Number, start: int, end: int, text: str
               ) -> Iterator[Finding]:
    """The unit of the source number ``found`` beside its translation at ``start:end``."""
    expected = _source_unit(unit.source, found)
    if expected is None:
        return
    name, local = expected
    if not local.search(unit.target[max(0, start - 4):end + 30]):
        yield Finding(unit.lang, UNITS, "warning", start, end, text, None, "unit_missing",
                      (name,))


# -- dates ------------------------------------------------------------------------------------

def check_months(unit: Unit) -> Iterator[Finding]:
    wanted = english_months(unit.source)
    if not wanted:
        return
    present = local_months(unit.target, unit.lang)
    present_months = {month for _, _, month in present}
    source_months = {month for _, _, month in wanted}
    wrong = [p for p in present if p[2] not in source_months]
    for start, end, month in wanted:
        if month in present_months:
            continue
        if wrong:
            w_start, w_end, _ = wrong.pop(0)
            yield Finding(unit.lang, DATES, "error", w_start, w_end, unit.target[w_start:w_end],
                          None, "month_changed", (unit.source[start:end],))
        else:
            yield Finding("en", DATES, "error", start, end, unit.source[start:end], None,
                          "month_missing", other_lang=unit.lang)
