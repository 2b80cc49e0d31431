"""What a whole document says about where it is: the cues a human editor reads first.

A text about Odessa, Texas names Texas, Midland and Waco and never Ukraine; a report on a
Bulgarian tennis player names Bulgaria and Japan. For a name that could be something else (a
town abroad, a surname, a former name, a village), such a document makes the Ukrainian reading
unlikely. Cues:

- Ukraine cues: the words Ukraine, Ukrainian, Crimea, Donbas (any spelling), or a place in
  Ukraine the text names that is a city or an oblast (not the name being judged);
- abroad cues: names of countries other than Ukraine, Russia and Belarus and of US states
  (resources/names/places_abroad.txt, built by scripts/build_places_abroad.py), a county
  ("Lincoln County") and a US state's postal code ("Spokane, WA").

The document also tells whether it talks about renaming (renamed, decommunization, former or
new name), which makes a former name in it a cited one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from app.names.concepts import Resolved
from app.names.english_words import word_list
from app.names.name_data import UKRAINE
from app.names.spelling_key import edit_distance, spelling_key

# "the Crimean War" (1853-1856) is history, not a sign that the text is about Ukraine.
_UKRAINE_WORDS = re.compile(r"\b(Ukrain\w*|Crimea(?:n(?!\s+War))?|Donbas+|Kyiv)\b")
_FORMER_USSR_WORDS = re.compile(
    r"\b(Russia\w*|Soviet\w*|USSR|Moscow|Kremlin|Belarus\w*|Tsar\w*|Black\s+Sea|Bolshevik\w*)\b"
)
# "was called upon to edit", "were called in", "was named after": a phrasal verb or a namesake,
# no renaming.
_RENAMING = re.compile(
    r"\b(renam\w+|decommuni[sz]\w+|de-communi[sz]\w+|former\s+name|new\s+name|"
    r"(was|were)\s+(called|named)(?!\s+(?:upon|on|in|off|out|up|back|away|for|after)\b)|"
    r"changed\s+(its|the)\s+name)\b",
    re.IGNORECASE,
)
_CITY_POPULATION = 20_000
_OBLAST_CENTRE = 100_000  # a city this big points to its oblast
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*) $")


@cache
def _abroad_names() -> frozenset[str]:
    return word_list("places_abroad.txt")


_CAPITAL_WORD = re.compile(r"[A-Z][A-Za-z.]*[A-Za-z]|[A-Z]")


_AFTER_NAME = re.compile(r"\s*(?:,|\()\s*([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})")


# "born in Odessa, Russia", "Zhytomyr (Ukraine)", "Kharkov, USSR": the country written after
# the name puts the place at home (Ukraine, or Russia's empire or the Soviet Union it belonged
# to) whatever else the document is about.
_HOME_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:the\s+)?(?P<country>Ukraine|Ukrainian\s+SSR|Russian\s+Empire|"
    r"Soviet\s+Union|USSR|U\.S\.S\.R\.|Russia)\b"
)


def placed_home_after(text: str, end: int, russian_candidate: bool = False) -> bool:
    """Whether Ukraine, the Russian Empire or the Soviet Union follows the name ending at
    ``end`` ("Odessa, Russia" for a city that has no namesake in Russia)."""
    match = _HOME_AFTER.match(text, end)
    if not match:
        return False
    return not (russian_candidate and match.group("country") == "Russia")


# "Odessa is a Delaware historic town", "Sebastopol is a California city": the name said to be
# a place of a state or country abroad.
_IS_A_AFTER = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)")
# "Odessa, Ukraine", "Odessa (Ukraine)", "Odessa in Ukraine": the place in Ukraine, also in a
# text about its namesake abroad ("letters from Odessa, Ukraine" in a story on Odessa, Texas).
_UKRAINE_AFTER = re.compile(r"\s*(?:,|\(|\s+in)\s*(?:the\s+)?Ukraine\b")


# "Odessa, Missouri, was named after Odessa, Ukraine": the namesake's name is cited.
_NAMED_AFTER = re.compile(r"\bnamed\s+(?:after|for)\s+$")


def placed_in_ukraine_after(text: str, start: int, end: int) -> bool:
    """Whether the word Ukraine follows the name at ``start:end`` as its country (not when a
    namesake is said to be named after it)."""
    if _NAMED_AFTER.search(text, max(0, start - 20), start):
        return False
    return bool(_UKRAINE_AFTER.match(text, end))


def placed_abroad_after(text: str, end: int) -> bool:
    """Whether a country or US state follows the name ending at ``end``: "Sevastopol,
    Wisconsin", "Odessa (Ontario)", "Odessa is a Delaware historic town"."""
    match = _AFTER_NAME.match(text, end) or _IS_A_AFTER.match(text, end)
    if not match:
        return False
    words = match.group(1).split()
    names = _abroad_names()
    return any(
        " ".join(words[:n]) in names or " ".join(words[:n]).rstrip(".") in names
        for n in range(1, len(words) + 1)
    )


# Other signs of a text set abroad: a county (Ukraine has oblasts and raions, not counties:
# "Serving Lincoln County") and a US state's postal code after a comma or "in" ("Spokane, WA",
# "festivals in WA"); codes that are also English words in capitals (OK, OR, ME, IN, HI, DE)
# are left out.
_COUNTY = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? County\b")
_STATE_CODE = re.compile(
    r"(?:,\s*|\bin\s+)(?:AK|AL|AR|AZ|CA|CO|CT|FL|GA|IA|ID|IL|KS|KY|LA|MA|MD|MI|MN|MO|MS|MT|"
    r"NC|ND|NE|NH|NJ|NM|NV|NY|OH|PA|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY)(?![\w'’-])"
)


def _names_abroad(text: str) -> bool:
    """Whether ``text`` names a country (not Ukraine, Russia, Belarus) or a US state: its
    capitalised words, alone or two and three in a row, looked up in places_abroad.txt; or a
    county or a US state's postal code."""
    if _COUNTY.search(text) or _STATE_CODE.search(text):
        return True
    names = _abroad_names()
    words = [(m.group(), m.start(), m.end()) for m in _CAPITAL_WORD.finditer(text)]
    for index, (word, _, end) in enumerate(words):
        if word in names or f"{word}." in names:
            return True
        phrase = word
        for following, start, next_end in words[index + 1 : index + 3]:
            if start != end + 1:
                break
            phrase, end = f"{phrase} {following}", next_end
            if phrase in names:
                return True
    return False


@dataclass
class DocumentContext:
    """Cues of one document (all its English segments)."""

    ukraine_words: bool = False
    abroad: bool = False
    renaming: bool = False
    # concepts of places in Ukraine the document names (city or bigger, or an oblast)
    ukrainian_places: set[str] = field(default_factory=set)
    # canonical names of places in Ukraine written in their canonical spelling
    canonical_names: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)
    _word_counts: Counter[str] | None = None
    _named: dict[tuple[str, str], bool] = field(default_factory=dict)
    # Mentions of each oblast (ISO 3166-2 code), strongest evidence first: the oblasts the
    # document names (Luhansk Oblast, "Luhansk region"), the oblasts of the cities of 100,000+
    # it names, the oblasts of the other places it names. They tell namesakes apart (Artemivsk
    # in Luhansk oblast is Kypuche); a name several oblasts share gives no evidence.
    oblasts: tuple[Counter[str], Counter[str], Counter[str]] = field(
        default_factory=lambda: (Counter(), Counter(), Counter())
    )
    # concepts of places whose name the text itself places abroad ("Sevastopol, Wisconsin"),
    # with where it first does so (segment, offset): the place's other spellings from there on,
    # and in a headline ("Another Sebastopol?"), are the namesake too; an earlier sentence
    # ("grain left the port of Odessa") is still the place in Ukraine
    concepts_abroad: dict[str, tuple[int, int]] = field(default_factory=dict)

    # concepts of places the text itself puts in Ukraine ("from Odessa, Russia, in 1905"), with
    # where it first does so: from there on the place is the one in Ukraine, even in a document
    # set in Illinois
    concepts_home: dict[str, tuple[int, int]] = field(default_factory=dict)

    def placed_abroad_before(self, item: Resolved) -> bool:
        """Whether the text has put ``item``'s place abroad by the time it names it."""
        where = self.concepts_abroad.get(item.concept)
        return where is not None and (where <= item.order or item.run.headline)

    def placed_home_before(self, item: Resolved) -> bool:
        """Whether the text has put ``item``'s place in Ukraine by the time it names it (and
        not abroad: "Odessa, Texas, named after Odessa, Ukraine" stays the namesake)."""
        where = self.concepts_home.get(item.concept)
        return where is not None and where <= item.order and item.concept not in (
            self.concepts_abroad
        )
    # casefolded names the text itself places abroad ("Odessa, Texas"), see context_exceptions
    placed_abroad: set[str] = field(default_factory=set)
    # the resolved names of each text (read on demand by the questions below)
    resolved: Sequence[Iterable[Resolved]] = ()
    _words: int | None = None
    _former_ussr: bool | None = None
    _words_before_places: set[str] | None = None

    @property
    def words(self) -> int:
        """Whitespace-separated words of all its texts (counted on first use)."""
        if self._words is None:
            self._words = sum(len(text.split()) for text in self.texts)
        return self._words

    @property
    def former_ussr_words(self) -> bool:
        """Whether it names Russia, the Soviet Union, Moscow, Belarus or the Black Sea: the
        region, if not Ukraine (searched on first use)."""
        if self._former_ussr is None:
            self._former_ussr = any(_FORMER_USSR_WORDS.search(text) for text in self.texts)
        return self._former_ussr

    def writes_before_a_city(self, word: str) -> bool:
        """Whether the document writes ``word`` right before a place in Ukraine, as a club's or
        a company's name is ("Zorya Luhansk", "Vorskla Poltava")."""
        if self._words_before_places is None:
            self._words_before_places = set()
            for text, items in zip(self.texts, self.resolved, strict=False):
                for item in items:
                    place = item.place
                    if item.kind != "place" or place is None or place.country != UKRAINE:
                        continue
                    before = _WORD_BEFORE.search(text, max(0, item.start - 30), item.start)
                    if before:
                        self._words_before_places.add(before.group(1))
        return word in self._words_before_places

    def names(self, name: str, besides: str = "") -> bool:
        """Whether the document writes ``name`` (or a romanization of it one letter away:
        Kropyvnytskyy for Kropyvnytskyi). The words of ``besides`` (the former name being
        judged) do not count: "Pereyaslav Khmelnitsky" does not name Pereiaslav by itself.
        Asked for each flagged former name of a text about a renaming: word counts are built
        once and answers kept."""
        known = self._named.get((name, besides))
        if known is not None:
            return known
        if name.casefold() in self.canonical_names:
            self._named[(name, besides)] = True
            return True
        if self._word_counts is None:  # only a text about a renaming asks: built on demand
            self._word_counts = Counter(
                spelling_key(w) for text in self.texts for w in _CAPITALISED.findall(text)
            )
        counts = self._word_counts
        if besides:  # leave out the words of the former name's own occurrences
            times = sum(text.count(besides) for text in self.texts)
            counts = counts.copy()
            for word in _CAPITALISED.findall(besides):
                counts[spelling_key(word)] -= times
        key = spelling_key(name)
        answer = any(
            n > 0 and k[:1] == key[:1] and edit_distance(k, key, limit=2) <= 1
            for k, n in counts.items()
        )
        self._named[(name, besides)] = answer
        return answer

    def names_event(self, event: re.Pattern[str]) -> bool:
        """Whether a text of the document names ``event`` (asked only for listed historical
        spellings, so searched on demand)."""
        return any(event.search(text) for text in self.texts)

    def ukraine_cue(self, item: Resolved) -> bool:
        """Whether the document points to Ukraine other than through ``item`` itself."""
        return self.ukraine_words or bool(self.ukrainian_places - {item.concept})


def read_document(texts: Sequence[str], resolved: Iterable[Iterable[Resolved]]) -> DocumentContext:
    context = DocumentContext()
    for text in texts:
        context.ukraine_words = context.ukraine_words or bool(_UKRAINE_WORDS.search(text))
        context.abroad = context.abroad or _names_abroad(text)
        context.renaming = context.renaming or bool(_RENAMING.search(text))
        context.texts.append(text)
    context.resolved = resolved = list(resolved)
    for text, items in zip(context.texts, resolved, strict=False):
        for item in items:
            if item.kind == "place" and placed_abroad_after(text, item.end):
                where = context.concepts_abroad.get(item.concept, item.order)
                context.concepts_abroad[item.concept] = min(where, item.order)
            elif item.kind == "place" and item.place is not None and (
                item.place.country == UKRAINE
            ) and placed_home_after(text, item.end, any(p.country != UKRAINE for p in item.places)):
                where = context.concepts_home.get(item.concept, item.order)
                context.concepts_home[item.concept] = min(where, item.order)
            place = item.place
            if item.kind != "place" or place is None or place.country != UKRAINE:
                continue
            if item.text.casefold() == place.en.casefold():
                context.canonical_names.add(place.en.casefold())
            big = (place.population or 0) >= _CITY_POPULATION or place.kind == "oblast"
            oblasts = {p.oblast for p in item.places if p.country == UKRAINE}
            if place.oblast and len(oblasts) == 1 and not item.notes.get("surname_like"):
                if item.notes.get("lookup") or place.kind == "oblast":
                    context.oblasts[0][place.oblast] += 1
                elif (place.population or 0) >= _OBLAST_CENTRE:
                    context.oblasts[1][place.oblast] += 1
                else:
                    context.oblasts[2][place.oblast] += 1
            if big and not item.notes.get("surname_like"):
                context.ukrainian_places.add(item.concept)
    return context
