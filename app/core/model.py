"""Domain objects shared by storage, commands and the interface (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = ("ru", "uk")


class Status(StrEnum):
    NEW = "new"  # nothing yet
    TRANSLATED = "translated"  # machine output only, no human has touched it
    EDITED = "edited"  # a reviewer changed the text
    APPROVED = "approved"
    REJECTED = "rejected"


#: Statuses a reviewer records; NEW and TRANSLATED are derived from the data.
DECISION_STATUSES = (Status.EDITED, Status.APPROVED, Status.REJECTED)


@dataclass(frozen=True)
class Document:
    id: int
    name: str
    source_path: str | None
    encoding: str | None
    imported_at: str
    imported_by: str | None
    segment_count: int


@dataclass(frozen=True)
class SegmentDraft:
    """A segment produced by the segmenter, before it has an id."""

    source: str
    paragraph: int  # paragraph number inside its document, from 0
    position: int  # sentence number inside its paragraph, from 0
    block: int | None = None  # the document's block (index in its structure), if it has one
    separator: str = ""  # text after the segment inside its block (spaces between sentences)


@dataclass(frozen=True)
class Segment:
    id: int  # stable for the life of the project
    document_id: int
    index: int  # order in the project, from 0
    paragraph: int
    position: int
    source: str


@dataclass(frozen=True)
class Cell:
    """One translation cell: a segment in one target language, as the reviewer sees it."""

    segment_id: int
    lang: str
    status: Status
    text: str | None  # what the reviewer sees: their own text if any, else the machine's
    machine_text: str | None
    reviewer: str | None = None
    decided_at: str | None = None
    comment: str | None = None
    machine_draft: bool = False  # the machine text is a quick draft, not yet refined
    machine_origin: str | None = None  # "memory 100%" when the machine column came from memory

    @property
    def reviewed(self) -> bool:
        return self.status in DECISION_STATUSES


@dataclass(frozen=True)
class MachineTranslation:
    """The stored machine output for one cell: best text, alternatives and how it was made."""

    segment_id: int
    lang: str
    text: str
    alternatives: list[dict]  # [{"text": ..., "score": ...}, ...] best first
    engine: str | None
    model: str | None
    pivot: str | None  # the route when it went through another language, e.g. "en->ru->uk"
    created_at: str | None
    draft: bool = False  # greedy first-pass output, to be refined with beam search

    @property
    def pivot_languages(self) -> list[str]:
        """The languages in between on a pivot route ("en->ru->uk" -> ["ru"]); [] if direct."""
        if not self.pivot:
            return []
        return [code for code in self.pivot.split("->")[1:-1] if code]


@dataclass(frozen=True)
class Row:
    segment: Segment
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Event:
    id: int
    at: str
    who: str | None
    action: str
    segment_id: int | None
    lang: str | None
    before: dict | None
    after: dict | None
