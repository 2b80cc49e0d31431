"""Flags an editor chose to ignore in one cell ("Ignore here"), with their audit events."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.storage.database import ProjectDatabase, now
from app.storage.project_repo import ProjectRepository


@dataclass(frozen=True)
class IgnoredFlag:
    """The identity of an ignored flag: cell, kind, flagged text and concept."""

    segment_id: int
    lang: str
    kind: str
    text: str
    concept: str = ""


class IgnoredFlagsRepository:
    def __init__(self, pdb: ProjectDatabase) -> None:
        self.pdb = pdb
        self.conn: sqlite3.Connection = pdb.conn

    def all(self) -> set[IgnoredFlag]:
        rows = self.conn.execute(
            "SELECT segment_id, lang, kind, text, concept FROM ignored_flags"
        )
        return {IgnoredFlag(*row) for row in rows}

    def ignore(self, flag: IgnoredFlag, *, reason: str | None = None,
               who: str | None = None) -> bool:
        """Remember the flag as ignored; False if it already was. One ``names.ignore`` event
        (``qa.ignore`` for a QA finding, whose concept is ``qa:<reason code>``)."""
        at = now()
        with self.pdb.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO ignored_flags(segment_id, lang, kind, text, concept, "
                "reason, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (flag.segment_id, flag.lang, flag.kind, flag.text, flag.concept, reason, who,
                 at),
            )
            if cur.rowcount == 0:
                return False
            ProjectRepository._event(
                conn, who, _scope(flag) + ".ignore", flag.segment_id, flag.lang, None,
                {"kind": flag.kind, "text": flag.text, "concept": flag.concept,
                 "reason": reason}, at,
            )
        return True

    def unignore(self, flag: IgnoredFlag, *, who: str | None = None) -> bool:
        """Show the flag again; False if it was not ignored. One ``names.unignore`` event."""
        at = now()
        with self.pdb.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM ignored_flags WHERE segment_id = ? AND lang = ? AND kind = ? "
                "AND text = ? AND concept = ?",
                (flag.segment_id, flag.lang, flag.kind, flag.text, flag.concept),
            )
            if cur.rowcount == 0:
                return False
            ProjectRepository._event(
                conn, who, _scope(flag) + ".unignore", flag.segment_id, flag.lang,
                {"kind": flag.kind, "text": flag.text, "concept": flag.concept}, None, at,
            )
        return True


def _scope(flag: IgnoredFlag) -> str:
    return "qa" if flag.concept.startswith("qa:") else "names"
