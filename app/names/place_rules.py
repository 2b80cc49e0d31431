"""Flags on English place names: Russian-derived spellings and other romanizations.

The canonical English name of a place in Ukraine is the KMU 2010 romanization of its Ukrainian
name (the gazetteer's ``en``). A spelling that romanizes the Russian name (Kiev, Kharkov,
Lugansk, Dnepr) is an error; another romanization of the Ukrainian name (Kyyiv,
Zaporizhzhya) a warning. Places in Russia and Belarus keep their usual English names, and a
spelling that is the canonical name of any matching place is never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from app.names.concepts import Resolved, best_place, lookup_name
from app.names.english_words import english_words
from app.names.findings import (
    OTHER_ROMANIZATION,
    RENAMED_PLACE,
    RUSSIAN_DERIVED_PLACE,
    Flag,
    match_case,
)
from app.names.name_data import UKRAINE, NameData
from app.names.reasons import why
from app.names.romanize import fold_latin
from app.names.spelling_key import edit_distance, spelling_key

# An alias further than this from the canonical spelling (by spelling key) is a former name or
# an exonym (Dnipropetrovsk, Artemivsk), not another romanization: left to the editor.
_MAX_ROMANIZATION_DISTANCE = 2
# Below this population a spelling that is also an English word is taken as the word.
_BIG_CITY = 100_000


_fold = lru_cache(maxsize=65536)(fold_latin)


@lru_cache(maxsize=16384)
def _folded(values: tuple[str, ...] | None) -> frozenset[str]:
    return frozenset(fold_latin(v) for v in values or ())


def place_flag(item: Resolved, data: NameData) -> Flag | None:
    """The flag for a resolved place mention, or None when the spelling is fine."""
    if not item.places:
        return None
    folded = _fold(item.notes.get("lookup") or lookup_name(item.text))
    place = best_place(item.places)
    if place.country != UKRAINE:
        return None
    if _fold(place.en) == folded:
        return _marks_flag(item, place)  # Donets'k, Kyïv: the canonical name with marks
    # The spelling is the name of another, at least as big place (Donetsk in Russia is not;
    # the hamlet of Cherkassy in Russia does not make Cherkassy right for Cherkasy).
    population = place.population or 0
    if any(_fold(p.en) == folded and (p.population or 0) >= population for p in item.places):
        return None
    if population < _BIG_CITY and " " not in folded and folded in english_words():
        return None  # Moldova, Ramadan, Kodak: the word, not a village spelled that way
    suggestion = match_case(_fitted(place.en, item.text), item.text)
    text, end, suggestion = _name_span(item, suggestion)
    concept = item.concept
    renamed = _renamed_flag(item, place, text, end, suggestion)
    if renamed is not None:
        return renamed
    if folded in _folded(place.russian_derived_en) or item.notes.get("via_russian"):
        return Flag(
            text=text, start=item.start, end=end, kind=RUSSIAN_DERIVED_PLACE,
            severity="error", suggestion=suggestion,
            **_russian_reason(item, _named_after(item, place, data), data),
            concept=concept,
        )
    if folded in _folded(place.aliases_en):
        if item.notes.get("organisation"):
            return None  # "Tavria group", "Zaporizhzhya Aluminium Plant": a registered name
        if any(p.country == UKRAINE and _fold(p.en) == folded for p in item.places):
            return None  # Khreshchatyk is a village's own name too, not a misspelled district
        if place.kind in _EXONYM_KINDS and not _scheme_spelling(item.text, place, data):
            return None  # Bukovina, Podolia, Dniester: historical regions and rivers keep
            # their English names; only a Russian-derived one (Donbass) is flagged, or the
            # Ukrainian name in another romanization scheme (Zakarpattya)
        distance = edit_distance(spelling_key(item.text), spelling_key(place.en), limit=3)
        if distance > _MAX_ROMANIZATION_DISTANCE:
            return None
        return Flag(
            text=text, start=item.start, end=end, kind=OTHER_ROMANIZATION,
            severity="warning", suggestion=suggestion,
            **why("place_other_romanization", item.text, place.uk, place.en),
            concept=concept,
        )
    return None


def _scheme_spelling(text: str, place: Any, data: NameData) -> bool:
    """Whether ``text`` is exactly what a romanization scheme makes of the Ukrainian name."""
    folded = text.casefold()
    return bool(place.uk) and any(
        latin.casefold() == folded for _, latin in data.romanize_all(place.uk, "uk")
    )


def _renamed_flag(
    item: Resolved, place: Any, text: str, end: int, suggestion: str,
    oblasts: Mapping[str, int] | None = None,
) -> Flag | None:
    """A former name of a renamed place (Kirovograd, Artemivsk): the current name is due.

    When several places carried the name (Artemivsk: Bakhmut in Donetsk oblast and Kypuche in
    Luhansk oblast), the one in the oblast the document names most often (``oblasts``: ISO
    3166-2 code -> mentions) is meant; without such a clue the flag lists them instead of
    guessing."""
    name = lookup_name(item.text)
    until = place.former_name_until(name)
    if until is None or item.notes.get("lookup"):
        return None  # "Kirovohrad region": the oblast kept its name; the region rules judge it
    renamed = [
        p for p in item.places if p.country == UKRAINE and p.former_name_until(name) is not None
    ]
    counts = {p.oblast: (oblasts or {}).get(p.oblast, 0) for p in renamed if p.oblast}
    most = max(counts.values(), default=0)
    fitting = [p for p in renamed if most and counts.get(p.oblast) == most]
    if len({p.en for p in renamed}) > 1 and len({p.en for p in fitting}) == 1:
        place = fitting[0]
        until = place.former_name_until(name) or 0
        suggestion = match_case(_fitted(place.en, item.text), item.text)
        text, end, suggestion = _name_span(item, suggestion)
    elif len({p.en for p in renamed}) > 1:
        # Several places carried this name (Komsomolske: Slobozhanske in Kharkiv oblast and
        # Kalmiuske in Donetsk oblast): list them rather than guess one.
        names = " / ".join(sorted({p.en for p in renamed}))
        return Flag(
            text=text, start=item.start, end=end, kind=RENAMED_PLACE, severity="info",
            suggestion=None,
            **why("place_renamed_several", name, names),
            concept=item.concept,
        )
    return Flag(
        text=text, start=item.start, end=end, kind=RENAMED_PLACE, severity="error",
        suggestion=suggestion,
        **(why("place_renamed_until", name, until, place.en, place.uk) if until
           else why("place_renamed", name, place.en, place.uk)),
        concept=item.concept,
    )


def renamed_in_oblast(item: Resolved, oblasts: Mapping[str, int]) -> Flag | None:
    """The renamed-place flag for ``item`` once the document's oblasts are known: the namesake
    in a named oblast gets the error with its name (Artemivsk in a text about Luhansk oblast
    -> Kypuche), or None when the oblasts do not single one out."""
    if not item.places or not oblasts:
        return None
    place = best_place(item.places)
    suggestion = match_case(_fitted(place.en, item.text), item.text)
    text, end, suggestion = _name_span(item, suggestion)
    flag = _renamed_flag(item, place, text, end, suggestion, oblasts)
    return flag if flag is not None and flag.suggestion else None


_EXONYM_KINDS = frozenset({"region", "river"})
_GENERIC_WORDS = ("river", "sea", "oblast", "region", "reservoir", "strait")


def _name_span(item: Resolved, suggestion: str) -> tuple[str, int, str]:
    """(text, end, suggestion) of the flag: only the name of "Zaporozhye Region" or "Kiev
    Oblast" is flagged ("Kiev" -> "Kyiv"), so the flag replaces just the misspelled word and
    lines up with the name wherever it stands."""
    name, _, last = item.text.rpartition(" ")
    if not name or last.lower() not in _GENERIC_WORDS:
        return item.text, item.end, suggestion
    kept, _, suggested_last = suggestion.rpartition(" ")
    if kept and suggested_last.lower() == last.lower():
        suggestion = kept
    return name, item.start + len(name), suggestion


def _fitted(canonical: str, text: str) -> str:
    """The canonical name shaped like the span it replaces: "Dnipro River" for "Dnieper
    River", "Dnipropetrovsk" for the "Dnepropetrovsk" of "Dnepropetrovsk region"."""
    last = canonical.rsplit(" ", 1)[-1]
    if " " in canonical and last.lower() in _GENERIC_WORDS and not text.lower().endswith(
        last.lower()
    ):
        return canonical[: -len(last) - 1]
    return canonical + _kept_suffix(text, canonical)


def _kept_suffix(text: str, canonical: str) -> str:
    """A generic word the match included and the canonical name lacks: Dnieper River."""
    last = text.rsplit(" ", 1)[-1]
    if " " in text and last.lower() in _GENERIC_WORDS and not canonical.lower().endswith(
        last.lower()
    ):
        return f" {last}"
    return ""


_MARKS = re.compile(r"['’ʼ`]|[^\x00-\x7f]")


def _marks_flag(item: Resolved, place: Any) -> Flag | None:
    """Soft-sign apostrophes or diacritics the official romanization does not use."""
    if item.notes.get("lookup") or not _MARKS.search(item.text) or _MARKS.search(place.en):
        return None
    return Flag(
        text=item.text, start=item.start, end=item.end, kind=OTHER_ROMANIZATION,
        severity="warning", suggestion=match_case(place.en, item.text),
        **why("place_marks", item.text, place.uk, place.en),
        concept=item.concept,
    )


def _named_after(item: Resolved, place: Any, data: NameData) -> Any:
    """For "Kharkov region" explain with the city the oblast is named after (Kharkov)."""
    if not item.notes.get("lookup"):
        return place
    folded = _fold(lookup_name(item.text))
    for city in data.places_by_latin(lookup_name(item.text)):
        same_name = city.en == _fitted(place.en, item.text)
        if same_name and city.country == UKRAINE and folded in _folded(city.russian_derived_en):
            return city
    return place


def _russian_reason(item: Resolved, place: Any, data: NameData) -> dict[str, Any]:
    name = lookup_name(item.text)
    if place.ru and spelling_key(name) in data.spellings(place.ru, "ru"):
        return why("place_russian_name", name, place.ru, place.uk, place.en)
    if place.ru:
        return why("place_russian_derived_ru", name, place.en, place.uk, place.ru)
    return why("place_russian_derived", name, place.en, place.uk)
