"""Decisions into memory: the project's ``memory_outbox`` drained into project and user memory.

Triggers on ``decisions`` (schema step 6) append every changed cell to ``memory_outbox`` in the
same transaction as the decision, whatever code recorded it. ``record_decisions`` turns those
entries into memory units: an approved or edited cell with text becomes (or refreshes) the unit
of that cell, anything else (rejected, undone to nothing) removes it. The user memory is
written first and the outbox entries are removed with the project's own units, so a crash
between the two only repeats work. Safe to call often: with an empty outbox it is one query.
"""

from __future__ import annotations

from app.memory.model import MEMORY_LANGUAGES, MemoryUnit, UnitStatus
from app.memory.store import MemoryStore
from app.storage.database import ProjectDatabase

_BATCH = 2000
_CELL = """
SELECT s.source, d.status, d.text, d.reviewer, d.decided_at, doc.name,
  (SELECT p.source FROM segments p WHERE p.document_id = s.document_id AND p.idx < s.idx
   ORDER BY p.idx DESC LIMIT 1),
  (SELECT n.source FROM segments n WHERE n.document_id = s.document_id AND n.idx > s.idx
   ORDER BY n.idx LIMIT 1)
FROM segments s JOIN documents doc ON doc.id = s.document_id
LEFT JOIN decisions d ON d.segment_id = s.id AND d.lang = ?
WHERE s.id = ?
"""
_KEPT = {UnitStatus.APPROVED.value, UnitStatus.EDITED.value}


def record_decisions(pdb: ProjectDatabase, user: ProjectDatabase | None = None) -> int:
    """Apply pending decisions to the memories; returns how many cells were applied."""
    uid = pdb.meta("project_id") or pdb.path.name
    applied = 0
    while True:
        pending = pdb.conn.execute(
            "SELECT id, segment_id, lang FROM memory_outbox ORDER BY id LIMIT ?", (_BATCH,)
        ).fetchall()
        if not pending:
            return applied
        last = pending[-1][0]
        cells = {(sid, lang): _unit(pdb, sid, lang) for _, sid, lang in pending}
        for target in ([user] if user is not None else []):
            with target.transaction() as conn:
                _apply(conn, uid, cells)
        with pdb.transaction() as conn:
            _apply(conn, uid, cells)
            conn.execute("DELETE FROM memory_outbox WHERE id <= ?", (last,))
        applied += len(cells)


def _unit(pdb: ProjectDatabase, segment_id: int, lang: str) -> MemoryUnit | None:
    if lang not in MEMORY_LANGUAGES:
        return None
    row = pdb.conn.execute(_CELL, (lang, segment_id)).fetchone()
    if row is None:
        return None
    source, status, text, reviewer, at, document, previous, following = row
    if status not in _KEPT or not (text or "").strip():
        return None
    return MemoryUnit(
        lang=lang, source=source, target=text, status=UnitStatus(status), reviewer=reviewer,
        changed_at=at, project=pdb.path.name, document=document, origin="project",
        previous=previous, following=following,
    )


def _apply(conn, uid: str, cells: dict[tuple[int, str], MemoryUnit | None]) -> None:
    for (segment_id, lang), unit in cells.items():
        if unit is None:
            MemoryStore.drop_decision_unit(conn, uid, segment_id, lang)
        else:
            MemoryStore.put_decision_unit(conn, uid, segment_id, unit)
