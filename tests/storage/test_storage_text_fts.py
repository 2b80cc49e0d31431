"""Full-text search covers the Russian and Ukrainian columns: Datasette finds "Путин"."""

from __future__ import annotations

import sqlite_utils

from app.core.model import Status
from app.storage.database import open_project
from app.storage.memory_schema import migrate_0006_memory
from app.storage.schema_core import migrate_0001_core
from app.storage.text_search import fts_match_query, matching_segment_ids


def _integrity(db, table: str) -> None:
    db.execute(f"INSERT INTO [{table}_fts]([{table}_fts]) VALUES ('integrity-check')")


def test_decisions_and_machine_text_are_searchable_and_stay_in_sync(repo):
    db = repo.pdb.db
    assert db["decisions"].detect_fts() == "decisions_fts"
    assert db["translations"].detect_fts() == "translations_fts"
    first, second, _ = (s.id for s in repo.segments())
    repo.set_machine_translations("ru", [(first, "Путин выступил.", [], None)],
                                  engine="argos", model="m")
    assert [r["text"] for r in db["translations"].search("Путин")] == ["Путин выступил."]
    # Machine output is replaced (INSERT OR REPLACE): the old text leaves the index.
    repo.set_machine_translations("ru", [(first, "Президент выступил.", [], None)],
                                  engine="argos", model="m")
    assert list(db["translations"].search("Путин")) == []
    _integrity(db, "translations")

    repo.decide(first, "ru", Status.EDITED, "Путин выступил в Москве.", "ann")
    repo.decide(first, "ru", Status.APPROVED, "Путин выступил в Кремле.", "ann")
    repo.decide(second, "uk", Status.APPROVED, "Путін виступив.", "bob")
    assert [r["text"] for r in db["decisions"].search("Путин")] == ["Путин выступил в Кремле."]
    assert list(db["decisions"].search("Москве")) == []
    assert [r["text"] for r in db["decisions"].search("Путін")] == ["Путін виступив."]
    repo.undo_last_decision("bob")  # deletes the decision row
    assert list(db["decisions"].search("Путін")) == []
    _integrity(db, "decisions")


def test_matching_segment_ids_follows_what_each_cell_shows(repo):
    first, second, third = (s.id for s in repo.segments())
    repo.set_machine_translations("ru", [(first, "Верните его живым.", [], None),
                                         (second, "Сынок, мы с вами.", [], None)],
                                  engine="argos", model="m")
    repo.decide(second, "ru", Status.EDITED, "Сын, ребята, мы с вами.", "ann")
    conn = repo.conn
    assert matching_segment_ids(conn, "жив") == {first}  # prefix
    assert matching_segment_ids(conn, "Сынок") == set()  # the reviewer's text replaced it
    assert matching_segment_ids(conn, "ребята") == {second}
    assert matching_segment_ids(conn, "ребята", langs=("uk",)) == set()
    assert matching_segment_ids(conn, "later") == {third}
    assert matching_segment_ids(conn, 'NEAR("') == set()  # operators are plain text
    assert fts_match_query("a AND b") == '"a"* "AND"* "b"*'


def test_upgrade_indexes_existing_text_and_queues_existing_decisions(project_path, repo):
    repo.pdb.close()
    db = sqlite_utils.Database(memory=True)
    migrate_0001_core(db)
    db["documents"].insert({"id": 1, "name": "old.txt"})
    db["segments"].insert({"id": 1, "document_id": 1, "idx": 0, "source": "Putin spoke"})
    db["decisions"].insert({"segment_id": 1, "lang": "ru", "status": "approved",
                            "text": "Путин выступил"})
    from app.storage.glossary_schema import migrate_0003_glossary

    migrate_0003_glossary(db)
    migrate_0006_memory(db)
    assert [r["segment_id"] for r in db["decisions"].search("Путин")] == [1]
    assert [(r["segment_id"], r["lang"]) for r in db["memory_outbox"].rows] == [(1, "ru")]
    with open_project(project_path) as pdb:  # a fresh project reaches the latest schema
        assert pdb.db["decisions"].detect_fts() == "decisions_fts"
