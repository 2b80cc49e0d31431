"""The project opens in Datasette with full-text search: sqlite-utils sees the FTS tables."""

from __future__ import annotations

import sqlite_utils

from app.core.glossary_model import Term
from app.core.model import SegmentDraft
from app.storage.glossary_repo import GlossaryRepository
from app.storage.glossary_schema import migrate_0003_glossary
from app.storage.schema_core import migrate_0001_core


def test_terms_fts_is_detected_and_stays_in_sync(repo):
    db = repo.pdb.db
    assert db["terms"].detect_fts() == "terms_fts"
    glossary = GlossaryRepository(repo.pdb)
    concept = glossary.add_concept("place", [Term("en", "Kyiv"), Term("uk", "Київ")])
    assert [r["text"] for r in db["terms"].search("Kyiv")] == ["Kyiv"]
    assert [r["text"] for r in db["terms"].search("Київ")] == ["Київ"]
    glossary.update_term(concept.terms[0].id, text="Kyjiw")
    assert list(db["terms"].search("Kyiv")) == []
    assert [r["text"] for r in db["terms"].search("Kyjiw")] == ["Kyjiw"]
    glossary.delete_concept(concept.id)
    assert list(db["terms"].search("Kyjiw")) == [] and list(db["terms"].search("Київ")) == []


def test_segments_fts_covers_segments_added_later(repo):
    db = repo.pdb.db
    assert db["segments"].detect_fts() == "segments_fts"
    assert [r["source"] for r in db["segments"].search("alive")] == ["Bring him back alive."]
    repo.add_document("second.txt", [SegmentDraft("Kharkiv was shelled again.", 0, 0)])
    assert [r["source"] for r in db["segments"].search("shelled")] == [
        "Kharkiv was shelled again."]


def test_migration_indexes_segments_that_already_exist():
    """A project from before the glossary step gets its existing segments searchable."""
    db = sqlite_utils.Database(memory=True)
    migrate_0001_core(db)
    db["documents"].insert({"id": 1, "name": "old.txt"})
    db["segments"].insert({"id": 1, "document_id": 1, "idx": 0, "source": "Odesa port reopened"})
    migrate_0003_glossary(db)
    assert [r["id"] for r in db["segments"].search("port")] == [1]
