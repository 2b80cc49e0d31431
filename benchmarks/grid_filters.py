"""Benchmark: search and filters in the grid of a 20,000-segment project.

Builds a project of 20,000 English segments with Russian machine output and Ukrainian edits
(WMT22 test sentences, tests/qa/qa_corpus.py), opens the grid's real model and filter proxy
offscreen
and times, from the call to the rows being there:

- a text search (full-text index over the three columns) for a rare and a common word;
- a filter by a set of segment ids (what the finding-kind and name filters hand in);
- clearing the filters.

Run: ``.venv/bin/python benchmarks/grid_filters.py [--segments 20000]``. Target: < 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "qa"))  # qa_corpus: real en/ru/uk sentences


def build_project(path: Path, count: int) -> None:
    import qa_corpus

    from app.core.model import SegmentDraft, Status
    from app.storage.database import create_project
    from app.storage.project_repo import ProjectRepository

    found = qa_corpus.triples()
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("news.txt", [SegmentDraft(found[i % len(found)][0], i // 5, i % 5)
                                       for i in range(count)])
        ids = [s.id for s in repo.segments()]
        repo.set_machine_translations(
            "ru", [(sid, found[i % len(found)][1], [], None) for i, sid in enumerate(ids)],
            engine="bench", model="bench")
        for sid in ids[::50]:
            repo.decide(sid, "uk", Status.EDITED, "Посадовці в Києві не коментували.", "bench")


def timed(label: str, action, model, reset) -> None:
    """Median and worst of three runs (``reset`` between them, not timed)."""
    took = []
    for _ in range(3):
        reset()
        started = time.perf_counter()
        action()
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    print(f"{label}: median {took[1]:.0f} ms, worst {took[2]:.0f} ms; "
          f"{model.total_segments:,} matching segments ({model.rowCount()} rows loaded) "
          "(target < 100 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=20000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository
    from app.ui.segment_filter_proxy import SegmentFilterProxy
    from app.ui.segment_table_model import SegmentTableModel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.rdproj"
        started = time.perf_counter()
        build_project(path, args.segments)
        print(f"built a {args.segments:,}-segment project in {time.perf_counter() - started:.1f} s")
        with open_project(path) as pdb:
            repo = ProjectRepository(pdb)
            model = SegmentTableModel(repo, "bench")
            model.fetchMore()
            proxy = SegmentFilterProxy()
            proxy.setSourceModel(model)
            def no_search() -> None:
                proxy.set_search_text("")

            for word, label in (("пациентов", "Russian column"), ("the", "English, common"),
                                ("Києві", "Ukrainian edits")):
                timed(f"search '{word}' ({label})", lambda w=word: proxy.set_search_text(w),
                      model, no_search)
            no_search()
            ids = {s.id for s in repo.segments()[::10]}
            timed("filter by 2,000 segment ids (a finding kind, a name)",
                  lambda: proxy.set_id_filter("finding", ids), model,
                  lambda: proxy.set_id_filter("finding", None))
            timed("clear the filters", lambda: proxy.set_id_filter("finding", None), model,
                  lambda: proxy.set_id_filter("finding", ids))
            app.processEvents()


if __name__ == "__main__":
    main()
