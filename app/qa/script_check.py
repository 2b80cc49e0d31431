"""Letters that do not belong: Latin look-alikes inside Cyrillic words (and the other way round),
Russian-only letters in the Ukrainian column, Ukrainian-only letters in the Russian one, and
characters nobody can see (zero-width space, soft hyphen, direction marks).

A word that mixes scripts looks right and breaks search, sorting and the name checks (the names
engine normalises such words for matching and relies on this check to flag the hidden letter).
The finding covers the foreign letters only; the suggestion is the whole word with each
look-alike replaced by its twin in the word's main script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from app.qa.findings import INVISIBLE, MIXED_SCRIPT, WRONG_ALPHABET, Finding
from app.qa.unit import CheckContext, Unit

LATIN_TO_CYRILLIC = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У", "a": "а", "c": "с", "e": "е", "i": "і", "o": "о",
    "p": "р", "x": "х", "y": "у", "j": "ј", "s": "ѕ",
}
CYRILLIC_TO_LATIN = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M", "О": "O",
    "Р": "P", "Т": "T", "Х": "X", "У": "Y", "а": "a", "с": "c", "е": "e", "і": "i", "о": "o",
    "р": "p", "х": "x", "у": "y", "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h",
}
_WORD = re.compile(r"[^\W\d_]+(?:[\u00ad\u200b\u200c\u200d\u2060][^\W\d_]+)*")


def _script(char: str) -> str | None:
    if "a" <= char.casefold() <= "z" or ("\u00c0" <= char <= "\u024f"):
        return "latin"
    if "\u0400" <= char <= "\u04ff" or "\u0500" <= char <= "\u052f":
        return "cyrillic"
    return None


_HAS_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_HAS_CYRILLIC = re.compile("[\u0400-\u052f]")


def check_mixed_scripts(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    text = unit.target
    if not (_HAS_LATIN.search(text) and _HAS_CYRILLIC.search(text)):
        return
    for match in _WORD.finditer(text):
        word = match.group()
        if not (_HAS_LATIN.search(word) and _HAS_CYRILLIC.search(word)):
            continue
        scripts = [_script(c) for c in word]
        latin = scripts.count("latin")
        cyrillic = scripts.count("cyrillic")
        if not latin or not cyrillic:
            continue
        if cyrillic > latin or (cyrillic == latin and unit.lang != "en"):
            main, twins = "cyrillic", LATIN_TO_CYRILLIC
        else:
            main, twins = "latin", CYRILLIC_TO_LATIN
        foreign = [i for i, s in enumerate(scripts) if s not in (main, None)]
        fixed = "".join(twins.get(c, c) if s not in (main, None) else c
                        for c, s in zip(word, scripts, strict=True))
        start = match.start() + foreign[0]
        end = match.start() + foreign[-1] + 1
        suggestion: str | None = fixed[foreign[0]:foreign[-1] + 1]
        if any(_script(c) not in (main, None) for c in fixed):
            suggestion = None  # a letter without a look-alike: the word needs a human
        yield Finding(unit.lang, MIXED_SCRIPT, "error", start, end, text[start:end],
                      suggestion, "mixed_script_" + main, (word,))


_RUSSIAN_ONLY = re.compile("[ыЫэЭъЪёЁ]")
_UKRAINIAN_ONLY = re.compile("[іІїЇєЄґҐ]")


def check_alphabet(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "uk":
        pattern, code = _RUSSIAN_ONLY, "russian_letter"
    elif unit.lang == "ru":
        pattern, code = _UKRAINIAN_ONLY, "ukrainian_letter"
    else:
        return
    text = unit.target
    for match in pattern.finditer(text):
        word = _word_around(text, match.start())
        if word is None or any(_script(c) == "latin" for c in word[2]):
            continue  # a Latin word's look-alike is the mixed-script check's
        yield Finding(unit.lang, WRONG_ALPHABET, "warning", match.start(), match.end(),
                      match.group(), None, code, (word[2],))


def _word_around(text: str, i: int) -> tuple[int, int, str] | None:
    for match in _WORD.finditer(text, max(0, i - 60)):
        if match.start() <= i < match.end():
            return match.start(), match.end(), match.group()
        if match.start() > i:
            break
    return None


#: Invisible or formatting characters (the soft hyphen is visible only at a line break).
INVISIBLE_CHARS = {
    "\u00ad": "SOFT HYPHEN", "\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER", "\u2060": "WORD JOINER", "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
    "\u200e": "LEFT-TO-RIGHT MARK", "\u200f": "RIGHT-TO-LEFT MARK", "\u180e": "MONGOLIAN VOWEL",
    "\u034f": "COMBINING GRAPHEME JOINER",
}
INVISIBLE_PATTERN = "[" + "".join(INVISIBLE_CHARS) + "\u202a-\u202e\u2066-\u2069]"
_INVISIBLE = re.compile(INVISIBLE_PATTERN)


def check_invisible(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    text = unit.target
    for match in _INVISIBLE.finditer(text):
        char = match.group()
        name = INVISIBLE_CHARS.get(char) or unicodedata.name(char, f"U+{ord(char):04X}")
        yield Finding(unit.lang, INVISIBLE, "warning", match.start(), match.end(), char, "",
                      "invisible_character", (f"U+{ord(char):04X} {name}",))
