"""Places in Ukraine named by a Latin spelling of their Russian name that the gazetteer lacks.

"Novaya Kakhovka" is read word by word as Russian (Новая Каховка) and found by that name; when
the table lacks the Russian name too, a town whose spelling has the same romanization-blind key
(Nova Kakhovka) and whose Ukrainian name is not this reading is taken. Used only where the text
introduces a place, since the Latin -> Cyrillic search is too slow for every unknown name.
"""

from __future__ import annotations

from itertools import islice, product
from typing import Any

from app.names.gazetteer import cyrillic_key, get_gazetteer
from app.names.name_data import UKRAINE, NameData
from app.names.spelling_key import spelling_key

_TOWN_POPULATION = 20000
# A town this big, written in another romanization where the text says it is a place, is found
# by its spelling key (Sosnitsa, Sosnytsia: 7,800 people): about 1,000 towns, indexed in 0.06 s.
_KEYED_TOWN_POPULATION = 5000
# A two-part (hyphenated) name is no English word and no surname at its key, so towns from
# 10,000 (the size of a district town: Korsun-Shevchenkivskyi, 18,000) are found by it.
_HYPHENATED_TOWN_POPULATION = 10000

_KEY_INDEX: dict[tuple[int, int], dict[str, list[Any]]] = {}


def _ukrainian_places_by_key(
    min_population: int = _TOWN_POPULATION,
) -> dict[str, list[Any]]:
    """Towns and cities in Ukraine by the spelling key of each Latin spelling (built once)."""
    gazetteer = get_gazetteer()
    index = _KEY_INDEX.get((id(gazetteer), min_population))
    if index is None:
        index = {}
        for place in gazetteer.all_places():
            if place.country != UKRAINE or (place.population or 0) < min_population:
                continue
            for spelling in place.spellings():
                found = index.setdefault(spelling_key(spelling), [])
                if place not in found:
                    found.append(place)
        _KEY_INDEX[(id(gazetteer), min_population)] = index
    return index


def town_by_key(latin: str) -> tuple[Any, ...]:
    """A town of 5,000+ in Ukraine one of whose spellings has the romanization-blind key of
    ``latin`` ("Sosnitsa" -> Sosnytsia), biggest first. Only for a word the text introduces as
    a place and the gazetteer does not know: the key is blind to vowels a romanization shifts."""
    places = [
        p for p in _ukrainian_places_by_key(_KEYED_TOWN_POPULATION).get(spelling_key(latin), ())
        if p.en.casefold() != latin.casefold()
    ]
    return tuple(sorted(places, key=lambda p: -(p.population or 0)))


def multiword_by_russian(data: NameData, text: str) -> tuple[Any, ...]:
    """"Novaya Kakhovka" -> Новая Каховка -> Nova Kakhovka, word by word."""
    words = text.split()
    if len(words) != len(text.split(" ")):
        return ()
    options = [data.candidates(word, "ru")[:3] for word in words]
    if not all(options):
        return ()
    key = spelling_key(text)
    readings = [" ".join(c) for c in islice(product(*options), 9)]
    for reading in readings:
        places = [
            p
            for p in data.places_by_cyrillic(reading, "ru")
            if p.country == UKRAINE and p.ru and key in data.spellings(p.ru, "ru")
        ]
        if places:
            return tuple(sorted(places, key=lambda p: -(p.population or 0)))
    # The table may lack the Russian name; a Ukrainian place whose spelling has the same
    # romanization-blind key, and whose Ukrainian name is not this reading, will do.
    folded = {cyrillic_key(r) for r in readings}
    places = [
        p for p in _ukrainian_places_by_key().get(key, ())
        if p.uk and cyrillic_key(p.uk) not in folded
    ]
    return tuple(sorted(places, key=lambda p: -(p.population or 0)))


def hyphenated_town_by_key(latin: str) -> tuple[Any, ...]:
    """A town of 10,000+ in Ukraine with a two-part name written in another romanization:
    "Kamyanets-Podilskiy" and "Kamyanets-Podilsky" have the spelling key of Kamianets-Podilskyi.
    Such a compound is no English word and, at that key, no surname: it is read without a word
    that introduces a place."""
    if "-" not in latin.strip("-"):
        return ()
    places = [
        p for p in _ukrainian_places_by_key(_HYPHENATED_TOWN_POPULATION).get(
            spelling_key(latin), ()
        )
        if p.en.casefold() != latin.casefold()
        and ("-" in p.en or (p.population or 0) >= _TOWN_POPULATION)
    ]
    return tuple(sorted(places, key=lambda p: -(p.population or 0)))

