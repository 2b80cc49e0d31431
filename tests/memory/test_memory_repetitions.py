"""Repetitions: a repeated sentence gets the decision made once; one undo takes the group back."""

from __future__ import annotations

from app.core.model import SegmentDraft, Status
from app.memory.repetitions import propagate, undo_with_repetitions

REPEATED = "Officials in Kyiv did not comment."


def _add(repo):
    repo.add_document("tuesday.txt", [SegmentDraft(REPEATED, 0, 0),
                                      SegmentDraft("Prices rose.", 0, 1),
                                      SegmentDraft(REPEATED, 1, 0)])
    return [s.id for s in repo.segments() if s.source == REPEATED]


def test_decision_goes_to_every_undecided_repetition_with_an_event(repo):
    first, *later = _add(repo)  # the fixture's third segment repeats too
    assert len(later) == 2
    repo.decide(later[1], "ru", Status.EDITED, "Свой вариант.", "bob")  # already decided
    repo.decide(first, "ru", Status.APPROVED, "Чиновники в Киеве не комментировали.", "ann")
    changed = propagate(repo, first, "ru", "ann")
    assert [c.segment_id for c in changed] == [later[0]]
    assert repo.cell(later[0], "ru").status is Status.APPROVED
    assert repo.cell(later[0], "ru").text == "Чиновники в Киеве не комментировали."
    assert repo.cell(later[1], "ru").text == "Свой вариант."  # a reviewer's text is kept
    assert repo.cell(later[0], "uk").status is Status.NEW  # other language untouched
    event = repo.events(later[0], "ru")[-1]
    index = repo.segment(first).index + 1
    assert (event.who, event.action, event.after["origin"]) == (
        "ann", "approved", f"repetition of segment {index}")


def test_one_undo_takes_back_the_decision_and_its_repetitions(repo):
    ids = _add(repo)
    repo.decide(ids[0], "uk", Status.APPROVED, "Посадовці в Києві не коментували.", "ann")
    assert len(propagate(repo, ids[0], "uk", "ann")) == 2
    undone = undo_with_repetitions(repo, "ann")
    assert sorted(c.segment_id for c in undone) == sorted(ids)
    assert all(repo.cell(sid, "uk").status is Status.NEW for sid in ids)
    assert undo_with_repetitions(repo, "ann") == []  # nothing left


def test_rejections_and_empty_texts_are_not_propagated(repo):
    ids = _add(repo)
    repo.decide(ids[0], "ru", Status.REJECTED, None, "ann")
    assert propagate(repo, ids[0], "ru", "ann") == []
    assert repo.cell(ids[1], "ru").status is Status.NEW
