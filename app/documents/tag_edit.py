"""Editing coded text: the insert-next-tag key and clean pastes (no Qt; the editor calls these).

Offsets index the target's coded text (one character per tag, see ``inline_codes``).
"""

from __future__ import annotations

from app.documents.inline_codes import TAG_PATTERN, TagKind, close_tag, parse_tag
from app.documents.tag_check import missing_tags


def next_tag_insertion(source: str, target: str, start: int, end: int) -> list[tuple[int, str]]:
    """What the insert-tag key adds to ``target`` with the selection ``[start, end)``: a list
    of (offset, tag character), offsets in the target before any insertion (empty: no tag of
    the source is missing).

    The next missing tag in source order goes to the cursor (``end`` when nothing is
    selected). With a selection, an opening tag whose closing tag is missing too wraps it."""
    missing = missing_tags(source, target)
    if not missing:
        return []
    tag = missing[0]
    if start != end and tag.kind is TagKind.OPEN:
        closing = close_tag(tag.number)
        if any(m.char == closing for m in missing):
            low, high = min(start, end), max(start, end)
            return [(low, tag.char), (high, closing)]
    return [(end, tag.char)]


def apply_insertions(text: str, insertions: list[tuple[int, str]]) -> str:
    for offset, char in sorted(insertions, reverse=True):
        text = text[:offset] + char + text[offset:]
    return text


def clean_paste(pasted: str, source: str, kept: str) -> str:
    """``pasted`` without tag characters the source does not have or ``kept`` (the target's
    text that stays) already holds: a paste never creates a tag that is not in the source, nor
    a second copy. Other characters of the reserved range go as well (nothing looks like a tag
    without being one)."""
    allowed = set(TAG_PATTERN.findall(source)) - set(TAG_PATTERN.findall(kept))
    out = []
    for char in pasted:
        if parse_tag(char) is not None:
            if char in allowed:
                out.append(char)
                allowed.discard(char)
            continue
        if "\ue000" <= char <= "\uebff":
            continue
        out.append(char)
    return "".join(out)
