"""Inline codes (bold, italic, links, line breaks, footnote references ...) inside coded text.

A segment's text is plain Unicode in which every inline code is **one character** from the
Unicode Private Use Area, the way Okapi's ``TextFragment`` codes its markers:

* ``U+E000 + n``  opening tag *n*   (the start of a bold run, a link ...)
* ``U+E400 + n``  closing tag *n*
* ``U+E800 + n``  isolated tag *n*  (a line break, an image, a footnote reference ...)

*n* runs from 1 to ``MAX_CODE`` and is unique within a block; an opening and a closing tag
with the same *n* are a pair. One character per tag keeps offsets simple: a span found in coded
text is a span of the stored text, and the interface draws each tag character as a chip.

What a tag stands for (the format's own markup) lives beside the block in ``Block.codes`` and is
never shown to the translator or sent to an engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

OPEN_BASE = 0xE000
CLOSE_BASE = 0xE400
ISOLATED_BASE = 0xE800
MAX_CODE = 0x3FF  # 1023 codes in one block

TAG_PATTERN = re.compile("[\ue001-\ue3ff\ue401-\ue7ff\ue801-\uebff]")
#: Every character of the coded range, tags or not; readers replace such characters found in a
#: source file (see ``sanitize``) so that no text can be mistaken for a tag.
RESERVED_PATTERN = re.compile("[\ue000-\uebff]")


class TagKind(StrEnum):
    OPEN = "open"
    CLOSE = "close"
    ISOLATED = "isolated"


_BASES = {TagKind.OPEN: OPEN_BASE, TagKind.CLOSE: CLOSE_BASE, TagKind.ISOLATED: ISOLATED_BASE}


@dataclass(frozen=True)
class Tag:
    kind: TagKind
    number: int

    @property
    def char(self) -> str:
        return tag_char(self.kind, self.number)


def tag_char(kind: TagKind, number: int) -> str:
    if not 1 <= number <= MAX_CODE:
        raise ValueError(f"tag number {number} out of range 1..{MAX_CODE}")
    return chr(_BASES[kind] + number)


def open_tag(number: int) -> str:
    return tag_char(TagKind.OPEN, number)


def close_tag(number: int) -> str:
    return tag_char(TagKind.CLOSE, number)


def isolated_tag(number: int) -> str:
    return tag_char(TagKind.ISOLATED, number)


def parse_tag(char: str) -> Tag | None:
    """The tag a single character stands for, or None for ordinary text."""
    if len(char) != 1 or not TAG_PATTERN.match(char):
        return None
    code = ord(char)
    if code >= ISOLATED_BASE:
        return Tag(TagKind.ISOLATED, code - ISOLATED_BASE)
    if code >= CLOSE_BASE:
        return Tag(TagKind.CLOSE, code - CLOSE_BASE)
    return Tag(TagKind.OPEN, code - OPEN_BASE)


def is_tag(char: str) -> bool:
    return parse_tag(char) is not None


def tags(text: str) -> list[tuple[int, Tag]]:
    """(offset, tag) for every tag in ``text``, in order."""
    found = []
    for match in TAG_PATTERN.finditer(text):
        tag = parse_tag(match.group())
        assert tag is not None
        found.append((match.start(), tag))
    return found


def has_tags(text: str) -> bool:
    return TAG_PATTERN.search(text) is not None


def strip_tags(text: str) -> str:
    """``text`` without its tags (what an engine or a spell checker should see)."""
    return TAG_PATTERN.sub("", text)


@dataclass(frozen=True)
class PlainText:
    """Text with its tags removed, and the way back to offsets in the coded text."""

    text: str
    offsets: tuple[int, ...]  # offsets[i] = offset in the coded text of plain character i;
    # one extra entry at the end maps len(text) to the end of the coded text

    def coded_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of the plain text to the coded text (tags at the edges are
        left outside the span)."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def plain_with_offsets(text: str) -> PlainText:
    """Strip tags and remember where each remaining character stood. Checks (names, QA,
    glossary) run on ``.text`` and map their spans back with ``coded_span``."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        if TAG_PATTERN.match(char):
            continue
        chars.append(char)
        offsets.append(i)
    offsets.append(len(text))
    return PlainText("".join(chars), tuple(offsets))


def sanitize(text: str) -> tuple[str, int]:
    """Replace characters of the reserved range found in a source file by U+FFFD; returns the
    text and how many were replaced (readers report the count, so nothing changes silently)."""
    count = len(RESERVED_PATTERN.findall(text))
    if not count:
        return text, 0
    return RESERVED_PATTERN.sub("\ufffd", text), count


def display(text: str) -> str:
    """A readable form for logs, reports and plain-text export: ``<1>``, ``</1>``, ``<1/>``."""

    def one(match: re.Match[str]) -> str:
        tag = parse_tag(match.group())
        assert tag is not None
        if tag.kind is TagKind.OPEN:
            return f"<{tag.number}>"
        if tag.kind is TagKind.CLOSE:
            return f"</{tag.number}>"
        return f"<{tag.number}/>"

    return TAG_PATTERN.sub(one, text)
