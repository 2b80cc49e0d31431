"""A fresh project database per test."""

from __future__ import annotations

import pytest

from app.core.model import SegmentDraft
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

SENTENCES = [
    SegmentDraft("Bring him back alive.", 0, 0),
    SegmentDraft("Son, boys, we are with you.", 0, 1),
    SegmentDraft("Remind me later.", 1, 0),
]


@pytest.fixture
def project_path(tmp_path):
    return tmp_path / "test.rdproj"


@pytest.fixture
def repo(project_path):
    pdb = create_project(project_path)
    repository = ProjectRepository(pdb)
    repository.add_document("appeal.txt", SENTENCES, source_path="/tmp/appeal.txt",
                            encoding="utf-8", who="importer")
    yield repository
    pdb.close()
