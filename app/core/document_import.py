"""Importing a document into a project: read, split into segments, store, all or nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.document_reader import DocumentError, read_document
from app.core.model import SOURCE_LANGUAGE, Document, SegmentDraft
from app.core.segmenter import segment_text
from app.storage.project_repo import ProjectRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparedDocument:
    path: Path
    drafts: list[SegmentDraft]
    encoding: str


def prepare_document(path: Path | str) -> PreparedDocument:
    """Read and segment ``path`` without touching any project.

    Raises ``DocumentError`` when the file cannot be read or holds no sentence.
    """
    path = Path(path)
    decoded = read_document(path)
    drafts = segment_text(decoded.text, SOURCE_LANGUAGE)
    if not drafts:
        raise DocumentError(f"{path.name} is empty: there is no text to import.")
    return PreparedDocument(path, drafts, decoded.encoding)


def store_document(
    repo: ProjectRepository, prepared: PreparedDocument, who: str | None
) -> Document:
    """Append prepared segments after the project's existing ones, in one transaction."""
    document = repo.add_document(
        prepared.path.name,
        prepared.drafts,
        source_path=str(prepared.path.resolve()),
        encoding=prepared.encoding,
        who=who,
    )
    log.info(
        "Imported %s (%s): %d segments", prepared.path, prepared.encoding, len(prepared.drafts)
    )
    return document


def import_document(repo: ProjectRepository, path: Path | str, who: str | None) -> Document:
    """Read, segment and store ``path``; a failure leaves the project exactly as it was."""
    return store_document(repo, prepare_document(path), who)
