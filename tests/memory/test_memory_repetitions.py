"""Repetitions: a repeated sentence gets the decision made once, whatever code records it;
one undo takes the group back."""

from __future__ import annotations

from app.core.model import SegmentDraft, Status
from app.memory.repetitions import undo_with_repetitions
from app.storage.project_repo import ProjectRepository

REPEATED = "Officials in Kyiv did not comment."


def _add(repo):
    repo.add_document("tuesday.txt", [SegmentDraft(REPEATED, 0, 0),
                                      SegmentDraft("Prices rose.", 0, 1),
                                      SegmentDraft(REPEATED, 1, 0)])
    return [s.id for s in repo.segments() if s.source == REPEATED]


def test_decision_goes_to_every_undecided_repetition_with_an_event(repo):
    first, *later = _add(repo)  # the fixture's third segment repeats too
    assert len(later) == 2
    ProjectRepository(repo.pdb, repetitions=False).decide(  # already decided, not copied
        later[1], "ru", Status.EDITED, "Свой вариант.", "bob")
    recorded = repo.record_decision(first, "ru", Status.APPROVED,
                                    "Чиновники в Киеве не комментировали.", "ann")
    assert [c.segment_id for c in recorded.copies] == [later[0]]
    assert repo.cell(later[0], "ru").status is Status.APPROVED
    assert repo.cell(later[0], "ru").text == "Чиновники в Киеве не комментировали."
    assert repo.cell(later[1], "ru").text == "Свой вариант."  # a reviewer's text is kept
    assert repo.cell(later[0], "uk").status is Status.NEW  # other language untouched
    event = repo.events(later[0], "ru")[-1]
    index = repo.segment(first).index + 1
    assert (event.who, event.action, event.after["origin"]) == (
        "ann", "approved", f"repetition of segment {index}")


def test_a_plain_repository_decision_reaches_the_repetitions_once(repo):
    """The names panel and commands call ``ProjectRepository.decide``: copies are made there,
    in the decision's transaction, one event per repetition."""
    ids = _add(repo)
    cell = repo.decide(ids[0], "uk", Status.EDITED, "Посадовці в Києві не коментували.", "ann")
    assert cell.status is Status.EDITED
    for sid in ids[1:]:
        assert repo.cell(sid, "uk").text == "Посадовці в Києві не коментували."
        assert [e.after.get("origin") for e in repo.events(sid, "uk")] == [
            f"repetition of segment {repo.segment(ids[0]).index + 1}"]


def test_one_undo_takes_back_the_decision_and_its_repetitions(repo):
    ids = _add(repo)
    recorded = repo.record_decision(ids[0], "uk", Status.APPROVED,
                                    "Посадовці в Києві не коментували.", "ann")
    assert len(recorded.copies) == 2
    undone = undo_with_repetitions(repo, "ann")
    assert sorted(c.segment_id for c in undone) == sorted(ids)
    assert all(repo.cell(sid, "uk").status is Status.NEW for sid in ids)
    assert undo_with_repetitions(repo, "ann") == []  # nothing left


def test_rejections_and_empty_texts_are_not_propagated(repo):
    ids = _add(repo)
    assert repo.record_decision(ids[0], "ru", Status.REJECTED, None, "ann").copies == []
    assert repo.cell(ids[1], "ru").status is Status.NEW


def test_the_setting_and_the_repository_switch_turn_copies_off(repo):
    from app.core.settings import Settings

    ids = _add(repo)
    Settings().set("memory_repetitions", False)
    repo.decide(ids[0], "ru", Status.APPROVED, "Чиновники в Киеве молчали.", "ann")
    assert repo.cell(ids[1], "ru").status is Status.NEW
    Settings().set("memory_repetitions", True)
    quiet = ProjectRepository(repo.pdb, repetitions=False)
    quiet.decide(ids[0], "uk", Status.APPROVED, "Посадовці в Києві мовчали.", "ann")
    assert repo.cell(ids[1], "uk").status is Status.NEW


def test_an_older_project_gets_the_index_repetitions_are_found_by(tmp_path, monkeypatch):
    from app.storage import database, migrations
    from app.storage.database import open_project

    path = tmp_path / "old.rdproj"
    monkeypatch.setattr(database, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= 10])
    with open_project(path, create=True) as pdb:
        ProjectRepository(pdb).add_document("old.txt", [SegmentDraft(REPEATED, 0, 0),
                                                        SegmentDraft(REPEATED, 0, 1)])
    monkeypatch.undo()
    with open_project(path) as pdb:
        (plan,) = [row[3] for row in pdb.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM segments WHERE source = ?", (REPEATED,))]
        assert "idx_segments_source" in plan  # not a scan of every segment per decision
        repo = ProjectRepository(pdb, repetitions=True)
        first, second = repo.segment_ids()
        copies = repo.record_decision(first, "uk", Status.APPROVED,
                                      "Посадовці в Києві не коментували.", "ann").copies
        assert [c.segment_id for c in copies] == [second]
    assert (tmp_path / "old.rdproj.v10.bak").exists()
