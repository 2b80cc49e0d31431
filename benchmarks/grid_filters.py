"""Benchmark: search and filters in the grid of a 20,000-segment project.

Builds a project of 20,000 English segments with Russian machine output and Ukrainian edits
(WMT22 test sentences, tests/qa/qa_corpus.py), opens the grid's real model and filter proxy
offscreen and times, from the call to the rows being there:

- a text search (full-text index over the three columns) for a rare and a common word;
- a filter by a set of segment ids (what the finding-kind and name filters hand in);
- the status filter (SQL over an index, schema step 12) for a status most rows have, one few
  rows have, and any language; an approval under a status filter (the row leaves, the set is
  asked again);
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
        for n, sid in enumerate(ids[::50]):
            repo.decide(sid, "uk", Status.EDITED, found[(n * 50) % len(found)][2], "bench")


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

    from app.core.model import Status
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
            proxy.set_id_filter("finding", None)
            for status, lang, label in ((Status.TRANSLATED, "ru", "most rows"),
                                        (Status.EDITED, "uk", "few rows"),
                                        (Status.NEW, None, "any language")):
                timed(f"status filter '{status.value}' {lang or 'ru/uk'} ({label})",
                      lambda s=status, g=lang: proxy.set_status_filter(s, g), model,
                      lambda: proxy.set_status_filter(None))
            proxy.set_status_filter(Status.TRANSLATED, "ru")
            before = proxy.match_count()
            started = time.perf_counter()
            model.approve(proxy.mapToSource(proxy.index(0, 2)))  # the first row's Russian cell
            print(f"approve under the status filter: {(time.perf_counter() - started) * 1000:.0f}"
                  f" ms, {proxy.match_count():,} of {before:,} still matching")
            proxy.set_status_filter(None)
            started = time.perf_counter()
            model.fetch_all()
            print(f"for comparison, reading every row as the status filter did before: "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms")
            timed("clear the filters", lambda: proxy.set_id_filter("finding", None), model,
                  lambda: proxy.set_id_filter("finding", ids))
            app.processEvents()


if __name__ == "__main__":
    main()
