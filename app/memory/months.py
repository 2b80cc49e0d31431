"""Calendar words as placeables: "on 3 March" / "on Monday" in the memory, "on 5 April" /
"on Tuesday" in the segment.

English month names (written out, or abbreviated in a date: "Dec. 3", "3 Sept") and weekday
names are masked in the scoring like numbers. In the memory's Russian or Ukrainian translation
the old word is found in any form and replaced by the new one in the same form. The forms come
from CLDR through Babel: for months the *format* wide names are the genitive a day number takes
("5 апреля", "5 квітня"), the *stand-alone* ones the nominative ("апрель", "квітень"); weekdays
are the nominative ("понедельник", "пʼятниця"). Any other case ("в марте", "у березні",
"в среду", "до пʼятниці") is inflected by pymorphy3 (``app.memory.inflection``); the preposition
before a weekday decides a case pymorphy3 leaves open (в/у/на: accusative; до, с, від, після:
genitive; к: dative) and follows the euphony of the new word (Russian "во вторник", Ukrainian
"у вівторок"). Babel's data are
read on first use.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from app.memory.inflection import find_term, inflect_like

ENGLISH_MONTHS = {name: number for number, name in enumerate(
    "January February March April May June July August September October November "
    "December".split(), 1)}
#: abbreviations of the style guides (AP: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; Reuters and
#: British papers: Jan, Feb, Mar, Apr, Jun, Jul, Sep). "Jan", "Jun" and "Mar" are also names,
#: so an abbreviation counts only in a date (``calendar_masks``).
ABBREVIATED_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                      "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
ENGLISH_DAYS = {name: number for number, name in enumerate(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}

MONTH, DAY = "month", "day"

#: the case a preposition gives a weekday after it, where pymorphy3 reads several
_GOVERNED = {
    "ru": {"в": "accs", "во": "accs", "на": "accs", "до": "gent", "с": "gent", "со": "gent",
           "после": "gent", "от": "gent", "к": "datv", "ко": "datv"},
    "uk": {"в": "accs", "у": "accs", "на": "accs", "до": "gent", "з": "gent", "із": "gent",
           "зі": "gent", "після": "gent", "від": "gent"},
}
_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(\w+)\s+$")
_APOSTROPHES = "'’ʼ"


def month_number(token: str) -> int | None:
    """1..12 for a capitalised English month name written out, else None."""
    return ENGLISH_MONTHS.get(token)


def calendar_word(token: str) -> tuple[str, int] | None:
    """(MONTH, 1..12) or (DAY, 0..6) for any English calendar word (abbreviations too)."""
    if token in ENGLISH_MONTHS:
        return MONTH, ENGLISH_MONTHS[token]
    if token in ENGLISH_DAYS:
        return DAY, ENGLISH_DAYS[token]
    if token in ABBREVIATED_MONTHS:
        return MONTH, ABBREVIATED_MONTHS[token]
    return None


def _day_of_month(token: str) -> bool:
    return token.isdigit() and 1 <= int(token) <= 31


def calendar_masks(tokens: list[str]) -> list[str | None]:
    """MONTH, DAY or None per token. An abbreviation is a month only in a date: followed by a
    full stop ("Dec. 3") or beside a day number ("3 Sept", "Jan 5"); "Jan Kowalski" is a name."""
    masks: list[str | None] = []
    for i, token in enumerate(tokens):
        word = calendar_word(token)
        if word is not None and token in ABBREVIATED_MONTHS:
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not (following == "." or _day_of_month(following)
                    or (i > 0 and _day_of_month(tokens[i - 1]))):
                word = None
        masks.append(word[0] if word else None)
    return masks


@cache
def month_forms(lang: str) -> dict[int, tuple[str, str]]:
    """{month: (genitive "апреля", nominative "апрель")} from CLDR (Babel) for ru or uk."""
    from babel.dates import get_month_names

    genitive = get_month_names("wide", context="format", locale=lang)
    nominative = get_month_names("wide", context="stand-alone", locale=lang)
    return {m: (str(genitive[m]), str(nominative[m])) for m in range(1, 13)}


@cache
def day_forms(lang: str) -> dict[int, str]:
    """{weekday 0 = Monday: nominative "понедельник"} from CLDR (Babel) for ru or uk."""
    from babel.dates import get_day_names

    names = get_day_names("wide", context="stand-alone", locale=lang)
    return {d: str(names[d]) for d in range(7)}


def _same_apostrophe(word: str, target: str) -> str:
    """CLDR writes the Ukrainian apostrophe as U+02BC; use the one the translation uses."""
    used = next((a for a in _APOSTROPHES if a in target), None)
    if used is None:
        return word
    return "".join(used if c in _APOSTROPHES else c for c in word)


def _find(target: str, nominative: str, lang: str):
    """The first form of ``nominative`` in ``target``, whatever apostrophe either uses."""
    spellings = [nominative]
    if any(c in _APOSTROPHES for c in nominative):
        spellings += ["".join(a if c in _APOSTROPHES else c for c in nominative)
                      for a in _APOSTROPHES]
    for spelling in dict.fromkeys(spellings):
        spot = find_term(target, spelling, lang)
        if spot is not None:
            return spot
    return None


def _euphonic(preposition: str, word: str, lang: str) -> str:
    """Russian "во вторник" but "в среду"; Ukrainian "у вівторок", not "в вівторок" (before в
    and ф the Ukrainian preposition is у; elsewhere the translator's choice is kept)."""
    if lang == "ru" and preposition in ("в", "во"):
        return "во" if word.startswith("вт") else "в"
    if lang == "uk" and preposition == "в" and word[:1] in ("в", "ф"):
        return "у"
    return preposition


def _adapt_day(target: str, old: int, new: int, lang: str) -> tuple[str, str, str] | None:
    """(target, found, written): the weekday ``old`` replaced by ``new`` in its form; None
    when it is not in ``target`` or its form is not certain."""
    forms = day_forms(lang)
    spot = _find(target, forms[old], lang)
    if spot is None:
        return None
    before = _PREPOSITION_BEFORE.search(target, 0, spot.start)
    preposition = before.group(1) if before else ""
    governed = _GOVERNED[lang].get(preposition.casefold())
    if governed is not None:
        cases = frozenset(c for c in spot.cases if c[0] == governed)
        if not cases:
            return None
        spot = replace(spot, cases=cases)
    written = inflect_like(spot, _same_apostrophe(forms[new], target), lang)
    if written is None:
        return None
    if target[spot.start:spot.start + 1].isupper():
        written = written[:1].upper() + written[1:]
    start, found = spot.start, target[spot.start:spot.end]
    wanted = _euphonic(preposition.casefold(), written.casefold(), lang)
    if before is not None and wanted != preposition.casefold():
        wanted = wanted.capitalize() if preposition[:1].isupper() else wanted
        target = target[:before.start(1)] + wanted + target[before.end(1):]
        start += len(wanted) - len(preposition)
    end = start + (spot.end - spot.start)
    return target[:start] + written + target[end:], found, written


def adapt_months(target: str, months: list[tuple[str, str]], lang: str
                 ) -> tuple[str, list[tuple[str, str]], bool]:
    """Replace each old calendar word of ``months`` (English month or weekday names, as the
    scoring paired them) in ``target`` by the new one in the same case. Returns (target,
    replaced pairs, all found)."""
    if lang not in ("ru", "uk"):
        return target, [], not months
    replaced: list[tuple[str, str]] = []
    complete = True
    for old, new in months:
        old_word, new_word = calendar_word(old), calendar_word(new)
        if old_word is None or new_word is None or old_word[0] != new_word[0]:
            complete = False
            continue
        adapt = _adapt_day if old_word[0] == DAY else _adapt_month
        result = adapt(target, old_word[1], new_word[1], lang)
        if result is None:
            complete = False
            continue
        target, found, written = result
        replaced.append((found, written))
    return target, replaced, complete


def _adapt_month(target: str, old: int, new: int, lang: str) -> tuple[str, str, str] | None:
    forms = month_forms(lang)
    old_gen, old_nom = forms[old]
    new_gen, new_nom = forms[new]
    spot = find_term(target, old_nom, lang)
    if spot is None:
        return None
    start, end = spot.start, spot.end
    found = target[start:end]
    if found.casefold() == old_gen:
        written = new_gen
    elif found.casefold() == old_nom:
        written = new_nom
    else:
        result = inflect_like(spot, new_nom, lang)
        if result is None:
            return None
        written = result
    if found[:1].isupper():
        written = written[:1].upper() + written[1:]
    return target[:start] + written + target[end:], found, written
