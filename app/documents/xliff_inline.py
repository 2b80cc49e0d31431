"""XLIFF inline markup (1.2 ``g x bx ex ph bpt ept it mrk``, 2.0 ``pc ph sc ec cp sm em mrk``)
as coded text, and back.

An element with translatable content (1.2 ``g``/``mrk``, 2.0 ``pc``/``mrk``) becomes a pair of
tags around its content; every other inline element (placeholders, native code in
``ph``/``bpt``/``ept``/``it`` with any ``sub`` inside, ``sc``/``ec`` halves, ``cp``) is one
isolated tag. ``InlineCode.data["xml"]`` keeps the element's own XML (without its content
for a pair), so writing puts back exactly the element the file had: same name, attributes and
native code. A comment or processing instruction inside a source is an isolated tag too, and
so is a printf/brace placeholder in the text (``placeholders``; written back as its text), and
HTML that a CMS wrote into the unit as text (``markup_tags``: WPML puts it in CDATA).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping

from lxml import etree

from app.documents import inline_codes
from app.documents.inline_codes import TagKind
from app.documents.markup_tags import HTML_TAG, code_markup
from app.documents.model import InlineCode
from app.documents.placeholders import code_placeholders

PAIRED = frozenset({"g", "mrk", "pc"})


class CodeTable:
    """The codes of one block while its source (then its targets) are read."""

    def __init__(self) -> None:
        self.codes: dict[int, InlineCode] = {}
        self._by_identity: dict[tuple[str, str], int] = {}
        self.replaced = 0  # reserved characters found in the text (see inline_codes.sanitize)

    def _add(self, kind: TagKind, label: str, xml: str, identity: tuple[str, str] | None,
             reuse: bool) -> int:
        if reuse and identity in self._by_identity:
            return self._by_identity[identity]  # a target's code that matches a source code
        number = max(self.codes, default=0) + 1
        if number > inline_codes.MAX_CODE:
            raise ValueError(f"more than {inline_codes.MAX_CODE} inline codes in one unit")
        self.codes[number] = InlineCode(number, kind.value, label, {"xml": xml})
        if identity is not None and identity not in self._by_identity:
            self._by_identity[identity] = number
        return number

    def read(self, element: etree._Element, *, reuse: bool = False,
             skip: frozenset[str] = frozenset()) -> str:
        """Coded text of ``element``'s content. ``reuse``: tags of a target take the numbers
        of the source's codes with the same element name and id. Children whose local name is
        in ``skip`` are read as plain content (the ``mrk mtype="seg"`` of a seg-source)."""
        parts = [self._text(element.text, reuse)]
        for child in element:
            parts.append(self._child(child, reuse, skip))
            parts.append(self._text(child.tail, reuse))
        return "".join(parts)

    def _text(self, text: str | None, reuse: bool) -> str:
        cleaned, count = inline_codes.sanitize(text or "")
        self.replaced += count
        if "<" in cleaned:  # HTML a CMS put in the unit as text (WPML's CDATA)
            cleaned = code_markup(cleaned, self.codes, HTML_TAG, target=reuse)
        return code_placeholders(cleaned, self.codes, target=reuse)

    def _child(self, child: etree._Element, reuse: bool, skip: frozenset[str]) -> str:
        if not isinstance(child.tag, str):  # comment or processing instruction
            number = self._add(TagKind.ISOLATED, "xml", _xml(child), None, False)
            return inline_codes.isolated_tag(number)
        name = etree.QName(child).localname
        if name in skip:
            return self.read(child, reuse=reuse, skip=skip)
        identity = (name, child.get("id") or child.get("rid") or child.get("mid") or "")
        if name in PAIRED:
            number = self._add(TagKind.OPEN, name, _xml(child, shell=True), identity, reuse)
            inner = self.read(child, reuse=reuse, skip=skip)
            return inline_codes.open_tag(number) + inner + inline_codes.close_tag(number)
        number = self._add(TagKind.ISOLATED, name, _xml(child), identity, reuse)
        return inline_codes.isolated_tag(number)


def _xml(element: etree._Element, shell: bool = False) -> str:
    """The element's own XML, without its tail (and without its content when ``shell``)."""
    if not isinstance(element.tag, str):
        clone = copy.copy(element)
        clone.tail = None
        return etree.tostring(clone, encoding="unicode")
    clone = copy.deepcopy(element)
    clone.tail = None
    if shell:
        clone.text = None
        for child in list(clone):
            clone.remove(child)
    etree.cleanup_namespaces(clone)
    return etree.tostring(clone, encoding="unicode")


def write(element: etree._Element, coded: str, codes: Mapping[int, InlineCode]) -> None:
    """Replace ``element``'s content (not its attributes or tail) by ``coded`` text, rebuilding
    each tag from ``codes``. Tags left open are closed at the end; a closing tag without its
    opening tag and a tag number not in ``codes`` are dropped (the tag check reports them)."""
    for child in list(element):
        element.remove(child)
    element.text = None
    stack: list[tuple[int, etree._Element]] = [(0, element)]
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            _append_text(stack[-1][1], "".join(buffer))
            buffer.clear()

    for char in coded:
        tag = inline_codes.parse_tag(char)
        if tag is None:
            buffer.append(char)
            continue
        flush()
        code = codes.get(tag.number)
        if code is None:
            continue
        if "open" in code.data:  # markup written as text (markup_tags)
            key = "open" if tag.kind is TagKind.OPEN else "close"
            buffer.append(str(code.data[key]) if tag.kind is not TagKind.ISOLATED else "")
            continue
        if tag.kind is TagKind.OPEN and code.kind == TagKind.OPEN.value:
            stack.append((tag.number, _graft(stack[-1][1], _parse(code))))
        elif tag.kind is TagKind.CLOSE:
            if any(number == tag.number for number, _ in stack[1:]):
                while stack[-1][0] != tag.number:
                    stack.pop()
                stack.pop()
        elif tag.kind is TagKind.ISOLATED and "text" in code.data:
            buffer.append(str(code.data["text"]))  # a placeholder: literal text
        elif tag.kind is TagKind.ISOLATED and code.kind == TagKind.ISOLATED.value:
            _graft(stack[-1][1], _parse(code))
    flush()


def _parse(code: InlineCode) -> etree._Element:
    xml = code.data["xml"]
    if xml.startswith("<!--"):
        return etree.Comment(xml[4:-3])
    if xml.startswith("<?"):
        target, _, text = xml[2:-2].partition(" ")
        return etree.ProcessingInstruction(target, text or None)
    return etree.fromstring(xml)


def _graft(parent: etree._Element, source: etree._Element) -> etree._Element:
    """Append a copy of ``source`` to ``parent`` so that it uses the namespace declarations in
    scope there (no repeated ``xmlns``); returns the new element."""
    if not isinstance(source.tag, str):
        clone = copy.copy(source)
        clone.tail = None
        parent.append(clone)
        return clone
    new = etree.SubElement(parent, source.tag, attrib=dict(source.attrib))
    new.text = source.text
    for child in source:
        grafted = _graft(new, child)
        grafted.tail = child.tail
    return new


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
