"""Group the forms of one person or place into a concept.

:mod:`app.names.name_resolver` reads each English name run as places, people and other names
(:class:`Resolved`); here every resolved name gets its concept id, shared by every form of one
referent:
``place:UA:Kyiv`` for Kiev, KIEV, Kyiv and Kyyiv; ``person:lyudmila-khokhlova`` for Lyudmila
Khokhlova and a later "Khokhlova"; people are grouped by a romanization-blind surname key, so
Zelensky and Zelenskyy are one person.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.names.english_given_names import given_name as english_given_name
from app.names.english_mentions import NameRun, Token
from app.names.english_words import english_words
from app.names.name_data import NameData
from app.names.spelling_key import spelling_key


@dataclass
class Resolved:
    """One English name occurrence and what it was read as."""

    text: str
    start: int
    end: int
    kind: str  # "place" | "person" | "name"
    run: NameRun
    places: tuple[Any, ...] = ()
    place: Any = None  # the chosen Place
    given: Token | None = None
    surname: Token | None = None
    concept: str = ""
    canonical: str = ""
    vocative_of: tuple[str, str, str, str] | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    order: tuple[int, int] = (0, 0)  # (segment, offset): document order across segments


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


@lru_cache(maxsize=65536)
def lookup_name(text: str) -> str:
    """Gazetteer look-up form of a span: ALL-CAPS datelines are title-cased."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return "-".join(" ".join(w.capitalize() for w in part.split()) for part in text.split("-"))
    return text


def best_place(places: tuple[Any, ...]) -> Any:
    return max(places, key=lambda p: (p.population or 0))


# Concept ids ------------------------------------------------------------------------------
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "country"})


def place_concept(place: Any) -> str:
    """``place:UA:Kyiv``; other kinds carry their kind (``place:UA:Dnipro:river``)."""
    if place.kind in _SETTLEMENT_KINDS:
        return f"place:{place.country}:{place.en}"
    return f"place:{place.country}:{place.en}:{place.kind}"


def assign_concepts(resolved: list[Resolved], data: NameData) -> None:
    """Give every resolved name its concept id and canonical form, across one document."""
    people: dict[str, list[Resolved]] = {}
    name_ids: dict[str, str] = {}
    full_names = {
        spelling_key(item.surname.text)
        for item in resolved
        if item.kind == "person" and item.given is not None and item.surname is not None
    }
    exact_surnames = {
        item.surname.text.casefold()
        for item in resolved
        if item.kind == "person" and item.given is not None and item.surname is not None
    }
    for item in resolved:
        # "Nikolaev said" after "Alexei Nikolaev": the person, not the city.
        if item.kind == "place" and len(item.run.tokens) >= 1 and " " not in item.text:
            region = bool(item.notes.get("lookup"))  # "the Nikolaev region" stays a place
            # Khmelnytskyi, the city's own name, after Bohdan Khmelnytsky: still the city.
            own_name = item.text.casefold() == item.place.en.casefold()
            region = region or (own_name and item.text.casefold() not in exact_surnames)
            region = region or bool(item.notes.get("place_cue"))  # "renamed ... to X"
            if spelling_key(item.text) in full_names and not item.run.dateline and not region:
                item.kind, item.surname = "person", Token(item.text, item.start, item.end)
    for item in resolved:
        if item.kind == "place":
            item.concept, item.canonical = place_concept(item.place), item.place.en
        elif item.kind == "person" and item.surname is not None:
            people.setdefault(spelling_key(item.surname.text), []).append(item)
        elif item.kind == "person" and item.vocative_of is not None:
            nominative = item.canonical or item.text
            item.concept, item.canonical = f"person:{slug(nominative)}", nominative
        elif item.kind == "person" and item.given is not None:
            item.concept, item.canonical = f"person:{slug(item.given.text)}", item.given.text
        else:
            name_id = name_ids.setdefault(spelling_key(item.text), slug(item.text))
            item.concept, item.canonical = f"name:{name_id}", item.text
    # A lone word that is the surname of a person named in full ("Putin" after "Vladimir
    # Putin") belongs to that person even if the data does not know it as a surname.
    for item in resolved:
        if item.kind == "name" and " " not in item.text and spelling_key(item.text) in people:
            item.kind, item.surname = "person", Token(item.text, item.start, item.end)
            people[spelling_key(item.text)].append(item)
    # One word spelled two ways (Zelensky, Zelenskyy) is one person even if the data does
    # not know the surname.
    spellings: dict[str, set[str]] = {}
    words = english_words()
    for item in resolved:
        if item.kind == "name" and _plain_word(item.text):
            spellings.setdefault(loose_key(item.text), set()).add(item.text.casefold())
    for key, forms in list(spellings.items()):
        if any(form in words for form in forms):
            del spellings[key]  # License and Licensee are words, not one name twice
    for item in resolved:
        key = loose_key(item.text)
        if item.kind == "name" and len(spellings.get(key, ())) > 1 and " " not in item.text:
            item.kind, item.surname = "person", Token(item.text, item.start, item.end)
            people.setdefault(key, []).append(item)
    _join_loose_surnames(resolved, people)
    for group in people.values():
        _assign_person_group(group, data)
    _link_given_only(resolved, data)


_BELARUSIAN = ((re.compile(r"c(?=i)"), "t"), (re.compile(r"dz(?=i)"), "d"),
               (re.compile(r"ou(?![aeiou])"), "ov"), (re.compile(r"o"), "a"),
               (re.compile(r"g"), "h"))


def _join_loose_surnames(resolved: list[Resolved], people: dict[str, list[Resolved]]) -> None:
    """Lukashenka and Lukashenko (the Belarusian and the Russian form of one surname) are one
    person: merge surname groups with one loose key, and let a lone unknown word join them."""
    by_loose: dict[str, str] = {}
    for key in list(people):
        surname = people[key][0].surname
        if surname is None:
            continue
        target = by_loose.setdefault(loose_key(surname.text), key)
        if target != key:
            people[target].extend(people.pop(key))
            people[target].sort(key=lambda item: item.order)
    for item in resolved:
        if item.kind != "name" or not _plain_word(item.text):
            continue
        joined = by_loose.get(loose_key(item.text))
        if joined is not None and joined in people:
            item.kind, item.surname = "person", Token(item.text, item.start, item.end)
            people[joined].append(item)
            people[joined].sort(key=lambda member: member.order)


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    """The spelling key, blind also to Belarusian against Russian forms of one surname:
    Tsikhanouskaya ~ Tikhanovskaya (ці ~ ти, ў ~ в, unstressed о written а), and to a
    Ukrainian г written g the Russian way: Shmygal ~ Shmyhal."""
    key = spelling_key(text)
    for pattern, replacement in _BELARUSIAN:
        key = pattern.sub(replacement, key)
    return key


def _plain_word(text: str) -> bool:
    """One capitalised word without inner capitals (not "PyPI", "HTTPProxy", "NATO")."""
    return " " not in text and len(text) > 2 and not any(c.isupper() for c in text[1:])


def _link_given_only(resolved: list[Resolved], data: NameData) -> None:
    """"Alexei" or "Lyosha" alone joins the one person named in full with that given name
    (or the full name of that diminutive: Lyosha -> Aleksei)."""
    by_given: dict[str, set[tuple[str, str]]] = {}
    for item in resolved:
        if item.kind == "person" and item.given is not None and item.surname is not None:
            by_given.setdefault(spelling_key(item.given.text), set()).add(
                (item.concept, item.canonical)
            )
    if not by_given:
        return
    for item in resolved:
        if item.kind != "person" or item.surname is not None:
            continue
        name = item.canonical or item.text
        direct = by_given.get(spelling_key(name), set())
        found = direct.union(*(by_given.get(key, set()) for key in _full_name_keys(name, data)))
        if len(found) == 1:
            item.concept, item.canonical = next(iter(found))
            if not direct:
                item.notes["diminutive"] = True  # "Sasha" for Oleksandr: no misspelling


def _full_name_keys(latin: str, data: NameData) -> set[str]:
    """Spelling keys of the full names a diminutive stands for (Lyosha -> Aleksei, Oleksii)."""
    keys: set[str] = set()
    reading = english_given_name(data, latin)
    for lang, forms in (("ru", reading.ru), ("uk", reading.uk)):
        for form in forms:
            for full in data.full_names(form, lang):
                keys |= data.spellings(full, lang)
    return keys


def _given_key(item: Resolved) -> str | None:
    return spelling_key(item.given.text) if item.given is not None else None


def _assign_person_group(group: list[Resolved], data: NameData) -> None:
    """One surname key: split by given name (Vitali vs Wladimir Klitschko), attach lone ones."""
    by_given: dict[str, list[Resolved]] = {}
    lone: list[Resolved] = []
    for item in group:
        key = _given_key(item)
        (by_given.setdefault(key, []) if key else lone).append(item)
    if not by_given:
        by_given[""] = []
    _merge_linked_given_names(by_given, data)
    order = list(by_given)
    for item in lone:
        # Attach to the nearest earlier full name, else the first one.
        earlier = [k for k in order if by_given[k] and by_given[k][0].order <= item.order]
        by_given[earlier[-1] if earlier else order[0]].append(item)
    for members in by_given.values():
        surname = _majority(m.surname.text for m in members if m.surname is not None)
        given = _majority(m.given.text for m in members if m.given is not None)
        canonical = f"{given} {surname}" if given else surname
        concept = f"person:{slug(canonical)}"
        for member in members:
            member.concept, member.canonical = concept, canonical
            member.notes["surname_spelling"] = surname
            member.notes["given_spelling"] = given


def _merge_linked_given_names(by_given: dict[str, list[Resolved]], data: NameData) -> None:
    """Volodymyr and Vladimir Zelensky, Aleksei and Lyosha Navalny: one person.

    Equivalents in the other language are merged (and later flagged as inconsistent);
    diminutives are merged and marked, since a short name is no misspelling.
    """
    keys = [key for key in by_given if key]
    for index, first in enumerate(keys):
        if first not in by_given:
            continue
        first_text = by_given[first][0].given.text  # type: ignore[union-attr]
        for second in keys[index + 1 :]:
            if second not in by_given:
                continue
            second_text = by_given[second][0].given.text  # type: ignore[union-attr]
            link = _given_link(first_text, second_text, data)
            if link is None:
                continue
            if link == "diminutive":
                for member in by_given[second]:
                    member.notes["diminutive"] = True
            by_given[first].extend(by_given.pop(second))


def _given_link(first: str, second: str, data: NameData) -> str | None:
    """"equivalent" (Volodymyr ~ Vladimir), "diminutive" (Aleksei ~ Lyosha) or None."""
    for a, b, kind in ((first, second, "equivalent"), (second, first, "equivalent")):
        reading = english_given_name(data, a)
        key = spelling_key(b)
        for lang, forms in (("ru", reading.ru), ("uk", reading.uk)):
            for form in forms:
                russian, ukrainian = data.equivalents(form, lang)
                other = ukrainian if lang == "ru" else russian
                other_lang = "uk" if lang == "ru" else "ru"
                if any(key in data.spellings(name, other_lang) for name in other):
                    return kind
    if spelling_key(first) in _full_name_keys(second, data):
        return "diminutive"
    if spelling_key(second) in _full_name_keys(first, data):
        return "diminutive"
    return None


def _majority(values: Any) -> str:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for index, value in enumerate(values):
        counts[value] += 1
        first_seen.setdefault(value, index)
    if not counts:
        return ""
    return max(counts, key=lambda v: (counts[v], -first_seen[v]))
