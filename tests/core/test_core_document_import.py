"""Importing documents into a project, and the sample project made on first run."""

from __future__ import annotations

import pytest

from app.core import paths
from app.core.document_import import import_document
from app.core.document_reader import DocumentError
from app.core.first_run import ensure_sample_project, sample_project_path
from app.storage.database import create_project, open_project
from app.storage.project_repo import ProjectRepository


@pytest.fixture
def repo(tmp_path):
    pdb = create_project(tmp_path / "p.rdproj")
    yield ProjectRepository(pdb)
    pdb.close()


def test_import_records_document_encoding_and_segments(repo, tmp_path):
    doc = tmp_path / "новость.txt"
    doc.write_bytes("Путин прибыл в Минск. Его ждали.\r\nВторой абзац.\r\n".encode("cp1251"))
    document = import_document(repo, doc, who="Olga")
    assert (document.name, document.encoding, document.segment_count) == (
        "новость.txt", "cp1251", 3,
    )
    assert document.source_path == str(doc.resolve())
    assert [(s.paragraph, s.position, s.source) for s in repo.segments()] == [
        (0, 0, "Путин прибыл в Минск."), (0, 1, "Его ждали."), (1, 0, "Второй абзац."),
    ]


def test_unreadable_or_empty_document_adds_nothing(repo, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n", encoding="utf-8")
    with pytest.raises(DocumentError, match="empty.txt is empty"):
        import_document(repo, empty, who=None)
    with pytest.raises(DocumentError, match="does not exist"):
        import_document(repo, tmp_path / "gone.txt", who=None)
    assert repo.segment_count() == 0
    assert repo.documents() == [] and repo.events() == []


def test_first_run_creates_the_sample_project_once(app_home):
    path = ensure_sample_project()
    assert path == sample_project_path()
    assert path.parent == paths.projects_dir()
    assert path.name == "Sample - Soldiers' mothers appeal.rdproj"
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        assert repo.segment_count() == 39
        assert repo.segments()[-1].source == "Remind me later."
        assert repo.status_counts()["ru"]["new"] == 39
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no .part left
    stamp = path.stat().st_mtime_ns
    assert ensure_sample_project() == path
    assert path.stat().st_mtime_ns == stamp
    with open_project(path) as pdb:
        assert ProjectRepository(pdb).segment_count() == 39  # not imported twice


def test_first_run_replaces_a_leftover_partial_sample(app_home):
    # What a first run killed midway leaves: the project under a temporary name with the
    # killed program's process id (4194304 is above Linux's highest possible pid).
    partial = sample_project_path().with_name(f".{sample_project_path().name}.4194304.part")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_bytes(b"interrupted")
    path = ensure_sample_project()
    assert not partial.exists()
    with open_project(path) as pdb:
        assert ProjectRepository(pdb).segment_count() == 39
