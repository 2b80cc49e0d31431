"""A project whose segments carry inline tags (what the DOCX/HTML readers produce), built
through the repository, with Russian machine output that has tags too."""

from __future__ import annotations

from pathlib import Path

from app.core.model import SegmentDraft
from app.documents.inline_codes import close_tag, isolated_tag, open_tag
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

O1, C1, O2, C2, I3 = open_tag(1), close_tag(1), open_tag(2), close_tag(2), isolated_tag(3)

SOURCES = [
    f"The {O1}mayor{C1} of Kyiv spoke on {O2}Monday{C2}.{I3}",
    "Fighting continued in the east of the country.",
    f"Officials in {O1}Kiev{C1} did not comment.",
]
RUSSIAN = [
    f"{O1}Мэр{C1} Киева выступил в понедельник.",  # tag 2 pair and tag 3 missing
    "Бои продолжились на востоке страны.",
    f"Чиновники в {O1}Киеве{C1} не дали комментариев.",
]


def make_tagged_project(path: Path) -> Path:
    drafts = [SegmentDraft(text, n, 0) for n, text in enumerate(SOURCES)]
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("article.docx", drafts, who="importer")
        segments = repo.segments()
        repo.set_machine_translations(
            "ru", [(s.id, text, [], None) for s, text in zip(segments, RUSSIAN, strict=True)],
            engine="test", model="test",
        )
    return path
