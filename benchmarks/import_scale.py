"""Import speed on big and pathological plain text (issue 9 point 5, issue 8 point 6).

Prints the time to import (read, split into sentences, store) a 10 MB news text (targets: under
30 s), a 1 MB single line (under 10 s), and check-names on that line. The text is built from
the news corpora in tests/names, each paragraph made unique (so no cache helps), like a real
archive. Run: ``.venv/bin/python benchmarks/import_scale.py [MB]``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.document_import import prepare_document, store_document  # noqa: E402
from app.core.segmenter import split_paragraphs  # noqa: E402
from app.storage.database import building_project  # noqa: E402
from app.storage.project_repo import ProjectRepository  # noqa: E402


def news_text(megabytes: float) -> str:
    paragraphs = []
    for path in sorted(ROOT.glob("tests/names/*/*.txt")):
        paragraphs += split_paragraphs(path.read_text(encoding="utf-8", errors="replace"))
    rnd = random.Random(7)
    out, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        p = rnd.choice(paragraphs)
        p = f"{p} Report {n} was filed on day {rnd.randint(1, 28)}."
        out.append(p)
        size += len(p.encode()) + 2
        n += 1
    return "\n\n".join(out)


def timed_import(text: str, folder: Path, name: str) -> tuple[float, int]:
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    prepared = prepare_document(source)
    with building_project(folder / f"{name}.rdproj") as pdb:
        store_document(ProjectRepository(pdb), prepared, "bench")
    return time.perf_counter() - started, len(prepared.drafts)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seconds, count = timed_import(news_text(megabytes), folder, "news")
        print(f"{megabytes:g} MB news text: {count} segments imported in {seconds:.1f} s "
              f"(target < 30 s for 10 MB)")
        rnd = random.Random(3)
        words = "the of Kyiv said and a in to Ukraine officials city war".split()
        line = " ".join(rnd.choice(words) for _ in range(200_000))[:1_000_000]
        seconds, count = timed_import(line, folder, "line")
        print(f"1 MB single line without full stops: {count} segments in {seconds:.1f} s "
              "(target < 10 s)")
        dotted = ". ".join(line.split(". ")) .replace(" war ", " war. ")
        seconds, count = timed_import(dotted, folder, "dotted")
        print(f"1 MB single line with sentences: {count} segments in {seconds:.1f} s "
              "(target < 10 s)")
        from app.commands.names_cmd import check_text

        started = time.perf_counter()
        check_text(line[:1_000_000])
        print(f"check-names on the 1 MB line: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
