"""A place name shared by a town in Ukraine and one in Russia or Belarus, read by what follows.

"Krasnoarmeysk in the Saratov region" is the Russian town, not Pokrovsk (Krasnoarmeysk until
2016); "Donetsk in Russia's Rostov region" is the Russian Donetsk. When the words right after
a name place it in a region or country outside Ukraine, only the candidates there are kept.
So do the words right before it: "the Baltic port of Primorsk", "the Russian town of Donetsk".
"""

from __future__ import annotations

import re
from typing import Any

from app.names.name_data import UKRAINE, NameData

_REGION_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?P<country>Russia|Belarus)['’]s\s+)?"
    r"(?P<region>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?P<kind>region|oblast|province|krai)\b"
)
_COUNTRY_AFTER = re.compile(r",?\s+(?:in\s+)?(?P<country>Russia|Belarus)\b(?!['’])")
_COUNTRIES = {"Russia": "RU", "Belarus": "BY"}
# "Russia's Baltic port of Primorsk", "the Belarusian town of ...": the country before the name.
_COUNTRY_BEFORE = re.compile(
    r"\b(?:(?P<country>Russia|Belarus)['’]s|(?P<adjective>Russian|Belarusian|Baltic|Siberian))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:port|city|town|village|oil\s+terminal|terminal|settlement)"
    r"\s+of\s+$"
)
_ADJECTIVES = {"Russian": "RU", "Belarusian": "BY", "Baltic": "RU", "Siberian": "RU"}


def places_abroad(
    source: str, end: int, places: tuple[Any, ...], data: NameData, start: int | None = None
) -> tuple[Any, ...] | None:
    """The candidates outside Ukraine when the text right after ``end`` (or right before
    ``start``) puts the name there (None when it does not, or when no candidate is outside
    Ukraine)."""
    abroad = tuple(p for p in places if p.country != UKRAINE)
    if not abroad or all(p.country != UKRAINE for p in places):
        return None
    country = _country_after(source, end, data)
    if country is None and start is not None:
        country = _country_before(source, start)
    if country is None:
        return None
    chosen = tuple(p for p in abroad if p.country == country)
    return chosen or None


def _country_before(source: str, start: int) -> str | None:
    match = _COUNTRY_BEFORE.search(source, max(0, start - 50), start)
    if not match:
        return None
    if match.group("country"):
        return _COUNTRIES[match.group("country")]
    return _ADJECTIVES[match.group("adjective")]


def _country_after(source: str, end: int, data: NameData) -> str | None:
    match = _COUNTRY_AFTER.match(source, end)
    if match:
        return _COUNTRIES[match.group("country")]
    match = _REGION_AFTER.match(source, end)
    if not match:
        return None
    if match.group("country"):
        return _COUNTRIES[match.group("country")]
    region = f"{match.group('region')} {match.group('kind').lower()}"
    countries = {p.country for p in data.places_by_latin(region)}
    if len(countries) == 1 and UKRAINE not in countries:
        return next(iter(countries))
    return None
