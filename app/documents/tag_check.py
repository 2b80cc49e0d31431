"""The tag check: does a translation carry the source's inline tags, once each, in a sane order?

``check_tags(source, target)`` returns findings in the shape of name flags (``kind``,
``severity``, ``start``, ``end``, ``text``, ``suggestion``, ``reason``) with offsets into the
target's coded text. A tag the target lacks has no place in the target: its finding is empty
(``start == end == len(target)``) and its ``suggestion`` is the tag's character, which the
editor's insert-tag key puts back.

Kinds and severities:

* ``tag_missing`` (error): a tag of the source is not in the target;
* ``tag_extra`` (error): a tag the source does not have;
* ``tag_duplicated`` (error): a tag of the source appears more than once (each copy after the
  first is marked);
* ``tag_close_before_open`` (error): a pair's closing tag stands before its opening tag;
* ``tag_overlap`` (warning): pairs cross (``<1>a<2>b</1>c</2>``) where the source nests them;
* ``tag_order`` (info): tags in another order than in the source; translation often moves
  words, so this is a note, not an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents.inline_codes import Tag, TagKind, display, tags
from app.names.findings import SEVERITY_ORDER, Severity

TAG_MISSING = "tag_missing"
TAG_EXTRA = "tag_extra"
TAG_DUPLICATED = "tag_duplicated"
TAG_CLOSE_BEFORE_OPEN = "tag_close_before_open"
TAG_OVERLAP = "tag_overlap"
TAG_ORDER = "tag_order"


@dataclass(frozen=True)
class TagFinding:
    """One problem with the tags of a translation; offsets index the target's coded text."""

    text: str
    start: int
    end: int
    kind: str
    severity: Severity
    suggestion: str | None
    reason: str


def _finding(kind: str, severity: Severity, target: str, start: int, end: int,
             reason: str, suggestion: str | None = None) -> TagFinding:
    return TagFinding(target[start:end], start, end, kind, severity, suggestion, reason)


def missing_tags(source: str, target: str) -> list[Tag]:
    """Tags of ``source`` that ``target`` lacks, in source order."""
    present = {tag.char for _, tag in tags(target)}
    return [tag for _, tag in tags(source) if tag.char not in present]


def check_tags(source: str, target: str) -> list[TagFinding]:
    """Findings for the tags of ``target`` against ``source``, sorted by position.

    An empty target (not translated yet) has nothing to check."""
    if not target:
        return []
    source_tags = [tag for _, tag in tags(source)]
    known = {tag.char for tag in source_tags}
    found: list[TagFinding] = []
    seen: set[str] = set()
    kept: list[tuple[int, Tag]] = []  # first copy of each known tag, in target order
    for offset, tag in tags(target):
        name = display(tag.char)
        if tag.char not in known:
            found.append(_finding(TAG_EXTRA, "error", target, offset, offset + 1,
                                  f"Tag {name} is not in the source; remove it."))
        elif tag.char in seen:
            found.append(_finding(TAG_DUPLICATED, "error", target, offset, offset + 1,
                                  f"Tag {name} appears more than once; keep one."))
        else:
            seen.add(tag.char)
            kept.append((offset, tag))
    for tag in source_tags:
        if tag.char not in seen:
            found.append(_finding(
                TAG_MISSING, "error", target, len(target), len(target),
                f"Tag {display(tag.char)} of the source is missing; insert it.", tag.char,
            ))
    found += _pair_findings(source, target, kept)
    found += _order_findings(source_tags, target, kept, found)
    return sorted(found, key=lambda f: (f.start, f.end, SEVERITY_ORDER[f.severity]))


def _pair_findings(source: str, target: str, kept: list[tuple[int, Tag]]) -> list[TagFinding]:
    """Closing tags before their opening tag, and pairs that cross although the source nests
    them (a stack walk over the target's first copies)."""
    crossing_in_source = _crossing_pairs([tag for _, tag in tags(source)])
    found = []
    opened: list[int] = []
    for offset, tag in kept:
        if tag.kind is TagKind.OPEN:
            opened.append(tag.number)
        elif tag.kind is TagKind.CLOSE:
            name = display(tag.char)
            if tag.number not in opened:
                if any(t.number == tag.number and t.kind is TagKind.OPEN for _, t in kept):
                    found.append(_finding(
                        TAG_CLOSE_BEFORE_OPEN, "error", target, offset, offset + 1,
                        f"Closing tag {name} stands before its opening tag; move it after.",
                    ))
                continue
            if opened[-1] != tag.number and tag.number not in crossing_in_source:
                found.append(_finding(
                    TAG_OVERLAP, "warning", target, offset, offset + 1,
                    f"Tag {name} closes while another pair opened inside it is still open; "
                    "the formatting will cross.",
                ))
            opened.remove(tag.number)
    return found


def _crossing_pairs(sequence: list[Tag]) -> set[int]:
    """Numbers of pairs that already cross in ``sequence`` (the target may keep that)."""
    crossing = set()
    opened: list[int] = []
    for tag in sequence:
        if tag.kind is TagKind.OPEN:
            opened.append(tag.number)
        elif tag.kind is TagKind.CLOSE and tag.number in opened:
            if opened[-1] != tag.number:
                crossing.add(tag.number)
            opened.remove(tag.number)
    return crossing


def _order_findings(source_tags: list[Tag], target: str, kept: list[tuple[int, Tag]],
                    earlier: list[TagFinding]) -> list[TagFinding]:
    """Tags off the longest run that keeps source order (a note), unless already flagged."""
    rank = {tag.char: n for n, tag in enumerate(source_tags)}
    ranks = [rank[tag.char] for _, tag in kept]
    in_order = _longest_increasing(ranks)
    flagged = {f.start for f in earlier}
    found = []
    for n, (offset, tag) in enumerate(kept):
        if n not in in_order and offset not in flagged:
            found.append(_finding(
                TAG_ORDER, "info", target, offset, offset + 1,
                f"Tag {display(tag.char)} is in another order than in the source.",
            ))
    return found


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (O(n^2); tags are few)."""
    if not values:
        return set()
    length = [1] * len(values)
    before = [-1] * len(values)
    for i, value in enumerate(values):
        for j in range(i):
            if values[j] < value and length[j] + 1 > length[i]:
                length[i], before[i] = length[j] + 1, j
    end = max(range(len(values)), key=lambda i: (length[i], -i))
    chosen = set()
    while end != -1:
        chosen.add(end)
        end = before[end]
    return chosen
