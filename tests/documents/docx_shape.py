"""What a Word paragraph looks like, independent of how the handler reads it: its properties,
its text merged per formatting (``w:lang`` ignored), and every other element in order."""

from __future__ import annotations

import zipfile
from io import BytesIO

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = {W + "r", W + "proofErr", W + "lastRenderedPageBreak", W + "t"}
_PROPS = {W + "rPr", W + "pPr"}


def _signature(run) -> bytes:
    rpr = run.find(W + "rPr") if run is not None else None
    if rpr is None:
        return b""
    rpr = etree.fromstring(etree.tostring(rpr))
    for lang in rpr.findall(W + "lang"):
        rpr.remove(lang)
    for el in rpr.iter():
        el.tail = None
        el.text = None if el.text and not el.text.strip() else el.text
    return etree.tostring(rpr) if len(rpr) else b""


def paragraph_shape(p) -> tuple:
    tokens: list[tuple] = []
    for el in p.iter():
        if el is p or not isinstance(el.tag, str):
            continue
        owner = next(a for a in el.iterancestors() if a.tag == W + "p")
        if owner is not p or any(a.tag in _PROPS for a in el.iterancestors()) or el.tag in _PROPS:
            continue
        if el.tag == W + "t":
            sig = _signature(el.getparent())
            if tokens and tokens[-1][0] == "t" and tokens[-1][1] == sig:
                tokens[-1] = ("t", sig, tokens[-1][2] + (el.text or ""))
            else:
                tokens.append(("t", sig, el.text or ""))
        elif el.tag not in _SKIP:
            attrs = {k: v for k, v in el.attrib.items() if "rsid" not in k}
            tokens.append(("el", el.tag, tuple(sorted(attrs.items()))))
    ppr = p.find(W + "pPr")
    return (etree.tostring(ppr, with_tail=False) if ppr is not None else b"", tuple(tokens))


def part_xml(data: bytes, part: str):
    with zipfile.ZipFile(BytesIO(data)) as z:
        return etree.fromstring(z.read(part))


def document_shapes(data: bytes, part: str = "word/document.xml") -> list[tuple]:
    return [paragraph_shape(p) for p in part_xml(data, part).iter(W + "p")]


def paragraph_texts(data: bytes, part: str = "word/document.xml") -> list[str]:
    root = part_xml(data, part)
    return ["".join(t.text or "" for t in p.iter(W + "t")
                    if next(a for a in t.iterancestors() if a.tag == W + "p") is p)
            for p in root.iter(W + "p")]


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}
