"""A fresh project per test, with helpers to approve cells (decisions feed the memory)."""

from __future__ import annotations

import pytest

from app.core.model import SegmentDraft
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

ARTICLE = [
    SegmentDraft("Russia captured 10 soldiers near Bakhmut on Monday.", 0, 0),
    SegmentDraft("The Ukrainian Defense Ministry said on Wednesday that the shelling stopped.",
                 0, 1),
    SegmentDraft("Officials in Kyiv did not comment.", 1, 0),
]


@pytest.fixture
def project_path(tmp_path):
    return tmp_path / "news.rdproj"


@pytest.fixture
def repo(project_path):
    pdb = create_project(project_path)
    repository = ProjectRepository(pdb)
    repository.add_document("monday.txt", ARTICLE, who="importer")
    yield repository
    pdb.close()
