"""Benchmark: ``reviewdesk check-names`` on a 10,000-segment English document.

The document is built from the annotated corpus sentences (tests/names/corpus), varied so that
the checker sees many distinct words: every segment gets a person with a generated Slavic
surname and a number, so caches cannot make the run trivially cheap. Prints the wall time and
peak memory (RSS) of the command, which includes loading all the name data, and the same for
``check_document`` on the segments in this process.

Run: ``python benchmarks/names_check.py [--segments 10000]``. Target: < 10 s on 2 cores, name
data < 300 MB.
"""

from __future__ import annotations

import argparse
import itertools
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "names" / "corpus"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_STEMS = ["Koval", "Bondar", "Melnyk", "Shevchuk", "Tkach", "Kravets", "Oliinyk", "Moroz",
          "Lysenk", "Savchuk", "Rudenk", "Marchuk", "Polishchuk", "Hrytsenk", "Pavlenk"]
_ENDINGS = ["", "o", "enko", "chuk", "sky", "ov", "ova", "yk", "iv", "ets"]
_GIVEN = ["Andriy", "Oleksiy", "Sergei", "Olena", "Tatiana", "Mykola", "Dmitry", "Iryna"]


def build_segments(count: int) -> list[str]:
    sentences = []
    for path in sorted(CORPUS.glob("*.txt")):
        sentences.extend(s.strip() for s in _SENTENCE.split(path.read_text("utf-8")) if s.strip())
    surnames = [stem + end for stem, end in itertools.product(_STEMS, _ENDINGS)]
    segments = []
    for i in range(count):
        person = f"{_GIVEN[i % len(_GIVEN)]} {surnames[(i * 7) % len(surnames)]}"
        segments.append(f"{sentences[i % len(sentences)]} {person} confirmed this on day {i}.")
    return segments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=10_000)
    args = parser.parse_args()
    segments = build_segments(args.segments)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.txt"
        path.write_text("\n".join(segments) + "\n", encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "app", "check-names", str(path), "--format", "json"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )
        elapsed = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_mb = child.ru_maxrss / 1024
    child_cpu = child.ru_utime + child.ru_stime
    flags = done.stdout.count('"kind"')
    chars = sum(len(s) + 1 for s in segments)
    print(f"check-names: {args.segments} segments ({chars} characters), {flags} flags")
    print(
        f"check-names: {elapsed:.2f} s wall, {child_cpu:.2f} s CPU, peak RSS {child_mb:.0f} MB"
    )

    from app.names.checker import check_document
    from app.names.name_data import get_name_data

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    get_name_data()
    loaded = time.perf_counter() - started
    after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    results = check_document(segments)
    checked = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(len(r.flags) for r in results)
    print(f"check_document: data load {loaded:.2f} s (+{after_load - before:.0f} MB), "
          f"check {checked:.2f} s, {total} flags, peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
