"""A small place name shared by Ukraine and Russia, read by the places around it.

"Grabovo", "Peski" and "Uglegorsk" are villages and towns in Russia and also the Russian names
of Hrabove, Pisky and Vuhlehirsk in the Donbas. The Russian places are bigger, so on its own
the name is taken for them. In a document whose other places are in Ukraine (Donetsk, Torez,
Debaltsevo) the spelling is the Russian-derived name of the Ukrainian place: when the gazetteer
lists it as such, the document names more places read as in Ukraine than places that lie only
in Russia or Belarus, and the other place is no big city, only the Ukrainian candidates are kept.
"""

from __future__ import annotations

from app.names.concepts import Resolved, best_place, lookup_name
from app.names.name_data import UKRAINE
from app.names.romanize import fold_latin

_MIN_PLACES_IN_UKRAINE = 2
# A city this big keeps its name whatever the document is about (Voronezh is no Voronizh, Podolsk
# no Podilsk); and the place in Ukraine must be at least a tenth of the size of the other one.
_BIG_CITY = 100_000
_SIZE_RATIO = 10


def read_places_in_ukrainian_context(resolved: list[list[Resolved]]) -> None:
    """Narrow shared names to their Ukrainian places in a document about Ukraine (in place)."""
    places = [item for items in resolved for item in items if item.kind == "place"]
    in_ukraine = abroad = 0
    for item in places:
        if item.place.kind == "country":
            continue
        if item.place.country == UKRAINE:
            in_ukraine += 1  # Donetsk: the city in Ukraine, though Russia has one too
        elif all(p.country != UKRAINE for p in item.places):
            abroad += 1
    if in_ukraine < _MIN_PLACES_IN_UKRAINE or in_ukraine <= abroad:
        return
    for item in places:
        if item.place.country == UKRAINE:
            continue
        folded = fold_latin(lookup_name(item.text))
        ukrainian = tuple(
            p for p in item.places
            if p.country == UKRAINE
            and folded in {fold_latin(name) for name in p.russian_derived_en or ()}
        )
        if not ukrainian or (item.place.population or 0) >= _BIG_CITY:
            continue
        place = best_place(ukrainian)
        if (place.population or 0) * _SIZE_RATIO >= (item.place.population or 0):
            item.places, item.place = ukrainian, place
