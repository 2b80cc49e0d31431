"""An XML document (XLIFF) read from untrusted bytes and written back as close to its original
bytes as lxml allows.

Reading refuses entity declarations (XXE, "billion laughs": ``app.formats.safe_xml``) and never
loads a DTD or touches the network. Writing keeps the original XML declaration, byte order mark
and whatever followed the root element; lxml keeps comments, processing instructions,
whitespace, attribute order and namespace prefixes. What lxml normalises (attribute quotes,
``&quot;`` written as ``"``, ``<a></a>`` as ``<a/>``) leaves the document canonically
(C14N) equal to the original.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree

from app.documents.model import DocumentFormatError
from app.formats.safe_xml import check_prolog_bytes, refuse_declarations

_TRAILING = re.compile(rb">(\s*)\Z")


def parse(data: bytes, filename: str) -> etree._ElementTree:
    """The document tree of ``data``; DocumentFormatError for empty, malformed or hostile
    XML."""
    if not data.strip():
        raise DocumentFormatError(f"{filename} is empty: there is nothing to translate.")
    check_prolog_bytes(data, filename, DocumentFormatError)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        strip_cdata=False, remove_blank_text=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentFormatError(
            f"{filename} is not well-formed XML ({exc.msg}, line {exc.lineno}). Check that the "
            "file is complete and was saved as XML, then import it again."
        ) from exc
    if next(root.iter(etree.Entity), None) is not None:
        raise DocumentFormatError(
            f"{filename} uses XML entity references; Review Desk does not read such files. "
            "Replace them with plain text and import it again."
        )
    refuse_declarations(root.getroottree(), filename, DocumentFormatError)
    return root.getroottree()


def serialize(tree: etree._ElementTree, original: bytes) -> bytes:
    """``tree`` as bytes in the original's encoding. Everything before the root element (XML
    declaration, byte order mark, comments, DOCTYPE, the whitespace between them) and the
    whitespace after it are the original's bytes; CRLF line ends are kept."""
    encoding = tree.docinfo.encoding or "UTF-8"
    root = tree.getroot()
    prolog_end = _prolog_end(original)
    if (codecs.lookup(encoding).name.startswith("utf-16") or prolog_end is None
            or next(root.itersiblings(), None) is not None):
        return etree.tostring(tree, encoding=encoding, xml_declaration=True)
    body = etree.tostring(root, encoding=encoding, xml_declaration=False)
    if original.count(b"\r\n") and original.count(b"\r\n") == original.count(b"\n"):
        body = body.replace(b"\n", b"\r\n")
    trailing = _TRAILING.search(original)
    return original[:prolog_end] + body + (trailing.group(1) if trailing else b"")


_PROLOG_PART = re.compile(
    rb"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.S | re.I)


def _prolog_end(original: bytes) -> int | None:
    """Offset of the root element's start tag in an ASCII-compatible original, or None."""
    position = 3 if original.startswith(codecs.BOM_UTF8) else 0
    while True:
        match = _PROLOG_PART.match(original, position)
        if match is None or match.end() == position:
            break
        position = match.end()
    return position if original[position:position + 1] == b"<" else None
