"""TBX import: TBX v3 (``<tbx>``, conceptEntry/langSec/termSec; DCA or DCT style) and the older
TBX v2 / MARTIF (``<martif type="TBX">``, termEntry/langSet/tig|ntig) that OmegaT,
translate-toolkit and the big termbase tools (MultiTerm, ...) write. Parsing is safe (see
``safe_xml``).

Reading rules:
- Languages are matched on their primary subtag (``ru-RU`` -> ``ru``); language sections in
  other languages are skipped and counted in ``TbxRead.skipped_languages`` (a section without
  a language counts under ``?``). Two sections of one language are one language.
- administrativeStatus / normativeAuthorization / usageStatus (TBX-Min): preferred, admitted,
  deprecated (also superseded, obsolete, notRecommended), standardized/legal/regulated ->
  preferred. A deprecated term with the note ``Forbidden: ...`` (what ``tbx_writer`` writes)
  becomes forbidden.
- A term without any status is preferred if it is the first of its language in the concept,
  admitted otherwise (plain glossaries from OmegaT carry no statuses).
- Notes with the prefixes ``tbx_writer.NOTE_*`` fill kind, scheme and context exceptions; other
  concept notes become the concept note.
- Every other TBX-Basic data category (definitions, contexts, notes, sources, customer and
  project subsets, term types, gender, geographical usage, term location, cross references,
  graphics) is kept as a ``Detail`` at its level (``glossary_model.DETAIL_LEVELS``). Whatever is
  not kept (categories TBX-Basic does not have, language-section transactions, dates that are
  no dates) is counted in ``TbxRead.not_kept`` so the import report can say so.
- Dates are normalised to ISO 8601 (``tbx_dates``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from app.core.glossary_model import (
    DETAIL_LEVELS,
    GLOSSARY_LANGUAGES,
    Concept,
    ConceptKind,
    Detail,
    GlossaryFormatError,
    Term,
    TermStatus,
)
from app.formats.safe_xml import iter_elements
from app.formats.tbx_dates import normalize_date
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
_GROUPS = ("descripGrp", "adminGrp", "termNoteGrp")


@dataclass
class TbxRead:
    concepts: list[Concept] = field(default_factory=list)
    version: str = ""  # "TBX v3" or "TBX v2 (MARTIF)"
    skipped_languages: dict[str, int] = field(default_factory=dict)
    #: Data categories kept beside terms and statuses, by name (definition, context, ...).
    kept: Counter = field(default_factory=Counter)
    #: What was read but could not be kept, as "category (level)" -> count.
    not_kept: Counter = field(default_factory=Counter)


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


def _add_transaction(found: dict, grp: etree._Element, result: TbxRead) -> None:
    kind = who = date = None
    for child in grp:
        local = _local(child)
        if local == "transac":
            kind = _text(child).lower()
        elif local == "transacNote" and child.get("type", "responsibility") == "responsibility":
            who = _text(child) or None
        elif local == "date":
            raw = _text(child)
            date = normalize_date(raw)
            if raw and date is None:
                result.not_kept["date that is no date"] += 1
    prefix = "created" if kind == "origination" else "modified"
    found[f"{prefix}_by"], found[f"{prefix}_at"] = who, date


def _category(node: etree._Element, local: str) -> str:
    return node.get("type") or local


def _details(node: etree._Element, level: str, lang: str | None, result: TbxRead,
             out: list[Detail]) -> None:
    """Keep ``node`` (an admin, descrip, note, ref, xref, termNote or a *Grp of one) as a
    Detail if TBX-Basic has its category at ``level``; count it as not kept otherwise."""
    local = _local(node)
    extra: list[etree._Element] = []
    source = None
    if local in _GROUPS:
        children = [c for c in node if _local(c)]
        if not children:
            return
        node, extra = children[0], children[1:]
        local = _local(node)
        for other in list(extra):
            if _local(other) == "admin" and other.get("type") == "source" and source is None:
                source = _text(other) or None
                extra.remove(other)
    category = _category(node, local)
    value = _text(node)
    if local == "note":  # "termType: synonym": a value TBX-Basic has no element for
        name, sep, rest = value.partition(": ")
        if sep and name in DETAIL_LEVELS and name != "note":
            category, value = name, rest
    allowed = DETAIL_LEVELS.get(category, ())
    if level in allowed and value:
        out.append(Detail(category, value, lang=lang if level == "lang" else None,
                          source=source, target=node.get("target") or None))
        result.kept[category] += 1
    elif value or local == "transacGrp":
        result.not_kept[f"{category} ({level})"] += 1
    for other in extra:
        if _local(other) == "transacGrp":
            result.not_kept[f"transaction of a {category}"] += 1
        else:
            _details(other, level, lang, result, out)


def _read_term(sec: etree._Element, lang: str, first: bool, inherited: dict,
               result: TbxRead) -> Term | None:
    text, status, pos, scheme, source = "", None, None, None, None
    forbidden = False
    exceptions: list[str] = []
    details: list[Detail] = []
    audit: dict = {}
    nodes = list(sec)
    for node in nodes:
        local = _local(node)
        if not local:
            continue
        category = _category(node, local)
        if local in ("termGrp", "termNoteGrp"):  # ntig keeps term and termNotes in termGrp
            nodes.extend(node)
        elif local == "term":
            text = _text(node)
        elif local == "transacGrp":
            _add_transaction(audit, node, result)
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
                _details(node, "term", None, result, details)
        elif category in ("administrativeStatus", "normativeAuthorization", "usageStatus"):
            status = status or _status(_text(node))
        elif category == "partOfSpeech":
            pos = _text(node) or None
        elif category == "source" and local == "admin" and source is None:
            source = _text(node) or None
        else:
            _details(node, "term", None, result, details)
    if not text:
        return None
    if forbidden and status in (None, TermStatus.DEPRECATED):
        status = TermStatus.FORBIDDEN
    if status is None:
        status = TermStatus.PREFERRED if first else TermStatus.ADMITTED
    return Term(
        lang=lang, text=text, status=status, part_of_speech=pos, scheme=scheme, source=source,
        context_exceptions=tuple(exceptions), details=tuple(details), **(audit or inherited),
    )


def _read_entry(entry: etree._Element, result: TbxRead) -> Concept | None:
    kind, subject = ConceptKind.OTHER, None
    notes: list[str] = []
    terms: list[Term] = []
    details: list[Detail] = []
    audit: dict = {}
    langs_with_terms: set[str] = set()
    for child in entry:
        local = _local(child)
        if not local:
            continue
        if local in _LANG_TAGS:
            raw = (child.get(XML_LANG) or child.get("lang") or "").strip()
            lang = raw.split("-")[0].split("_")[0].lower()
            if lang not in GLOSSARY_LANGUAGES:
                key = raw or "?"
                result.skipped_languages[key] = result.skipped_languages.get(key, 0) + 1
                continue
            for sec in child:
                sec_local = _local(sec)
                if sec_local in _TERM_TAGS:
                    term = _read_term(sec, lang, lang not in langs_with_terms, audit, result)
                    if term is not None:
                        terms.append(term)
                        langs_with_terms.add(lang)
                elif sec_local == "transacGrp":
                    result.not_kept["transaction (language section)"] += 1
                elif sec_local:
                    _details(sec, "lang", lang, result, details)
        elif local == "transacGrp":
            _add_transaction(audit, child, result)
        elif _category(child, local) == "subjectField" and subject is None:
            subject = _text(child) or None
        elif local == "note":
            value = _text(child)
            if value.startswith(NOTE_KIND):
                try:
                    kind = ConceptKind(value[len(NOTE_KIND):].strip())
                    continue
                except ValueError:
                    pass
            name, sep, _rest = value.partition(": ")
            if sep and name in DETAIL_LEVELS and name != "note":
                _details(child, "concept", None, result, details)
            elif value:
                notes.append(value)
                result.kept["note"] += 1
        else:
            _details(child, "concept", None, result, details)
    if not terms:
        return None
    if audit and not terms[0].created_at:  # the concept's transactions came after its terms
        terms = [t if t.created_at or t.created_by else replace(t, **audit) for t in terms]
    return Concept(
        kind=kind, terms=tuple(terms), note="\n".join(notes) or None, subject=subject,
        details=tuple(details), external_id=entry.get("id"), **audit,
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
