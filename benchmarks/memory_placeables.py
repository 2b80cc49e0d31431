"""What placeables cost a memory lookup: scoring, and a lookup that adapts names and months.

Prints CPU microseconds per ``scoring.score`` call for a plain word difference, a number-only
difference, a month in a date and a name swap (the name swap runs app/names' recogniser on
both sources), and milliseconds per ``TranslationMemory.matches`` whose best match needs a
name replaced through the glossary (pymorphy3 inflection) or a month adapted, after warm-up.

Usage: .venv/bin/python benchmarks/memory_placeables.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PAIRS = {
    "word": ("Officials in Kyiv did not comment on the report.",
             "Officials in Kyiv did not comment on the statement."),
    "number": ("Russia captured 12 soldiers near Bakhmut on Monday.",
               "Russia captured 10 soldiers near Bakhmut on Monday."),
    "month": ("The talks began on 5 April in Istanbul.", "The talks began on 3 March in Istanbul."),
    "name": ("Zelensky met Scholz in Kyiv on Monday.", "Zelensky met Macron in Kyiv on Monday."),
}


def cpu_us(call, repeat: int) -> float:
    start = time.process_time()
    for _ in range(repeat):
        call()
    return (time.process_time() - start) / repeat * 1e6


def main() -> None:
    os.environ.setdefault("REVIEWDESK_HOME", tempfile.mkdtemp(prefix="rd-bench-"))
    from app.core.glossary_model import ConceptKind, Term
    from app.core.model import SegmentDraft, Status
    from app.memory import scoring
    from app.memory.lookup import TranslationMemory
    from app.storage.database import create_project
    from app.storage.glossary_repo import GlossaryRepository
    from app.storage.project_repo import ProjectRepository

    for kind, (segment, memory) in PAIRS.items():
        def call(segment=segment, memory=memory):
            scoring._name_runs.cache_clear()  # every candidate is new to the recogniser
            return scoring.score(segment, memory)

        print(f"score() {kind:>6}: {cpu_us(call, 2000):7.1f} "
              "us CPU per pair")
    with tempfile.TemporaryDirectory() as folder:
        pdb = create_project(Path(folder) / "bench.rdproj")
        repo = ProjectRepository(pdb, repetitions=False)
        repo.add_document("a.txt", [SegmentDraft(PAIRS["name"][1], 0, 0),
                                    SegmentDraft(PAIRS["month"][1], 0, 1)])
        first, second = (s.id for s in repo.segments())
        repo.decide(first, "ru", Status.APPROVED,
                    "Зеленский встретился с Макроном в Киеве в понедельник.", "bench")
        repo.decide(second, "ru", Status.APPROVED, "Переговоры начались 3 марта в Стамбуле.",
                    "bench")
        glossary = GlossaryRepository(pdb)
        for en, ru in (("Macron", "Макрон"), ("Scholz", "Шольц")):
            glossary.add_concept(ConceptKind.PERSON, [Term("en", en), Term("ru", ru)])
        with TranslationMemory.open(pdb, user=False) as memory:
            for kind in ("name", "month"):
                query = PAIRS[kind][0]
                best = memory.matches(query, "ru")[0]  # warm-up: pymorphy3, Babel
                ms = cpu_us(lambda q=query: memory.matches(q, "ru"), 200) / 1000
                print(f"matches() {kind:>5}: {ms:6.2f} ms CPU per lookup "
                      f"({best.score}%: {best.target})")
        pdb.close()


if __name__ == "__main__":
    main()
