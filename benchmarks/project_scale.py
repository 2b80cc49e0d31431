"""How a 20,000-segment project behaves: time to open it, time to record a decision.

Builds a project from the sample article's sentences repeated (numbered so no two are the
same) in a temporary folder, with machine output for Russian on every segment (as after a full
MT run), then measures what the window does:

* open: ``open_project`` + ``ProjectRepository`` + the first page ``rows(0, 200)`` +
  ``status_counts()``, on a freshly closed file (first run, and median of several);
* scroll: ``rows(offset, 200)`` at random offsets;
* decide: 1,000 ``repo.decide`` calls (edited / approved / rejected, both languages, random
  segments), each timed on its own: p50, p99, max;
* undo: ``undo_last_decision`` after those 1,000 decisions.

Targets (issue 2): open < 1 s, p99 decision write < 10 ms on 2 cores.

    .venv/bin/python benchmarks/project_scale.py [--segments 20000] [--decisions 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.document_reader import read_document  # noqa: E402
from app.core.model import SegmentDraft, Status  # noqa: E402
from app.core.resources import sample_article  # noqa: E402
from app.core.segmenter import segment_text  # noqa: E402
from app.storage.database import create_project, open_project  # noqa: E402
from app.storage.project_repo import ProjectRepository  # noqa: E402


def build(path: Path, count: int) -> float:
    sample = segment_text(read_document(sample_article()).text)
    drafts = []
    for n in range(count):
        base = sample[n % len(sample)]
        copy = n // len(sample)
        drafts.append(SegmentDraft(f"{base.source} [{copy}]", base.paragraph + copy * 19,
                                   base.position))
    started = time.perf_counter()
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("sample x many", drafts, who="bench")
        ids = [s.id for s in repo.segments()]
        repo.set_machine_translations(
            "ru", ((sid, f"Машинный перевод {sid}.", [], None) for sid in ids),
            engine="bench", model="none",
        )
    return time.perf_counter() - started


def open_like_the_window(path: Path) -> float:
    started = time.perf_counter()
    pdb = open_project(path)
    repo = ProjectRepository(pdb)
    rows = repo.rows(0, 200)
    counts = repo.status_counts()
    elapsed = time.perf_counter() - started
    assert len(rows) == 200 and counts["segments"] > 0
    pdb.close()
    return elapsed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--segments", type=int, default=20_000)
    parser.add_argument("--decisions", type=int, default=1_000)
    args = parser.parse_args()
    rng = random.Random(20)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.rdproj"
        built = build(path, args.segments)
        size_mb = path.stat().st_size / 1e6
        print(f"build: {args.segments} segments + ru machine output in {built:.2f} s "
              f"({size_mb:.1f} MB)")

        first_open = open_like_the_window(path)
        opens = [open_like_the_window(path) for _ in range(5)]
        print(f"open (open_project + rows(0, 200) + status_counts): first {ms(first_open)}, "
              f"median of 5 {ms(statistics.median(opens))}  [target < 1000 ms]")

        with open_project(path) as pdb:
            repo = ProjectRepository(pdb)
            total = repo.segment_count()
            ids = [s.id for s in repo.segments()]

            scrolls = []
            for _ in range(50):
                offset = rng.randrange(0, total - 200)
                started = time.perf_counter()
                repo.rows(offset, 200)
                scrolls.append(time.perf_counter() - started)
            print(f"scroll rows(random offset, 200): p50 {ms(statistics.median(scrolls))}, "
                  f"max {ms(max(scrolls))}")

            statuses = [Status.EDITED, Status.APPROVED, Status.REJECTED]
            times = []
            for n in range(args.decisions):
                sid = rng.choice(ids)
                lang = rng.choice(("ru", "uk"))
                status = statuses[n % 3]
                text = f"Правка {n}" if status is Status.EDITED else None
                started = time.perf_counter()
                repo.decide(sid, lang, status, text, "bench")
                times.append(time.perf_counter() - started)
            print(f"decide x{args.decisions}: p50 {ms(percentile(times, 50))}, "
                  f"p99 {ms(percentile(times, 99))}, max {ms(max(times))}  [target p99 < 10 ms]")

            undos = []
            for _ in range(20):
                started = time.perf_counter()
                repo.undo_last_decision("bench")
                undos.append(time.perf_counter() - started)
            print(f"undo x20 after the decisions: p50 {ms(statistics.median(undos))}, "
                  f"max {ms(max(undos))}")

            started = time.perf_counter()
            counts = repo.status_counts()
            print(f"status_counts after decisions: {ms(time.perf_counter() - started)} "
                  f"(ru approved {counts['ru']['approved']}, uk edited {counts['uk']['edited']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
