"""TBX import: TBX v3 (``<tbx>``, conceptEntry/langSec/termSec; DCA or DCT style) and the older
TBX v2 / MARTIF (``<martif type="TBX">``, termEntry/langSet/tig|ntig) that OmegaT and
translate-toolkit write. Parsing is safe (see ``safe_xml``).

Reading rules:
- Languages are matched on their primary subtag (``ru-RU`` -> ``ru``); terms in other languages
  are skipped and counted in ``TbxRead.skipped_languages``.
- administrativeStatus / normativeAuthorization: preferred, admitted, deprecated (also
  superseded, obsolete, notRecommended), standardized/legal/regulated -> preferred. A deprecated
  term with the note ``Forbidden: ...`` (what ``tbx_writer`` writes) becomes forbidden.
- A term without any status is preferred if it is the first of its language in the concept,
  admitted otherwise (plain glossaries from OmegaT carry no statuses).
- Notes with the prefixes ``tbx_writer.NOTE_*`` fill kind, scheme and context exceptions; other
  concept notes and definitions become the concept note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from app.core.glossary_model import (
    GLOSSARY_LANGUAGES,
    Concept,
    ConceptKind,
    GlossaryFormatError,
    Term,
    TermStatus,
)
from app.formats.safe_xml import iter_elements
from app.formats.tbx_writer import (
    NOTE_EXCEPTION,
    NOTE_FORBIDDEN,
    NOTE_KIND,
    NOTE_POS,
    NOTE_SCHEME,
    XML_LANG,
)

_ENTRY_TAGS = ("conceptEntry", "termEntry")
_LANG_TAGS = ("langSec", "langSet")
_TERM_TAGS = ("termSec", "tig", "ntig")


@dataclass
class TbxRead:
    concepts: list[Concept] = field(default_factory=list)
    version: str = ""  # "TBX v3" or "TBX v2 (MARTIF)"
    skipped_languages: dict[str, int] = field(default_factory=dict)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _status(value: str) -> TermStatus | None:
    v = value.strip().lower()
    if not v:
        return None
    if "forbidden" in v:
        return TermStatus.FORBIDDEN
    if any(w in v for w in ("deprecated", "superseded", "obsolete", "notrecommended")):
        return TermStatus.DEPRECATED
    if "admitted" in v or "proposed" in v:
        return TermStatus.ADMITTED
    if any(w in v for w in ("preferred", "standardized", "legal", "regulated")):
        return TermStatus.PREFERRED
    return None


def _category(el: etree._Element) -> str:
    """The data category: the type attribute (DCA) or the element's local name (DCT)."""
    return el.get("type") or _local(el)


def _transaction(grp: etree._Element) -> tuple[str | None, str | None, str | None]:
    kind = who = date = None
    for child in grp:
        local = _local(child)
        if local == "transac":
            kind = _text(child).lower()
        elif local == "transacNote" and child.get("type", "responsibility") == "responsibility":
            who = _text(child) or None
        elif local == "date":
            date = _text(child) or None
    return kind, who, date


def _audit(el: etree._Element) -> dict:
    found: dict = {}
    for grp in el:
        if _local(grp) != "transacGrp":
            continue
        kind, who, date = _transaction(grp)
        prefix = "created" if kind == "origination" else "modified"
        found[f"{prefix}_by"], found[f"{prefix}_at"] = who, date
    return found


def _read_term(sec: etree._Element, lang: str, first: bool) -> Term | None:
    text, status, pos, scheme, source = "", None, None, None, None
    forbidden = False
    exceptions: list[str] = []
    # ntig keeps term and termNotes inside termGrp; look one level down too.
    nodes = [c for c in sec if _local(c) != "termGrp"]
    for grp in (c for c in sec if _local(c) == "termGrp"):
        nodes += list(grp)
    for node in nodes:
        local, category = _local(node), _category(node)
        value = _text(node)
        if local == "term":
            text = value
        elif category in ("administrativeStatus", "normativeAuthorization"):
            status = status or _status(value)
        elif category == "partOfSpeech":
            pos = value or None
        elif local in ("admin", "descrip") and category == "source":
            source = value or None
        elif local == "note":
            if value == NOTE_FORBIDDEN or value.lower().startswith("forbidden"):
                forbidden = True
            elif value.startswith(NOTE_SCHEME):
                scheme = value[len(NOTE_SCHEME):] or None
            elif value.startswith(NOTE_EXCEPTION):
                exceptions.append(value[len(NOTE_EXCEPTION):])
            elif value.startswith(NOTE_POS):
                pos = value[len(NOTE_POS):] or None
    if not text:
        return None
    if forbidden and status in (None, TermStatus.DEPRECATED):
        status = TermStatus.FORBIDDEN
    if status is None:
        status = TermStatus.PREFERRED if first else TermStatus.ADMITTED
    audit = _audit(sec)
    return Term(
        lang=lang, text=text, status=status, part_of_speech=pos, scheme=scheme, source=source,
        context_exceptions=tuple(exceptions), **audit,
    )


def _read_entry(entry: etree._Element, result: TbxRead) -> Concept | None:
    kind, subject = ConceptKind.OTHER, None
    notes: list[str] = []
    terms: list[Term] = []
    for child in entry:
        local, category = _local(child), _category(child)
        if local in _LANG_TAGS:
            raw = (child.get(XML_LANG) or child.get("lang") or "").strip()
            lang = raw.split("-")[0].split("_")[0].lower()
            if lang not in GLOSSARY_LANGUAGES:
                result.skipped_languages[raw or "?"] = result.skipped_languages.get(raw, 0) + 1
                continue
            for sec in child:
                if _local(sec) in _TERM_TAGS:
                    first = not any(t.lang == lang for t in terms)
                    term = _read_term(sec, lang, first)
                    if term is not None:
                        terms.append(term)
        elif category == "subjectField":
            subject = _text(child) or None
        elif local == "note" or (local == "descrip" and category == "definition"):
            value = _text(child)
            if value.startswith(NOTE_KIND):
                try:
                    kind = ConceptKind(value[len(NOTE_KIND):].strip())
                except ValueError:
                    notes.append(value)
            elif value:
                notes.append(value)
    if not terms:
        return None
    return Concept(
        kind=kind, terms=tuple(terms), note="\n".join(notes) or None, subject=subject,
        external_id=entry.get("id"), **_audit(entry),
    )


def read_tbx(path: Path | str) -> TbxRead:
    """Read a TBX v3 or v2 (MARTIF) file; raises GlossaryFormatError with a plain message."""
    path = Path(path)
    result = TbxRead()
    for local, element in iter_elements(path, _ENTRY_TAGS):
        if local == "root":
            root = _local(element)
            if root == "tbx":
                result.version = "TBX v3"
            elif root == "martif":
                result.version = "TBX v2 (MARTIF)"
            else:
                raise GlossaryFormatError(
                    f"{path.name} is XML but not TBX (its root element is <{root}>, expected "
                    "<tbx> or <martif>). Export the glossary as TBX and try again."
                )
            continue
        concept = _read_entry(element, result)
        if concept is not None:
            result.concepts.append(concept)
    return result
