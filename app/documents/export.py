"""Writing a document's translation: the original format with every segment replaced by its
best text, or plain text.

Best text per segment: the approved text, else the reviewer's edited text, else the machine's,
else the English (``only_approved``: the approved text, else the English). A rejected cell
keeps the English and is listed for attention. Before the format's writer sees a block, its
tags are repaired (``tag_repair``): the export always succeeds, and the report lists the
segments whose tags had to be moved, added or dropped.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from app.core.model import Status
from app.documents.inline_codes import display, strip_tags
from app.documents.registry import handler_named
from app.documents.tag_repair import expected_tags, repair_tags
from app.documents.target_states import block_status
from app.storage.database import ProjectDatabase
from app.storage.document_repo import DocumentRepository, StoredSegment

APPROVED, EDITED, MACHINE, ENGLISH = "approved", "edited", "machine", "english"
REJECTED = "rejected"
_STATUS = {APPROVED: Status.APPROVED, EDITED: Status.EDITED, MACHINE: Status.TRANSLATED,
           ENGLISH: Status.NEW, REJECTED: Status.REJECTED}


@dataclass(frozen=True)
class Attention:
    """A segment whose translation could not be placed as it was."""

    segment_id: int
    number: int  # the segment's row number in the grid, from 1
    source: str
    problems: tuple[str, ...]  # "missing tag <1>", "rejected translation" ...


@dataclass
class ExportReport:
    document: str
    lang: str
    counts: Counter[str] = field(default_factory=Counter)  # origin -> segments
    attention: list[Attention] = field(default_factory=list)
    only_approved: bool = False

    @property
    def left_in_english(self) -> int:
        return self.counts[ENGLISH] + self.counts[REJECTED]


@dataclass(frozen=True)
class ExportedFile:
    name: str  # suggested file name: article.ru.docx
    data: bytes
    report: ExportReport


_LANGUAGE_PART = re.compile(r"[._-](en|ru|uk)([_-][A-Za-z]{2})?$", re.I)


def output_name(document_name: str, lang: str, as_text: bool, stored_format: str | None) -> str:
    """``article.docx`` -> ``article.ru.docx``; a language already in the name is replaced
    (``article.en.docx``, ``messages.ru.xlf`` -> ``article.ru.docx``, ``messages.ru.xlf``)."""
    path = PurePath(document_name)
    suffix = ".txt" if as_text or stored_format is None else path.suffix
    stem = _LANGUAGE_PART.sub("", path.stem) or path.stem
    return f"{stem}.{lang}{suffix}"


def _best(segment: StoredSegment, cell: tuple[str | None, str | None, str | None] | None,
          only_approved: bool) -> tuple[str, str]:
    status, decided, machine = cell or (None, None, None)
    if status == APPROVED and decided is not None:
        return decided, APPROVED
    if status == "rejected":
        return segment.source, REJECTED
    if only_approved:
        return segment.source, ENGLISH
    if status == EDITED and decided is not None:
        return decided, EDITED
    if machine is not None:
        return machine, MACHINE
    return segment.source, ENGLISH


def export_document(pdb: ProjectDatabase, document_id: int, document_name: str, lang: str,
                    *, only_approved: bool = False, as_text: bool = False) -> ExportedFile:
    repo = DocumentRepository(pdb)
    stored = repo.stored_file(document_id)
    cells = repo.cell_texts(document_id, lang)
    report = ExportReport(document_name, lang, only_approved=only_approved)
    name = output_name(document_name, lang, as_text, stored.format if stored else None)

    origins: dict[int, str] = {}

    def best(segment: StoredSegment) -> str:
        text, origin = _best(segment, cells.get(segment.id), only_approved)
        origins[segment.id] = origin
        report.counts[origin] += 1
        if origin == REJECTED:
            report.attention.append(Attention(segment.id, segment.index + 1, segment.source,
                                              ("rejected: the English is kept",)))
        return text

    if stored is None:  # imported before documents kept their structure: paragraphs of text
        paragraphs: dict[int, list[str]] = {}
        for segment in repo.segments(document_id):
            paragraphs.setdefault(segment.paragraph, []).append(strip_tags(best(segment)))
        text = "\n\n".join(" ".join(p) for p in paragraphs.values()) + "\n"
        return ExportedFile(name, text.encode("utf-8"), report)

    translations: dict[str, str] = {}
    statuses: dict[str, Status] = {}
    for block in repo.blocks(document_id):
        coded = "".join(best(s) + s.separator for s in block.segments)
        source = block.text
        repaired, problems = repair_tags(coded, expected_tags(source))
        for problem in problems:
            segment = next((s for s in block.segments if problem.tag in display(s.source)),
                           block.segments[0])
            report.attention.append(Attention(
                segment.id, segment.index + 1, segment.source,
                (f"{problem.problem} tag {problem.tag}",),
            ))
        translations[block.key] = repaired
        statuses[block.key] = block_status(_STATUS[origins[s.id]] for s in block.segments)
    if as_text:
        text = "\n\n".join(strip_tags(t).strip() for t in translations.values()) + "\n"
        return ExportedFile(name, text.encode("utf-8"), report)
    original = repo.original(document_id)
    assert original is not None
    handler = handler_named(stored.format)
    data = handler.write(original, document_name, translations, lang, statuses=statuses)
    return ExportedFile(name, data, report)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder: the target is
    either the old file or the complete new one, never half-written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
