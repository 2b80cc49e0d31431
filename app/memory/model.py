"""Memory units, matches and the memory's typed errors (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.storage.errors import ProjectError

MEMORY_LANGUAGES = ("ru", "uk")
EXACT = 100
CONTEXT = 101


class UnitStatus(StrEnum):
    APPROVED = "approved"  # from a reviewer's approval
    EDITED = "edited"  # from a reviewer's edit (used when the setting says so)
    IMPORTED = "imported"  # from a TMX file


class StoreKind(StrEnum):
    PROJECT = "project"
    USER = "user"


@dataclass(frozen=True)
class MemoryUnit:
    """One English -> Russian/Ukrainian pair (texts are coded: tags are private-use chars)."""

    lang: str
    source: str
    target: str
    status: UnitStatus
    reviewer: str | None = None
    changed_at: str | None = None
    project: str | None = None
    document: str | None = None
    origin: str = ""  # "project" or "tmx:<file name>"
    previous: str | None = None  # neighbouring sources, for context matches
    following: str | None = None
    id: int | None = None
    store: StoreKind = StoreKind.PROJECT
    context_key: int | None = None
    project_uid: str | None = None  # with segment_id: the decided cell the unit comes from
    segment_id: int | None = None

    @property
    def origin_label(self) -> str:
        """Where the unit comes from, for people: "news.rdproj / article.txt" or "TMX old.tmx"."""
        if self.origin.startswith("tmx:"):
            return f"TMX {self.origin[4:]}"
        return " / ".join(p for p in (self.project, self.document) if p) or self.origin


@dataclass(frozen=True)
class Match:
    """A memory unit scored against a segment; ``target`` already has numbers adapted."""

    score: int  # 101 context, 100 exact, below: fuzzy
    unit: MemoryUnit
    target: str
    adapted: list[tuple[str, str]] = field(default_factory=list)  # (old, new) numbers, months
    #: names that differ: replaced through the glossary, or why not (glossary_names.NameNote)
    names: tuple = ()

    @property
    def source(self) -> str:
        return self.unit.source

    @property
    def origin_badge(self) -> str:
        """What the grid and the audit trail call a cell filled from it: "memory 100%"."""
        return f"memory {self.score}%"


class TranslationMemoryError(ProjectError):
    """Base of the memory's expected failures (the message says what to do)."""


class TMXError(TranslationMemoryError):
    """A TMX file that cannot be read."""
