"""HTML pages (.html, .htm): the article text, and ``alt``/``title`` attributes as their own
blocks, read and written with lxml.html.

A block is a run of text and inline elements (links, emphasis, spans, line breaks, images ...)
inside a block-level element (paragraph, heading, list item, cell, div ...), up to the next
block-level child; inline elements become paired tags, empty ones (br, img) and comments inside
a sentence isolated tags. Scripts, styles, templates, ``pre``, comments between blocks and
processing instructions are skipped and kept. Export rebuilds only the translated runs, sets
``lang`` on ``<html>`` and writes UTF-8 (the charset declaration follows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import lxml.html
from lxml import etree

from app.core.model import Status
from app.documents.inline_codes import sanitize, strip_tags
from app.documents.mixed_content import SPACES, Markup, Run, code_run, rebuild_run
from app.documents.model import Block, DocumentFormatError, ExtractedDocument

INLINE = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del",
    "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "rp", "rt", "ruby",
    "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    "wbr",
})
EMPTY = frozenset({"br", "img", "wbr"})
SKIPPED = frozenset({"script", "style", "noscript", "template", "pre", "textarea", "svg",
                     "math", "iframe", "object", "select"})
ATTRIBUTES = ("alt", "title")
_HIDDEN = "data-reviewdesk-http-equiv"
_DOCTYPE = re.compile(r"\ufeff?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<!doctype", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode(data: bytes, filename: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    declared = _CHARSET.search(data[:4096])
    encodings = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*encodings, "utf-8", "cp1252"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    raise DocumentFormatError(f"Cannot tell the text encoding of {filename}; save it as UTF-8.")


def _parse(data: bytes, filename: str) -> etree._ElementTree:
    text = _decode(data, filename)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a declaration in a str
    if not text.strip():
        raise DocumentFormatError(f"{filename} is empty: there is no text to import.")
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=False, remove_pis=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentFormatError(f"{filename} is not a readable HTML page ({exc}).") from exc
    return root.getroottree()


def _name(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_inline(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return True  # a comment or processing instruction inside text
    if _name(el) not in INLINE:
        return False
    return all(_is_inline(child) for child in el)


MARKUP = Markup(
    paired=lambda el: _name(el) not in EMPTY,
    label=lambda el: _name(el) or "comment",
    data=lambda el: {"element": _name(el) or "comment",
                     **{k: v for k, v in el.attrib.items() if k in ("href", "src")}},
)


def _runs(tree: etree._ElementTree) -> Iterator[Run]:
    def walk(el: etree._Element) -> Iterator[Run]:
        children = list(el)
        path = tree.getpath(el)
        start = 0
        number = 0
        for i, child in enumerate([*children, None]):
            if child is not None and _is_inline(child):
                continue
            yield Run(el, start, i, f"{path}#{number}")
            number += 1
            if child is not None and isinstance(child.tag, str) and _name(child) not in SKIPPED:
                yield from walk(child)
            start = i + 1

    yield from walk(tree.getroot())


def _attribute_blocks(tree: etree._ElementTree) -> Iterator[tuple[str, etree._Element, str]]:
    for el in tree.getroot().iter():
        if not isinstance(el.tag, str) or any(
                _name(a) in SKIPPED for a in el.iterancestors()):
            continue
        for attribute in ATTRIBUTES:
            if (el.get(attribute) or "").strip():
                yield f"{tree.getpath(el)}@{attribute}", el, attribute


def _set_lang(tree: etree._ElementTree, lang: str) -> None:
    root = tree.getroot()
    root.set("lang", lang)
    if root.get("{http://www.w3.org/XML/1998/namespace}lang") is not None or root.get(
            "xml:lang") is not None:
        root.set("xml:lang", lang)
    body = root.find("body")
    if body is not None and body.get("lang"):
        body.set("lang", lang)
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language":
            meta.set("content", lang)
        elif (meta.get("http-equiv") or "").lower() == "content-type":
            meta.set("content", "text/html; charset=utf-8")
        elif meta.get("charset"):
            meta.set("charset", "utf-8")


class HtmlHandler:
    name = "html"
    suffixes = (".html", ".htm", ".xhtml")
    description = "HTML page"

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        tree = _parse(data, filename)
        blocks: list[Block] = []
        replaced = 0
        for run in _runs(tree):
            coded = code_run(run, MARKUP)
            replaced += coded.replaced
            if not strip_tags(coded.text).strip():
                continue
            kind = _name(run.parent)
            blocks.append(Block(run.key, coded.block_text, kind, coded.codes))
        for key, el, attribute in _attribute_blocks(tree):
            text, count = sanitize(SPACES.sub(" ", el.get(attribute) or "").strip())
            replaced += count
            blocks.append(Block(key, text, attribute, meta={"element": _name(el)}))
        if not blocks:
            raise DocumentFormatError(
                f"{filename} has no text outside scripts, styles and markup: nothing to "
                "translate. Export the article's text from the CMS and import that."
            )
        warnings = [f"{replaced} private-use characters were replaced by U+FFFD."] if (
            replaced) else []
        return ExtractedDocument(self.name, blocks, warnings=warnings)

    def write(self, data: bytes, filename: str, translations: Mapping[str, str],
              lang: str, *, statuses: Mapping[str, Status] | None = None) -> bytes:
        tree = _parse(data, filename)
        runs = [run for run in _runs(tree) if run.key in translations]
        attributes = [(k, el, a) for k, el, a in _attribute_blocks(tree) if k in translations]
        for key, el, attribute in attributes:
            el.set(attribute, strip_tags(translations[key]))
        for run in reversed(runs):  # later runs first: earlier indexes stay valid
            rebuild_run(run, translations[run.key], MARKUP)
        _set_lang(tree, lang)
        # libxml2 drops <meta http-equiv="Content-Type"> when it serialises: hide it from it
        for meta in tree.getroot().iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-type":
                meta.set(_HIDDEN, meta.attrib.pop("http-equiv"))
        doctype = tree.docinfo.doctype if _DOCTYPE.match(_decode(data, filename)) else ""
        page = lxml.html.tostring(tree.getroot(), encoding="unicode", method="html")
        page = page.replace(f"{_HIDDEN}=", "http-equiv=")
        # a BOM first: a browser (and libxml2) reads UTF-8 even where the charset declaration
        # comes after the title
        return b"\xef\xbb\xbf" + ((doctype + "\n" if doctype else "") + page + "\n").encode()
