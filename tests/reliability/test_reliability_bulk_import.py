"""Bulk imports in short transactions: hidden until complete, all or nothing (issue 9, point 3)."""

from __future__ import annotations

import json
import threading
import time

import pytest
from reliability_helpers import content

from app.core.model import SegmentDraft, Status
from app.storage.bulk_write import BulkCancelled
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository

DRAFTS = [SegmentDraft(f"Imported sentence {n}.", n, 0) for n in range(30000)]


def test_a_document_import_is_hidden_until_complete_and_never_holds_reviewers_up(project):
    seen, waits = [], []
    reviewer_pdb = open_project(project)
    reviewer = ProjectRepository(reviewer_pdb)
    target = reviewer.segments(0, 1)[0].id

    def meanwhile(done: int, total: int) -> None:
        # Another reviewer, mid-import: sees the old project and can record a decision.
        if done < total:
            seen.append(reviewer.segment_count())
            started = time.perf_counter()
            reviewer.decide(target, "ru", Status.APPROVED, f"ok {done}", "bob")
            waits.append(time.perf_counter() - started)

    with open_project(project) as pdb:
        document = ProjectRepository(pdb).add_document("big.txt", DRAFTS, who="ann",
                                                       progress=meanwhile)
    assert len(seen) >= 3 and set(seen) == {20}  # the half-imported document stayed hidden
    assert max(waits) < 1.0
    assert reviewer.segment_count() == 20 + len(DRAFTS)
    assert [d.name for d in reviewer.documents()] == ["doc.txt", "big.txt"]
    assert document.segment_count == len(DRAFTS)
    assert reviewer.segments(20, 1)[0].source == "Imported sentence 0."
    assert reviewer.events()[-1].action == "import"
    reviewer_pdb.close()


def test_a_cancelled_or_failed_import_leaves_the_project_as_it_was(project):
    before = content(project)
    cancel = threading.Event()
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        with pytest.raises(BulkCancelled):
            repo.add_document("big.txt", DRAFTS, who="ann", cancel=cancel,
                              progress=lambda done, total: cancel.set())

        def fail(done: int, total: int) -> None:
            raise KeyboardInterrupt  # Ctrl+C between two chunks

        with pytest.raises(KeyboardInterrupt):
            repo.add_document("big.txt", DRAFTS, who="ann", progress=fail)
    assert content(project) == before


def test_an_import_whose_program_was_killed_is_taken_out_at_the_next_open(project):
    before = content(project)
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        with pytest.raises(KeyboardInterrupt):
            repo.add_document("big.txt", DRAFTS, who="ann",
                              progress=lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    # As if killed midway: put back what the import had written, owned by a dead process.
    with open_project(project) as pdb:
        with pdb.transaction() as conn:
            cur = conn.execute("INSERT INTO documents(name, segment_count) VALUES ('x', 2)")
            doc = cur.lastrowid
            conn.execute("INSERT INTO segments(document_id, idx, source) VALUES (?, 100, 'a')",
                         (doc,))
            conn.execute(
                "INSERT INTO bulk_writes(kind, owner, started_at, document_id, first_idx, "
                "last_idx) VALUES ('document', ?, 'then', ?, 100, 101)",
                (json.dumps({"host": __import__("socket").gethostname(), "pid": 4194304}), doc),
            )
        assert ProjectRepository(pdb).segment_count() == 20  # hidden meanwhile
    with open_project(project):
        pass
    assert content(project) == before


def test_a_large_glossary_import_failing_at_the_end_takes_its_concepts_back_out(
        project, monkeypatch):
    from app.core.glossary_model import Concept, Term, TermStatus
    from app.formats.glossary_merge import apply_merge, plan_merge
    from app.storage.glossary_repo import GlossaryRepository

    incoming = [Concept(kind="place", terms=(Term("en", f"Place {n}", TermStatus.PREFERRED),))
                for n in range(3000)]  # more audit events than land inside the last step
    with open_project(project) as pdb:
        glossary = GlossaryRepository(pdb)
        report = plan_merge(glossary, incoming)

        def broken(conn, *args, **kwargs):
            raise OSError("the disk went away")

        monkeypatch.setattr(ProjectRepository, "_event", staticmethod(broken))
        with pytest.raises(OSError):
            apply_merge(glossary, report, "ann")
        monkeypatch.undo()
        assert glossary.count() == 0 and not glossary.concepts("Place")
        actions = [e.action for e in ProjectRepository(pdb).events()]
        assert actions.count("glossary.import_concept") == 3000  # they had joined the trail
        assert actions[-1] == "glossary.import.reverted"  # and the trail says they went again
