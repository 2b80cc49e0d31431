"""Coded text over XML/HTML mixed content (text, inline elements, tails), for HTML and ODT.

A *run* is the text and inline children of an element from child ``start`` to ``end``: its
leading text is the element's ``text`` (start 0) or the tail of the child before. Inline
elements the markup calls *paired* (a link, a span) become an opening and a closing tag around
their content; every other inline node (a line break, an image, a note, a comment) one isolated
tag. White space runs collapse to one space, as both HTML and ODF render them; spaces around
the run stay outside the block and are put back on writing.

``rebuild_run`` replaces a run by translated coded text: a paired tag becomes a new element with
the original's name and attributes, an isolated tag a copy of the original node (copied when
the run is rebuilt, so a note translated before is copied translated).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from app.documents.inline_codes import (
    TAG_PATTERN,
    TagKind,
    close_tag,
    isolated_tag,
    open_tag,
    parse_tag,
    sanitize,
)
from app.documents.model import InlineCode

SPACES = re.compile(r"[ \t\r\n\f]+")


@dataclass(frozen=True)
class Markup:
    paired: Callable[[Any], bool]  # element -> is it a paired tag (else isolated)
    label: Callable[[Any], str]  # element -> short readable name ("a", "b", "br", "fn")
    data: Callable[[Any], dict]  # element -> JSON-able description for Block.codes


@dataclass
class Run:
    parent: etree._Element
    start: int
    end: int
    key: str


@dataclass
class CodedRun:
    text: str  # with its surrounding spaces (see ``block_text``)
    codes: dict[int, InlineCode] = field(default_factory=dict)
    meaning: dict[int, etree._Element] = field(default_factory=dict)
    replaced: int = 0

    @property
    def block_text(self) -> str:
        return self.text.strip(" ")


def code_run(run: Run, markup: Markup) -> CodedRun:
    coded = CodedRun("")
    pieces: list[str] = []

    def text(value: str | None) -> None:
        if value:
            clean, count = sanitize(SPACES.sub(" ", value))
            coded.replaced += count
            pieces.append(clean)

    def element(el: etree._Element) -> None:
        number = len(coded.codes) + 1
        coded.meaning[number] = el
        if isinstance(el.tag, str) and markup.paired(el):
            coded.codes[number] = InlineCode(number, "open", markup.label(el), markup.data(el))
            pieces.append(open_tag(number))
            text(el.text)
            for child in el:
                element(child)
                text(child.tail)
            pieces.append(close_tag(number))
        else:
            coded.codes[number] = InlineCode(number, "isolated", markup.label(el),
                                             markup.data(el))
            pieces.append(isolated_tag(number))

    children = list(run.parent)
    text(run.parent.text if run.start == 0 else children[run.start - 1].tail)
    for child in children[run.start:run.end]:
        element(child)
        text(child.tail)
    coded.text = "".join(pieces)
    return coded


def rebuild_run(run: Run, translated: str, markup: Markup) -> None:
    coded = code_run(run, markup)
    meaning = coded.meaning
    lead = coded.text[:len(coded.text) - len(coded.text.lstrip(" "))]
    trail = coded.text[len(coded.text.rstrip(" ")):] if coded.text.strip(" ") else ""
    translated = lead + translated.strip(" ") + trail
    parent = run.parent
    children = list(parent)
    lead_owner = None if run.start == 0 else children[run.start - 1]
    for child in children[run.start:run.end]:
        parent.remove(child)
    if lead_owner is not None:
        lead_owner.tail = None
    else:
        parent.text = None
    stack: list[tuple[int, etree._Element]] = []
    made: list[etree._Element] = []
    state: dict[str, etree._Element | None] = {"last": None}

    def add_text(value: str) -> None:
        if not value:
            return
        last = state["last"]
        if last is not None:
            last.tail = (last.tail or "") + value
        elif stack:
            holder = stack[-1][1]
            holder.text = (holder.text or "") + value
        elif lead_owner is not None:
            lead_owner.tail = (lead_owner.tail or "") + value
        else:
            parent.text = (parent.text or "") + value

    def attach(node: etree._Element) -> None:
        (stack[-1][1].append if stack else made.append)(node)

    pos = 0
    for match in TAG_PATTERN.finditer(translated):
        add_text(translated[pos:match.start()])
        pos = match.end()
        tag = parse_tag(match.group())
        assert tag is not None
        original = meaning.get(tag.number)
        if original is None:
            continue
        if tag.kind is TagKind.OPEN and isinstance(original.tag, str) and markup.paired(original):
            shell = parent.makeelement(original.tag, dict(original.attrib))
            attach(shell)
            stack.append((tag.number, shell))
            state["last"] = None
        elif tag.kind is TagKind.CLOSE:
            if any(n == tag.number for n, _ in stack):
                while stack:
                    number, node = stack.pop()
                    if number == tag.number:
                        state["last"] = node
                        break
        elif tag.kind is TagKind.ISOLATED:
            node = copy.deepcopy(original)
            node.tail = None
            attach(node)
            state["last"] = node
    add_text(translated[pos:])
    for offset, node in enumerate(made):
        parent.insert(run.start + offset, node)
