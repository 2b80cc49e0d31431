"""Repetitions: a sentence that occurs again in the project gets the decision made on it once.

The copying happens where decisions are recorded (``ProjectRepository.record_decision``), so
an approval or edit reaches the undecided repetitions whatever code records it (the grid, the
names panel, a command): each copy is an ordinary decision with its own audit event whose
``after`` carries ``"origin": "repetition of segment N"``, in the decision's own transaction.
The ``memory_repetitions`` setting (on by default) switches it on and off.
``undo_with_repetitions`` undoes such a group as one step: the copies (recorded after the
decision they copy) and then the decision itself.
"""

from __future__ import annotations

import json

from app.core.model import Cell
from app.storage.project_repo import REPETITION_ORIGIN, ProjectRepository

ORIGIN_PREFIX = REPETITION_ORIGIN


def _last_undoable(repo: ProjectRepository, reviewer: str) -> dict | None:
    """``after`` of the reviewer's decision the next undo would take back (None: nothing)."""
    row = repo.last_undoable(reviewer)
    if row is None:
        return None
    return json.loads(row[4]) if row[4] else {}


def is_copy(after: dict | None) -> bool:
    return after is not None and str(after.get("origin", "")).startswith(ORIGIN_PREFIX)


def undo_with_repetitions(repo: ProjectRepository, reviewer: str) -> list[Cell]:
    """Undo the reviewer's last decision; if it is a repetition copy, undo the whole group
    (the other copies and the decision they copied). The cells changed, last one last."""
    cells: list[Cell] = []
    while True:
        after = _last_undoable(repo, reviewer)
        if after is None:
            return cells
        cell = repo.undo_last_decision(reviewer)
        if cell is None:
            return cells
        cells.append(cell)
        if not is_copy(after):
            return cells
