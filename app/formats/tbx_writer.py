"""TBX v3 export, TBX-Basic dialect in DCA style (ISO 30042:2019), streamed concept by concept.

Layout (element order follows the TBX-Basic integrated RNG: in a termSec the term comes first,
then termNotes, then descrip/admin/transacGrp/note)::

    <?xml-model href="...TBX-Basic_integrated.rng" ...?>  <?xml-model href="...DCA.sch" ...?>
    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>...</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>
        <conceptEntry id="c12">
          <descrip type="subjectField">politics</descrip>   (concept subject)
          <note>Kind: place</note> <note>...concept note...</note> <transacGrp>...</transacGrp>
          <langSec xml:lang="uk"><termSec>
            <term>Київ</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <termNote type="partOfSpeech">noun</termNote>
            <admin type="source">...</admin> <note>Romanization: KMU 2010</note>
            <transacGrp><transac type="transactionType">origination</transac>
              <transacNote type="responsibility">ann</transacNote><date>2026-11-28</date>
            </transacGrp>
          </termSec></langSec>
        </conceptEntry>

TBX-Basic has no "forbidden" status: a forbidden term is written as deprecatedTerm-admn-sts
plus the note ``Forbidden: never use this term.``, which ``tbx_reader`` turns back into
forbidden. Kind, romanization scheme and context exceptions, which TBX-Basic has no data
category for, travel as notes with fixed prefixes (see ``NOTE_*``), readable by a person too.

The file is written with ``etree.tostring`` per conceptEntry onto a buffered file rather than
with ``etree.xmlfile``: in lxml 6 ``xmlfile`` declares ``xmlns:xml`` (or an ``ns0`` prefix) on
a root that carries ``xml:lang``, which the TBX-Basic schema does not expect.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from app import __version__
from app.core.glossary_model import (
    DETAIL_ELEMENTS,
    Concept,
    Detail,
    GlossaryFormatError,
    Term,
    TermStatus,
)
from app.formats.tbx_dates import xsd_date

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_GITHUB = "https://raw.githubusercontent.com/LTAC-Global/"
#: The schemas LTAC-Global publishes since TBX-Basic 1.2.1 (2023): the TBX core structure RNG
#: and the TBX-Basic DCA Schematron (the integrated RNG of older releases is gone).
XML_MODELS = (
    f'href="{_GITHUB}TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" '
    'schematypens="http://relaxng.org/ns/structure/1.0"',
    f'href="{_GITHUB}TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" '
    'schematypens="http://purl.oclc.org/dsdl/schematron"',
)
STATUS_TO_TBX = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ADMITTED: "admittedTerm-admn-sts",
    TermStatus.DEPRECATED: "deprecatedTerm-admn-sts",
    TermStatus.FORBIDDEN: "deprecatedTerm-admn-sts",
}
#: Values of partOfSpeech the TBX-Basic Schematron allows; others travel as a note.
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "other")
NOTE_FORBIDDEN = "Forbidden: never use this term."
NOTE_KIND = "Kind: "
NOTE_SCHEME = "Romanization: "
NOTE_EXCEPTION = "Context exception: "
NOTE_POS = "Part of speech: "
#: Values the TBX-Basic Schematron allows for term notes; other values travel as a note
#: ``"<category>: <value>"`` (e.g. ``termType: synonym`` from a TBX v2 file), read back as is.
TERM_NOTE_VALUES = {
    "termType": ("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"),
    "grammaticalGender": ("masculine", "feminine", "neuter", "other"),
    "termLocation": (
        "checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox",
        "informativeMessage", "interactiveMessage", "menuItem", "progressBar", "pushButton",
        "radioButton", "slider", "spinBox", "tab", "tableText", "textBox", "toolTip",
        "user-definedType",
    ),
}
_URL = re.compile(r"https?://\S+")


#: Characters XML 1.0 cannot carry (lxml refuses them); dropped from exported text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


_Sub = etree.SubElement


def _sub(parent: etree._Element, tag: str, text: str | None = None, attrib: dict | None = None):
    """A child element; ``text`` is free text (cleaned of characters XML cannot carry)."""
    el = _Sub(parent, tag, attrib) if attrib else _Sub(parent, tag)
    if text is not None:
        el.text = _NOT_XML.sub("", text)
    return el


def _fixed(parent: etree._Element, tag: str, text: str, attrib: dict) -> None:
    """A child element whose text is one of our own constants (no cleaning needed)."""
    _Sub(parent, tag, attrib).text = text


_TYPE = {name: {"type": name} for name in (
    "transactionType", "responsibility", "administrativeStatus", "partOfSpeech", "source",
    "subjectField",
)}
_TRANSAC = {kind: _TYPE["transactionType"] for kind in ("origination", "modification")}


def _audit(who: str | None, at: str | None, mwho: str | None, mat: str | None) -> tuple:
    """(who, day) of origination and of modification, as TBX records them (dates only)."""
    return ((who, xsd_date(at)), (mwho, xsd_date(mat)))


def _transactions(parent: etree._Element, audit: tuple) -> None:
    created, modified = audit
    for kind, (who, day) in (("origination", created), ("modification", modified)):
        if not day and not who:
            continue
        if kind == "modification" and (who, day) == created:
            continue
        grp = _Sub(parent, "transacGrp")
        _fixed(grp, "transac", kind, _TRANSAC[kind])
        if who:
            _sub(grp, "transacNote", who, _TYPE["responsibility"])
        if day:
            _Sub(grp, "date").text = day  # xsd:date, as TBX-Basic requires


def _is_term_note(detail: Detail) -> bool:
    return DETAIL_ELEMENTS.get(detail.category) == "termNote"


def write_detail(parent: etree._Element, detail: Detail) -> None:
    """One kept data category in TBX-Basic form (a definition or context with its source as a
    descripGrp). A value or link TBX-Basic cannot carry in its own element becomes a note
    ``"<category>: <value>"`` that ``tbx_reader`` reads back to the same detail."""
    element = DETAIL_ELEMENTS.get(detail.category, "note")
    value, category = detail.value, detail.category
    attrib = {"type": category}
    if element == "termNote" and value not in TERM_NOTE_VALUES.get(category, (value,)):
        element = "note"
    if element in ("ref", "xref") and detail.target:
        if _URL.fullmatch(detail.target):
            attrib["target"] = detail.target
        else:  # a link to an entry of the original file, which this file does not have
            element = "note"
            value = f"{value} ({detail.target})"
    elif element == "xref":  # xref needs a link
        element = "note"
    if element == "note":
        _sub(parent, "note", value if category == "note" else f"{category}: {value}")
        return
    if detail.source and element == "descrip":
        grp = _Sub(parent, "descripGrp")
        _sub(grp, "descrip", value, attrib)
        _sub(grp, "admin", detail.source, _TYPE["source"])
        return
    _sub(parent, element, value, attrib)


def _term_sec(lang_sec: etree._Element, term: Term, concept_audit: tuple) -> None:
    sec = _Sub(lang_sec, "termSec", {"id": f"t{term.id}"}) if term.id is not None \
        else _Sub(lang_sec, "termSec")
    _sub(sec, "term", term.text)
    _fixed(sec, "termNote", STATUS_TO_TBX[term.status], _TYPE["administrativeStatus"])
    pos = term.part_of_speech.strip() if term.part_of_speech else ""
    if pos in PARTS_OF_SPEECH:
        _fixed(sec, "termNote", pos, _TYPE["partOfSpeech"])
    for detail in term.details:
        if _is_term_note(detail):
            write_detail(sec, detail)
    if term.source:
        _sub(sec, "admin", term.source, _TYPE["source"])
    if term.status == TermStatus.FORBIDDEN:
        _Sub(sec, "note").text = NOTE_FORBIDDEN
    if pos and pos not in PARTS_OF_SPEECH:
        _sub(sec, "note", NOTE_POS + pos)
    if term.scheme:
        _sub(sec, "note", NOTE_SCHEME + term.scheme)
    for exception in term.context_exceptions:
        _sub(sec, "note", NOTE_EXCEPTION + exception)
    for detail in term.details:
        if not _is_term_note(detail):
            write_detail(sec, detail)
    audit = _audit(term.created_by, term.created_at, term.modified_by, term.modified_at)
    if audit != concept_audit:  # a term written with its concept inherits its transactions
        _transactions(sec, audit)


def concept_entry(concept: Concept) -> etree._Element:
    """One conceptEntry (elements without namespace: they inherit the root's default one)."""
    entry = etree.Element("conceptEntry", {"id": f"c{concept.id}"}) if concept.id is not None \
        else etree.Element("conceptEntry")
    if concept.subject:
        _sub(entry, "descrip", concept.subject, _TYPE["subjectField"])
    _Sub(entry, "note").text = NOTE_KIND + concept.kind.value
    if concept.note:
        for paragraph in concept.note.split("\n"):
            if paragraph.strip():
                _sub(entry, "note", paragraph)
    for detail in concept.details:
        if detail.lang is None:
            write_detail(entry, detail)
    audit = _audit(concept.created_by, concept.created_at, concept.modified_by,
                   concept.modified_at)
    _transactions(entry, audit)
    langs: dict[str, etree._Element] = {}
    for term in concept.terms:
        lang_sec = langs.get(term.lang)
        if lang_sec is None:
            lang_sec = langs[term.lang] = _Sub(entry, "langSec", {XML_LANG: term.lang})
            for detail in concept.details:
                if detail.lang == term.lang:
                    write_detail(lang_sec, detail)
        _term_sec(lang_sec, term, audit)
    return entry


def _header(title: str) -> bytes:
    header = etree.Element("tbxHeader")
    desc = _sub(header, "fileDesc")
    _sub(_sub(desc, "titleStmt"), "title", title)
    today = dt.date.today().isoformat()
    _sub(_sub(desc, "sourceDesc"), "p", f"Exported from Review Desk {__version__} on {today}.")
    return etree.tostring(header, encoding="utf-8")


_V2_TAGS = {"conceptEntry": "termEntry", "langSec": "langSet", "termSec": "tig"}


def martif_entry(concept: Concept) -> etree._Element:
    """The same entry in TBX v2 / MARTIF form: termEntry/langSet/tig (a tig holds term,
    termNotes and auxiliary information in the order a TBX v3 termSec does)."""
    entry = concept_entry(concept)
    for el in entry.iter(*_V2_TAGS):
        el.tag = _V2_TAGS[el.tag]
    return entry


def _martif_header(title: str) -> bytes:
    header = etree.Element("martifHeader")
    desc = _sub(header, "fileDesc")
    _sub(_sub(desc, "titleStmt"), "title", title)
    today = dt.date.today().isoformat()
    _sub(_sub(desc, "sourceDesc"), "p", f"Exported from Review Desk {__version__} on {today}.")
    _sub(_sub(header, "encodingDesc"), "p", "TBXXCSV02.xcs", {"type": "XCSURI"})
    return etree.tostring(header, encoding="utf-8")


def write_tbx(concepts: Iterable[Concept], path: Path | str, *, title: str = "Glossary",
              version: int = 3) -> int:
    """Write concepts to ``path``; returns how many. Refuses an empty glossary (TBX needs one).

    ``version=3``: TBX v3 TBX-Basic (DCA). ``version=2``: TBX v2 / MARTIF (ISO 30042:2008), the
    form translate-toolkit's ``translate.storage.tbx``, OmegaT and older CAT tools read; same
    content, v2 element names, no namespace.
    """
    path = Path(path)
    count = 0
    tmp = path.with_name(path.name + ".part")
    entry_of = concept_entry if version == 3 else martif_entry
    with tmp.open("wb", buffering=1 << 20) as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        if version == 3:
            for model in XML_MODELS:
                out.write(f"<?xml-model {model}?>\n".encode())
            out.write(f'<tbx type="TBX-Basic" style="dca" xml:lang="en" '
                      f'xmlns={quoteattr(TBX_NS)}>\n'.encode())
            out.write(_header(title) + b"\n<text>\n<body>\n")
        else:
            out.write(b'<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n'
                      b'<martif type="TBX" xml:lang="en">\n')
            out.write(_martif_header(title) + b"\n<text>\n<body>\n")
        for concept in concepts:
            if not concept.terms:
                continue
            out.write(etree.tostring(entry_of(concept), encoding="utf-8"))
            out.write(b"\n")
            count += 1
        out.write(b"</body>\n</text>\n" + (b"</tbx>\n" if version == 3 else b"</martif>\n"))
    if count == 0:
        tmp.unlink()
        raise GlossaryFormatError(
            "The glossary is empty, and a TBX file must hold at least one concept; add terms "
            "first."
        )
    tmp.replace(path)
    return count
