"""Making a translated block's tags placeable before a writer sees them.

A reviewer or an engine may drop, double or invent tags. Export never fails on that: tags the
block does not know are removed, a second copy of a tag is removed, a closing tag that comes
before its opening tag is moved to the end, a missing closing tag is added at the end of the
block, and tags missing altogether are appended at the end (so no image, link or footnote
reference is lost). Each repair is reported with the tag's readable form.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.documents.inline_codes import (
    TAG_PATTERN,
    TagKind,
    display,
    open_tag,
    parse_tag,
)


@dataclass(frozen=True)
class TagProblem:
    tag: str  # readable form: "<1>", "</1>", "<2/>"
    problem: str  # "missing", "extra", "duplicate", "out of order", "unclosed"


def expected_tags(source: str) -> list[str]:
    """The tag characters of a block's source text, in order."""
    return [m.group() for m in TAG_PATTERN.finditer(source)]


def repair_tags(text: str, expected: Collection[str]) -> tuple[str, list[TagProblem]]:
    """``text`` with exactly the ``expected`` tag characters, in an order a writer can place."""
    wanted = set(expected)
    problems: list[TagProblem] = []
    seen: set[str] = set()
    opened: set[int] = set()
    moved: list[str] = []
    out: list[str] = []
    pos = 0
    for match in TAG_PATTERN.finditer(text):
        out.append(text[pos:match.start()])
        pos = match.end()
        char = match.group()
        tag = parse_tag(char)
        assert tag is not None
        if char not in wanted:
            problems.append(TagProblem(display(char), "extra"))
            continue
        if char in seen:
            problems.append(TagProblem(display(char), "duplicate"))
            continue
        seen.add(char)
        if tag.kind is TagKind.CLOSE and tag.number not in opened and (
                open_tag(tag.number) in wanted):
            problems.append(TagProblem(display(char), "out of order"))
            moved.append(char)
            continue
        if tag.kind is TagKind.OPEN:
            opened.add(tag.number)
        out.append(char)
    out.append(text[pos:])
    tail: list[str] = []
    for char in expected:
        if char in seen:
            continue
        tag = parse_tag(char)
        assert tag is not None
        if tag.kind is TagKind.CLOSE and tag.number in opened:
            problems.append(TagProblem(display(char), "unclosed"))
        else:
            problems.append(TagProblem(display(char), "missing"))
        tail.append(char)
    # missing tags come in the source's order, which nests; a closing tag that came before
    # its opening tag is put after everything
    return "".join(out) + "".join(tail) + "".join(moved), problems

