"""A surname spelled like a place is the person's name, not the place.

"Bulgarian economist Stefan Nikolaev" and "Colonel Nikolaev ... Nikolaev said" name a man
called Nikolaev, not the city of Mykolaiv (Nikolaev in Russian spelling). After the runs of a
document are resolved, a one-word place is read as a surname:

- right after a given name the tables do not know but the Russian dictionary does ("Stefan",
  read as Стефан: a given name) or a common Western given name ("Aaron Kiev"), in the same run;
- right before a comma and the person's title and given name, or given name and patronymic,
  in a biographical heading ("Lvov, Prince Georgi Yevgenyevich");
- anywhere in the document once that word is the surname of a person found there, unless a
  word that introduces a place stands right before it ("renamed Kirovohrad to Kropyvnytskyy"
  after "Marko Kropyvnytskyy, the playwright": the city).

A place spelled as its own canonical name (Lviv, Kharkiv) stays a place: only Russian-derived
spellings and aliases can be surnames here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from app.names.concepts import Resolved
from app.names.english_mentions import Token
from app.names.latin_name_lookup import greedy_russian
from app.names.name_data import NameData
from app.names.romanize import fold_latin
from app.names.western_given_names import is_western_given_name

# A biographical heading names the surname first: "Lvov, Prince Georgi Yevgenyevich", "Kiev,
# Anna Petrovna": a title and a given name, or a given name and a patronymic, after a comma.
_INVERTED_NAME_AFTER = re.compile(
    r",\s+(?:(?:Prince|Princess|Count|Countess|Baron|Baroness|Duke|Duchess|Grand\s+Duke|"
    r"Sir|Dame|General|Admiral|Marshal)\s+[A-Z][a-z]+\b|"
    r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)\b)"
)


def read_place_surnames(
    resolved: list[list[Resolved]], data: NameData, texts: Sequence[str] = ()
) -> None:
    """Turn places that are surnames into people, in place (before concepts are assigned).
    ``texts`` (the texts ``resolved`` was read from) show biographical headings."""
    for items in resolved:
        _join_given_and_place(items, data)
    surnames = {
        item.surname.text for items in resolved for item in items
        if item.kind == "person" and item.surname is not None
    }
    for text, items in zip(texts, resolved, strict=False):
        for index, item in enumerate(items):
            if _INVERTED_NAME_AFTER.match(text, item.end) and _surname_like_place(item):
                items[index] = _person(item, None, _token(item))
                surnames.add(item.text)
    if not surnames:
        return
    for items in resolved:
        for index, item in enumerate(items):
            if item.text in surnames and _surname_like_place(item) and not _place_cue(item):
                items[index] = _person(item, None, _token(item))


def _place_cue(item: Resolved) -> bool:
    return bool(item.notes.get("place_cue"))


def _surname_like_place(item: Resolved) -> bool:
    if item.kind != "place" or " " in item.text or item.run.dateline or not item.places:
        return False
    if item.text.isupper() or item.notes.get("lookup"):
        return False
    folded = fold_latin(item.text)
    return all(fold_latin(p.en) != folded for p in item.places)


def _join_given_and_place(items: list[Resolved], data: NameData) -> None:
    index = 1
    while index < len(items):
        before, item = items[index - 1], items[index]
        if (
            before.run is item.run
            and item.start == before.end + 1
            and _surname_like_place(item)
            and _given_name_before(before, data)
        ):
            word = before.text.rsplit(" ", 1)[-1]
            given = Token(word, before.end - len(word), before.end)
            joined = _person(item, given, _token(item))
            joined.text, joined.start = f"{word} {item.text}", given.start
            if word == before.text:
                items[index - 1 : index + 1] = [joined]
                continue
            # "Sister Mary Kiev", "Violinist Sarah Odessa": the leading words stay on their own
            before.text = before.text[: -len(word) - 1]
            before.end = before.start + len(before.text)
            items[index] = joined
        index += 1


def _given_name_before(before: Resolved, data: NameData) -> bool:
    """Whether ``before`` is, or ends with, a given name a place-spelled surname can follow.

    A Western given name counts even when the tables read it as a one-word person (Aaron
    reads as the Russian surname Аарон); after leading words ("Sister Mary") only a Western
    given name does.
    """
    if " " in before.text:
        return before.kind == "name" and is_western_given_name(before.text.rsplit(" ", 1)[-1])
    if is_western_given_name(before.text):
        return before.kind in ("name", "person")
    return before.kind == "name" and _dictionary_given_name(before.text, data)


def _dictionary_given_name(word: str, data: NameData) -> bool:
    """Whether the Russian dictionary reads ``word`` as a given name (Stefan -> Стефан)."""
    if not word[:1].isupper() or word.isupper():
        return False
    cyrillic = greedy_russian(word)
    if cyrillic is None:
        return False
    from app.names import morphology

    if not morphology.get_analyzer("ru").word_is_known(cyrillic.lower()):
        return False
    return any(
        p.kind == "given" and p.lemma.lower() == cyrillic.lower()
        for p in data.analyze(cyrillic, "ru")
    )


def _token(item: Resolved) -> Token:
    return Token(item.text, item.start, item.end)


def _person(item: Resolved, given: Token | None, surname: Token) -> Resolved:
    notes: dict[str, Any] = {}
    return Resolved(
        text=item.text, start=item.start, end=item.end, kind="person", run=item.run,
        given=given, surname=surname, notes=notes,
    )
