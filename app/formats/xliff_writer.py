"""XLIFF 2.0 of the reviewed project, one file per target language (every document is a
``<file>``, every segment a ``<unit>`` with one ``<segment>``).

State mapping (XLIFF 2.0 ``state``): new -> initial (no target), translated (machine output)
-> translated, edited -> reviewed, approved -> final, rejected -> initial with
``subState="reviewdesk:rejected"`` and a note saying who rejected it. Reviewer comments become
notes. Source and target carry ``xml:space="preserve"``. translate-toolkit's ``xliff2`` store
only offers approve/fuzzy toggles (no direct ``final``, no ``subState``), so the file is written
with lxml to control these exactly.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from app.core.model import SOURCE_LANGUAGE, Cell, Segment, Status
from app.documents.target_states import REJECTED_SUBSTATE
from app.documents.target_states import XLIFF2_STATE as STATE
from app.storage.project_repo import ProjectRepository

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
#: Line breaks and double spaces in a cell are the reviewer's text: without this, XLIFF readers
#: may collapse them (xml:space="default" lets an application normalise whitespace).
_PRESERVE = {"{http://www.w3.org/XML/1998/namespace}space": "preserve"}
_PAGE = 2000


def _q(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def _unit(file_el: etree._Element, segment: Segment, cell: Cell) -> None:
    unit = etree.SubElement(file_el, _q("unit"), id=f"u{segment.id}")
    notes = []
    if cell.status == Status.REJECTED:
        by = f" by {cell.reviewer}" if cell.reviewer else ""
        notes.append(("reviewdesk", f"Rejected{by}; the target needs a new translation."))
    if cell.comment:
        notes.append(("comment", cell.comment))
    if notes:
        notes_el = etree.SubElement(unit, _q("notes"))
        for category, text in notes:
            etree.SubElement(notes_el, _q("note"), category=category).text = text
    seg = etree.SubElement(unit, _q("segment"), id=f"s{segment.id}", state=STATE[cell.status])
    if cell.status == Status.REJECTED:
        seg.set("subState", REJECTED_SUBSTATE)
    etree.SubElement(seg, _q("source"), _PRESERVE).text = segment.source
    if cell.text:
        etree.SubElement(seg, _q("target"), _PRESERVE).text = cell.text


def write_xliff(repo: ProjectRepository, path: Path | str, lang: str) -> int:
    """Write every segment with its ``lang`` translation and state; returns the unit count."""
    root = etree.Element(
        _q("xliff"), {"version": "2.0", "srcLang": SOURCE_LANGUAGE, "trgLang": lang},
        nsmap={None: XLIFF_NS},
    )
    files = {}
    for doc in repo.documents():
        files[doc.id] = etree.SubElement(root, _q("file"), id=f"d{doc.id}", original=doc.name)
    units = 0
    offset = 0
    while rows := repo.rows(offset, _PAGE):
        offset += len(rows)
        for row in rows:
            cell = row.cells.get(lang)
            if cell is None:
                continue
            _unit(files[row.segment.document_id], row.segment, cell)
            units += 1
    for file_el in files.values():
        if len(file_el) == 0:  # XLIFF 2.0 needs at least one unit per file
            root.remove(file_el)
    etree.ElementTree(root).write(
        str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True
    )
    return units
