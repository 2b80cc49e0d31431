"""Documents keep their structure in the project: migration 5, re-import, plain text, targets."""

from __future__ import annotations

import pytest
from project_helpers import DATA, export, import_into_project, stored_blocks

from app.core.document_import import (
    DuplicateDocument,
    check_not_imported,
    import_document,
    prepare_document,
)
from app.core.model import SegmentDraft, Status
from app.core.resources import sample_article
from app.storage import database, migrations
from app.storage.database import open_project
from app.storage.document_repo import DocumentRepository, ImportedTarget
from app.storage.project_repo import ProjectRepository


def test_storage_a_project_from_before_documents_migrates_and_exports_as_text(
        tmp_path, monkeypatch):
    project = tmp_path / "old.rdproj"
    monkeypatch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[:4])
    with open_project(project, create=True) as pdb:
        assert pdb.schema_version == 4
        with pdb.transaction() as conn:  # what an older Review Desk wrote
            conn.execute("INSERT INTO documents(id, name, imported_at, segment_count) "
                         "VALUES (1, 'old.txt', '2026-01-01', 3)")
            conn.executemany(
                "INSERT INTO segments(document_id, idx, paragraph, position, source) "
                "VALUES (1, ?, ?, ?, ?)",
                [(0, 0, 0, "First one."), (1, 0, 1, "Second one."), (2, 1, 0, "New paragraph.")])
            conn.execute("INSERT INTO translations(segment_id, lang, text, engine) "
                         "VALUES (1, 'ru', 'Первое.', 't')")
    monkeypatch.undo()
    with open_project(project) as pdb:
        assert pdb.schema_version >= 5
        repo = ProjectRepository(pdb)
        assert [r.segment.source for r in repo.rows()] == ["First one.", "Second one.",
                                                          "New paragraph."]
        assert DocumentRepository(pdb).stored_file(1) is None
    assert (tmp_path / "old.rdproj.v4.bak").exists()
    result = export(project)
    assert result.name == "old.ru.txt"
    assert result.data.decode() == "Первое. Second one.\n\nNew paragraph.\n"
    assert result.report.counts == {"machine": 1, "english": 2}
    # and a Word document can be added to the migrated project
    with open_project(project) as pdb:
        import_document(ProjectRepository(pdb), DATA / "mammoth-tables.docx", "tester")
        assert DocumentRepository(pdb).stored_file(2).format == "docx"


def test_storage_sample_article_keeps_its_39_segments_and_exports_its_paragraphs(tmp_path):
    project = import_into_project(tmp_path, sample_article())
    blocks = stored_blocks(project)
    assert sum(len(b.segments) for b in blocks) == 39
    original = sample_article().read_text(encoding="utf-8")
    for block in blocks:
        assert block.text in original  # each paragraph is a line of the article, untouched
    with open_project(project) as pdb:
        stored = DocumentRepository(pdb).stored_file(1)
        assert stored.format == "text" and stored.size == len(sample_article().read_bytes())
    exported = export(project).data.decode("utf-8")
    assert exported.split("\n\n") == [b.text for b in blocks] or (
        exported.splitlines() == [b.text for b in blocks])


def test_storage_reimport_same_file_is_refused_and_a_changed_one_is_noted(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("The mayor spoke. The crowd listened.\n", encoding="utf-8")
    project = import_into_project(tmp_path, source)
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        with pytest.raises(DuplicateDocument, match="already in the project"):
            import_document(repo, source, "tester")
        assert len(repo.documents()) == 1 and repo.segment_count() == 2
        source.write_text("The mayor spoke again. The crowd left.\n", encoding="utf-8")
        prepared = prepare_document(source)
        note = check_not_imported(repo, prepared)
        assert note is not None and "changed since it was imported" in note
        import_document(repo, source, "tester")
        assert len(repo.documents()) == 2


def test_storage_targets_in_the_file_become_cells_to_review(tmp_path):
    with open_project(tmp_path / "p.rdproj", create=True) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document(
            "cms.xlf", [SegmentDraft("Hello.", 0, 0), SegmentDraft("Bye.", 1, 0)],
            targets=[ImportedTarget(0, "ru", "Привет.", "translated"),
                     ImportedTarget(1, "ru", "Пока.", "approved")], who="importer")
        first, second = (row.cells["ru"] for row in repo.rows())
        assert (first.status, first.text) == (Status.TRANSLATED, "Привет.")
        assert (second.status, second.text) == (Status.APPROVED, "Пока.")
        # a later machine run never replaces the approved text
        repo.set_machine_translations("ru", [(second.segment_id, "Машина.", [], None)],
                                      engine="t", model="m")
        assert repo.cell(second.segment_id, "ru").text == "Пока."


def test_storage_import_reports_progress_and_can_be_cancelled(tmp_path):
    import threading

    from app.core.document_import import ImportCancelled

    seen = []
    prepared = prepare_document(DATA / "mammoth-tables.docx", lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6) and len(prepared.drafts) == 6
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled, match="nothing was added"):
        prepare_document(DATA / "mammoth-tables.docx", None, cancel)
