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

from dataclasses import dataclass, field, replace
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


_LOCAL_NAMES: dict[str, str] = {}


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = _LOCAL_NAMES[tag] = tag.rpartition("}")[2]
    return name


def _text(el: etree._Element) -> str:
    raw = "".join(el.itertext()) if len(el) else (el.text or "")
    return " ".join(raw.split())


_EXACT_STATUS = {
    "preferredTerm-admn-sts": TermStatus.PREFERRED,
    "admittedTerm-admn-sts": TermStatus.ADMITTED,
    "deprecatedTerm-admn-sts": TermStatus.DEPRECATED,
}


def _status(value: str) -> TermStatus | None:
    exact = _EXACT_STATUS.get(value)
    if exact is not None:
        return exact
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


def _add_transaction(found: dict, grp: etree._Element) -> None:
    kind, who, date = _transaction(grp)
    prefix = "created" if kind == "origination" else "modified"
    found[f"{prefix}_by"], found[f"{prefix}_at"] = who, date


def _read_term(sec: etree._Element, lang: str, first: bool, inherited: dict) -> Term | None:
    text, status, pos, scheme, source = "", None, None, None, None
    forbidden = False
    exceptions: list[str] = []
    audit: dict = {}
    nodes = list(sec)
    for node in nodes:
        local = _local(node)
        if local == "termGrp":  # ntig keeps term and termNotes inside termGrp
            nodes.extend(node)
        elif local == "term":
            text = _text(node)
        elif local == "transacGrp":
            _add_transaction(audit, node)
        elif local == "note":
            value = _text(node)
            if value == NOTE_FORBIDDEN or value.lower().startswith("forbidden"):
                forbidden = True
            elif value.startswith(NOTE_SCHEME):
                scheme = value[len(NOTE_SCHEME):] or None
            elif value.startswith(NOTE_EXCEPTION):
                exceptions.append(value[len(NOTE_EXCEPTION):])
            elif value.startswith(NOTE_POS):
                pos = value[len(NOTE_POS):] or None
        else:
            category = node.get("type") or local
            if category in ("administrativeStatus", "normativeAuthorization"):
                status = status or _status(_text(node))
            elif category == "partOfSpeech":
                pos = _text(node) or None
            elif category == "source" and local in ("admin", "descrip"):
                source = _text(node) or None
    if not text:
        return None
    if forbidden and status in (None, TermStatus.DEPRECATED):
        status = TermStatus.FORBIDDEN
    if status is None:
        status = TermStatus.PREFERRED if first else TermStatus.ADMITTED
    return Term(
        lang=lang, text=text, status=status, part_of_speech=pos, scheme=scheme, source=source,
        context_exceptions=tuple(exceptions), **(audit or inherited),
    )


def _read_entry(entry: etree._Element, result: TbxRead) -> Concept | None:
    kind, subject = ConceptKind.OTHER, None
    notes: list[str] = []
    terms: list[Term] = []
    audit: dict = {}
    for child in entry:
        local = _local(child)
        if local in _LANG_TAGS:
            raw = (child.get(XML_LANG) or child.get("lang") or "").strip()
            lang = raw.split("-")[0].split("_")[0].lower()
            if lang not in GLOSSARY_LANGUAGES:
                result.skipped_languages[raw or "?"] = result.skipped_languages.get(raw, 0) + 1
                continue
            first = True
            for sec in child:
                if _local(sec) in _TERM_TAGS:
                    term = _read_term(sec, lang, first, audit)
                    if term is not None:
                        terms.append(term)
                        first = False
        elif local == "transacGrp":
            _add_transaction(audit, child)
        elif (child.get("type") or local) == "subjectField":
            subject = _text(child) or None
        elif local == "note" or (local == "descrip" and child.get("type") == "definition"):
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
    if audit and not terms[0].created_at:  # the concept's transactions came after its terms
        terms = [t if t.created_at or t.created_by else replace(t, **audit) for t in terms]
    return Concept(
        kind=kind, terms=tuple(terms), note="\n".join(notes) or None, subject=subject,
        external_id=entry.get("id"), **audit,
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
