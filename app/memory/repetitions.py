"""Repetitions: a sentence that occurs again in the project gets the decision made on it once.

When a reviewer approves or edits a cell, every other segment of the project with the same
source text whose cell in that language has no decision yet gets the same decision and text,
each an ordinary decision with its own audit event whose ``after`` carries
``"origin": "repetition of segment N"``. ``undo_with_repetitions`` undoes such a group as one
step: the copies (recorded after the decision they copy) and then the decision itself.
The ``memory_repetitions`` setting (on by default) switches propagation on and off.
"""

from __future__ import annotations

import json

from app.core.model import Cell, Status
from app.storage.project_repo import ProjectRepository

ORIGIN_PREFIX = "repetition of segment "
_PROPAGATED = (Status.APPROVED, Status.EDITED)


def propagate(repo: ProjectRepository, segment_id: int, lang: str, reviewer: str) -> list[Cell]:
    """Copy the decision of (segment_id, lang) to the undecided repetitions; the cells changed."""
    cell = repo.cell(segment_id, lang)
    if cell.status not in _PROPAGATED or not (cell.text or "").strip():
        return []
    segment = repo.segment(segment_id)
    others = [row[0] for row in repo.conn.execute(
        "SELECT s.id FROM segments s WHERE s.source = ? AND s.id != ? AND NOT EXISTS "
        "(SELECT 1 FROM decisions d WHERE d.segment_id = s.id AND d.lang = ?) ORDER BY s.idx",
        (segment.source, segment_id, lang))]
    origin = f"{ORIGIN_PREFIX}{segment.index + 1}"
    return [repo.decide(other, lang, cell.status, cell.text, reviewer, origin=origin)
            for other in others]


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
