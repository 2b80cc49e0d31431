"""Removing a wrong translation from the memories (the project's and the shared user memory),
audited.

The matches list shows one entry for a source and translation that both memories hold (a
decision goes into both), so removing it removes every unit with that source and translation
in the language from the memory given: each deletion (its full-text index entries go with it,
through the index's triggers) is an event ``memory.remove_unit`` in the same file and
transaction, whose ``before`` is the unit (source, target, reviewer, date, where it came from).
A unit made from a decision comes back only if that decision is recorded again.
"""

from __future__ import annotations

from app.memory.model import MemoryUnit
from app.memory.store import MemoryStore
from app.memory.text import text_key
from app.storage.database import ProjectDatabase, event_time
from app.storage.project_repo import ProjectRepository

REMOVE_ACTION = "memory.remove_unit"


def remove_translation(pdb: ProjectDatabase, unit: MemoryUnit, who: str | None) -> int:
    """Delete the units of ``pdb``'s memory with ``unit``'s source, language and translation;
    how many were deleted."""
    with pdb.transaction() as conn:
        ids = [i for (i,) in conn.execute(
            "SELECT id FROM memory WHERE source_key = ? AND lang = ? AND target = ?",
            (text_key(unit.source), unit.lang, unit.target))]
        at = event_time(conn)
        for found in MemoryStore(pdb).units_by_ids(ids):
            conn.execute("DELETE FROM memory WHERE id = ?", (found.id,))
            before = {"unit": found.id, "lang": found.lang, "source": found.source,
                      "target": found.target, "status": found.status.value,
                      "reviewer": found.reviewer, "changed_at": found.changed_at,
                      "project": found.project, "document": found.document,
                      "origin": found.origin}
            ProjectRepository._event(conn, who, REMOVE_ACTION, None, found.lang, before, None,
                                     at)
    return len(ids)
