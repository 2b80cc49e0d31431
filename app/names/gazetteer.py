"""Places of Ukraine, Russia and Belarus: canonical English spelling, Ukrainian and Russian names,
Latin aliases and which aliases come from the Russian name.

The table ``resources/names/toponyms.tsv.gz`` is built by ``scripts/build_toponyms.py`` from
GeoNames (CC BY 4.0), Ukraine's settlement codifier (KATOTTG), pycountry and a curated
supplement; see ``resources/names/ATTRIBUTION.md``.
For a place in Ukraine the canonical English is the KMU 2010 romanization of its Ukrainian name;
for Russia and Belarus it is the common English name. The table is read on first use (31,000
places, about half a second) and shared by every thread.
"""

from __future__ import annotations

import gzip
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.core.collector import gc_paused
from app.core.resources import resource_path
from app.names.romanize import fold_latin

TOPONYMS_FILE = ("names", "toponyms.tsv.gz")
# Ids of settlements taken from Ukraine's official codifier (KATOTTG) that GeoNames' cities
# table lacks: no population is known for them (scripts/toponym_codifier.py).
CODIFIER_PREFIX = "ua:"


class GazetteerUnavailableError(RuntimeError):
    """The toponym table is missing or unreadable."""


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    en: str
    uk: str | None
    ru: str | None
    country: str  # "UA" / "RU" / "BY"
    kind: str  # "city", "oblast", "river", "region", "country", ...
    population: int  # 0 when unknown (rivers, regions, oblasts)
    aliases_en: tuple[str, ...]
    russian_derived_en: tuple[str, ...]  # Latin spellings from the Russian name (UA places)
    # Former names of a renamed place (Kirovograd for Kropyvnytskyi). Each Latin spelling is
    # also in aliases_en or russian_derived_en; former_until[i] is the year former_en[i] was
    # dropped (0 = unknown). former_uk/former_ru are the Cyrillic former names; by_cyrillic
    # finds a place by them too.
    former_en: tuple[str, ...] = ()
    former_until: tuple[int, ...] = ()
    former_uk: tuple[str, ...] = ()
    former_ru: tuple[str, ...] = ()
    # ISO 3166-2 code of the oblast of a place in Ukraine ("UA-09" Luhansk), "" if unknown.
    oblast: str = ""

    def spellings(self) -> tuple[str, ...]:
        """Every Latin spelling: canonical first, then aliases, then Russian-derived ones."""
        return (self.en, *self.aliases_en, *self.russian_derived_en)

    def former_name_until(self, spelling: str) -> int | None:
        """The year ``spelling`` stopped being this place's name (0 if unknown), or None when
        it is not a former name: ``former_name_until("Kirovograd") == 2016``."""
        key = latin_key(spelling)
        for i, name in enumerate(self.former_en):
            if latin_key(name) == key:
                return self.former_until[i] if i < len(self.former_until) else 0
        return None


def latin_key(text: str) -> str:
    """Lookup key for a Latin spelling: case, diacritics, apostrophes and hyphens ignored."""
    if text.isascii():  # fast path for the ~36,000 table spellings read at start-up
        key = text.lower().replace("-", " ")
        if "'" in key or "`" in key or '"' in key:
            key = key.replace("'", "").replace("`", "").replace('"', "")
        return key if "  " not in key and key == key.strip() else " ".join(key.split())
    return " ".join(fold_latin(text).replace("-", " ").split())


_CYRILLIC_FOLD = str.maketrans({"ё": "е", "’": "'", "ʼ": "'", "`": "'", "‘": "'", "-": " "})
_FOLDED_CHARACTERS = frozenset(chr(code) for code in _CYRILLIC_FOLD)


def cyrillic_key(text: str) -> str:
    """Lookup key for a Cyrillic name: case, ё/е and apostrophe variants ignored."""
    folded = text.lower()
    if not _FOLDED_CHARACTERS.isdisjoint(folded):  # translate is slow on Cyrillic text
        folded = folded.translate(_CYRILLIC_FOLD)
    if "  " in folded or folded != folded.strip():
        return " ".join(folded.split())
    return folded


def _population_order(places: Iterable[Place]) -> list[Place]:
    return sorted(places, key=lambda p: (-p.population, p.id))


class Gazetteer:
    """Lookup of places by Latin spelling or Cyrillic nominative."""

    def __init__(self, places: Iterable[Place]):
        self._places = _population_order(places)
        self._by_id = {place.id: place for place in self._places}
        latin: dict[str, list[Place]] = {}
        cyrillic: dict[str, dict[str, list[Place]]] = {"uk": {}, "ru": {}}
        # Places are visited most populous first, so every list comes out in that order. (The
        # loop is written out: 31,000 places with 120,000 keys are indexed at first use.)
        for place in self._places:
            for spelling in place.spellings():
                key = latin_key(spelling)
                bucket = latin.get(key)
                if bucket is None:
                    latin[key] = [place]
                elif bucket[-1] is not place:  # a place's spellings come one after another
                    bucket.append(place)
            for lang, names in (("uk", (place.uk, *place.former_uk)),
                                ("ru", (place.ru, *place.former_ru))):
                index = cyrillic[lang]
                for name in names:
                    if name:
                        key = cyrillic_key(name)
                        bucket = index.get(key)
                        if bucket is None:
                            index[key] = [place]
                        elif bucket[-1] is not place:
                            bucket.append(place)
        self._latin = latin
        self._cyrillic = cyrillic
        self._max_words = max((key.count(" ") + 1 for key in latin), default=1)

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        try:
            data = gzip.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise GazetteerUnavailableError(
                f"Cannot read the place-name table {path}: {exc}. Reinstall Review Desk or "
                "rebuild it with scripts/build_toponyms.py."
            ) from exc
        lines = data.splitlines()
        columns = {name: i for i, name in enumerate(lines[0].split("\t"))}
        # The build script writes no tabs, quotes or escapes inside fields: a plain split is
        # several times faster than the csv module here.
        rows = (line.split("\t") for line in lines[1:] if line)
        getter = _row_getter(columns)
        return cls(_place(fields, columns, getter) for fields in rows)

    def all_places(self) -> list[Place]:
        return list(self._places)

    def by_latin(self, name: str) -> list[Place]:
        """Places spelled ``name`` in Latin (canonical or alias), most populous first."""
        return list(self._latin.get(latin_key(name), ()))

    def by_cyrillic(self, nominative: str, lang: str | None = None) -> list[Place]:
        """Places whose Ukrainian (``lang="uk"``) or Russian (``"ru"``) name is ``nominative``.

        Former names count (Кировоград finds Kropyvnytskyi). ``lang=None`` searches both
        languages. Most populous first.
        """
        key = cyrillic_key(nominative)
        langs = ("uk", "ru") if lang is None else (lang,)
        found: dict[str, Place] = {}
        for code in langs:
            for place in self._cyrillic.get(code, {}).get(key, ()):
                found.setdefault(place.id, place)
        return _population_order(found.values())

    def by_id(self, place_id: str) -> Place | None:
        return self._by_id.get(place_id)

    def is_known_latin(self, name: str) -> bool:
        return latin_key(name) in self._latin

    @property
    def max_words(self) -> int:
        """Longest spelling in words ("Autonomous Republic of Crimea" = 4), for phrase scans."""
        return self._max_words

    @staticmethod
    def spelling_kind(place: Place, spelling: str) -> str | None:
        """"canonical", "alias", "russian_derived" or None for a spelling of ``place``."""
        key = latin_key(spelling)
        if key == latin_key(place.en):
            return "canonical"
        if any(latin_key(s) == key for s in place.russian_derived_en):
            return "russian_derived"
        if any(latin_key(s) == key for s in place.aliases_en):
            return "alias"
        return None


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()  # most fields of the 31,000 rows are empty
    return tuple(v for v in value.split("|") if v)


def _former(value: str | None) -> tuple[tuple[str, ...], tuple[int, ...]]:
    if not value:
        return (), ()
    pairs = [item.rsplit(":", 1) for item in _split(value)]
    return tuple(name for name, _ in pairs), tuple(int(year or 0) for _, year in pairs)


def _place(
    fields: list[str], columns: dict[str, int], getter: Callable[[list[str]], Any] | None = None
) -> Place:
    """A Place from one row of the table (``columns``: column name -> index; the optional
    columns former_* and oblast of older tables may be missing; ``getter``: the
    :func:`_row_getter` of ``columns``, made once for a whole table)."""
    if len(fields) != len(columns):
        raise GazetteerUnavailableError(
            f"A row of the place-name table has {len(fields)} fields, not {len(columns)}: "
            f"{fields[:2]}. Rebuild it with scripts/build_toponyms.py."
        )

    (id_, en, uk, ru, country, kind, population, aliases_en, russian_derived_en,
     former_en_field, former_uk, former_ru, oblast) = (getter or _row_getter(columns))(
        [*fields, ""]
    )
    former_en, former_until = _former(former_en_field)
    return Place(
        id_, en, uk or None, ru or None,
        sys.intern(country),  # a few values shared by 31,000 places
        sys.intern(kind), int(population or 0),
        _split(aliases_en), _split(russian_derived_en),
        former_en, former_until, _split(former_uk), _split(former_ru),
        sys.intern(oblast),
    )


_ROW_FIELDS = ("id", "en", "uk", "ru", "country", "kind", "population", "aliases_en",
               "russian_derived_en", "former_en", "former_uk", "former_ru", "oblast")


def _row_getter(columns: dict[str, int]) -> Callable[[list[str]], Any]:
    """The fields of a row in _ROW_FIELDS order; a column the table lacks reads the "" put
    after the row's last field."""
    return itemgetter(*(columns.get(name, len(columns)) for name in _ROW_FIELDS))


_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first call (thread-safe)."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                with gc_paused():  # 31,000 places: a quarter of the load time otherwise
                    _instance = Gazetteer.from_file(resource_path(*TOPONYMS_FILE))
    return _instance
