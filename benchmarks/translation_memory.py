"""Translation memory at scale: TMX import of 1,000,000 units, lookup latency, memory use.

    .venv/bin/python benchmarks/translation_memory.py [--units 1000000] [--lookups 300]

Generates a TMX 1.4 file of English -> Russian units (sentences of 8-30 words drawn from
wordfreq's 30,000 most frequent English words with their Zipf frequencies, numbers and
capitalised names; the "Russian" is a deterministic Cyrillic transliteration of each word),
imports it into a fresh project with ``app.memory.tmx_import`` (lxml in worker processes that
parse byte ranges of a file this size; one transaction, with a progress callback as the window
passes one), then times ``TranslationMemory.matches`` for segments that are near copies of
stored units (a word or a number changed), exact copies and new sentences. Prints the
machine's CPU line, the load average, the import's wall and CPU time (of the importing process
and of its parsing workers) and peak RSS (of the importing process), the lookup p50/p95/max
with where the slowest lookups spend their time. Targets: import < 60 s, lookup p95 < 50 ms
on 2 cores. The machine may be shared: CPU time is printed beside wall time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_CYR = str.maketrans("abcdefghijklmnopqrstuvwxyz", "абцдефгхийклмнопкрстуввхыз")


def _vocabulary(size: int) -> tuple[list[str], list[float]]:
    try:
        from wordfreq import top_n_list, word_frequency

        words = [w for w in top_n_list("en", size) if w.isalpha()]
        weights = [word_frequency(w, "en") for w in words]
    except ImportError:  # wordfreq is a dev extra; fall back to a Zipf law over made-up words
        rng = random.Random(1)
        words = ["".join(rng.choice("etaoinshrdlcumwfgypbvk") for _ in range(rng.randint(2, 9)))
                 for _ in range(size)]
        weights = [1 / (rank + 1) for rank in range(size)]
    return words, weights


def _sentence(rng: random.Random, words: list[str], cum: list[float]) -> list[str]:
    out = rng.choices(words, cum_weights=cum, k=rng.randint(8, 30))
    for _ in range(rng.randint(0, 2)):
        out[rng.randrange(len(out))] = str(rng.randint(2, 5000))
    for _ in range(rng.randint(0, 2)):
        out[rng.randrange(1, len(out))] = rng.choice(words[2000:]).capitalize()
    out[0] = out[0].capitalize()
    return out


def _russian(tokens: list[str]) -> str:
    return " ".join(tokens).lower().translate(_CYR) + "."


def write_tmx(path: Path, units: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    words, weights = _vocabulary(30000)
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    kept: list[list[str]] = []
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                 'creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="x" '
                 'adminlang="en" srclang="en" datatype="plaintext"/><body>\n')
        for n in range(units):
            tokens = _sentence(rng, words, cum)
            if n % max(1, units // 2000) == 0:
                kept.append(tokens)
            fh.write(f'<tu tuid="{n}"><tuv xml:lang="en-US"><seg>{escape(" ".join(tokens))}.'
                     f'</seg></tuv><tuv xml:lang="ru-RU" changedate="20250101T120000Z">'
                     f"<seg>{escape(_russian(tokens))}</seg></tuv></tu>\n")
        fh.write("</body></tmx>\n")
    return kept


def _sample_sources(tmx: Path, count: int) -> list[list[str]]:
    """English sources of a TMX written by write_tmx, every n-th unit."""
    from app.memory.tmx_import import count_units

    step = max(1, count_units(tmx) // count)
    kept, n = [], 0
    with tmx.open(encoding="utf-8") as fh:  # streamed: the peak memory printed is the import's
        for line in fh:
            if line.startswith("<tu "):
                if n % step == 0:
                    kept.append(line.split("<seg>", 1)[1].split("</seg>", 1)[0]
                                .rstrip(".").split(" "))
                n += 1
    return kept


def _queries(rng: random.Random, kept: list[list[str]], count: int) -> list[tuple[str, str]]:
    words, _ = _vocabulary(30000)
    out = []
    for n in range(count):
        tokens = list(rng.choice(kept))
        kind = ("exact", "word", "number", "new")[n % 4]
        if kind == "word":
            tokens[rng.randrange(len(tokens))] = rng.choice(words[:5000])
        elif kind == "number":
            tokens[rng.randrange(len(tokens))] = str(rng.randint(2, 999))
        elif kind == "new":
            tokens = [rng.choice(words[:8000]) for _ in range(rng.randint(8, 25))]
        out.append((kind, " ".join(tokens) + "."))
    return out


def _children_cpu() -> float:
    """CPU seconds of the ended child processes (the import's parsing workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load() -> str:
    return "load average " + " ".join(f"{v:.2f}" for v in os.getloadavg())


def machine_line() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    return (f"CPU: {model}, {os.cpu_count()} CPUs ({usable} usable by this process); "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; {_load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=300)
    parser.add_argument("--tmx", type=Path, help="import this (generated) TMX instead of "
                        "generating one; its units are sampled for the lookups")
    parser.add_argument("--project", type=Path,
                        help="skip generation and import: time lookups on this project's memory")
    parser.add_argument("--keep", action="store_true",
                        help="keep the generated TMX and project (their folder is printed) for "
                        "--tmx/--project runs; by default the folder is removed")
    args = parser.parse_args()
    print(machine_line())
    if args.project:
        lookups_only(args.project, args.lookups)
        return

    folder = Path(tempfile.mkdtemp(prefix="tm-bench-"))
    try:
        run(args, folder)
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def run(args: argparse.Namespace, folder: Path) -> None:
    os.environ["REVIEWDESK_HOME"] = str(folder / "home")
    from app.memory.tmx_import import import_tmx
    from app.storage.database import create_project

    if args.tmx:
        tmx = args.tmx
        kept = _sample_sources(tmx, 2000)
    else:
        tmx = folder / "memory.tmx"
        started = time.perf_counter()
        kept = write_tmx(tmx, args.units)
        print(f"generated {args.units:,} units ({tmx.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
    before = _peak_mb()
    pdb = create_project(folder / "bench.rdproj")
    load_before = _load()
    started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    report = import_tmx(pdb, tmx, progress=lambda done, total: None)
    seconds = time.perf_counter() - started
    workers = (f" + {_children_cpu() - children:.1f} s CPU in {report.workers} worker processes"
               if report.workers else " (parsed in the importing thread)")
    print(f"TMX import of {tmx.name} (counting, parsing, inserting, indexing, commit): "
          f"{report.line()} in {seconds:.1f} s wall, {time.process_time() - cpu:.1f} s CPU"
          f"{workers} ({report.units / seconds:,.0f} units/s; target < 60 s wall); "
          f"peak RSS {_peak_mb():.0f} MB "
          f"(before import {before:.0f} MB); project file "
          f"{(folder / 'bench.rdproj').stat().st_size / 1e6:.0f} MB; {load_before} before, "
          f"{_load()} after")

    time_lookups(pdb, kept, args.lookups)
    pdb.close()


def lookups_only(project: Path, count: int) -> None:
    os.environ.setdefault("REVIEWDESK_HOME", str(project.parent / "home"))
    from app.storage.database import open_project

    pdb = open_project(project)
    total = pdb.conn.execute("SELECT MAX(id) FROM memory").fetchone()[0]
    rng = random.Random(5)
    ids = [rng.randint(1, total) for _ in range(400)]
    kept = [r[0].rstrip(".").split(" ") for r in pdb.conn.execute(
        "SELECT source FROM memory WHERE id IN (SELECT value FROM json_each(?))",
        (str(ids),))]
    print(f"lookups on {project} ({total:,} units)")
    time_lookups(pdb, kept, count)
    pdb.close()


def _phases() -> dict[str, float]:
    """Wrap the steps of a lookup to time them (ms of the current lookup, by step)."""
    from app.memory import lookup, store

    spent: dict[str, float] = {}

    def timed(name, function):
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + (time.perf_counter() - t0) * 1000
        return wrapper

    store.MemoryStore.exact = timed("exact lookup", store.MemoryStore.exact)
    store.MemoryStore._frequencies = timed("word counts", store.MemoryStore._frequencies)
    store.MemoryStore.candidates = timed("candidates (FTS query with word counts)",
                                         store.MemoryStore.candidates)
    lookup._shortlist = timed("shortlist (rapidfuzz)", lookup._shortlist)
    lookup.TranslationMemory._fuzzy = timed("scoring", lookup.TranslationMemory._fuzzy)
    return spent


def time_lookups(pdb, kept: list[list[str]], count: int) -> None:
    from app.memory.lookup import TranslationMemory

    memory = TranslationMemory(pdb)
    rng = random.Random(3)
    queries = _queries(rng, kept, count)
    memory.matches(queries[0][1], "ru")  # warm the vocabulary table
    spent = _phases()
    timings: dict[str, list[float]] = {}
    every: list[tuple[float, dict[str, float]]] = []
    cpu_ms: list[float] = []
    best: dict[str, list[int]] = {}
    for kind, text in queries:
        spent.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        found = memory.matches(text, "ru")
        wall = (time.perf_counter() - t0) * 1000
        timings.setdefault(kind, []).append(wall)
        every.append((wall, dict(spent)))
        cpu_ms.append((time.process_time() - c0) * 1000)
        best.setdefault(kind, []).append(found[0].score if found else 0)
    every.sort(key=lambda item: item[0])
    walls = [w for w, _ in every]
    p95 = walls[int(len(walls) * 0.95) - 1]
    print(f"lookup over {len(walls)} segments: p50 {statistics.median(walls):.1f} ms, "
          f"p95 {p95:.1f} ms, max {walls[-1]:.1f} ms wall (target p95 < 50 ms); CPU p95 "
          f"{sorted(cpu_ms)[int(len(cpu_ms) * 0.95) - 1]:.1f} ms; {_load()}")
    slow = every[int(len(every) * 0.95) - 1:]
    steps = sorted({name for _, parts in slow for name in parts})
    print(f"  the slowest {len(slow)} (p95 and above) spend on average: " + ", ".join(
        f"{name} {sum(parts.get(name, 0.0) for _, parts in slow) / len(slow):.1f} ms"
        for name in steps))
    for kind, values in timings.items():
        values.sort()
        print(f"  {kind:>6}: p50 {statistics.median(values):.1f} ms, "
              f"p95 {values[int(len(values) * 0.95) - 1]:.1f} ms, "
              f"median best score {statistics.median(best[kind]):.0f}")
    print(f"peak RSS {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
