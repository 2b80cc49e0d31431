"""The window's translation run: rows on screen first, a greedy draft, then beam refinement."""

from __future__ import annotations

import threading

from app.core.model import SegmentDraft, Status
from app.mt.engine import Candidate, SegmentTranslation
from app.mt.progressive import ProgressiveRun, WorkQueue, translate_progressive
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository


class RecordingEngine:
    """Marks its output with the decoding asked for, and records every call."""

    name = "rec"

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str], int, bool]] = []

    def model_id(self, source, target):
        return f"rec-{source}-{target}"

    def translate(self, segments, source, target, alternatives=0, cancel=None, progress=None,
                  *, draft=False):
        self.calls.append((target, list(segments), alternatives, draft))
        mark = "draft" if draft else "beam"
        return [
            SegmentTranslation(
                Candidate(f"{target}/{mark}:{s}", -1.0),
                tuple(Candidate(f"{target}/alt{i}:{s}", -2.0 - i) for i in range(alternatives)),
            )
            for s in segments
        ]


def make_project(tmp_path, count):
    pdb = open_project(tmp_path / "p.rdproj", create=True)
    repo = ProjectRepository(pdb)
    repo.add_document("a", [SegmentDraft(f"Sentence {i}.", i, 0) for i in range(count)])
    return repo


def test_queue_gives_the_rows_on_screen_first_then_document_order():
    queue = WorkQueue(range(1, 201))
    queue.prioritize([150, 151, 152, 999])  # 999: not waiting (already done)
    assert queue.take(10) == ([150, 151, 152], True)
    assert queue.take(5) == ([1, 2, 3, 4, 5], False)
    queue.prioritize([4, 5, 6])  # scrolled back up: 4 and 5 are done already
    assert queue.take(5) == ([6], True)
    assert queue.take(3) == ([7, 8, 9], False)


def test_visible_rows_are_translated_first_as_drafts_then_refined(tmp_path):
    repo = make_project(tmp_path, 300)
    ids = [s.id for s in repo.segments()]
    visible = ids[140:170]
    run = ProgressiveRun(ids, mode="refine")
    run.prioritize(visible)
    engine = RecordingEngine()
    stored: list[tuple[str, list[int]]] = []
    summary = translate_progressive(repo, engine, ["ru", "uk"], run, alternatives=2,
                                    on_stored=lambda lang, got: stored.append((lang, got)))
    # The first calls are the visible rows only, greedy, for both languages.
    assert [(c[0], c[3]) for c in engine.calls[:2]] == [("ru", True), ("uk", True)]
    assert engine.calls[0][1] == [f"Sentence {i}." for i in range(140, 170)]
    assert stored[0] == ("ru", visible) and stored[1] == ("uk", visible)
    # Every draft call comes before every refinement call, which asks for alternatives.
    kinds = [c[3] for c in engine.calls]
    assert kinds == sorted(kinds, reverse=True)
    assert all(c[2] == 2 for c in engine.calls if not c[3])
    assert summary.drafts == 600 and summary.refined == 600 and summary.kept_draft == 0
    cell = repo.cell(ids[0], "ru")
    assert cell.text == "ru/beam:Sentence 0." and not cell.machine_draft
    assert len(repo.machine_alternatives(ids[0], "ru")) == 2


def test_refinement_never_replaces_a_reviewed_or_open_cell(tmp_path):
    repo = make_project(tmp_path, 40)
    ids = [s.id for s in repo.segments()]
    run = ProgressiveRun(ids, mode="refine")
    engine = RecordingEngine()
    phases = []

    def on_phase(phase):
        phases.append(phase)
        if phase == "refine":  # the reviewer works while the drafts are being refined
            repo.decide(ids[0], "ru", Status.EDITED, "Мой текст.", "anna")
            repo.decide(ids[1], "ru", Status.APPROVED, None, "anna")

    open_cell = (ids[2], "ru")
    summary = translate_progressive(
        repo, engine, ["ru"], run, alternatives=1, on_phase=on_phase,
        is_busy=lambda sid, lang: (sid, lang) == open_cell,
    )
    assert phases == ["draft", "refine"]
    assert repo.cell(ids[0], "ru").text == "Мой текст."
    assert repo.machine_translation(ids[0], "ru").draft  # the reviewer's cell kept its draft
    assert repo.cell(ids[1], "ru").status is Status.APPROVED
    assert repo.cell(ids[2], "ru").text == "ru/draft:Sentence 2."  # open in the editor
    assert repo.cell(ids[2], "ru").machine_draft
    assert repo.cell(ids[3], "ru").text == "ru/beam:Sentence 3."
    assert summary.refined == 37 and summary.kept_draft == 1


def test_draft_only_mode_and_a_rerun_translate_nothing_twice(tmp_path):
    repo = make_project(tmp_path, 10)
    ids = [s.id for s in repo.segments()]
    engine = RecordingEngine()
    first = translate_progressive(repo, engine, ["ru"], ProgressiveRun(ids, "draft"))
    assert first.drafts == 10 and first.refined == 0
    assert all(c[3] for c in engine.calls)
    assert all(repo.cell(i, "ru").machine_draft for i in ids)
    engine.calls.clear()
    again = translate_progressive(repo, engine, ["ru"], ProgressiveRun(ids, "draft"))
    assert engine.calls == [] and again.drafts == 0  # cells with machine text keep it
    # Refining later reuses nothing from the draft cache: beam output is a different thing.
    refined = translate_progressive(repo, engine, ["ru"], ProgressiveRun(ids, "refine"))
    assert refined.refined == 10 and [c[3] for c in engine.calls] == [False]


def test_a_draft_request_takes_final_text_from_the_cache_but_not_the_other_way(tmp_path):
    repo = make_project(tmp_path, 4)
    ids = [s.id for s in repo.segments()]
    engine = RecordingEngine()
    translate_progressive(repo, engine, ["ru"], ProgressiveRun(ids, "beam"), alternatives=1)
    repo.pdb.conn.execute("DELETE FROM translations")
    engine.calls.clear()
    summary = translate_progressive(repo, engine, ["ru"], ProgressiveRun(ids, "draft"))
    assert engine.calls == [] and summary.from_cache == 4
    assert not repo.cell(ids[0], "ru").machine_draft  # it is the beam text, not a draft


def test_refine_now_moves_a_cell_to_the_front_of_the_refinement(tmp_path):
    repo = make_project(tmp_path, 200)
    ids = [s.id for s in repo.segments()]
    run = ProgressiveRun(ids, "refine")
    engine = RecordingEngine()

    def on_phase(phase):
        if phase == "refine":
            run.refine_now(ids[180])

    translate_progressive(repo, engine, ["ru"], run, alternatives=1, on_phase=on_phase)
    first_refinement = next(c for c in engine.calls if not c[3])
    assert first_refinement[1] == ["Sentence 180."]


def test_cancel_between_batches_keeps_what_was_stored(tmp_path):
    repo = make_project(tmp_path, 300)
    ids = [s.id for s in repo.segments()]
    cancel = threading.Event()
    engine = RecordingEngine()
    summary = translate_progressive(
        repo, engine, ["ru"], ProgressiveRun(ids, "refine"), cancel=cancel,
        on_stored=lambda lang, got: cancel.set(),
    )
    assert summary.cancelled and summary.drafts == 64 and summary.refined == 0
    assert repo.cell(ids[0], "ru").machine_draft
    assert repo.cell(ids[100], "ru").status is Status.NEW


def test_beam_mode_leaves_cells_the_translation_memory_filled(tmp_path):
    repo = make_project(tmp_path, 5)
    ids = [s.id for s in repo.segments()]
    repo.set_machine_translations("ru", [(ids[1], "Из памяти.", [], None)],
                                  engine="memory", model="memory 100%")
    engine = RecordingEngine()
    translate_progressive(repo, engine, ["ru"], ProgressiveRun(ids, "beam"), alternatives=1)
    assert "Sentence 1." not in engine.calls[0][1] and len(engine.calls[0][1]) == 4
    assert repo.cell(ids[1], "ru").text == "Из памяти."
