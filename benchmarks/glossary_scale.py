"""Glossary at scale: 50,000 concepts (en/ru/uk terms) exported to TBX and imported into an
empty project. Prints seconds per step. Targets on 2 cores: TBX export < 5 s, import < 10 s.

    /opt/rdvenv/bin/python benchmarks/glossary_scale.py [--concepts N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from app.core.glossary_model import Concept, ConceptKind, Term, TermStatus
from app.formats.glossary_files import export_glossary, import_glossary_file
from app.storage.database import create_project, now
from app.storage.glossary_repo import GlossaryRepository

KINDS = list(ConceptKind)


@contextmanager
def timed(label: str, target: str = ""):
    """Print wall-clock and CPU seconds (CPU is what matters when other jobs share the cores)."""
    wall, cpu = time.perf_counter(), time.process_time()
    extra: dict = {}
    yield extra
    print(f"{label}: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s "
          f"CPU {extra.get('info', '')} {target}".rstrip())


def _concepts(n: int) -> list[Concept]:
    out = []
    for i in range(n):
        terms = [Term("en", f"Place {i} Kyiv", TermStatus.PREFERRED, part_of_speech="noun"),
                 Term("ru", f"Место {i} Киев", TermStatus.PREFERRED),
                 Term("uk", f"Місце {i} Київ", TermStatus.PREFERRED, scheme="KMU 2010")]
        if i % 5 == 0:
            terms.append(Term("en", f"Place {i} Kiev", TermStatus.FORBIDDEN))
        out.append(Concept(KINDS[i % 4], tuple(terms), note=f"note {i}" if i % 3 == 0 else None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--concepts", type=int, default=50_000)
    n = parser.parse_args().concepts
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = create_project(folder / "source.rdproj")
        target = create_project(folder / "target.rdproj")
        repo, fresh = GlossaryRepository(source), GlossaryRepository(target)
        concepts = _concepts(n)
        with timed(f"setup: store {n} concepts"):
            with source.transaction() as conn:
                repo.insert_concepts(conn, concepts, "bench", now())
        with timed("TBX export", "(target < 5 s)") as info:
            export_glossary(repo, "tbx", folder / "big.tbx")
            info["info"] = f"({(folder / 'big.tbx').stat().st_size / 1e6:.1f} MB)"
        with timed("TBX import into an empty project", "(target < 10 s)") as info:
            report = import_glossary_file(fresh, folder / "big.tbx", who="bench")
            info["info"] = str(report.counts())
        with timed("TBX re-import, dry run") as info:
            again = import_glossary_file(fresh, folder / "big.tbx", who="bench", dry_run=True)
            info["info"] = str(again.counts())
        for fmt in ("csv", "json"):
            with timed(f"{fmt.upper()} export"):
                export_glossary(repo, fmt, folder / f"big.{fmt}")
        source.close()
        target.close()


if __name__ == "__main__":
    main()
