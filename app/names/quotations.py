"""Direct quotations in English text: the spans a person's or a statement's own words cover.

A name inside a quotation keeps the spelling of the person quoted ("'We were born in
Kirovohrad,' she said"): the name rules turn such flags into notes. Only quotations of at least
three words count; a lone quoted name or title ("Chernobyl", the HBO series) is handled by the
name rules themselves. Quotes are paired within one paragraph: curly quotes “…”, guillemets
«…» and straight double quotes "…" (the first straight quote of a pair opens it). A quotation
left open at the end of its paragraph (a quote running on into the next one) runs to the end of
the paragraph.
"""

from __future__ import annotations

import re

_MIN_WORDS = 3
_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))
_STRAIGHT = '"'
_OPENING_MARKS = (*(opening for opening, _ in _PAIRS), _STRAIGHT)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation of three words or more, quote marks excluded."""
    if not any(mark in text for mark in _OPENING_MARKS):
        return []  # most texts quote no one
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in re.split(r"(\n)", text):
        if paragraph != "\n":
            spans.extend((offset + s, offset + e) for s, e in _paragraph_spans(paragraph))
        offset += len(paragraph)
    return sorted(spans)


def _paragraph_spans(paragraph: str) -> list[tuple[int, int]]:
    found = []
    for opening, closing in _PAIRS:
        start = paragraph.find(opening)
        while start >= 0:
            end = _closing(paragraph, opening, closing, start)
            found.append((start + 1, end))
            start = paragraph.find(opening, end + 1)
    positions = [m.start() for m in re.finditer(_STRAIGHT, paragraph)]
    for first, second in zip(positions[::2], positions[1::2], strict=False):
        found.append((first + 1, second))
    return [(s, e) for s, e in found if _words(paragraph[s:e]) >= _MIN_WORDS]


def _closing(paragraph: str, opening: str, closing: str, start: int) -> int:
    """Where the quotation opened at ``start`` closes: a quote inside it in the same marks
    (“... the “Kyiv cake” will be made ...”) is nested, so its closing mark does not end the
    outer one. The end of the paragraph when it stays open."""
    depth = 1
    for match in re.finditer(f"[{re.escape(opening)}{re.escape(closing)}]", paragraph[start + 1 :]):
        if match.group() == opening and opening != closing:
            depth += 1
            continue
        depth -= 1
        if depth == 0:
            return start + 1 + match.start()
    return len(paragraph)


def _words(text: str) -> int:
    """Words of a quotation; a dash between names ("Rivne - Lutsk", a route) is none."""
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)
