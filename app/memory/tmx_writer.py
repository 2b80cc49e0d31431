"""Writing a memory as TMX 1.4b, streamed (lxml ``xmlfile``), valid against the TMX 1.4 DTD.

One ``<tu>`` per pair: the English ``tuv`` and the Russian or Ukrainian one, with the reviewer
as ``changeid`` and the date as ``changedate``; where the unit came from goes in ``<prop>``s
(``x-project``, ``x-document``, ``x-origin``). Tags become ``<bpt>``/``<ept>`` pairs (``i`` is the
tag number) and ``<ph x=n/>`` for isolated tags, so a TMX written here reads back the same.
The file is written beside the target and renamed over it at the end: nothing half-written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from lxml import etree

from app import __version__
from app.documents.inline_codes import TAG_PATTERN, TagKind, parse_tag
from app.formats.tmx_writer import _tmx_date
from app.memory.model import MemoryUnit
from app.memory.store import MemoryStore

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def write_memory_tmx(store: MemoryStore, path: Path | str) -> int:
    """Write every unit of ``store``; returns the number of units written."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    count = 0
    try:
        with etree.xmlfile(tmp, encoding="UTF-8") as xf:
            xf.write_declaration()
            xf.write(etree.Comment(" Review Desk translation memory "))
            with xf.element("tmx", version="1.4"):
                xf.write(etree.Element("header", {
                    "creationtool": "Review Desk", "creationtoolversion": __version__,
                    "segtype": "sentence", "o-tmf": "Review Desk memory", "adminlang": "en",
                    "srclang": "en", "datatype": "plaintext",
                }))
                with xf.element("body"):
                    for unit in store.iter_units():
                        xf.write(_tu(unit))
                        count += 1
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count


def _tu(unit: MemoryUnit) -> etree._Element:
    tu = etree.Element("tu")
    for kind, value in (("x-project", unit.project), ("x-document", unit.document),
                        ("x-origin", unit.origin), ("x-status", unit.status.value)):
        if value:
            etree.SubElement(tu, "prop", type=kind).text = value
    for lang, text in (("en", unit.source), (unit.lang, unit.target)):
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
        if lang != "en":
            if unit.reviewer:
                tuv.set("changeid", unit.reviewer)
            if changed := _tmx_date(unit.changed_at):
                tuv.set("changedate", changed)
        _seg(etree.SubElement(tuv, "seg"), text)
    return tu


def _seg(seg: etree._Element, text: str) -> None:
    last: etree._Element | None = None
    position = 0
    for match in TAG_PATTERN.finditer(text):
        chunk = text[position:match.start()]
        if last is None:
            seg.text = (seg.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk
        tag = parse_tag(match.group())
        assert tag is not None
        if tag.kind is TagKind.OPEN:
            last = etree.SubElement(seg, "bpt", i=str(tag.number))
        elif tag.kind is TagKind.CLOSE:
            last = etree.SubElement(seg, "ept", i=str(tag.number))
        else:
            last = etree.SubElement(seg, "ph", x=str(tag.number))
        position = match.end()
    rest = text[position:]
    if last is None:
        seg.text = (seg.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest
