"""One cached door to the name data (gazetteer, morphology, romanization, given names).

The checker asks the same questions about the same words thousands of times in a long
document; every answer here is memoised per word, so a 10,000-segment document costs one
dictionary look-up per repeated word. The data modules are imported on first use, never at
import time, so importing the checker stays cheap and the window can load the data off the GUI
thread by calling :func:`get_name_data` there first.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.names.spelling_key import spelling_key

log = logging.getLogger(__name__)

UKRAINE = "UA"


@dataclass(frozen=True)
class GivenName:
    """A Latin word read as a given name: the Cyrillic lemmas it can spell, per language."""

    ru: tuple[str, ...]
    uk: tuple[str, ...]

    @property
    def known(self) -> bool:
        return bool(self.ru or self.uk)


class NameData:
    """Memoised questions about names; one instance per process (see :func:`get_name_data`)."""

    def __init__(self) -> None:
        from app.names import diminutives, gazetteer, given_names, morphology, romanize

        self._gazetteer = gazetteer.get_gazetteer()
        self._morphology = morphology
        self._romanize = romanize
        self._given_names = given_names
        self._diminutives = diminutives
        self._given_keys: dict[str, tuple[tuple[str, str], ...]] | None = None
        self.places_by_latin = lru_cache(maxsize=65536)(self._places_by_latin)
        self.places_by_cyrillic = lru_cache(maxsize=65536)(self._places_by_cyrillic)
        self.analyze = lru_cache(maxsize=131072)(self._analyze)
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        self.romanize_all = lru_cache(maxsize=65536)(self._romanize_all)
        self.romanize = lru_cache(maxsize=65536)(self._romanize_one)
        self.given_name = lru_cache(maxsize=65536)(self._given_name)
        self.surname_forms = lru_cache(maxsize=65536)(self._surname_forms)
        self.equivalents = lru_cache(maxsize=16384)(self._equivalents)
        self.full_names = lru_cache(maxsize=16384)(self._full_names)
        self.place_by_russian_spelling = lru_cache(maxsize=16384)(self._place_by_russian)
        self.place_by_ukrainian_spelling = lru_cache(maxsize=16384)(self._place_by_ukrainian)

    # Raw data, memoised -------------------------------------------------------------------
    def _places_by_latin(self, name: str) -> tuple[Any, ...]:
        return tuple(self._gazetteer.by_latin(name))

    def _places_by_cyrillic(self, nominative: str, lang: str) -> tuple[Any, ...]:
        return tuple(self._gazetteer.by_cyrillic(nominative, lang))

    def _analyze(self, word: str, lang: str) -> tuple[Any, ...]:
        return tuple(self._morphology.analyze(word, lang))

    def _candidates(self, latin: str, lang: str) -> tuple[str, ...]:
        return tuple(self._romanize.cyrillic_candidates(latin, lang))

    def _romanize_all(self, text: str, lang: str) -> tuple[tuple[str, str], ...]:
        return tuple(self._romanize.romanize_all(text, lang).items())

    def _romanize_one(self, text: str, lang: str, scheme: str | None = None) -> str:
        return self._romanize.romanize(text, lang, scheme)

    def _equivalents(self, name: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = self._given_names.equivalents(name, lang)
        return tuple(found.get("ru", ())), tuple(found.get("uk", ()))

    def _full_names(self, diminutive: str, lang: str) -> tuple[str, ...]:
        return tuple(self._diminutives.full_names(diminutive, lang))

    def _place_by_russian(self, latin: str) -> tuple[Any, ...]:
        """Places in Ukraine whose Russian name ``latin`` romanizes (Evpatoria -> Yevpatoriia)."""
        key = spelling_key(latin)
        for candidate in self.candidates(latin, "ru")[:5]:
            places = [
                p for p in self.places_by_cyrillic(candidate, "ru")
                if p.country == UKRAINE and p.ru and key in self.spellings(p.ru, "ru")
            ]
            if places:
                return tuple(sorted(places, key=lambda p: -(p.population or 0)))
        return ()

    def _place_by_ukrainian(self, latin: str) -> tuple[Any, ...]:
        """Places in Ukraine whose Ukrainian name ``latin`` romanizes in a scheme other than
        KMU 2010 (Kropyvnytskyy, Zakarpattya)."""
        key = spelling_key(latin)
        for candidate in self.candidates(latin, "uk")[:5]:
            places = [
                p for p in self.places_by_cyrillic(candidate, "uk")
                if p.country == UKRAINE and p.uk and key in self.spellings(p.uk, "uk")
                and p.en.casefold() != latin.casefold()
            ]
            if places:
                return tuple(sorted(places, key=lambda p: -(p.population or 0)))
        return ()

    # Derived questions --------------------------------------------------------------------
    def spellings(self, cyrillic: str, lang: str) -> frozenset[str]:
        """Keys of every romanization of ``cyrillic`` (see :mod:`app.names.spelling_key`)."""
        return frozenset(spelling_key(latin) for _, latin in self.romanize_all(cyrillic, lang))

    def _given_index(self) -> dict[str, tuple[tuple[str, str], ...]]:
        if self._given_keys is None:
            from app.names.latin_name_lookup import build_given_index

            self._given_keys = build_given_index(
                lambda form, lang: (latin for _, latin in self.romanize_all(form, lang))
            )
        return self._given_keys

    def _given_name(self, latin: str) -> GivenName:
        """The given names (from the tables) that ``latin`` is a romanization of."""
        index = self._given_index()
        entries: list[tuple[str, str]] = []
        for variant in _ending_variants(latin):
            entries.extend(e for e in index.get(spelling_key(variant), ()) if e not in entries)
        return GivenName(
            ru=tuple(form for lang, form in entries if lang == "ru"),
            uk=tuple(form for lang, form in entries if lang == "uk"),
        )

    def ukrainian_given_name(self, latin: str) -> str | None:
        """The Ukrainian given name ``latin`` spells when no Russian equivalent spells it.

        "Andriy" -> "Андрій" (its Russian equivalent Андрей is Andrei/Andrey); "Yuriy" ->
        None, because Юрий romanizes to Yuriy too, so the spelling says nothing about
        nationality. Without equivalents data any Russian reading counts.
        """
        reading = self.given_name(latin)
        key = spelling_key(latin)
        for ukrainian in reading.uk:
            russian, _ = self.equivalents(ukrainian, "uk")
            if russian:
                blocked = any(key in self.spellings(name, "ru") for name in russian)
            else:
                blocked = bool(reading.ru)
            if not blocked:
                return ukrainian
        return None

    def _surname_forms(self, latin: str) -> tuple[str, ...]:
        """Russian surname nominatives ``latin`` reads as (one greedy reading; cheap)."""
        from app.names.latin_name_lookup import greedy_russian

        cyrillic = greedy_russian(latin)
        if cyrillic is None or not self._morphology.get_analyzer("ru").word_is_known(
            cyrillic.lower()
        ):
            return ()  # unknown words get guessed tags: Reuters would be a surname
        return tuple(
            p.lemma for p in self.analyze(cyrillic, "ru")
            if p.kind == "surname" and _case(p) == "nomn" and p.lemma.lower() == cyrillic.lower()
        )

    def vocative_of(self, latin: str) -> tuple[str, str, str, str] | None:
        """(lang, cyrillic word, nominative, scheme) when ``latin`` is only a vocative form.

        "Lyosh" -> ("ru", "Лёш", "Лёша", "wikipedia"); None when any reading of the word is
        a nominative (Petro, Ivan) or it is no given-name form at all.
        """
        key = spelling_key(latin)
        for lang in ("ru", "uk"):
            hit: tuple[bool, tuple[str, str, str, str]] | None = None
            for candidate in self.candidates(latin, lang):
                parses = [p for p in self.analyze(candidate, lang) if p.kind == "given"]
                if not parses or key not in self.spellings(candidate, lang):
                    continue
                short = self._diminutives.is_listed_short_form(candidate, lang)
                if short or any(_case(p) == "nomn" for p in parses):
                    return None  # Мишко is a Ukrainian short name, not the vocative of Мишка
                voct = [p for p in parses if _case(p) == "voct" and p.lemma != candidate]
                if not voct:
                    continue
                # A candidate spelled exactly so (Іване for "Ivane") wins over one that only
                # shares the spelling key (Йване).
                exact = any(
                    value.casefold() == latin.casefold()
                    for _, value in self.romanize_all(candidate, lang)
                )
                if hit is None or (exact and not hit[0]):
                    scheme = self._scheme_of(latin, candidate, lang)
                    hit = (exact, (lang, candidate, _title(voct[0].lemma), scheme))
            if hit:
                return hit[1]
        return None

    def _scheme_of(self, latin: str, cyrillic: str, lang: str) -> str:
        exact = [s for s, v in self.romanize_all(cyrillic, lang) if v.lower() == latin.lower()]
        if exact:
            # "Zhen" is Жень in several schemes; news English (Wikipedia) makes Zhenya of Женя.
            return "wikipedia" if "wikipedia" in exact else exact[0]
        key = spelling_key(latin)
        for scheme, value in self.romanize_all(cyrillic, lang):
            if spelling_key(value) == key:
                return scheme
        return self._romanize.DEFAULT_SCHEME[lang]


def _ending_variants(latin: str) -> list[str]:
    """``latin`` and, for a dropped -ий ending (Dmitry, Yuri), its full -iy spelling."""
    variants = [latin]
    lower = latin.lower()
    if lower.endswith("y") and len(lower) > 3 and lower[-2] not in "aeiouy":
        variants.append(latin[:-1] + "iy")
    elif lower.endswith("i") and len(lower) > 3 and lower[-2] not in "aeiouy":
        variants.append(latin + "y")
    return variants


def _case(parse: Any) -> str:
    case = (parse.case or "").lower()
    return {"nominative": "nomn", "vocative": "voct"}.get(case, case[:4])


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


_INSTANCE: NameData | None = None
_LOCK = threading.Lock()


def get_name_data() -> NameData:
    """The shared :class:`NameData`; the first call loads the data (seconds, not at import)."""
    global _INSTANCE
    if _INSTANCE is None:
        with _LOCK:
            if _INSTANCE is None:
                log.debug("loading name data")
                _INSTANCE = NameData()
    return _INSTANCE


def preload_name_data() -> NameData:
    """Load everything the checker needs (gazetteer, dictionaries, given-name index).

    Call from a worker thread at start-up so the first check in the window is instant.
    """
    data = get_name_data()
    data._morphology.preload()
    data.places_by_latin("Kyiv")
    data.given_name("Olena")
    return data
