"""Spellings and language heuristics shared by the toponym build (scripts/build_toponyms.py).

GeoNames' alternate names carry no language tags in the table used, so a Cyrillic name is
labelled by alphabet (і ї є ґ ' only in Ukrainian; ы э ё ъ only in Russian; ў and Serbian or
Turkic letters elsewhere) and by the pymorphy3 dictionaries; Latin spellings are compared by
folded similarity to the romanizations of the Ukrainian and Russian names.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.names.morphology import get_analyzer  # noqa: E402
from app.names.romanize import fold_latin, romanize  # noqa: E402

ALIAS_SIMILARITY = 0.85
UK_ONLY, RU_ONLY, OTHER = set("іїєґ'"), set("ыэёъ"), set("ўјљњћђџѓќѕӣӯҕһҙҫәөүұқңғ")


@dataclass
class Row:
    id: str
    en: str
    uk: str | None
    ru: str | None
    country: str
    kind: str
    population: int
    aliases: list[str] = field(default_factory=list)
    russian: list[str] = field(default_factory=list)
    lat: float = 0.0
    lon: float = 0.0
    section: bool = False  # GeoNames calls it a district (raion) in one of its names
    former: list[tuple[str, int]] = field(default_factory=list)  # (Latin spelling, until year)
    former_uk: list[str] = field(default_factory=list)
    former_ru: list[str] = field(default_factory=list)
    admin1: str = ""  # GeoNames admin1 code (for places in Ukraine, a FIPS number)
    oblast: str = ""  # ISO 3166-2 code of the oblast of a place in Ukraine (UA-14)


def clean_latin(text: str) -> str:
    return " ".join(text.translate(str.maketrans("", "", "'’ʼ`”\"")).split())


def norm_apostrophe(text: str) -> str:
    return text.replace("’", "'").replace("ʼ", "'").replace("`", "'")


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold_latin(a), fold_latin(b)).ratio()


@cache
def uk_spellings(name: str) -> tuple[str, ...]:
    from translitua import UkrainianNational1996, translit

    out = [romanize(name, "uk", s) for s in ("kmu2010", "bgn", "informal")]
    out.append(translit(name, UkrainianNational1996))
    return tuple(dict.fromkeys(clean_latin(s) for s in out))


@cache
def ru_spellings(name: str, official_only: bool = False) -> tuple[str, ...]:
    schemes = ("wikipedia", "icao", "bgn") + (() if official_only else ("informal",))
    return tuple(dict.fromkeys(clean_latin(romanize(name, "ru", s)) for s in schemes))


@cache
def known(word: str, lang: str) -> bool:
    analyzer = get_analyzer(lang)
    if analyzer.word_is_known(word.lower()):
        return True
    return all(analyzer.word_is_known(w.lower()) for w in word.replace("-", " ").split())


@cache
def geox(word: str) -> bool:
    parses = get_analyzer("ru").parse(word.lower())
    return any("Geox" in p.tag.grammemes and p.normal_form == word.lower()
               and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for p in parses)


def label(name: str) -> str:
    letters = set(name.lower())
    if letters & OTHER or not all("\u0400" <= c <= "\u04ff" or c in " -'" for c in name):
        return "other"
    if letters & RU_ONLY and letters & UK_ONLY:
        return "other"  # Belarusian (і with ы/э/ё)
    if letters & RU_ONLY:
        return "ru"
    if letters & UK_ONLY:
        return "uk"  # і alone may also be Belarusian; closeness to the Latin name decides
    if known(name, "ru") and not known(name, "uk"):
        return "ru"
    if known(name, "uk") and not known(name, "ru"):
        return "uk"
    return "both"


def best(items, key, ok):
    """The item with the highest key among those passing ``ok`` (first one on ties)."""
    return max((item for item in items if ok(item)), key=key, default=None)


def classify_aliases(row: Row, latin: list[str], uk_names: list[str], ru_names: list[str]):
    uk_set = [s for n in uk_names for s in uk_spellings(n)]
    canonical = fold_latin(row.en)
    seen = {canonical}
    # When the Russian name is spelled like the Ukrainian one (Житомир, Херсон) only an exact
    # official Russian romanization is Russian-derived (Zhitomir); the informal scheme's
    # sloppy forms (Herson) are not evidence.
    distinct = bool(ru_names) and {norm_apostrophe(n).lower() for n in ru_names}.isdisjoint(
        norm_apostrophe(n).lower() for n in uk_names)
    ru_set = [s for n in ru_names for s in ru_spellings(n, official_only=not distinct)]
    for alias in [*uk_set, *ru_set, *latin]:
        folded = fold_latin(alias)
        if folded in seen or len(folded) < 3 or not alias[:1].isupper() or alias.isupper():
            continue
        if not all("a" <= c <= "z" or c in " -" for c in folded):
            continue
        to_uk = max((similarity(alias, s) for s in uk_set), default=0.0)
        to_ru = max((similarity(alias, s) for s in ru_set), default=0.0)
        if max(to_uk, to_ru) < ALIAS_SIMILARITY:
            continue
        seen.add(folded)
        russian = to_ru > to_uk if distinct else to_ru == 1.0 and to_uk < 1.0
        if row.country == "UA" and ru_names and russian:
            row.russian.append(clean_latin(alias))
        else:
            row.aliases.append(clean_latin(alias))
