"""Sentences inside a block of coded text, with the text between them kept as separators.

The segmenter (``app.core.segmenter.sentence_spans``) sees the block's text without its tags;
each sentence span is mapped back to the coded text. Tags at a sentence boundary go with the
sentence they belong to: closing and isolated tags after a sentence (before the next opening
tag, spaces or not) stay with it, opening tags before a sentence go with the next one.
Everything else between two sentences (spaces) is the first one's separator, and anything
before the first sentence is part of it, so ``"".join(seg + sep) == text`` always holds.
"""

from __future__ import annotations

from app.core.segmenter import sentence_spans
from app.documents.inline_codes import (
    CLOSE_BASE,
    OPEN_BASE,
    has_tags,
    is_tag,
    plain_with_offsets,
)


def _is_open(char: str) -> bool:
    return OPEN_BASE < ord(char) < CLOSE_BASE and is_tag(char)


def block_segments(text: str, split: bool = True, language: str = "en") -> list[tuple[str, str]]:
    """(segment, separator) pairs of one block; empty when the block holds no text."""
    plain = plain_with_offsets(text) if has_tags(text) else None
    plain_text = plain.text if plain else text
    if not plain_text.strip():
        return []
    if not split:
        return [(text, "")]
    spans = sentence_spans(plain_text, language)
    if plain is not None:
        spans = [plain.coded_span(a, b) for a, b in spans]
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        # closing and isolated tags glued to the end of a sentence stay with it
        while end < len(text) and is_tag(text[end]) and not _is_open(text[end]):
            end += 1
        # opening tags glued to the start of a sentence go with it
        while start > 0 and _is_open(text[start - 1]):
            start -= 1
        if ends and start < ends[-1]:
            start = ends[-1]
        starts.append(start)
        ends.append(max(end, start))
    for i in range(len(starts) - 1):  # closing tags after the spaces still close sentence i
        gap = range(ends[i], starts[i + 1])
        for pos in gap:
            char = text[pos]
            if _is_open(char):
                break
            if is_tag(char):
                ends[i] = pos + 1
        while starts[i + 1] > ends[i] and not _is_open(text[starts[i + 1] - 1]) and any(
                _is_open(c) for c in text[ends[i]:starts[i + 1]]):
            starts[i + 1] -= 1  # opening tags after the spaces open sentence i + 1
        while starts[i + 1] > ends[i] and _is_open(text[starts[i + 1] - 1]):
            starts[i + 1] -= 1
    for pos in range(ends[-1], len(text)):  # and the block's trailing closing tags the last
        if is_tag(text[pos]) and not _is_open(text[pos]):
            ends[-1] = pos + 1
    starts[0] = 0
    pairs = []
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        following = starts[i + 1] if i + 1 < len(starts) else len(text)
        pairs.append((text[start:end], text[end:following]))
    merged: list[tuple[str, str]] = []
    for seg, sep in pairs:  # an empty sentence (cannot normally happen) joins the one before
        if not seg and merged:
            merged[-1] = (merged[-1][0], merged[-1][1] + sep)
        elif not seg:
            merged.append((sep, ""))
        else:
            merged.append((seg, sep))
    return merged
