"""One reviewer in its own process: decide and undo on a few shared cells until a deadline.

Run as ``python reviewer_worker.py PROJECT NAME SECONDS SEED``; prints "decisions undos
conflicts errors" at the end. Used by the concurrency test and benchmarks/concurrency.py.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from app.core.model import Status
from app.storage.database import open_project
from app.storage.errors import ProjectError
from app.storage.project_repo import ProjectRepository, UndoConflict


def review(project: Path, name: str, seconds: float, seed: int, cells: int = 6,
           undo_share: float = 0.4) -> tuple[int, int, int, int]:
    rnd = random.Random(seed)
    decisions = undos = conflicts = errors = 0
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        ids = [s.id for s in repo.segments(0, cells)]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if rnd.random() < undo_share:
                    if repo.undo_last_decision(name) is not None:
                        undos += 1
                else:
                    status = rnd.choice([Status.APPROVED, Status.EDITED, Status.REJECTED])
                    repo.decide(rnd.choice(ids), "ru", status, f"{name} {decisions}", name)
                    decisions += 1
            except UndoConflict:
                conflicts += 1
            except ProjectError as exc:
                errors += 1
                print(f"error: {exc}", file=sys.stderr)
    return decisions, undos, conflicts, errors


if __name__ == "__main__":
    path, who, secs, seed = sys.argv[1:5]
    print(*review(Path(path), who, float(secs), int(seed)))
