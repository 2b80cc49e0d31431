"""Punctuation and spacing: sentence end, paired brackets and quotes, Russian/Ukrainian quotation
marks, double spaces, spaces at the edges, a word written twice.

Russian and Ukrainian quote with « » outside and „ “ inside (a quote inside a quote is fine, in
either style); English quotes (" " or “ ”) around a Russian or Ukrainian quotation are a warning
with « » as the suggestion. Note that the Russian closing “ is the English opening quote: the
pairing below reads quotes as a stack, so „…“ inside «…» pairs up.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from itertools import compress

from app.qa.findings import CAPITALIZATION, PUNCTUATION, QUOTES, REPEATED_WORD, SPACES, Finding
from app.qa.unit import WORD_PATTERN, CheckContext, Unit, words

_CLOSERS = "\"'”’»“)]}\u00a0 "
_END_MARKS = {".": ".", "!": "!", "?": "?", "…": "…", ":": ":", ";": ";"}


def _end_mark(text: str) -> tuple[str, int] | None:
    """The sentence-end mark of ``text`` (after closing quotes/brackets) and its offset."""
    stripped = text.rstrip(_CLOSERS + "\t\n")
    if not stripped:
        return None
    if stripped.endswith("..."):
        return "…", len(stripped) - 3
    last = stripped[-1]
    return (_END_MARKS[last], len(stripped) - 1) if last in _END_MARKS else None


def check_end_punctuation(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en" or not unit.target.strip() or not unit.source.strip():
        return
    source_end = _end_mark(unit.source)
    target_end = _end_mark(unit.target)
    if source_end == target_end or (source_end and target_end and source_end[0] == target_end[0]):
        return
    # "?!" and "!?" end a sentence alike; ":" before a quotation may become "."
    if source_end and target_end and {source_end[0], target_end[0]} <= {".", ":", "…", ";"}:
        if {source_end[0], target_end[0]} != {".", "…"}:
            return
    if source_end and target_end is None:
        end = len(unit.target.rstrip())
        yield Finding(unit.lang, PUNCTUATION, "warning", end, end, "", source_end[0],
                      "end_mark_missing", (source_end[0],))
    elif source_end and target_end:
        pos = target_end[1]
        length = 3 if unit.target[pos:pos + 3] == "..." else 1
        yield Finding(unit.lang, PUNCTUATION, "warning", pos, pos + length,
                      unit.target[pos:pos + length], source_end[0], "end_mark_changed",
                      (source_end[0],))
    elif target_end and source_end is None:
        pos = target_end[1]
        yield Finding(unit.lang, PUNCTUATION, "info", pos, pos + 1, unit.target[pos], "",
                      "end_mark_added")


_BRACKETS = {")": "(", "]": "[", "}": "{"}
_BRACKET_CHARS = re.compile(r"[()\[\]{}]")
_QUOTE_CHARS = re.compile("[«»„“”]")
_STRAIGHT = re.compile('"')


def _opens_or_closes_elsewhere(source: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Does the source open or close a bracket or quotation it does not close or open itself
    (a quotation over several segments)? Then the translation's half pair is right."""
    return any(source.count(a) != source.count(b) if a != b else source.count(a) % 2
               for a, b in pairs)


_SOURCE_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))
_SOURCE_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"))


def check_brackets(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en":
        return
    stack: list[tuple[str, int]] = []
    unpaired: list[tuple[str, int]] = []
    for match in _BRACKET_CHARS.finditer(unit.target):
        i, char = match.start(), match.group()
        if char in "([{":
            stack.append((char, i))
        elif char in _BRACKETS:
            if stack and stack[-1][0] == _BRACKETS[char]:
                stack.pop()
            elif not _is_list_marker(unit.target, i):
                unpaired.append((char, i))
    unpaired += stack
    if unpaired and _opens_or_closes_elsewhere(unit.source, _SOURCE_BRACKETS):
        return  # the source's bracket is closed (or opened) in another segment too
    for char, i in unpaired:
        yield Finding(unit.lang, PUNCTUATION, "error", i, i + 1, char, None, "bracket_unpaired")


def _is_list_marker(text: str, i: int) -> bool:
    """"1)" or "а)" at the start of a line or after a space is a list item, not a bracket."""
    return re.search(r"(?:^|\s)(?:\d{1,2}|[^\W\d_])$", text[:i]) is not None


def check_quotes(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en":
        return
    text = unit.target
    stack: list[tuple[str, int]] = []
    unpaired: list[int] = []
    english_outer: list[tuple[int, int]] = []
    straight = [m.start() for m in _STRAIGHT.finditer(text)] if '"' in text else []
    for match in _QUOTE_CHARS.finditer(text):
        i, char = match.start(), match.group()
        if char in "«„":
            stack.append((char, i))
        elif char == "»":
            if stack and stack[-1][0] == "«":
                stack.pop()
            else:
                unpaired.append(i)
        elif char == "“":
            if stack and stack[-1][0] == "„":
                stack.pop()  # Russian/Ukrainian closing inner quote
            else:
                stack.append((char, i))  # English opening quote
        elif char == "”":
            if stack and stack[-1][0] == "“":
                _, opened = stack.pop()
                if not stack:
                    english_outer.append((opened, i))
            elif stack and stack[-1][0] == "„":
                stack.pop()  # „…” is a common variant of „…“
            else:
                unpaired.append(i)
    unpaired += [i for _, i in stack]
    if (unpaired or len(straight) % 2) and _opens_or_closes_elsewhere(unit.source,
                                                                      _SOURCE_QUOTES):
        unpaired, straight_odd = [], False  # the quotation goes on in another segment
    else:
        straight_odd = len(straight) % 2 == 1
    for i in sorted(unpaired):
        yield Finding(unit.lang, QUOTES, "error", i, i + 1, text[i], None, "quote_unpaired")
    if straight_odd:
        i = straight[-1]
        yield Finding(unit.lang, QUOTES, "error", i, i + 1, '"', None, "quote_unpaired")
    pairs = list(zip(straight[::2], straight[1::2], strict=False))
    for opened, closed in english_outer + pairs:
        if _inside_guillemets(text, opened):
            continue  # "…" inside «…»: a quote inside a quote
        quoted = text[opened + 1:closed]
        yield Finding(unit.lang, QUOTES, "warning", opened, closed + 1, text[opened:closed + 1],
                      f"«{quoted}»", "quote_style")


def _inside_guillemets(text: str, i: int) -> bool:
    before = text[:i]
    return before.count("«") > before.count("»")


_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
#: "слово ," / "Київ :": spaces before , . ; : ! ? that end a clause (after a word: checked
#: on the character before, so the scan jumps from space to space, not letter to letter).
_SPACE_BEFORE_MARK = re.compile(r"[ \u00a0]+(?=[,.;:!?](?:\s|$|[»“\")]))")
#: "слово,слово": a comma or semicolon between two letters (not 1,5 or a.b.c).
_NO_SPACE_AFTER = re.compile(r"[,;](?=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE_THEN_MARK = re.compile("[ \u00a0][,.;:!?]")  # cheap first looks for both
_MARK_THEN_LETTER = re.compile(r"[,;][^\W\d_]")


def check_spaces(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en":
        return
    text = unit.target
    for match in _DOUBLE_SPACE.finditer(text) if "  " in text else ():
        yield Finding(unit.lang, SPACES, "warning", match.start(), match.end(), match.group(),
                      " ", "double_space")
    spaced = _spaced_marks(text) if _SPACE_THEN_MARK.search(text) else ()
    if spaced and not _spaced_marks(unit.source):  # the source's own style is no error
        for start, end in spaced:
            yield Finding(unit.lang, SPACES, "warning", start, end, text[start:end], "",
                          "space_before_mark", (text[end],))
    for match in _NO_SPACE_AFTER.finditer(text) if _MARK_THEN_LETTER.search(text) else ():
        if match.start() and _LETTER.match(text, match.start() - 1):
            yield Finding(unit.lang, SPACES, "warning", match.start(), match.end(),
                          match.group(), match.group() + " ", "space_after_mark_missing",
                          (match.group(),))
    lead = len(text) - len(text.lstrip())
    source_lead = len(unit.source) - len(unit.source.lstrip())
    if lead and not source_lead and text.strip():
        yield Finding(unit.lang, SPACES, "warning", 0, lead, text[:lead], "", "leading_space")
    trail = len(text) - len(text.rstrip())
    source_trail = len(unit.source) - len(unit.source.rstrip())
    if trail and not source_trail and text.strip():
        end = len(text)
        yield Finding(unit.lang, SPACES, "warning", end - trail, end, text[end - trail:], "",
                      "trailing_space")


def _spaced_marks(text: str) -> list[tuple[int, int]]:
    """Spans of the spaces between a word and the clause mark after it ("слово ,")."""
    return [match.span() for match in _SPACE_BEFORE_MARK.finditer(text)
            if match.start() and _LETTER.match(text, match.start() - 1)]


_REPEATED = re.compile(rf"(?<![\w'’ʼ-])({WORD_PATTERN})([ \u00a0]+)(\1)(?![\w'’ʼ-])",
                       re.IGNORECASE)
#: Words that may stand twice on purpose ("так-так" is hyphenated and never matches).
_REPEAT_OK = {"ну", "да", "так", "нет", "ні", "ха", "ой", "very", "that", "had"}


#: Case folding at least as loose as the pattern's IGNORECASE (casefold() misses only the
#: Turkish dotted/dotless i, which the regular expression module matches with i).
_LOOSE_FOLD = {0x131: "i", 0x307: None}


def _may_repeat(text: str) -> bool:
    """Two neighbouring words alike? Whatever the pattern below finds is two neighbouring
    words of ``words(text)`` equal ignoring case, so without such a pair it is not run."""
    tokens = words(text)
    if len(tokens) < 2:
        return False
    # The pattern's \1 matches as many characters as the first word has: only neighbours of
    # the same length need folding.
    lengths = list(map(len, tokens))
    same = list(compress(range(len(tokens) - 1), map(operator.eq, lengths, lengths[1:])))
    if not same:
        return False
    if "ı" in text or "İ" in text or "\u0307" in text:  # casefold alone misses these
        return any(tokens[i].casefold().translate(_LOOSE_FOLD)
                   == tokens[i + 1].casefold().translate(_LOOSE_FOLD) for i in same)
    return any(tokens[i].casefold() == tokens[i + 1].casefold() for i in same)


def check_repeated_words(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    text = unit.target
    if not _may_repeat(text):
        return
    for match in _REPEATED.finditer(text):
        word = match.group(1)
        if word.casefold() in _REPEAT_OK:
            continue
        start = match.start(2)
        yield Finding(unit.lang, REPEATED_WORD, "warning", start, match.end(3),
                      text[start:match.end(3)], "", "repeated_word", (word,))


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC_LOWER = re.compile("[а-яёіїєґ]")


def check_initial_capital(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    """The source starts a sentence with a capital letter, the translation with a small
    Cyrillic one ("американские войска"). A source starting with a digit or a small letter
    (a segment that goes on from another, iPhone) asks nothing."""
    if unit.lang == "en":
        return
    source = _FIRST_LETTER.search(unit.source)
    target = _FIRST_LETTER.search(unit.target)
    if source is None or target is None or not source.group().isupper():
        return
    if any(c.isdigit() for c in unit.source[:source.start()]):
        return
    if any(c.isdigit() for c in unit.target[:target.start()]):
        return
    if _CYRILLIC_LOWER.fullmatch(target.group()):
        i = target.start()
        yield Finding(unit.lang, CAPITALIZATION, "warning", i, i + 1, target.group(),
                      target.group().upper(), "initial_lowercase")
