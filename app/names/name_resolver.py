"""Decide what each English name run is: places, people, or other names.

A run of capitalised words ("Foreign Minister Sergei Lavrov", "The Moscow Times", "KIEV")
becomes one or more :class:`~app.names.concepts.Resolved` names: people first (a given name
followed by a surname), then places (gazetteer, longest match first), then what is left over
(a known surname alone, a vocative such as "Lyosh", organisations). Capital letters that only
start a sentence or a title-case headline prove nothing and are discounted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from app.names.abroad_context import places_abroad
from app.names.concepts import Resolved, best_place, lookup_name, loose_key
from app.names.english_given_names import given_name as english_given_name
from app.names.english_mentions import INSTITUTION_WORDS, TITLE_WORDS, NameRun, Token
from app.names.english_words import english_words
from app.names.gazetteer import CODIFIER_PREFIX
from app.names.name_data import UKRAINE, NameData
from app.names.person_rules import truncated_vocative
from app.names.russian_spelled_places import (
    hyphenated_town_by_key,
    multiword_by_russian,
    town_by_key,
)
from app.names.spelling_key import edit_distance, spelling_key

_PATRONYMIC = re.compile(r"(ovich|evich|ovych|ovna|evna|ivna|ych|ich)$", re.IGNORECASE)
_MAX_PLACE_WORDS = 3
_VILLAGE_POPULATION = 20000
_CITY_POPULATION = 100000
_TOWN_POPULATION = 20000
# "Dnipropetrovsk region", "Dnipropetrovsk Regional Military Administration", "Oblast's".
_REGION_AFTER = re.compile(r" (region|oblast|province)(?:al|['’]s)?\b", re.IGNORECASE)
# A ship named after a place ("the cruiser Moskva", "SS Odessa") is no mention of the place.
_VESSEL_BEFORE = re.compile(
    r"\b((?-i:SS|MV|HMS|RMS|USS|HMCS)|"
    r"cruiser|warship|flagship|ship|frigate|corvette|vessel|submarine|destroyer|tanker|carrier|"
    r"icebreaker|tug|ferry|boat|schooner|steamer|steamship|liner|yacht|freighter|trawler|barge)"
    r"\s+$",
    re.IGNORECASE,
)
# A weapon or vehicle named like a place ("Avangard missiles", "Grad rockets").
_WEAPON_AFTER = re.compile(
    r"\s+(hypersonic\s+)?(missiles?|rockets?|drones?|launchers?|warheads?|howitzers?|"
    r"(air[\s-]defen[cs]e\s+)?systems?|tanks?|jets?|helicopters?|glide\s+vehicles?)\b",
    re.IGNORECASE,
)
# A unit, team or company named after a place keeps its registered spelling ("Tavria group").
_ORGANISATION_AFTER = re.compile(
    r"\s+(group|grouping|brigade|battalion|regiment|division|corps|operational|airlines?|"
    r"club|stadium|hotel|company|plant|factory|works|university|institute|fc|aluminium|"
    r"aluminum|steel|ironworks|npp|hpp|tpp|nuclear\s+power\s+plant|power\s+(plant|station))\b",
    re.IGNORECASE,
)
_PLACE_CUE = re.compile(
    r"\b(in|near|from|to|outside|around|at|of|towards?|into|city of|town of|shelled|struck|"
    r"hit|attacked|bombed|captured|liberated|seized|occupied|recaptured|entered)\s+$",
    re.IGNORECASE,
)
# A place named earlier is recognised one letter away only in a long enough key (Sumy/Sumi are
# too short to tell from other words).
_NEAR_KEY_LENGTH = 6
# A raion or oblast written right after the name says it is a place: "[now Sosnitsa, Sosnitsa
# Raion, Chernihiv Oblast]", "Pidstepne (Kherson region)".
_UNIT_AFTER = re.compile(
    r"\s*[,(]\s*[A-Z][\w'’-]+\s+(?:[Oo]blast|[Rr]egion|[Rr]aion|[Pp]rovince|[Dd]istrict)\b"
)
PLACE_BEFORE = re.compile(
    r"\b(in|to|near|outside|into|city\s+of|town\s+of|village\s+of)\s+$", re.IGNORECASE
)
# "near Orekhov and Gulyaipole": a name listed right after a place is read as a place too.
_LIST_LINK = re.compile(r"(,|,? and|,? or)\s+", re.IGNORECASE)


def _after_vessel_word(source: str, token: Token) -> bool:
    return bool(_VESSEL_BEFORE.search(source, max(0, token.start - 14), token.start))


def _before_weapon_word(source: str, token: Token, places: tuple[Any, ...]) -> bool:
    """A weapon named like a small place ("Avangard missiles") is no mention of it."""
    if max((p.population or 0) for p in places) >= _CITY_POPULATION:
        return False
    return bool(_WEAPON_AFTER.match(source, token.end))


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
    if before[-1:] in ("'", "’") and before[:1].isalpha():
        return False  # the second half of "Coeur d'Alene", "O'Neill": no one is addressed
    return after in {",", "!"} or (before.endswith(", ") and after in {".", "!", "?"})


class RunResolver:
    """Turn the name runs of one text into :class:`Resolved` names (no concept ids yet)."""

    def __init__(self, data: NameData, capitalised_elsewhere: frozenset[str] = frozenset()):
        """``capitalised_elsewhere``: spelling keys of words capitalised mid-sentence."""
        self.data = data
        self.capitalised_elsewhere = capitalised_elsewhere
        self._loosely_elsewhere: frozenset[str] | None = None
        # spelling keys of the places in Ukraine named so far in the document
        self._named_place_keys: dict[str, Any] = {}
        self._named_place_ids: set[str] = set()

    def _capitalised_loosely(self, word: str) -> bool:
        """Whether ``word`` is capitalised mid-sentence elsewhere in the Belarusian or the
        Russian form ("Lukashenka has ruled" after "Alexander Lukashenko")."""
        if self._loosely_elsewhere is None:
            self._loosely_elsewhere = frozenset(loose_key(k) for k in self.capitalised_elsewhere)
        return loose_key(word) in self._loosely_elsewhere

    def resolve(self, source: str, runs: list[NameRun]) -> list[Resolved]:
        found: list[Resolved] = []
        self._place_end = -1
        for run in runs:
            items = self._resolve_run(source, run)
            found.extend(items)
            self._note_places(items)
            if found and found[-1].kind == "place":
                self._place_end = found[-1].end
        return found

    _place_end = -1  # end of the last place read in the current text

    # --------------------------------------------------------------------------------------
    def _places(self, source: str, tokens: tuple[Token, ...]) -> tuple[Any, ...]:
        text = source[tokens[0].start : tokens[-1].end]
        if "\n" in text:
            return ()
        return self.data.places_by_latin(lookup_name(text))

    def _is_given(self, token: Token) -> bool:
        if token.all_caps or len(token.text) < 2:
            return False
        return english_given_name(self.data, token.text).known

    def _is_surname(self, token: Token) -> bool:
        return not token.all_caps and bool(self.data.surname_forms(token.text))

    def _resolve_run(self, source: str, run: NameRun) -> list[Resolved]:
        tokens = run.tokens
        whole = self._whole_run_by_russian(source, run)
        if whole is not None:
            return [whole]
        out: list[Resolved] = []
        pending: list[Token] = []
        i = 0
        while i < len(tokens):
            person = None if self._town_of_words(source, tokens, i) else self._person_at(
                source, tokens, i
            )
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
            titled = run.titled and i == 0 and len(tokens) == 1
            if place and place[0] == 1 and (
                titled or (not place[2] and self._surname_not_village(tokens[i], place[1], source))
            ):
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
            if place and (
                _after_vessel_word(source, tokens[i])
                or _before_weapon_word(source, tokens[i + place[0] - 1], place[1])
            ):
                place = None
            if place:
                self._flush(source, run, pending, out)
                width, places, lookup = place
                first, last = tokens[i], tokens[i + width - 1]
                notes: dict[str, Any] = {"lookup": lookup} if lookup else {}
                if PLACE_BEFORE.search(source, max(0, first.start - 16), first.start):
                    notes["place_cue"] = True  # "to Kropyvnytskyy": the place, not a surname
                if _ORGANISATION_AFTER.match(source, last.end):
                    notes["organisation"] = True
                places = places_abroad(source, last.end, places, self.data, first.start) or places
                out.append(
                    Resolved(
                        text=source[first.start : last.end], start=first.start, end=last.end,
                        kind="place", run=run, places=places, place=best_place(places),
                        notes=notes,
                    )
                )
                i += width
                continue
            pending.append(tokens[i])
            i += 1
        self._flush(source, run, pending, out)
        if run.sentence_initial and len(run.tokens) == 1 and out:
            word = run.tokens[0].text
            if out[0].kind == "name" and not self._capitalised_loosely(word):
                return []  # "Another", "Guys", "Remind": capitalised only because it starts
            if out[0].kind == "place" and _english_word_small_place(word, out[0].places):
                return []  # "Mama, we are alive": not the town of Mama in Siberia
        return out

    def _whole_run_by_russian(self, source: str, run: NameRun) -> Resolved | None:
        """A two- or three-word place the gazetteer lacks in this spelling ("Novaya Kakhovka")
        read through its Russian name, before its last word alone is taken for a place."""
        tokens = run.tokens
        if not 2 <= len(tokens) <= 3 or run.dateline or self._places(source, tokens):
            return None
        if any(t.all_caps for t in tokens) or self._person_at(source, tokens, 0):
            return None
        places = self._russian_spelled_place(source, list(tokens))
        if not places:
            return None
        return Resolved(
            text=run.text, start=run.start, end=run.end, kind="place", run=run,
            places=places, place=places[0], notes={"via_russian": True},
        )

    def _town_of_words(self, source: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Whether a town's two- or three-word name starts here ("Belaya Tserkov" is the
        city, not a woman called Belaya)."""
        for width in range(min(_MAX_PLACE_WORDS, len(tokens) - i), 1, -1):
            places = self._places(source, tokens[i : i + width])
            if places and max(p.population or 0 for p in places) >= _VILLAGE_POPULATION:
                return True
        return False

    def _surname_not_village(self, token: Token, places: tuple[Any, ...], source: str) -> bool:
        """A known surname that only matches small places by an alias is the surname.

        ("Khokhlova" is a surname, not the Russian village Khokhlovo.) So is one that matches
        only settlements known from the codifier, whose population is unknown, unless a word
        that introduces a place stands before it ("Morozova" is a surname; "in Morozova" the
        village).
        """
        if token.all_caps:
            return False
        if all(p.id.startswith(CODIFIER_PREFIX) for p in places):
            return self._is_surname(token) and not PLACE_BEFORE.search(
                source, max(0, token.start - 16), token.start
            )
        if any(p.en.casefold() == token.text.casefold() for p in places):
            return False
        if max((p.population or 0) for p in places) >= _VILLAGE_POPULATION:
            return False
        return self._is_surname(token)

    def _person_at(
        self, source: str, tokens: tuple[Token, ...], i: int
    ) -> tuple[Token | None, Token | None, int] | None:
        token = tokens[i]
        if not self._is_given(token):
            return None
        rest = tokens[i + 1 :]
        if rest and _PATRONYMIC.search(rest[0].text) and len(rest) > 1:
            return token, rest[1], 3
        if rest and not rest[0].all_caps:
            nxt = rest[0]
            # "Vladimir Putin", "Maria Lvova-Belova"; a given name before the name of a city
            # is a person unless the word is that city's own English name (and no surname).
            if not self._big_city(nxt) or self._is_surname(nxt):
                if len(rest) > 1 and source[nxt.end : rest[1].start] == "-":
                    double = Token(source[nxt.start : rest[1].end], nxt.start, rest[1].end)
                    return token, double, 3
                return token, nxt, 2
        if len(tokens) == 1 and not self._town_by_exact_name(token):
            return token, None, 1
        return None

    def _town_by_exact_name(self, token: Token) -> bool:
        """Whether a lone word is a town's name but a given name only by the lossy spelling
        key ("Oleksandriya", the city, keys like the given name Oleksandra)."""
        places = [
            p for p in self.data.places_by_latin(token.text)
            if (p.population or 0) >= _TOWN_POPULATION
        ]
        if not places:
            return False
        reading = english_given_name(self.data, token.text)
        word = token.text.casefold()
        for lang, forms in (("ru", reading.ru), ("uk", reading.uk)):
            for form in forms:
                if any(latin.casefold() == word for _, latin in self.data.romanize_all(form, lang)):
                    return False
        return True

    def _big_city(self, token: Token) -> bool:
        return any(
            p.en.casefold() == token.text.casefold() and (p.population or 0) >= _CITY_POPULATION
            for p in self.data.places_by_latin(token.text)
        )

    def _place_at(
        self, source: str, tokens: tuple[Token, ...], i: int
    ) -> tuple[int, tuple[Any, ...], str | None] | None:
        """(width, places, look-up text when it differs from the span) of the longest match."""
        for width in range(min(_MAX_PLACE_WORDS, len(tokens) - i), 0, -1):
            places = self._places(source, tokens[i : i + width])
            lookup = None
            region = _REGION_AFTER.match(source, tokens[i + width - 1].end)
            if region and (i + width == len(tokens) or tokens[i + width].start == region.start(1)):
                # "Dnepropetrovsk region": the oblast, not the city (renamed Dnipro).
                name = lookup_name(source[tokens[i].start : tokens[i + width - 1].end])
                lookup = f"{name} {region.group(1).lower()}"
                oblasts = self.data.places_by_latin(lookup)
                places, lookup = (oblasts, lookup) if oblasts else (places, None)
            if places:
                if width == 1 and len(tokens) > 1 and _weak_match(tokens[i].text, places):
                    return None  # "Nariman Dzhelyal" is a person, not the village Narimanov
                return width, places, lookup
        return None

    def _russian_spelled_place(self, source: str, pending: list[Token]) -> tuple[Any, ...]:
        """A place in Ukraine the gazetteer lacks this spelling of, read through its Russian
        name ("in Evpatoria" -> Евпатория -> Yevpatoriia). Only after words that introduce a
        place, since the Latin -> Cyrillic search is too slow for every unknown word."""
        if len(pending) > 2 or any(t.all_caps for t in pending):
            return ()
        before = source[max(0, pending[0].start - 12) : pending[0].start]
        listed = 0 <= self._place_end <= pending[0].start and _LIST_LINK.fullmatch(
            source, self._place_end, pending[0].start
        )
        text = source[pending[0].start : pending[-1].end]
        if " " not in text:
            compound = hyphenated_town_by_key(text)
            if compound:  # "Kamyanets-Podilskiy": another romanization, read as an alias
                return tuple(replace(p, aliases_en=(*p.aliases_en, text)) for p in compound)
        unit_after = bool(_UNIT_AFTER.match(source, pending[-1].end))
        if not listed and not unit_after and not _PLACE_CUE.search(before):
            return ()
        if len(pending) == 1:
            return self.data.place_by_russian_spelling(text) or tuple(
                replace(place, aliases_en=(*place.aliases_en, text))
                for place in (
                    self.data.place_by_ukrainian_spelling(text)
                    or town_by_key(text)
                    or self._near_place_named_before(text)
                )
            )
        return multiword_by_russian(self.data, text)

    def _note_places(self, found: list[Resolved]) -> None:
        """Remember the spelling keys of the places in Ukraine the document has named."""
        for item in found:
            place = item.place
            if item.kind != "place" or place is None or place.country != UKRAINE:
                continue
            if place.id in self._named_place_ids:
                continue
            self._named_place_ids.add(place.id)
            for spelling in place.spellings():
                key = spelling_key(spelling)
                if len(key) >= _NEAR_KEY_LENGTH:
                    self._named_place_keys.setdefault(key, place)

    def _near_place_named_before(self, text: str) -> tuple[Any, ...]:
        """A place in Ukraine the document has already named whose spelling is one letter
        from ``text`` by spelling key: "developed in Zaporozhia" after "Zaporizhia" (a hybrid
        of the Russian Zaporozhye and the Ukrainian spelling). Asked only for a word the text
        introduces as a place and no table knows."""
        key = spelling_key(text)
        if len(key) < _NEAR_KEY_LENGTH or not text.isalpha():
            return ()
        for known, place in self._named_place_keys.items():
            if known[:1] == key[:1] and abs(len(known) - len(key)) <= 1 and (
                edit_distance(known, key, limit=1) <= 1
            ):
                return (place,)
        return ()

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
        # "Zorya Luhansk": a word run together with the city after it names a club or a
        # company, not a second place.
        last_token = pending[-1]
        followed = last_token is not run.tokens[-1] and source[last_token.end] == " "
        places = () if followed else self._russian_spelled_place(source, pending)
        if places:
            # Read through the Ukrainian name (Kropyvnytskyy): another romanization, which the
            # place rules judge as an alias; through the Russian name: Russian-derived.
            ukrainian = text in places[0].aliases_en
            out.append(
                Resolved(
                    text=text, start=first.start, end=last.end, kind="place", run=run,
                    places=places, place=places[0],
                    notes={} if ukrainian else {"via_russian": True},
                )
            )
            pending.clear()
            return
        if len(pending) == 1:
            if self._is_surname(first):
                kind, surname = "person", first
            elif is_address(source, first) and first.text.lower() not in english_words():
                vocative = self.data.vocative_of(first.text) or truncated_vocative(
                    first.text, self.data
                )
                if vocative:
                    lang, _, nominative, scheme = vocative
                    kind, canonical = "person", self.data.romanize(nominative, lang, scheme)
        out.append(
            Resolved(
                text=text, start=first.start, end=last.end, kind=kind, run=run,
                surname=surname, vocative_of=vocative, canonical=canonical,
                notes={"nominative": canonical} if vocative else {},
            )
        )
        pending.clear()
