"""A small news project with machine output and one edit, for the QA command and reports."""

from __future__ import annotations

import pytest

from app.core.model import SegmentDraft, Status
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

SOURCES = [
    "Shelling of Kiev killed 12 people on Monday.",
    "The talks will resume next week in Geneva.",
    "The talks will resume next week in Geneva.",
    "Read more at https://kyivindependent.com.",
]


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "news.rdproj"
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("news.txt", [SegmentDraft(s, 0, n) for n, s in enumerate(SOURCES)])
        ids = [s.id for s in repo.segments()]
        repo.set_machine_translations("ru", [
            (ids[0], "Обстрел Киева в понедельник унёс жизни 13 человек.", [], None),
            (ids[1], "Переговоры возобновятся на следующей неделе в Женеве.", [], None),
            (ids[2], "Переговоры продолжатся на следующей неделе в Женеве.", [], None),
            (ids[3], "Подробнее на сайте.", [], None),
        ], engine="test", model="test")
        repo.decide(ids[0], "uk", Status.EDITED, "Обстріл Києва  у понеділок забрав 12 життів.",
                    "Olga")
    return path


@pytest.fixture
def news_sources() -> list[str]:
    return list(SOURCES)
