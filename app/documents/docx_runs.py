"""One Word paragraph <-> coded text (see ``docx_handler``).

``extract_paragraph`` walks a ``w:p``: text runs become text, runs whose properties (``w:rPr``,
ignoring ``w:lang``) differ from the paragraph's main properties are wrapped in a paired tag,
hyperlinks / tracked insertions / smart tags in a paired tag, anything else (breaks, tabs,
drawings, footnote references, field characters, bookmarks ...) is an isolated tag. Elements
before the first text and after the last text are not tags: they stay where they are.

``rebuild_paragraph`` walks the same paragraph again to find what each tag number stands for
(the live elements), then replaces its content by runs built from the coded text. Tags the
text lacks are simply absent (the export repairs tags before calling it); unknown ones are
ignored; formatting follows the innermost open formatting tag.
"""

from __future__ import annotations

import copy
from collections import Counter
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

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CONTAINERS = {W + name for name in ("hyperlink", "ins", "smartTag", "customXml", "dir", "bdo")}
_DROPPED = {W + "proofErr", W + "lastRenderedPageBreak"}
_LABELS = {
    "br": "br", "cr": "br", "tab": "tab", "ptab": "tab", "drawing": "image", "pict": "image",
    "object": "object", "footnoteReference": "fn", "endnoteReference": "fn", "fldChar": "field",
    "instrText": "field", "fldSimple": "field", "bookmarkStart": "bookmark",
    "bookmarkEnd": "bookmark", "hyperlink": "link", "ins": "ins", "sym": "sym",
    "commentReference": "comment", "commentRangeStart": "comment", "commentRangeEnd": "comment",
}
#: rPr children after which w:lang must come (schema order of CT_RPr)
_AFTER_LANG = {W + n for n in ("eastAsianLayout", "specVanish", "oMath", "rPrChange")}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _signature(rpr: etree._Element | None) -> bytes:
    if rpr is None:
        return b""
    clean = copy.deepcopy(rpr)
    for lang in clean.findall(W + "lang"):
        clean.remove(lang)
    if len(clean) == 0 and not clean.attrib:
        return b""
    return etree.tostring(clean)


def _format_label(rpr: etree._Element | None) -> str:
    if rpr is None:
        return "fmt"
    for name, label in (("rStyle", "style"), ("b", "b"), ("i", "i"), ("u", "u"),
                        ("strike", "s"), ("vertAlign", "sup")):
        if rpr.find(W + name) is not None:
            return label
    return "fmt"


@dataclass
class _Item:
    kind: str  # "text" | "open" | "close" | "isolated"
    text: str = ""
    signature: bytes = b""
    rpr: etree._Element | None = None
    element: etree._Element | None = None  # container or isolated element (live)
    in_run: bool = False  # isolated element sits in a run (rebuilt as a run with rpr)


def _items(parent: etree._Element, out: list[_Item]) -> None:
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str) or tag == W + "pPr" or tag in _DROPPED:
            continue
        if tag == W + "r":
            rpr = child.find(W + "rPr")
            signature = _signature(rpr)
            for part in child:
                if part.tag == W + "rPr" or part.tag in _DROPPED:
                    continue
                if part.tag == W + "t":
                    out.append(_Item("text", part.text or "", signature, rpr))
                else:
                    out.append(_Item("isolated", rpr=rpr, element=part, in_run=True))
        elif tag in _CONTAINERS:
            out.append(_Item("open", element=child))
            _items(child, out)
            out.append(_Item("close", element=child))
        else:
            out.append(_Item("isolated", element=child))


@dataclass
class ExtractedParagraph:
    text: str  # coded text ("" when the paragraph has no text)
    codes: dict[int, InlineCode] = field(default_factory=dict)
    replaced: int = 0  # private-use characters replaced by U+FFFD
    base_rpr: etree._Element | None = None
    #: tag number -> ("format", rPr) | ("container", element) | ("isolated", _Item)
    meaning: dict[int, tuple[str, Any]] = field(default_factory=dict)
    leading: list[_Item] = field(default_factory=list)
    trailing: list[_Item] = field(default_factory=list)


def extract_paragraph(p: etree._Element) -> ExtractedParagraph:
    items: list[_Item] = []
    _items(p, items)
    texts = [i for i, item in enumerate(items) if item.kind == "text" and item.text]
    if not texts:
        return ExtractedParagraph("")
    first, last = texts[0], texts[-1]
    lead = 0
    while lead < first and items[lead].kind == "isolated":
        lead += 1
    tail = len(items)
    while tail > last + 1 and items[tail - 1].kind == "isolated":
        tail -= 1
    result = ExtractedParagraph("", leading=items[:lead], trailing=items[tail:])
    weight: Counter[bytes] = Counter()
    rprs: dict[bytes, etree._Element | None] = {}
    depth = 0
    for item in items[lead:tail]:  # the main formatting is the one of most text outside links
        depth += {"open": 1, "close": -1}.get(item.kind, 0)
        if item.kind == "text":
            weight[item.signature] += len(item.text) * (1000 if depth == 0 else 1)
            rprs.setdefault(item.signature, item.rpr)
    base = weight.most_common(1)[0][0]
    result.base_rpr = rprs[base]
    pieces: list[str] = []
    number = 0
    current: tuple[int, bytes] | None = None  # open formatting tag

    def new_code(kind: str, label: str, meaning: tuple[str, Any], data: dict) -> int:
        nonlocal number
        number += 1
        result.codes[number] = InlineCode(number, kind, label, data)
        result.meaning[number] = meaning
        return number

    def close_format() -> None:
        nonlocal current
        if current is not None:
            pieces.append(close_tag(current[0]))
            current = None

    for item in items[lead:tail]:
        if item.kind == "text":
            if current is not None and current[1] != item.signature:
                close_format()
            if current is None and item.signature != base:
                n = new_code("open", _format_label(item.rpr), ("format", item.rpr),
                             {"rPr": item.signature.decode("utf-8")})
                pieces.append(open_tag(n))
                current = (n, item.signature)
            text, count = sanitize(item.text)
            result.replaced += count
            pieces.append(text)
        elif item.kind == "open":
            close_format()
            assert item.element is not None
            local = _local(item.element.tag)
            data = {"element": local, **{_local(k): v for k, v in item.element.attrib.items()}}
            n = new_code("open", _LABELS.get(local, local), ("container", item.element), data)
            pieces.append(open_tag(n))
            item.text = str(n)  # remembered for the matching close
        elif item.kind == "close":
            close_format()
            opener = next(o for o in items if o.kind == "open" and o.element is item.element)
            pieces.append(close_tag(int(opener.text)))
        else:
            assert item.element is not None
            local = _local(item.element.tag)
            label = _LABELS.get(local, local)
            if local == "br" and item.element.get(W + "type") == "page":
                label = "page"
            n = new_code("isolated", label, ("isolated", item), {"element": local})
            pieces.append(isolated_tag(n))
    close_format()
    result.text = "".join(pieces)
    return result


def set_lang(rpr: etree._Element, language: str) -> None:
    lang = rpr.find(W + "lang")
    if lang is None:
        lang = etree.Element(W + "lang")
        later = next((i for i, child in enumerate(rpr) if child.tag in _AFTER_LANG), None)
        if later is None:
            rpr.append(lang)
        else:
            rpr.insert(later, lang)
    lang.set(W + "val", language)


def _run(rpr: etree._Element | None, language: str) -> etree._Element:
    run = etree.Element(W + "r")
    props = copy.deepcopy(rpr) if rpr is not None else etree.Element(W + "rPr")
    set_lang(props, language)
    run.append(props)
    return run


def _add_text(target: etree._Element, text: str, rpr: etree._Element | None,
              language: str) -> None:
    run = _run(rpr, language)
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(run, W + "br")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                etree.SubElement(run, W + "tab")
            if chunk:
                t = etree.SubElement(run, W + "t")
                t.text = chunk
                t.set(XML_SPACE, "preserve")
    target.append(run)


def _place(target: etree._Element, item: _Item, language: str) -> None:
    assert item.element is not None
    if item.in_run:
        run = _run(item.rpr, language)
        run.append(item.element)
        target.append(run)
    else:
        target.append(item.element)


def rebuild_paragraph(p: etree._Element, coded: str, language: str) -> None:
    """Replace the content of ``p`` by ``coded`` (see module docstring)."""
    extracted = extract_paragraph(p)
    for child in list(p):
        if child.tag != W + "pPr":
            p.remove(child)
    for item in extracted.leading:
        _place(p, item, language)
    containers: list[tuple[int, etree._Element]] = []
    formats: list[int] = []
    pos = 0

    def target() -> etree._Element:
        return containers[-1][1] if containers else p

    def flush(end: int) -> None:
        if end > pos:
            fmt = extracted.meaning[formats[-1]][1] if formats else extracted.base_rpr
            _add_text(target(), coded[pos:end], fmt, language)

    for match in TAG_PATTERN.finditer(coded):
        flush(match.start())
        pos = match.end()
        tag = parse_tag(match.group())
        assert tag is not None
        meaning = extracted.meaning.get(tag.number)
        if meaning is None:
            continue
        what, payload = meaning
        if tag.kind is TagKind.OPEN and what == "format":
            formats.append(tag.number)
        elif tag.kind is TagKind.OPEN and what == "container":
            shell = etree.Element(payload.tag, attrib=dict(payload.attrib))
            for child in payload:  # properties such as w:smartTagPr stay
                if isinstance(child.tag, str) and child.tag.endswith("Pr"):
                    shell.append(copy.deepcopy(child))
            target().append(shell)
            containers.append((tag.number, shell))
        elif tag.kind is TagKind.CLOSE and tag.number in formats:
            formats.remove(tag.number)
        elif tag.kind is TagKind.CLOSE and any(n == tag.number for n, _ in containers):
            while containers and containers.pop()[0] != tag.number:
                pass
        elif tag.kind is TagKind.ISOLATED and what == "isolated":
            _place(target(), payload, language)
    flush(len(coded))
    for item in extracted.trailing:
        _place(p, item, language)
