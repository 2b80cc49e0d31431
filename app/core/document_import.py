"""Importing a document into a project: read, split into segments, store, all or nothing.

Every file goes through its format handler (``app.documents.registry``): the handler finds the
blocks (paragraphs, headings, cells ...) as coded text, each block is split into sentences, and
the original bytes and the blocks are stored beside the segments so the translated file can be
written later (``app.documents.export``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.document_reader import DocumentError, read_file_bytes
from app.core.model import SOURCE_LANGUAGE, Document, SegmentDraft
from app.storage.document_repo import (
    BlockRecord,
    DocumentRepository,
    DocumentStructure,
    ImportedTarget,
)
from app.storage.project_repo import ProjectRepository

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]  # (blocks done, total)


@dataclass(frozen=True)
class PreparedDocument:
    path: Path
    drafts: list[SegmentDraft]
    encoding: str
    structure: DocumentStructure | None = None
    targets: list[ImportedTarget] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class DuplicateDocument(DocumentError):
    """The same file (same bytes) is already in the project."""


class ImportCancelled(DocumentError):
    """The user cancelled the import before anything was stored."""


def prepare_document(path: Path | str, progress: ProgressCallback | None = None,
                     cancel: threading.Event | None = None) -> PreparedDocument:
    """Read and segment ``path`` without touching any project.

    ``progress(done, total)`` is called as blocks are split into sentences; setting ``cancel``
    stops with ``ImportCancelled``. Raises ``DocumentError`` when the file cannot be read or
    holds no sentence.
    """
    from app.documents.model import DocumentFormatError
    from app.documents.registry import handler_for
    from app.documents.segmentation import block_segments
    from app.documents.target_states import status_for

    path = Path(path)
    data = read_file_bytes(path)
    try:
        handler = handler_for(path)
        extracted = handler.read(data, path.name)
    except DocumentFormatError as exc:
        raise DocumentError(str(exc)) from exc
    drafts: list[SegmentDraft] = []
    records: list[BlockRecord] = []
    targets: list[ImportedTarget] = []
    warnings = list(extracted.warnings)
    total = len(extracted.blocks)
    for done, block in enumerate(extracted.blocks):
        if progress is not None and done % 200 == 0:
            progress(done, total)
        if cancel is not None and done % 200 == 0 and cancel.is_set():
            raise ImportCancelled(f"Import of {path.name} cancelled; nothing was added.")
        pairs = block_segments(block.text, block.split, SOURCE_LANGUAGE)
        if not pairs:
            continue  # nothing to translate (an image alone, spaces): stays as it is
        number = len(records)
        records.append(BlockRecord(
            block.key, block.kind,
            {str(n): {"kind": c.kind, "label": c.label, "data": dict(c.data)}
             for n, c in block.codes.items()},
            dict(block.meta),
        ))
        first = len(drafts)
        for position, (segment, separator) in enumerate(pairs):
            drafts.append(SegmentDraft(segment, number, position, number, separator))
        for target in block.targets:
            if len(pairs) != 1:
                warnings.append(f"The {target.lang} translation of block {block.key} was not "
                                "imported: the block was split into several sentences.")
                continue
            targets.append(ImportedTarget(first, target.lang, target.text,
                                          status_for(target.state).value))
    if progress is not None:
        progress(total, total)
    if not drafts:
        raise DocumentError(f"{path.name} is empty: there is no text to import.")
    structure = DocumentStructure(extracted.format, data, records)
    return PreparedDocument(path, drafts, extracted.encoding or "", structure, targets, warnings)


def check_not_imported(repo: ProjectRepository, prepared: PreparedDocument) -> str | None:
    """Refuse the very same file a second time (``DuplicateDocument``); a changed version of a
    file already in the project is imported as a new document, and the returned note says so."""
    if prepared.structure is None:
        return None
    documents = DocumentRepository(repo.pdb)
    same = documents.files_with_hash(prepared.structure.sha256)
    if same:
        raise DuplicateDocument(
            f"{prepared.path.name} is already in the project (imported as {same[0].name}, same "
            "content). Nothing was added."
        )
    named = documents.files_named(prepared.path.name)
    if named:
        return (f"{prepared.path.name} changed since it was imported: the new version is added "
                "as another document; the earlier one and its translations are kept.")
    return None


def store_document(
    repo: ProjectRepository, prepared: PreparedDocument, who: str | None, *,
    progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
) -> Document:
    """Append prepared segments after the project's existing ones, all or nothing (in short
    transactions; ``progress(done, total)`` counts segments written, ``cancel`` takes them back
    out)."""
    document = repo.add_document(
        prepared.path.name,
        prepared.drafts,
        source_path=str(prepared.path.resolve()),
        encoding=prepared.encoding,
        who=who,
        structure=prepared.structure,
        targets=prepared.targets,
        progress=progress,
        cancel=cancel,
    )
    log.info(
        "Imported %s (%s): %d segments", prepared.path, prepared.encoding, len(prepared.drafts)
    )
    return document


def import_document(
    repo: ProjectRepository, path: Path | str, who: str | None, *,
    progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
) -> Document:
    """Read, segment and store ``path``; a failure leaves the project exactly as it was."""
    prepared = prepare_document(path, cancel=cancel)
    check_not_imported(repo, prepared)
    return store_document(repo, prepared, who, progress=progress, cancel=cancel)
