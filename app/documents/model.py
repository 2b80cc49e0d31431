"""What a format handler produces and consumes: blocks of coded text over a kept original.

The *skeleton* of a document is its original bytes, kept in the project (with their SHA-256);
a handler's ``read`` finds the translatable blocks in a fixed, deterministic order, and its
``write`` walks the original again in the same order and puts each block's translated coded text
in place, rebuilding inline formatting from ``Block.codes``. Segments are sentences inside a
block; the text between them (spaces) is kept as the segments' ``separator`` so that
``blocks == "".join(segment + separator)`` for every block, and nothing is lost or doubled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.core.model import Status


class DocumentFormatError(Exception):
    """A document cannot be read or written; ``str()`` tells the user why and what to do."""


@dataclass(frozen=True)
class InlineCode:
    """What tag *number* of a block stands for. ``data`` is the handler's own, JSON-serialisable
    description (the run properties of a DOCX run, an HTML element's name and attributes ...);
    ``label`` is a short readable name for chips and reports ("b", "i", "link", "br", "fn")."""

    number: int
    kind: str  # "open" | "close" | "isolated" (see inline_codes.TagKind)
    label: str
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExistingTarget:
    """A translation already in the file (XLIFF target, PO msgstr) with the file's state."""

    lang: str  # "ru" | "uk"
    text: str  # coded text
    state: str  # the file's own state word ("translated", "final", "needs-review-translation",
    # "fuzzy" ...); the importer maps it to a Review Desk status


@dataclass(frozen=True)
class Block:
    """One translatable block: a paragraph, heading, list item, table cell, footnote, caption,
    subtitle cue, XLIFF unit or PO entry.

    ``key`` locates the block in the original (stable across read and write of the same bytes);
    ``text`` is coded text; ``codes`` maps tag numbers to what they stand for; ``kind`` is a
    readable role ("heading", "paragraph", "cell", "cue", "unit", "alt" ...); ``meta`` holds
    what a reviewer may want to see (cue timings, a developer note, a PO context).
    """

    key: str
    text: str
    kind: str = "paragraph"
    codes: Mapping[int, InlineCode] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)
    targets: tuple[ExistingTarget, ...] = ()
    #: False for a block that must stay as one segment (a subtitle cue line, a PO message, an
    #: XLIFF segment that is already a sentence): it is not split into sentences.
    split: bool = True


@dataclass
class ExtractedDocument:
    format: str  # handler name: "docx", "odt", "html", "markdown", "xliff", "po", "srt", ...
    blocks: list[Block]
    source_lang: str = "en"
    target_langs: tuple[str, ...] = ()  # languages the file already carries targets for
    warnings: list[str] = field(default_factory=list)  # shown in the import report
    encoding: str | None = None  # the text encoding a text-based file was read in, if any


ProgressCallback = Callable[[int, int], None]  # (done, total)


class FormatHandler(Protocol):
    """One reader/writer pair per format (registered in ``app.documents.registry``)."""

    name: str  # "docx"
    suffixes: tuple[str, ...]  # (".docx",)
    description: str  # "Word document" (for file dialogs)

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        """Blocks of ``data`` in document order. Raises DocumentFormatError on bad input
        (corrupt, encrypted, macro-enabled, hostile, wrong languages, nothing to translate)."""
        ...

    def write(self, data: bytes, filename: str, translations: Mapping[str, str],
              lang: str, *, statuses: Mapping[str, Status] | None = None) -> bytes:
        """``data`` (the original bytes) with every block whose key is in ``translations``
        replaced by that coded text, inline codes rebuilt, language metadata set to ``lang``.
        Blocks not in ``translations`` are left exactly as they were.

        ``statuses`` (block key -> Review Desk status of that block's text, see
        ``target_states.block_status``) is for formats that record a state per translation
        (XLIFF ``state``, the PO ``fuzzy`` flag); every handler accepts it and the others
        ignore it. A missing key means EDITED."""
        ...
