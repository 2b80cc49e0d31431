"""Projects for interface tests, built through the repository API (importable by test modules;
``conftest`` itself is not, since tests/conftest.py has the same module name)."""

from __future__ import annotations

from pathlib import Path

from app.core.model import SegmentDraft
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

SENTENCES = [
    "The mothers of soldiers appealed to the president.",
    "They asked him to bring their sons home.",
    "The video spread quickly on Wednesday.",
    "Officials in Kyiv did not comment.",
    "Fighting continued in the east of the country.",
]


def make_project(path: Path, count: int = len(SENTENCES)) -> Path:
    """A project with ``count`` English segments and empty Russian/Ukrainian cells."""
    drafts = [
        SegmentDraft(SENTENCES[n] if n < len(SENTENCES) else f"Sentence number {n}.", n // 3,
                     n % 3)
        for n in range(count)
    ]
    with create_project(path) as pdb:
        ProjectRepository(pdb).add_document("article.txt", drafts, who="importer")
    return path
