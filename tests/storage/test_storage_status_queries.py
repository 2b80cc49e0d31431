"""The status filter's SQL answers what the grid's rows say, for every status and language."""

from __future__ import annotations

import itertools

from app.core.model import SegmentDraft, Status
from app.storage.database import open_project
from app.storage.status_queries import segment_ids_with_status

MORE = [SegmentDraft(f"Sentence number {n}.", 2, n) for n in range(5)]


def test_status_sets_match_the_rows(repo, project_path):
    repo.add_document("more.txt", MORE)
    ids = [s.id for s in repo.segments()]
    repo.set_machine_translations("ru", [(sid, f"Предложение {n}.", [], None)
                                         for n, sid in enumerate(ids[:6])],
                                  engine="test", model="test")
    repo.set_machine_translations("uk", [(ids[1], "Речення.", [], None)],
                                  engine="test", model="test")
    repo.decide(ids[0], "ru", Status.APPROVED, "Верните его живым.", "Olga")
    repo.decide(ids[2], "ru", Status.EDITED, "Напомни позже.", "Olga")
    repo.decide(ids[2], "uk", Status.EDITED, "Нагадай пізніше.", "Olga")
    repo.decide(ids[3], "uk", Status.REJECTED, "Речення номер нуль.", "Taras")
    repo.set_comment(ids[7], "ru", "Проверить", "Olga")  # a comment alone: still new
    rows = repo.rows()
    seen = set()
    for status in Status:
        for langs in (["ru"], ["uk"], ["ru", "uk"]):
            expected = {row.segment.id for row, lang in itertools.product(rows, langs)
                        if row.cells[lang].status is status}
            assert segment_ids_with_status(repo, status, langs) == expected, (status, langs)
            seen.add(len(expected))
    assert len(seen) > 4  # the statuses really differ


def test_the_filter_index_is_used(repo):
    plans = [row[3] for row in repo.conn.execute(
        "EXPLAIN QUERY PLAN SELECT segment_id FROM decisions WHERE lang = 'ru' "
        "AND status = 'approved'")]
    assert any("COVERING INDEX idx_decisions_lang_status" in plan for plan in plans)
    plans = [row[3] for row in repo.conn.execute(
        "EXPLAIN QUERY PLAN SELECT segment_id FROM translations WHERE lang = 'ru' "
        "AND text IS NOT NULL")]
    assert any("idx_translations_lang_text" in plan for plan in plans)


def test_an_older_project_gets_the_indexes(project_path, repo):
    repo.conn.execute("DROP INDEX idx_decisions_lang_status")
    repo.conn.execute("DROP INDEX idx_translations_lang_text")
    repo.conn.execute("UPDATE meta SET value = '1,2,3,4,5,6,7,8,9,10' WHERE key = 'migrations'")
    repo.conn.commit()
    repo.pdb.close()
    with open_project(project_path) as pdb:
        names = {name for (name,) in pdb.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_decisions_lang_status", "idx_translations_lang_text"} <= names


def test_a_project_made_while_step_7_was_missing_gets_its_project_dictionary(project_path,
                                                                             repo):
    """Step 7 (the project dictionary) landed after 8 and 10: a project created in between
    says version 10 and has no list of steps; opening it adds the table ("Add to project
    dictionary" works there)."""
    from app.storage.project_dictionary_repo import ProjectDictionaryRepository

    repo.conn.execute("DROP TABLE project_words")
    repo.conn.execute("DELETE FROM meta WHERE key = 'migrations'")
    repo.conn.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    repo.conn.commit()
    repo.pdb.close()
    with open_project(project_path) as pdb:
        ProjectDictionaryRepository(pdb).add("Дворічна", "uk", who="Olga")
        assert "дворічна" in ProjectDictionaryRepository(pdb).words()["uk"]
