"""Reviewers deciding while big imports run (issue 9): errors, lost decisions, p99 latency.

Default run: two reviewer processes record decisions (one a cell at a time, as fast as they
can, pausing 20 ms like a quick human) while a 10 MB text document and a 50,000-concept TBX
glossary are imported into the same project by ``reviewdesk import`` and ``reviewdesk glossary
import``. Prints errors, acknowledged decisions missing from the project afterwards, and the
decision latency (p50/p99/max; target p99 < 100 ms).

    .venv/bin/python benchmarks/concurrency.py [--megabytes 10] [--concepts 50000]
    .venv/bin/python benchmarks/concurrency.py --undo-minute   # 2 processes decide+undo 60 s
    .venv/bin/python benchmarks/concurrency.py --durability    # synchronous NORMAL vs FULL
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from app.core.model import SegmentDraft, Status  # noqa: E402
from app.storage.database import create_project  # noqa: E402
from app.storage.project_repo import ProjectRepository  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def reviewer(project: str, name: str, lang: str, stop_file: str, out: str) -> None:
    """One reviewer process: decide cell after cell until ``stop_file`` exists."""
    from app.storage.database import open_project
    from app.storage.errors import ProjectError

    latencies, acknowledged, errors = [], [], []
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb, (lang,))
        ids = [s.id for s in repo.segments(0, 2000)]
        n = 0
        while not os.path.exists(stop_file):
            sid = ids[n % len(ids)]
            text = f"{name} {n}"
            started = time.perf_counter()
            try:
                repo.decide(sid, lang, Status.EDITED, text, name)
                latencies.append(time.perf_counter() - started)
                acknowledged.append(text)
            except ProjectError as exc:
                errors.append(str(exc))
            n += 1
            time.sleep(0.02)
    Path(out).write_text(json.dumps({"latencies": latencies, "acknowledged": acknowledged,
                                     "errors": errors}))


def run_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def imports_under_reviewers(megabytes: float, concepts: int) -> None:
    from glossary_scale import _concepts
    from import_scale import news_text

    from app.formats.glossary_files import export_glossary
    from app.storage.database import now
    from app.storage.glossary_repo import GlossaryRepository

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project = folder / "shared.rdproj"
        with create_project(project) as pdb:
            drafts = [SegmentDraft(f"Sentence {n}.", n, 0) for n in range(2000)]
            ProjectRepository(pdb).add_document("base.txt", drafts, who="setup")
        text = folder / "big.txt"
        text.write_text(news_text(megabytes), encoding="utf-8")
        source = create_project(folder / "source.rdproj")
        with source.transaction() as conn:
            GlossaryRepository(source).insert_concepts(conn, _concepts(concepts), "setup", now())
        tbx = folder / "big.tbx"
        export_glossary(GlossaryRepository(source), "tbx", tbx)
        source.close()
        print(f"prepared: {text.stat().st_size / 1e6:.1f} MB text, {concepts} concepts "
              f"({tbx.stat().st_size / 1e6:.1f} MB TBX)")

        stop = folder / "stop"
        reviewers = [
            subprocess.Popen([sys.executable, __file__, "--reviewer", str(project), name, lang,
                              str(stop), str(folder / f"{name}.json")], env=run_env())
            for name, lang in (("alice", "ru"), ("bob", "uk"))
        ]
        time.sleep(2)  # reviewers warmed up
        started = time.perf_counter()
        imports = {
            "document": subprocess.Popen(
                [sys.executable, "-m", "app", "import", str(text), "--project", str(project)],
                env=run_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
            "glossary": subprocess.Popen(
                [sys.executable, "-m", "app", "glossary", "import", str(tbx), "--project",
                 str(project)],
                env=run_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        }
        for label, proc in imports.items():
            out, err = proc.communicate()
            print(f"{label} import: exit {proc.returncode} after "
                  f"{time.perf_counter() - started:.1f} s; {out.strip().splitlines()[0][:100]}")
            if proc.returncode:
                print(err[-500:])
        time.sleep(1)
        stop.touch()
        for proc in reviewers:
            proc.wait()
        results = [json.loads((folder / f"{n}.json").read_text()) for n in ("alice", "bob")]
        latencies = [x for r in results for x in r["latencies"]]
        errors = [e for r in results for e in r["errors"]]
        conn = sqlite3.connect(project)
        stored = {json.loads(a)["text"] for (a,) in conn.execute(
            "SELECT after FROM events WHERE action = 'edited'")}
        conn.close()
        acknowledged = [t for r in results for t in r["acknowledged"]]
        lost = [t for t in acknowledged if t not in stored]
        print(f"decisions: {len(acknowledged)} acknowledged, {len(lost)} lost, "
              f"{len(errors)} errors")
        print(f"decision latency: p50 {statistics.median(latencies) * 1000:.1f} ms, "
              f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms, "
              f"max {max(latencies) * 1000:.1f} ms (target p99 < 100 ms)")
        for message in errors[:5]:
            print("  error:", message)


def undo_minute(seconds: float) -> None:
    worker = ROOT / "tests" / "reliability" / "reviewer_worker.py"
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "p.rdproj"
        with create_project(project) as pdb:
            drafts = [SegmentDraft(f"Sentence {n}.", n, 0) for n in range(20)]
            ProjectRepository(pdb).add_document("d.txt", drafts, who="setup")
        procs = [subprocess.Popen([sys.executable, str(worker), str(project), name,
                                   str(seconds), str(n)], env=run_env(),
                                  stdout=subprocess.PIPE, text=True)
                 for n, name in enumerate(("alice", "bob"))]
        totals = [list(map(int, p.communicate()[0].split())) for p in procs]
        conn = sqlite3.connect(project)
        events = conn.execute("SELECT id, at, who, action, segment_id, lang, undoes FROM events "
                              "WHERE segment_id IS NOT NULL ORDER BY id").fetchall()
        conn.close()
        by_id = {e[0]: e for e in events}
        bad = sum(1 for e in events if e[3] == "undo" and any(
            by_id[e[6]][0] < o[0] < e[0] and (o[4], o[5]) == (e[4], e[5]) and o[2] != e[2]
            for o in events))
        backwards = sum(1 for a, b in zip(events, events[1:], strict=False) if b[1] < a[1])
        print(f"{seconds:.0f} s, 2 processes: decisions {sum(t[0] for t in totals)}, undos "
              f"{sum(t[1] for t in totals)}, refused undos {sum(t[2] for t in totals)}, errors "
              f"{sum(t[3] for t in totals)}; undos that reverted the other's newer decision: "
              f"{bad}; timestamps going backwards: {backwards}")


def durability(count: int) -> None:
    from app.storage import database

    results: dict[str, list[float]] = {"NORMAL": [], "FULL": []}
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:  # the real disk, not a tmpfs
        for round_ in range(2):
            for mode in ("NORMAL", "FULL"):
                database.SYNCHRONOUS = mode
                path = Path(tmp) / f"{mode}{round_}.rdproj"
                with create_project(path) as pdb:
                    repo = ProjectRepository(pdb)
                    repo.add_document("d", [SegmentDraft(f"S {n}.", n, 0) for n in range(count)],
                                      who="x")
                    for segment in repo.segments():
                        started = time.perf_counter()
                        repo.decide(segment.id, "ru", Status.APPROVED, "t", "me")
                        results[mode].append(time.perf_counter() - started)
    for mode, values in results.items():
        print(f"synchronous={mode}: decision p50 {statistics.median(values) * 1000:.2f} ms, "
              f"p99 {percentile(values, 0.99) * 1000:.2f} ms (budget for FULL: p99 < 16 ms)")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--reviewer":
        reviewer(*sys.argv[2:7])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--concepts", type=int, default=50_000)
    parser.add_argument("--undo-minute", action="store_true")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--durability", action="store_true")
    args = parser.parse_args()
    if args.undo_minute:
        undo_minute(args.seconds)
    elif args.durability:
        durability(500)
    else:
        imports_under_reviewers(args.megabytes, args.concepts)


if __name__ == "__main__":
    main()
