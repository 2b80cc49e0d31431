"""The project database: segments, cells, decisions, comments and the append-only audit trail."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.core.model import SegmentDraft, Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository, UndoConflict


def first_id(repo) -> int:
    return repo.segments()[0].id


def test_new_project_has_documents_segments_and_empty_cells(repo):
    (doc,) = repo.documents()
    assert (doc.name, doc.encoding, doc.segment_count, doc.imported_by) == (
        "appeal.txt", "utf-8", 3, "importer",
    )
    segments = repo.segments()
    assert [s.source for s in segments] == [
        "Bring him back alive.", "Son, boys, we are with you.", "Remind me later.",
    ]
    assert [(s.index, s.paragraph, s.position) for s in segments] == [
        (0, 0, 0), (1, 0, 1), (2, 1, 0),
    ]
    assert all(s.document_id == doc.id for s in segments)
    rows = repo.rows(0, 2)
    assert [r.segment.index for r in rows] == [0, 1]
    cell = rows[0].cells["ru"]
    assert (cell.status, cell.text, cell.machine_text, cell.reviewer) == (
        Status.NEW, None, None, None,
    )
    assert set(rows[0].cells) == {"ru", "uk"}


def test_second_document_is_appended_after_the_first(repo):
    ids_before = [s.id for s in repo.segments()]
    repo.add_document("more.txt", [SegmentDraft("One more.", 0, 0)], who="x")
    segments = repo.segments()
    assert [s.id for s in segments[:3]] == ids_before  # ids are stable
    assert (segments[3].index, segments[3].source) == (3, "One more.")
    assert repo.rows(3, 10)[0].segment.source == "One more."
    assert repo.segment_count() == 4


def test_edit_approve_reject_are_recorded_per_language(repo):
    sid = first_id(repo)
    cell = repo.decide(sid, "ru", Status.EDITED, "Верните его живым.", "Olga")
    assert (cell.status, cell.text, cell.reviewer) == (Status.EDITED, "Верните его живым.", "Olga")
    approved = repo.decide(sid, "ru", Status.APPROVED, None, "Olga")
    assert (approved.status, approved.text) == (Status.APPROVED, "Верните его живым.")
    assert repo.cell(sid, "uk").status == Status.NEW  # the other language is untouched
    rejected = repo.decide(sid, "uk", Status.REJECTED, None, "Taras")
    assert (rejected.status, rejected.reviewer) == (Status.REJECTED, "Taras")
    with pytest.raises(ValueError):
        repo.decide(sid, "ru", Status.NEW, None, "Olga")


def test_decision_survives_reopening_the_project(repo, project_path):
    sid = first_id(repo)
    repo.decide(sid, "uk", Status.APPROVED, "Поверніть його живим.", "Taras")
    repo.pdb.close()
    with open_project(project_path) as pdb:
        cell = ProjectRepository(pdb).cell(sid, "uk")
    assert (cell.status, cell.text, cell.reviewer) == (
        Status.APPROVED, "Поверніть його живим.", "Taras",
    )
    assert dt.datetime.fromisoformat(cell.decided_at).tzinfo is not None


def test_events_record_who_what_when_before_and_after(repo):
    sid = first_id(repo)
    started = dt.datetime.now(dt.UTC)
    repo.decide(sid, "ru", Status.EDITED, "Верните его.", "Olga")
    repo.decide(sid, "ru", Status.APPROVED, "Верните его живым.", "Ivan")
    edit, approve = repo.events(sid, "ru")
    assert (edit.who, edit.action, edit.lang) == ("Olga", "edited", "ru")
    assert edit.before["status"] == "new" and edit.before["text"] is None
    assert edit.after == {"status": "edited", "text": "Верните его."}
    assert (approve.who, approve.action) == ("Ivan", "approved")
    assert approve.before["status"] == "edited" and approve.before["text"] == "Верните его."
    assert approve.before["reviewer"] == "Olga"
    assert approve.after == {"status": "approved", "text": "Верните его живым."}
    at = dt.datetime.fromisoformat(approve.at)
    assert started - dt.timedelta(seconds=1) <= at <= dt.datetime.now(dt.UTC)
    imported = repo.events()[0]
    assert (imported.action, imported.who, imported.after["segments"]) == ("import", "importer", 3)


def test_undo_restores_the_previous_decision_and_is_itself_an_event(repo):
    sid = first_id(repo)
    repo.decide(sid, "ru", Status.EDITED, "Верните его.", "Olga")
    repo.decide(sid, "ru", Status.APPROVED, None, "Olga")
    cell = repo.undo_last_decision("Olga")
    assert (cell.status, cell.text) == (Status.EDITED, "Верните его.")
    cell = repo.undo_last_decision("Olga")
    assert (cell.status, cell.text) == (Status.NEW, None)
    assert repo.undo_last_decision("Olga") is None
    actions = [e.action for e in repo.events(sid, "ru")]
    assert actions == ["edited", "approved", "undo", "undo"]


def test_undo_only_undoes_the_reviewers_own_decisions(repo):
    first, second = (s.id for s in repo.segments()[:2])
    repo.decide(first, "ru", Status.APPROVED, "А", "Olga")
    repo.decide(second, "ru", Status.APPROVED, "Б", "Ivan")
    cell = repo.undo_last_decision("Olga")
    assert cell.segment_id == first and cell.status == Status.NEW
    assert repo.cell(second, "ru").status == Status.APPROVED


def test_undo_never_overwrites_a_later_change_by_another_reviewer(repo):
    seg = repo.segments()[0]
    repo.decide(seg.id, "ru", Status.EDITED, "Верните его живым.", "ann")
    repo.decide(seg.id, "ru", Status.APPROVED, None, "bob")
    with pytest.raises(UndoConflict, match="bob changed this cell"):
        repo.undo_last_decision("ann")
    cell = repo.cell(seg.id, "ru")
    assert (cell.status, cell.reviewer, cell.text) == (
        Status.APPROVED, "bob", "Верните его живым."
    )
    assert [e.action for e in repo.events(seg.id, "ru")] == ["edited", "approved"]


def test_machine_translation_is_kept_beside_the_decision(repo):
    sid = first_id(repo)
    repo.set_machine_translations(
        "ru", [(sid, "Верни его живым.", [{"text": "Верните его живым.", "score": -0.3}], None)],
        engine="argos", model="en_ru",
    )
    cell = repo.cell(sid, "ru")
    assert (cell.status, cell.text, cell.machine_text) == (
        Status.TRANSLATED, "Верни его живым.", "Верни его живым.",
    )
    repo.decide(sid, "ru", Status.EDITED, "Верните его живым!", "Olga")
    # A later machine run replaces the machine text but never the reviewer's.
    repo.set_machine_translations("ru", [(sid, "Машинный вариант.", [], None)],
                                  engine="argos", model="en_ru")
    cell = repo.cell(sid, "ru")
    assert (cell.status, cell.text, cell.machine_text) == (
        Status.EDITED, "Верните его живым!", "Машинный вариант.",
    )
    assert repo.machine_alternatives(sid, "ru") == []
    # Approving without new text approves what the reviewer sees.
    assert repo.decide(sid, "ru", Status.APPROVED, None, "Olga").text == "Верните его живым!"


def test_status_counts(repo):
    a, b, c = (s.id for s in repo.segments())
    repo.set_machine_translations("ru", [(a, "А", [], None), (b, "Б", [], None)],
                                  engine="argos", model="m")
    repo.decide(b, "ru", Status.APPROVED, None, "Olga")
    repo.decide(c, "uk", Status.REJECTED, "В", "Taras")
    assert repo.status_counts() == {
        "segments": 3,
        "ru": {"new": 1, "translated": 1, "edited": 0, "approved": 1, "rejected": 0},
        "uk": {"new": 2, "translated": 0, "edited": 0, "approved": 0, "rejected": 1},
    }


def test_comment_is_stored_replaced_removed_and_audited(repo):
    sid = first_id(repo)
    assert repo.set_comment(sid, "uk", "Check the name spelling", "Taras").comment == (
        "Check the name spelling"
    )
    assert repo.cell(sid, "uk").status == Status.NEW  # a comment is not a decision
    assert repo.set_comment(sid, "uk", "Fixed", "Taras").comment == "Fixed"
    assert repo.set_comment(sid, "uk", "  ", "Taras").comment is None
    events = repo.events(sid, "uk")
    assert [(e.action, e.before, e.after) for e in events] == [
        ("comment", {"comment": None}, {"comment": "Check the name spelling"}),
        ("comment", {"comment": "Check the name spelling"}, {"comment": "Fixed"}),
        ("comment", {"comment": "Fixed"}, {"comment": None}),
    ]


@pytest.mark.parametrize(
    "statement", ["UPDATE events SET who = 'mallory'", "DELETE FROM events"],
)
def test_audit_trail_is_append_only(repo, statement):
    repo.decide(first_id(repo), "ru", Status.APPROVED, "А", "Olga")
    before = repo.events()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        repo.conn.execute(statement)
    assert repo.events() == before


def test_failed_import_leaves_the_project_unchanged(repo):
    counts = repo.status_counts()
    events = repo.events()
    with pytest.raises(sqlite3.IntegrityError):  # a segment without text violates NOT NULL
        repo.add_document("bad.txt", [SegmentDraft("Fine.", 0, 0), SegmentDraft(None, 0, 1)])
    assert repo.status_counts() == counts
    assert [d.name for d in repo.documents()] == ["appeal.txt"]
    assert repo.events() == events
