"""Glossary domain objects: concepts with terms per language and a status per term (no Qt, no SQL).

A concept is one thing in the world (Kyiv, a person, an organisation); its terms are the ways to
write it in English, Russian and Ukrainian. Each term has a status: ``preferred`` (use this),
``admitted`` (acceptable), ``deprecated`` (avoid, flag it) or ``forbidden`` (never, flag it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property

GLOSSARY_LANGUAGES = ("en", "ru", "uk")


class GlossaryError(Exception):
    """An expected glossary failure; ``str()`` says what happened and what to do."""


class GlossaryFormatError(GlossaryError):
    """A glossary file cannot be read or written (bad columns, unsafe XML, ...)."""


class ConceptKind(StrEnum):
    PLACE = "place"
    PERSON = "person"
    ORG = "org"
    OTHER = "other"


class TermStatus(StrEnum):
    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"

    @property
    def discouraged(self) -> bool:
        """Deprecated and forbidden terms are flagged wherever they are used."""
        return self in (TermStatus.DEPRECATED, TermStatus.FORBIDDEN)


class ConflictKind(StrEnum):
    TWO_PREFERRED = "two_preferred"  # one concept, one language, more than one preferred term
    SHARED_TERM = "shared_term"  # the same term text (one language) in two concepts


#: Where each TBX-Basic data category a glossary keeps is written: element name in TBX.
DETAIL_ELEMENTS = {
    "definition": "descrip", "context": "descrip",
    "source": "admin", "customerSubset": "admin", "projectSubset": "admin",
    "termType": "termNote", "grammaticalGender": "termNote", "geographicalUsage": "termNote",
    "termLocation": "termNote",
    "crossReference": "ref", "externalCrossReference": "xref", "xGraphic": "xref",
    "note": "note",
}
#: The levels TBX-Basic allows each category at (concept, language section, term).
DETAIL_LEVELS = {
    "definition": ("concept", "lang"), "context": ("term",),
    "source": ("concept", "lang", "term"), "customerSubset": ("concept", "term"),
    "projectSubset": ("concept", "term"), "termType": ("term",),
    "grammaticalGender": ("term",), "geographicalUsage": ("term",), "termLocation": ("term",),
    "crossReference": ("concept", "term"), "externalCrossReference": ("concept", "lang", "term"),
    "xGraphic": ("concept", "lang"), "note": ("concept", "lang", "term"),
}


@dataclass(frozen=True)
class Detail:
    """One piece of terminology information beyond the term itself (TBX-Basic data category):
    a definition, context, note, source, subset, term type, cross reference or graphic.

    ``lang`` is set for a language-level detail of a concept (TBX ``langSec``) and left None at
    concept level and on terms. ``source`` is the source of a definition or context (TBX
    ``descripGrp``); ``target`` the link of a cross reference or graphic.
    """

    category: str
    value: str
    lang: str | None = None
    source: str | None = None
    target: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in (("category", self.category), ("value", self.value),
                                  ("lang", self.lang), ("source", self.source),
                                  ("target", self.target)) if v is not None}

    @classmethod
    def from_dict(cls, data: dict) -> Detail:
        return cls(category=str(data["category"]), value=str(data["value"]),
                   lang=data.get("lang"), source=data.get("source"), target=data.get("target"))


def details_from(data: object) -> tuple[Detail, ...]:
    return tuple(Detail.from_dict(d) for d in data or ())  # type: ignore[attr-defined]


def normalize_term(text: str) -> str:
    """The form used to compare terms: NFC, case-folded, inner whitespace collapsed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Term:
    lang: str
    text: str
    status: TermStatus = TermStatus.PREFERRED
    part_of_speech: str | None = None
    scheme: str | None = None  # romanization scheme the spelling follows, e.g. "BGN/PCGN"
    source: str | None = None  # where the spelling comes from
    context_exceptions: tuple[str, ...] = ()  # contexts where a discouraged form is fine
    details: tuple[Detail, ...] = ()  # contexts, notes, term type, ... (TBX-Basic, term level)
    id: int | None = None
    concept_id: int | None = None
    created_by: str | None = None
    created_at: str | None = None
    modified_by: str | None = None
    modified_at: str | None = None

    @cached_property
    def key(self) -> tuple[str, str]:
        """(language, normalised text): how terms are matched."""
        return (self.lang, normalize_term(self.text))

    def same_content(self, other: Term) -> bool:
        """Equal in what a terminologist edits (ids, authors and dates aside)."""
        return (
            self.key == other.key
            and self.text == other.text
            and self.status == other.status
            and (self.part_of_speech or None) == (other.part_of_speech or None)
            and (self.scheme or None) == (other.scheme or None)
            and (self.source or None) == (other.source or None)
            and tuple(self.context_exceptions) == tuple(other.context_exceptions)
            and tuple(self.details) == tuple(other.details)
        )

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "lang": self.lang,
            "text": self.text,
            "status": self.status.value,
            "part_of_speech": self.part_of_speech,
            "scheme": self.scheme,
            "source": self.source,
            "context_exceptions": list(self.context_exceptions),
            "details": [d.to_dict() for d in self.details],
            "created_by": self.created_by,
            "created_at": self.created_at,
            "modified_by": self.modified_by,
            "modified_at": self.modified_at,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Term:
        return cls(
            lang=str(data["lang"]),
            text=str(data["text"]),
            status=TermStatus(data.get("status") or TermStatus.PREFERRED),
            part_of_speech=data.get("part_of_speech"),
            scheme=data.get("scheme"),
            source=data.get("source"),
            context_exceptions=tuple(data.get("context_exceptions") or ()),
            details=details_from(data.get("details")),
            id=data.get("id"),
            created_by=data.get("created_by"),
            created_at=data.get("created_at"),
            modified_by=data.get("modified_by"),
            modified_at=data.get("modified_at"),
        )


@dataclass(frozen=True)
class Concept:
    kind: ConceptKind = ConceptKind.OTHER
    terms: tuple[Term, ...] = ()
    note: str | None = None
    subject: str | None = None
    #: Definitions, notes, sources, ... at concept level (lang None) and per language section.
    details: tuple[Detail, ...] = ()
    id: int | None = None
    created_by: str | None = None
    created_at: str | None = None
    modified_by: str | None = None
    modified_at: str | None = None
    #: The concept's id in the file it was read from (import only), for messages.
    external_id: str | None = field(default=None, compare=False)

    def terms_in(self, lang: str) -> list[Term]:
        return [t for t in self.terms if t.lang == lang]

    def preferred(self, lang: str) -> Term | None:
        """The preferred term for a language (the first, if there is a conflict)."""
        return next((t for t in self.terms_in(lang) if t.status == TermStatus.PREFERRED), None)

    def definitions(self, lang: str | None = None) -> list[Detail]:
        """Definitions of the concept (any level), or those of one language section."""
        return [d for d in self.details if d.category == "definition"
                and (lang is None or d.lang == lang)]

    def label(self) -> str:
        """A short name for messages: the English preferred term, else any term."""
        term = self.preferred("en") or (self.terms[0] if self.terms else None)
        return term.text if term else f"concept {self.id or self.external_id or '?'}"

    def with_terms(self, terms: tuple[Term, ...]) -> Concept:
        return replace(self, terms=terms)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "note": self.note,
            "subject": self.subject,
            "details": [d.to_dict() for d in self.details],
            "created_by": self.created_by,
            "created_at": self.created_at,
            "modified_by": self.modified_by,
            "modified_at": self.modified_at,
            "terms": [t.to_dict() for t in self.terms],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Concept:
        return cls(
            kind=ConceptKind(data.get("kind") or ConceptKind.OTHER),
            terms=tuple(Term.from_dict(t) for t in data.get("terms") or ()),
            note=data.get("note"),
            subject=data.get("subject"),
            details=details_from(data.get("details")),
            external_id=None if data.get("id") is None else str(data["id"]),
            created_by=data.get("created_by"),
            created_at=data.get("created_at"),
            modified_by=data.get("modified_by"),
            modified_at=data.get("modified_at"),
        )


@dataclass(frozen=True)
class Conflict:
    """A glossary inconsistency that a person must resolve; never fixed automatically."""

    kind: ConflictKind
    lang: str
    concept_ids: tuple[int, ...]
    terms: tuple[str, ...]

    def message(self) -> str:
        ids = ", ".join(f"#{i}" for i in self.concept_ids)
        if self.kind == ConflictKind.TWO_PREFERRED:
            return (
                f"Concept {ids} has {len(self.terms)} preferred {self.lang} terms "
                f"({', '.join(self.terms)}); keep one preferred and mark the others admitted."
            )
        return (
            f"The {self.lang} term '{self.terms[0]}' belongs to concepts {ids}; merge them or "
            "change one term."
        )
