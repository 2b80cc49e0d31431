"""Decide what each English name run is, and group the forms of one person or place.

A run of capitalised words ("Foreign Minister Sergei Lavrov", "The Moscow Times", "KIEV")
becomes one or more resolved names: places (gazetteer, longest match first), people (a given
name followed by a surname, a known surname alone, a given name alone) and other names
(organisations and the like). Concept ids are shared by every form of one referent:
``place:UA:Kyiv`` for Kiev, KIEV, Kyiv and Kyyiv; ``person:lyudmila-khokhlova`` for Lyudmila
Khokhlova and a later "Khokhlova"; people are grouped by a romanization-blind surname key, so
Zelensky and Zelenskyy are one person.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from app.names.english_mentions import INSTITUTION_WORDS, TITLE_WORDS, NameRun, Token
from app.names.english_words import english_words
from app.names.name_data import NameData
from app.names.spelling_key import spelling_key

_PATRONYMIC = re.compile(r"(ovich|evich|ovych|ovna|evna|ivna|ych|ich)$", re.IGNORECASE)
_MAX_PLACE_WORDS = 3
_VILLAGE_POPULATION = 20000


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


def _weak_match(text: str, places: tuple[Any, ...]) -> bool:
    """Only small places match, and only by an alias."""
    if any(p.en.casefold() == text.casefold() for p in places):
        return False
    return max((p.population or 0) for p in places) < _VILLAGE_POPULATION


def _english_word_small_place(word: str, places: tuple[Any, ...]) -> bool:
    if word.lower() not in english_words():
        return False
    return max((p.population or 0) for p in places) < _VILLAGE_POPULATION


def is_address(source: str, token: Token) -> bool:
    """Whether ``token`` stands like a name someone is addressed by: "Lyosh, we love you"."""
    after = source[token.end : token.end + 1]
    before = source[max(0, token.start - 2) : token.start]
    return after in {",", "!"} or (before.endswith(", ") and after in {".", "!", "?"})


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def lookup_name(text: str) -> str:
    """Gazetteer look-up form of a span: ALL-CAPS datelines are title-cased."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return "-".join(" ".join(w.capitalize() for w in part.split()) for part in text.split("-"))
    return text


def best_place(places: tuple[Any, ...]) -> Any:
    return max(places, key=lambda p: (p.population or 0))


class RunResolver:
    """Turn the name runs of one text into :class:`Resolved` names (no concept ids yet)."""

    def __init__(self, data: NameData, capitalised_elsewhere: frozenset[str] = frozenset()):
        """``capitalised_elsewhere``: spelling keys of words capitalised mid-sentence."""
        self.data = data
        self.capitalised_elsewhere = capitalised_elsewhere

    def resolve(self, source: str, runs: list[NameRun]) -> list[Resolved]:
        found: list[Resolved] = []
        for run in runs:
            found.extend(self._resolve_run(source, run))
        return found

    # --------------------------------------------------------------------------------------
    def _places(self, source: str, tokens: tuple[Token, ...]) -> tuple[Any, ...]:
        text = source[tokens[0].start : tokens[-1].end]
        if "\n" in text:
            return ()
        return self.data.places_by_latin(lookup_name(text))

    def _is_given(self, token: Token) -> bool:
        if token.all_caps or len(token.text) < 2:
            return False
        return self.data.given_name(token.text).known

    def _is_surname(self, token: Token) -> bool:
        return not token.all_caps and bool(self.data.surname_forms(token.text))

    def _resolve_run(self, source: str, run: NameRun) -> list[Resolved]:
        tokens = run.tokens
        out: list[Resolved] = []
        pending: list[Token] = []
        i = 0
        while i < len(tokens):
            person = self._person_at(tokens, i)
            if person:
                self._flush(source, run, pending, out)
                given, surname, width = person
                first, last = tokens[i], tokens[i + width - 1]
                out.append(
                    Resolved(
                        text=source[first.start : last.end], start=first.start, end=last.end,
                        kind="person", run=run, given=given, surname=surname,
                    )
                )
                i += width
                continue
            place = self._place_at(source, tokens, i)
            if place and place[0] == 1 and self._surname_not_village(tokens[i], place[1]):
                place = None
                self._flush(source, run, pending, out)
                token = tokens[i]
                out.append(
                    Resolved(
                        text=token.text, start=token.start, end=token.end, kind="person",
                        run=run, surname=token,
                    )
                )
                i += 1
                continue
            if place:
                self._flush(source, run, pending, out)
                width, places = place
                first, last = tokens[i], tokens[i + width - 1]
                out.append(
                    Resolved(
                        text=source[first.start : last.end], start=first.start, end=last.end,
                        kind="place", run=run, places=places, place=best_place(places),
                    )
                )
                i += width
                continue
            pending.append(tokens[i])
            i += 1
        self._flush(source, run, pending, out)
        if run.sentence_initial and len(run.tokens) == 1 and out:
            word = run.tokens[0].text
            if out[0].kind == "name" and spelling_key(word) not in self.capitalised_elsewhere:
                return []  # "Another", "Guys", "Remind": capitalised only because it starts
            if out[0].kind == "place" and _english_word_small_place(word, out[0].places):
                return []  # "Mama, we are alive": not the town of Mama in Siberia
        return out

    def _surname_not_village(self, token: Token, places: tuple[Any, ...]) -> bool:
        """A known surname that only matches small places by an alias is the surname.

        ("Khokhlova" is a surname, not the Russian village Khokhlovo.)
        """
        if token.all_caps or any(p.en.casefold() == token.text.casefold() for p in places):
            return False
        if max((p.population or 0) for p in places) >= _VILLAGE_POPULATION:
            return False
        return self._is_surname(token)

    def _person_at(
        self, tokens: tuple[Token, ...], i: int
    ) -> tuple[Token | None, Token | None, int] | None:
        token = tokens[i]
        if not self._is_given(token):
            return None
        rest = tokens[i + 1 :]
        if rest and _PATRONYMIC.search(rest[0].text) and len(rest) > 1:
            return token, rest[1], 3
        if rest and not rest[0].all_caps:
            nxt = rest[0]
            # "Vladimir Putin", "Andriy Lysenko"; not "Sofia Kyiv" if the next word is a
            # place and no surname.
            if not self.data.places_by_latin(nxt.text) or self._is_surname(nxt):
                return token, nxt, 2
        if len(tokens) == 1:
            return token, None, 1
        return None

    def _place_at(
        self, source: str, tokens: tuple[Token, ...], i: int
    ) -> tuple[int, tuple[Any, ...]] | None:
        for width in range(min(_MAX_PLACE_WORDS, len(tokens) - i), 0, -1):
            places = self._places(source, tokens[i : i + width])
            if places:
                if width == 1 and len(tokens) > 1 and _weak_match(tokens[i].text, places):
                    return None  # "Nariman Dzhelyal" is a person, not the village Narimanov
                return width, places
        return None

    def _flush(
        self, source: str, run: NameRun, pending: list[Token], out: list[Resolved]
    ) -> None:
        if pending and run.headline:
            # Title case says nothing in a headline: split at ordinary English words.
            words = english_words()
            groups: list[list[Token]] = [[]]
            for token in pending:
                if token.text.lower() in words and not self._is_given(token):
                    groups.append([])
                else:
                    groups[-1].append(token)
            pending.clear()
            for group in groups:
                self._flush(source, replace(run, headline=False), group, out)
            return
        if (
            pending
            and run.sentence_initial
            and pending[0] is run.tokens[0]
            and len(run.tokens) > 1
            and pending[0].text.lower() in english_words()
            and spelling_key(pending[0].text) not in self.capitalised_elsewhere
        ):
            del pending[0]  # "Boxer Oleksandr Usyk": the sentence starts with a common noun
        if not pending:
            return
        first, last = pending[0], pending[-1]
        text = source[first.start : last.end]
        kind = "name"
        surname = None
        vocative = None
        canonical = ""
        if all(t.all_caps for t in pending) or all(
            t.text.lower() in INSTITUTION_WORDS or t.text.lower() in TITLE_WORDS for t in pending
        ):
            pending.clear()
            return  # acronyms (NATO, OSCE) and institution words left over ("Times")
        if len(pending) == 1:
            if self._is_surname(first):
                kind, surname = "person", first
            elif is_address(source, first) and first.text.lower() not in english_words():
                vocative = self.data.vocative_of(first.text)
                if vocative:
                    lang, _, nominative, scheme = vocative
                    kind, canonical = "person", self.data.romanize(nominative, lang, scheme)
        out.append(
            Resolved(
                text=text, start=first.start, end=last.end, kind=kind, run=run,
                surname=surname, vocative_of=vocative, canonical=canonical,
            )
        )
        pending.clear()


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
    for item in resolved:
        # "Nikolaev said" after "Alexei Nikolaev": the person, not the city.
        if item.kind == "place" and len(item.run.tokens) >= 1 and " " not in item.text:
            if spelling_key(item.text) in full_names and not item.run.dateline:
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
    for item in resolved:
        if item.kind == "name" and " " not in item.text and not item.text.isupper():
            spellings.setdefault(spelling_key(item.text), set()).add(item.text.casefold())
    for item in resolved:
        key = spelling_key(item.text)
        if item.kind == "name" and len(spellings.get(key, ())) > 1 and " " not in item.text:
            item.kind, item.surname = "person", Token(item.text, item.start, item.end)
            people.setdefault(key, []).append(item)
    for group in people.values():
        _assign_person_group(group, data)


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
    order = list(by_given)
    for item in lone:
        # Attach to the nearest earlier full name, else the first one.
        earlier = [k for k in order if by_given[k] and by_given[k][0].start <= item.start]
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


def _majority(values: Any) -> str:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for index, value in enumerate(values):
        counts[value] += 1
        first_seen.setdefault(value, index)
    if not counts:
        return ""
    return max(counts, key=lambda v: (counts[v], -first_seen[v]))
