"""Reading untrusted XML (TBX, MARTIF) without external entities or entity-expansion bombs.

Two layers:
1. Before parsing, the prolog (everything before the root element) is scanned: a DOCTYPE with
   an internal subset that declares entities (``<!ENTITY``) is refused with a plain message.
   That covers XXE (``<!ENTITY x SYSTEM "file:///etc/passwd">``) and "billion laughs". A DOCTYPE
   that only names an external DTD (``<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">``, as
   older TBX files have) is accepted: the DTD is never loaded.
2. The parser itself runs with ``resolve_entities=False, no_network=True, load_dtd=False,
   huge_tree=False``; a DOCTYPE with any declaration, wherever it sits (say after a 64 KB
   comment), is refused from the parsed document (``refuse_declarations``), and any entity
   reference that still reaches the tree is refused.
(defusedxml.lxml is deprecated, so these checks are done here.)
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from app.core.glossary_model import GlossaryFormatError

_PROLOG_LIMIT = 1 << 16
_ROOT_START = re.compile(r"<(?![?!])")


def _decoded_head(path: Path) -> str:
    with path.open("rb") as fh:
        return _decode_head(fh.read(_PROLOG_LIMIT))


def _decode_head(head: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")
    if head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("latin-1")  # enough to see the markup of the prolog


def check_prolog(path: Path) -> None:
    """Refuse entity declarations before the root element (see module docstring)."""
    check_prolog_text(_decoded_head(path), path.name)


def check_prolog_bytes(data: bytes, name: str,
                       error: type[Exception] = GlossaryFormatError) -> None:
    """``check_prolog`` for a file already in memory; raises ``error``."""
    check_prolog_text(_decode_head(data[:_PROLOG_LIMIT]), name, error)


def check_prolog_text(head: str, name: str,
                      error: type[Exception] = GlossaryFormatError) -> None:
    """``check_prolog`` on the decoded start of a file."""
    # Skip comments and processing instructions, which may legally contain '<'.
    visible = re.sub(r"<!--.*?-->|<\?.*?\?>", "", head, flags=re.S)
    root = _ROOT_START.search(visible)
    prolog = visible[: root.start()] if root else visible
    if "<!ENTITY" in prolog.upper():
        raise error(
            f"{name} declares XML entities in its DOCTYPE. Review Desk does not read such "
            "files, because entities can pull in other files or expand without limit (XXE, "
            "'billion laughs'). Remove the <!DOCTYPE ...[ ... ]> block and import it again."
        )
    if root is None and len(head) >= _PROLOG_LIMIT and "<!DOCTYPE" in head.upper():
        raise error(
            f"{name} has a DOCTYPE block over 64 KB before its first element; Review Desk "
            "does not read such files. Remove the DOCTYPE and import it again."
        )


def refuse_declarations(tree: etree._ElementTree, name: str,
                        error: type[Exception] = GlossaryFormatError) -> None:
    """Refuse a document whose DOCTYPE declares anything (entities, elements, attributes),
    wherever the DOCTYPE sits: the parser's own view of the document, not a scan of its
    first bytes (a long comment can push a DOCTYPE past any prefix we look at)."""
    dtd = tree.docinfo.internalDTD
    if dtd is None:
        return
    if next(iter(dtd.entities()), None) is not None or next(iter(dtd.elements()), None) \
            is not None:
        raise error(
            f"{name} has declarations in its DOCTYPE. Review Desk does not read such files, "
            "because they can pull in other files or expand without limit (XXE, 'billion "
            "laughs'). Remove the <!DOCTYPE ...[ ... ]> block and import it again."
        )


def iter_elements(path: Path | str, tags: tuple[str, ...]) -> Iterator[tuple[str, etree._Element]]:
    """Yield ("root", root element) first, then each finished element whose local name is in
    tags (in any namespace).

    Finished elements are yielded complete and cleared afterwards, so memory stays flat for
    large files. Raises GlossaryFormatError for unsafe or malformed XML.
    """
    path = Path(path)
    check_prolog(path)
    context = etree.iterparse(
        str(path), events=("end",), tag=[f"{{*}}{t}" for t in tags], resolve_entities=False,
        no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True,
    )
    seen_root = False
    entities_possible = True
    try:
        for _event, element in context:
            if not seen_root:
                seen_root = True
                tree = element.getroottree()
                refuse_declarations(tree, path.name)
                # Without a DOCTYPE an undeclared entity is a syntax error, so no entity
                # reference can reach the tree: the per-element check is skipped (it is a
                # third of the time of reading a large TMX).
                entities_possible = bool(tree.docinfo.doctype)
                yield "root", tree.getroot()
            if entities_possible and next(element.iter(etree.Entity), None) is not None:
                raise GlossaryFormatError(
                    f"{path.name} uses XML entity references; Review Desk does not read "
                    "such files. Replace them with plain text and import it again."
                )
            tag = element.tag
            yield tag.rpartition("}")[2] if isinstance(tag, str) else "", element
            element.clear(keep_tail=False)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
        if not seen_root:
            refuse_declarations(context.root.getroottree(), path.name)
            yield "root", context.root
    except etree.XMLSyntaxError as exc:
        raise GlossaryFormatError(
            f"{path.name} is not well-formed XML ({exc.msg}, line {exc.lineno}). Check that the "
            "file is complete and was saved as XML."
        ) from exc
