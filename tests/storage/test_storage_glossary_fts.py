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


def test_bulk_insert_indexes_every_term_and_keeps_the_trigger(repo):
    """Large inserts index terms in one statement; later single edits still reach the index."""
    from app.core.glossary_model import Concept
    from app.storage.database import now
    from app.storage.glossary_rows import BULK_TERMS

    glossary = GlossaryRepository(repo.pdb)
    concepts = [Concept(terms=(Term("en", f"Town{i}"), Term("uk", f"Місто{i}")))
                for i in range(BULK_TERMS // 2 + 5)]
    with repo.pdb.transaction() as conn:
        glossary.insert_concepts(conn, concepts, "bulk", now())
    db = repo.pdb.db
    assert [r["text"] for r in db["terms"].search("Місто7")] == ["Місто7"]
    assert db["terms_fts"].count == db["terms"].count == 2 * len(concepts)
    glossary.add_concept("place", [Term("en", "Uzhhorod")])
    assert [r["text"] for r in db["terms"].search("Uzhhorod")] == ["Uzhhorod"]


def test_failed_bulk_insert_leaves_index_and_trigger_as_they_were(repo):
    """A failure after the bulk insert (later in the same import) rolls everything back."""
    import pytest

    from app.core.glossary_model import Concept
    from app.storage.database import now
    from app.storage.glossary_rows import BULK_TERMS

    glossary = GlossaryRepository(repo.pdb)
    concepts = [Concept(terms=(Term("en", f"Village{i}"), Term("ru", f"Село{i}")))
                for i in range(BULK_TERMS // 2 + 5)]
    with pytest.raises(RuntimeError), repo.pdb.transaction() as conn:
        glossary.insert_concepts(conn, concepts, "bulk", now())
        raise RuntimeError("the next step of the import failed")
    db = repo.pdb.db
    assert db["terms"].count == 0 and list(db["terms"].search("Village1")) == []
    assert {t.name for t in db["terms"].triggers} >= {"terms_ai", "terms_ad", "terms_au"}
    glossary.add_concept("place", [Term("en", "Village1")])
    assert [r["text"] for r in db["terms"].search("Village1")] == ["Village1"]
