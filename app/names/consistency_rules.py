"""Inconsistency inside one document: Kharkov and Kharkiv in one text, Zelensky and Zelenskyy.

Runs after the per-mention rules over every English segment of a document. A place spelled
several ways should use its canonical spelling everywhere; a person spelled several ways should
use the spelling the document uses most (people keep their own spellings, so the document's
majority decides, not a romanization standard).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from app.names.concepts import Resolved
from app.names.english_mentions import Token
from app.names.findings import INCONSISTENT_SPELLING, Flag, match_case
from app.names.name_data import UKRAINE, NameData
from app.names.reasons import why, with_more
from app.names.romanize import fold_latin
from app.names.spelling_key import edit_distance, spelling_key

Located = tuple[int, Resolved]  # (segment index, resolved name)


def consistency_flags(
    items: list[Located], flags: dict[int, list[Flag]], data: NameData | None = None
) -> dict[int, list[Flag]]:
    """Add inconsistency flags to ``flags`` (segment index -> flags), returning it.

    ``data`` (the name data) lets a place outside Ukraine be judged by its Russian name.
    """
    index = _FlagIndex(flags)
    by_concept: dict[str, list[Located]] = {}
    for located in items:
        by_concept.setdefault(located[1].concept, []).append(located)
    for members in by_concept.values():
        kind = members[0][1].kind
        if kind == "place":
            _places(members, index, data)
        elif kind == "person":
            _people(members, index, "surname")
            _people(members, index, "given")
    return flags


def _places(members: list[Located], index: _FlagIndex, data: NameData | None) -> None:
    if data is not None:
        members = _romanizations_only(members, data)
    spellings = Counter(fold_latin(_name_part(item.text)) for _, item in members)
    if len(spellings) < 2:
        return
    canonical = _name_part(members[0][1].canonical)
    if fold_latin(canonical) in spellings:
        preferred = canonical
    else:
        # A spelling the place rules flag (Kharkov) is never the one to copy.
        flagged = {
            fold_latin(_name_part(item.text))
            for seg, item in members
            if index.has(seg, item)
        }
        ranked = [s for s, _ in spellings.most_common() if s not in flagged] or [
            spellings.most_common(1)[0][0]
        ]
        preferred = next(
            _name_part(item.text)
            for _, item in members
            if fold_latin(_name_part(item.text)) == ranked[0]
        )
    for segment, item in members:
        if fold_latin(_name_part(item.text)) == fold_latin(preferred):
            continue
        if not _respelling(_name_part(item.text), preferred, item):
            continue  # Transcarpathia and Zakarpattia: a translation, not a spelling
        name = _name_part(item.text)
        flag = Flag(
            text=name, start=item.start, end=item.start + len(name), kind=INCONSISTENT_SPELLING,
            severity="warning", suggestion=match_case(preferred, name),
            **why("same_place_two_spellings", name, preferred),
            concept=item.concept,
        )
        index.add(segment, flag, why("text_also_writes", preferred))


_GENERIC_TAIL = re.compile(r"\s+(oblast|region|province|river|sea)$", re.IGNORECASE)


def _name_part(text: str) -> str:
    """"Kharkiv" for "Kharkiv Oblast": the name without a generic word after it."""
    return _GENERIC_TAIL.sub("", text)


def _respelling(text: str, preferred: str, item: Resolved) -> bool:
    """Whether ``text`` spells the name ``preferred`` spells (Kharkov, Kyyiv, Kharkiv), as
    opposed to another name of the place (Donets Basin for Donbas)."""
    if item.place is not None and fold_latin(text) in {
        fold_latin(s) for s in item.place.russian_derived_en
    }:
        return True
    return edit_distance(spelling_key(text), spelling_key(preferred), limit=3) <= 3


def _romanizations_only(members: list[Located], data: NameData) -> list[Located]:
    """Outside Ukraine a place keeps its usual English name, and other names of it (Alabuga,
    the Tatar name of Yelabuga) are no misspelling: keep only the canonical spelling and the
    romanizations of the Russian name."""
    place = members[0][1].place
    if place is None or place.country == UKRAINE or not place.ru:
        return members
    keys = data.spellings(place.ru, "ru") | {spelling_key(place.en)}
    return [m for m in members if spelling_key(_name_part(m[1].text)) in keys]


def _people(members: list[Located], index: _FlagIndex, part: str) -> None:
    tokens: list[tuple[int, Token, Resolved]] = []
    for segment, item in members:
        token = item.surname if part == "surname" else item.given
        if part == "given" and item.notes.get("diminutive"):
            continue  # Lyosha for Aleksei is a short name, not a misspelling
        if item.given is None and item.notes.get("place_cue"):
            continue  # "went to Tsaritzyn": a place the gazetteer lacks, not a person's name
        if token is not None and not token.all_caps:
            tokens.append((segment, token, item))
    spellings = Counter(token.text.casefold() for _, token, _ in tokens)
    if len(spellings) < 2:
        return
    preferred = members[0][1].notes.get(f"{part}_spelling") or tokens[0][1].text
    # A spelling another rule already steers away from (Andriy -> Andrii, BGN -> KMU 2010) is
    # not the one to copy when the text also uses the suggested one.
    for segment, token, _item in tokens:
        earlier = index.flag_at(segment, token.start, token.end)
        if (
            earlier is not None and earlier.suggestion
            and token.text.casefold() == preferred.casefold()
            and earlier.suggestion.casefold() in spellings
        ):
            preferred = earlier.suggestion
            break
    count = spellings[preferred.casefold()]
    for segment, token, item in tokens:
        if fold_latin(token.text) == fold_latin(preferred):
            continue  # the same letters, accents aside (Valparaíso, Valparaiso)
        flag = Flag(
            text=token.text, start=token.start, end=token.end, kind=INCONSISTENT_SPELLING,
            severity="warning", suggestion=match_case(preferred, token.text),
            **(why("same_person_two_spellings_once", token.text, preferred) if count == 1
               else why("same_person_two_spellings", token.text, preferred, count)),
            concept=item.concept,
        )
        earlier = index.flag_at(segment, token.start, token.end)
        if earlier is not None and earlier.severity == "info" and (
            (earlier.suggestion or "").casefold() == preferred.casefold()
        ):
            # Same advice, but an inconsistency is worth a warning: say both.
            index.replace(segment, replace(
                flag, **with_more(flag, earlier.reason_parts, earlier.reason)))
        else:
            index.add(segment, flag, None)


class _FlagIndex:
    """The flags per segment, with the position of each English flag by span."""

    def __init__(self, flags: dict[int, list[Flag]]):
        self.flags = flags
        self.positions = {
            (segment, flag.start, flag.end): position
            for segment, flag_list in flags.items()
            for position, flag in enumerate(flag_list)
            if flag.lang == "en"
        }

    def flag_at(self, segment: int, start: int, end: int) -> Flag | None:
        position = self.positions.get((segment, start, end))
        return None if position is None else self.flags[segment][position]

    def has(self, segment: int, item: Resolved) -> bool:
        """Whether a per-mention rule flagged this name already."""
        return (segment, item.start, item.end) in self.positions

    def replace(self, segment: int, new: Flag) -> None:
        """Put ``new`` in place of the flag on the same span."""
        self.flags[segment][self.positions[(segment, new.start, new.end)]] = new

    def add(self, segment: int, new: Flag, note: dict[str, Any] | None) -> None:
        """Add ``new`` unless its span is flagged already (then append ``note``, the keyword
        arguments of :func:`app.names.reasons.why`, to that flag's reason)."""
        existing = self.flags.setdefault(segment, [])
        key = (segment, new.start, new.end)
        position = self.positions.get(key)
        if position is not None:
            flag = existing[position]
            if note and note["reason"] not in flag.reason:
                existing[position] = replace(
                    flag, **with_more(flag, note["reason_parts"], note["reason"]))
            return
        self.positions[key] = len(existing)
        existing.append(new)
