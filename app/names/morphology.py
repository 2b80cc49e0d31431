"""Morphology of Russian and Ukrainian names: inflected form -> nominative, with gender and case.

pymorphy3 does the analysis. Its dictionaries take a fraction of a second and ~20-40 MB each to
load, so the analyzers are created on first use (never at import time), once per process, behind
a lock so that a background loader thread and the GUI thread can race safely.

The Ukrainian dictionary tags given names and surnames but not places ("Києві" is just a noun,
lemma "київ"), so a noun is reported as a place when its lemma is in the gazetteer; the same
check also catches Russian place names the dictionary lacks the Geox tag for.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("ru", "uk")

_KINDS = {"Name": "given", "Surn": "surname", "Patr": "patronymic", "Geox": "place", "Orgn": "org"}
_PERSON_KINDS = {"given", "surname", "patronymic"}
_PLURAL_PRIOR = 0.5  # names in the plural ("Лёш" as genitive plural) are rarer than the vocative
# A noun whose lemma is a known town, region or river is most likely that place; a lemma known
# only as a village (there are dozens of villages called Шевченко) is more likely a person.
_GAZETTEER_PRIOR = 1.5
_VILLAGE_PRIOR = 0.5
_TOWN_POPULATION = 20_000

_lock = threading.Lock()
_analyzers: dict[str, Any] = {}


class UnsupportedLanguageError(ValueError):
    """Morphology was asked about a language other than Russian or Ukrainian."""


@dataclass(frozen=True)
class NameParse:
    word: str
    lemma: str  # nominative, same gender (Хохловой -> Хохлова)
    kind: str  # "given" | "surname" | "patronymic" | "place" | "org"
    gender: str | None  # "masc" / "femn"
    case: str  # pymorphy case tag, e.g. "nomn", "loct", "voct"
    score: float


def get_analyzer(lang: str) -> Any:
    """The shared pymorphy3 analyzer for ``lang`` ("ru" or "uk"), loaded on first call."""
    if lang not in LANGUAGES:
        raise UnsupportedLanguageError(
            f"No morphology for language {lang!r}: use 'ru' or 'uk'."
        )
    analyzer = _analyzers.get(lang)
    if analyzer is not None:
        return analyzer
    with _lock:
        analyzer = _analyzers.get(lang)
        if analyzer is None:
            import pymorphy3

            log.debug("loading pymorphy3 dictionary for %s", lang)
            analyzer = pymorphy3.MorphAnalyzer(lang=lang)
            _analyzers[lang] = analyzer
    return analyzer


def preload(langs: tuple[str, ...] = LANGUAGES) -> None:
    """Load the analyzers now (call from a background thread at start-up)."""
    for lang in langs:
        get_analyzer(lang)


def _capitalize_like(lemma: str, word: str) -> str:
    """Title-case the lemma's hyphen parts where the word's parts are capitalised."""
    lemma_parts = lemma.split("-")
    word_parts = word.split("-")
    out = []
    for index, part in enumerate(lemma_parts):
        source = word_parts[index] if index < len(word_parts) else word_parts[-1]
        out.append(part[:1].upper() + part[1:] if source[:1].isupper() else part)
    return "-".join(out)


def _person_lemma(parse: Any) -> str:
    """Nominative singular keeping the gender: Хохловой -> хохлова, not хохлов."""
    inflected = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
    return inflected.word if inflected is not None else parse.normal_form


@cache
def _ukrainian_given_names() -> frozenset[str]:
    """shevchenko-py's list of Ukrainian given names (the uk dictionary lacks the Name tag on
    some, e.g. Володимир)."""
    import shevchenko

    path = Path(shevchenko.__file__).parent / "data" / "given-names.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8")))


def _place_prior(lemma: str, lang: str) -> float:
    """0 when ``lemma`` is no place in the gazetteer, else the prior for the place reading."""
    from app.names.gazetteer import get_gazetteer

    places = get_gazetteer().by_cyrillic(lemma, lang)
    if not places:
        return 0.0
    if any(p.population >= _TOWN_POPULATION or p.kind not in ("city", "district", "town", "village")
           for p in places):
        return _GAZETTEER_PRIOR
    return _VILLAGE_PRIOR


def analyze(word: str, lang: str) -> list[NameParse]:
    """Name readings of ``word`` (given name, surname, patronymic, place, organisation).

    Best reading first. Ordinary words come back as an empty list. Results are cached per
    (word, language): a document repeats its names many times.
    """
    word = word.strip()
    if not word:
        return []
    return list(_analyze(word, lang))


@lru_cache(maxsize=65536)
def _analyze(word: str, lang: str) -> tuple[NameParse, ...]:
    analyzer = get_analyzer(lang)
    parses = analyzer.parse(word)
    total = sum(p.score for p in parses) or 1.0
    best: dict[tuple[str, str, str | None, str], NameParse] = {}
    for parse in parses:
        grammemes = set(parse.tag.grammemes)
        kind = next((_KINDS[g] for g in _KINDS if g in grammemes), None)
        score = parse.score / total
        if kind is None and parse.tag.POS == "NOUN":
            if lang == "uk" and "anim" in grammemes and (
                parse.normal_form in _ukrainian_given_names()
            ):
                kind = "given"
            elif "anim" not in grammemes and (prior := _place_prior(parse.normal_form, lang)):
                kind = "place"
                score *= prior
        if kind is None:
            continue
        elif kind == "place" and "Geox" in grammemes:
            score *= _place_prior(parse.normal_form, lang) or 1.0
        if kind in _PERSON_KINDS:
            lemma = _person_lemma(parse)
            if parse.tag.number == "plur":
                score *= _PLURAL_PRIOR
        else:
            lemma = parse.normal_form
        gender = parse.tag.gender if parse.tag.gender in ("masc", "femn") else None
        result = NameParse(
            word=word,
            lemma=_capitalize_like(lemma, word if not word.isupper() else word.title()),
            kind=kind,
            gender=gender,
            case=parse.tag.case or "nomn",
            score=round(min(score, 1.0), 4),
        )
        key = (result.lemma, result.kind, result.gender, result.case)
        if key not in best or best[key].score < result.score:
            best[key] = result
    return tuple(sorted(best.values(), key=lambda p: -p.score))


def nominative(word: str, lang: str) -> str | None:
    """Nominative of the best name reading of ``word`` (Києві -> Київ), or None."""
    parses = analyze(word, lang)
    return parses[0].lemma if parses else None


def ukrainian_vocative(name: str, gender: str) -> str:
    """Vocative of a Ukrainian given name (Олексій -> Олексію, Олена -> Олено).

    ``gender`` is "masc"/"femn" (pymorphy) or "masculine"/"feminine" (shevchenko).
    """
    import shevchenko

    full = {"masc": "masculine", "femn": "feminine"}.get(gender, gender)
    if full not in ("masculine", "feminine"):
        raise ValueError(f"gender must be 'masc' or 'femn', not {gender!r}")
    return shevchenko.in_vocative(gender=full, given_name=name)["given_name"]
