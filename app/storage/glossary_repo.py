"""Reads and writes the glossary of a project (or of the user-level glossary file).

Every change is an event in the project's append-only ``events`` table (action
``glossary.<verb>``, who, when, before, after), written in the same transaction as the change.
Conflicts (two preferred terms for one language in a concept, one term text in two concepts)
are allowed to exist and are reported by ``conflicts()``; nothing here resolves them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from app.core import paths
from app.core.glossary_model import (
    Concept,
    ConceptKind,
    Conflict,
    GlossaryError,
    Term,
    TermStatus,
    details_from,
    normalize_term,
)
from app.storage.database import ProjectDatabase, now, open_project
from app.storage.glossary_queries import concept_filter, find_conflicts
from app.storage.glossary_rows import (
    TERM_INSERT_COLS,
    TERM_INSERT_MARKS,
    TERM_UPDATE_SETS,
    check_no_duplicates,
    clean_term,
    insert_concepts,
    merge_into,
    term_values,
)
from app.storage.project_repo import ProjectRepository

_TERM_COLS = (
    "id, concept_id, lang, text, status, part_of_speech, scheme, source, context_exceptions, "
    "created_by, created_at, modified_by, modified_at, details"
)
_CONCEPT_COLS = (
    "id, kind, note, subject, created_by, created_at, modified_by, modified_at, details"
)
_TERM_FIELDS = ("text", "status", "part_of_speech", "scheme", "source", "context_exceptions",
                "details")
_UNSET = object()


def open_user_glossary() -> ProjectDatabase:
    """The glossary shared by all projects: a project-format file that has no segments."""
    return open_project(paths.user_glossary_path(), create=True)


_STATUSES = {s.value: s for s in TermStatus}
_KINDS = {k.value: k for k in ConceptKind}


def _term(row: Sequence) -> Term:
    return Term(
        id=row[0], concept_id=row[1], lang=row[2], text=row[3], status=_STATUSES[row[4]],
        part_of_speech=row[5], scheme=row[6], source=row[7],
        context_exceptions=tuple(json.loads(row[8])) if row[8] else (),
        created_by=row[9], created_at=row[10], modified_by=row[11], modified_at=row[12],
        details=details_from(json.loads(row[13])) if row[13] else (),
    )


def _concept(row: Sequence, terms: Iterable[Term]) -> Concept:
    return Concept(
        id=row[0], kind=_KINDS[row[1]], note=row[2], subject=row[3], created_by=row[4],
        created_at=row[5], modified_by=row[6], modified_at=row[7], terms=tuple(terms),
        details=details_from(json.loads(row[8])) if row[8] else (),
    )


def _concept_state(concept: Concept) -> dict:
    state = concept.to_dict()
    state.pop("terms")
    return state


class GlossaryRepository:
    def __init__(self, pdb: ProjectDatabase) -> None:
        self.pdb = pdb
        self.conn: sqlite3.Connection = pdb.conn

    # -- reading ---------------------------------------------------------------------------

    def concept(self, concept_id: int) -> Concept:
        row = self.conn.execute(
            f"SELECT {_CONCEPT_COLS} FROM concepts WHERE id = ?", (concept_id,)
        ).fetchone()
        if row is None:
            raise GlossaryError(f"Concept #{concept_id} is not in the glossary (deleted?).")
        terms = self.conn.execute(
            f"SELECT {_TERM_COLS} FROM terms WHERE concept_id = ? ORDER BY id", (concept_id,)
        )
        return _concept(row, map(_term, terms))

    def term(self, term_id: int) -> Term:
        row = self.conn.execute(f"SELECT {_TERM_COLS} FROM terms WHERE id = ?", (term_id,))
        found = row.fetchone()
        if found is None:
            raise GlossaryError(f"Term #{term_id} is not in the glossary (deleted?).")
        return _term(found)

    def concepts(
        self, query: str | None = None, *, status: TermStatus | str | None = None,
        kind: ConceptKind | str | None = None, lang: str | None = None,
        offset: int = 0, limit: int = -1,
    ) -> list[Concept]:
        """Concepts in id order; ``query`` is a full-text prefix search over all terms."""
        where, args = concept_filter(query, status, kind, lang)
        rows = self.conn.execute(
            f"SELECT {_CONCEPT_COLS} FROM concepts c{where} ORDER BY c.id LIMIT ? OFFSET ?",
            args + [limit, offset],
        ).fetchall()
        return self._with_terms(rows)

    def count(
        self, query: str | None = None, *, status: TermStatus | str | None = None,
        kind: ConceptKind | str | None = None, lang: str | None = None,
    ) -> int:
        where, args = concept_filter(query, status, kind, lang)
        return self.conn.execute(f"SELECT COUNT(*) FROM concepts c{where}", args).fetchone()[0]

    def _with_terms(self, rows: list) -> list[Concept]:
        if not rows:
            return []
        by_concept: dict[int, list[Term]] = {r[0]: [] for r in rows}
        for trow in self.conn.execute(
            f"SELECT {_TERM_COLS} FROM terms WHERE concept_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(list(by_concept)),),
        ):
            by_concept[trow[1]].append(_term(trow))
        return [_concept(r, by_concept[r[0]]) for r in rows]

    def iter_concepts(self) -> Iterator[Concept]:
        """Every concept in id order, streamed (for exports of any size).

        Two ordered cursors (concepts by id, terms by concept id through its index) are
        walked side by side, so nothing is sorted or held in memory. Consume the iterator
        before writing through the same connection.
        """
        terms = self.conn.execute(f"SELECT {_TERM_COLS} FROM terms ORDER BY concept_id, id")
        pending = next(terms, None)
        for row in self.conn.execute(f"SELECT {_CONCEPT_COLS} FROM concepts ORDER BY id"):
            cid, own = row[0], []
            while pending is not None and pending[1] < cid:  # orphans cannot exist (FK)
                pending = next(terms, None)
            while pending is not None and pending[1] == cid:
                own.append(_term(pending))
                pending = next(terms, None)
            yield _concept(row, own)

    def concepts_by_ids(self, ids: Sequence[int]) -> dict[int, Concept]:
        found: dict[int, Concept] = {}
        ids = list(ids)
        for start in range(0, len(ids), 1000):
            rows = self.conn.execute(
                f"SELECT {_CONCEPT_COLS} FROM concepts WHERE id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(ids[start:start + 1000]),),
            ).fetchall()
            found.update((c.id, c) for c in self._with_terms(rows) if c.id is not None)
        return found

    def find_terms(self, text: str, lang: str | None = None) -> list[Term]:
        """Terms spelled like ``text`` (case and spacing aside), in any concept."""
        query = f"SELECT {_TERM_COLS} FROM terms WHERE norm = ?"
        args: list = [normalize_term(text)]
        if lang:
            query += " AND lang = ?"
            args.append(lang)
        return [_term(r) for r in self.conn.execute(query + " ORDER BY id", args)]

    def persons_with_surname(self, surname: str) -> list[int]:
        """Ids of the person concepts with an English term of two or more words whose last
        word is ``surname`` ("Macron": Emmanuel Macron), discouraged terms aside."""
        word = normalize_term(surname)
        if not word or " " in word:
            return []
        pattern = "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT DISTINCT t.concept_id FROM terms t JOIN concepts c ON c.id = t.concept_id "
            "WHERE t.lang = 'en' AND c.kind = 'person' AND t.status IN ('preferred', 'admitted') "
            "AND t.norm LIKE ? ESCAPE '\\' ORDER BY t.concept_id", (pattern,))
        return [concept_id for (concept_id,) in rows]

    def conflicts(self, concept_id: int | None = None) -> list[Conflict]:
        """Every conflict in the glossary, or those that involve one concept."""
        return find_conflicts(self.conn, concept_id)

    # -- writing ---------------------------------------------------------------------------

    def add_concept(
        self, kind: ConceptKind | str, terms: Sequence[Term], *, note: str | None = None,
        subject: str | None = None, who: str | None = None,
    ) -> Concept:
        concept = Concept(kind=ConceptKind(kind), terms=tuple(terms), note=note or None,
                          subject=subject or None)
        with self.pdb.transaction() as conn:
            (concept_id,) = self.insert_concepts(conn, [concept], who, now())
        return self.concept(concept_id)

    def insert_concepts(
        self, conn: sqlite3.Connection, concepts: Sequence[Concept], who: str | None, at: str,
        action: str = "glossary.add_concept", events: str = "events",
    ) -> list[int]:
        """Insert concepts with their terms inside the caller's transaction; one event each."""
        return insert_concepts(conn, concepts, who, at, action, events)

    def merge_into(
        self, conn: sqlite3.Connection, before: Concept, after: Concept, who: str | None,
        at: str, action: str = "glossary.merge_concept",
    ) -> None:
        """Inside the caller's transaction, make ``before`` (stored) look like ``after``."""
        merge_into(conn, before, after, who, at, action)

    def update_concept(
        self, concept_id: int, *, who: str | None = None, kind: object = _UNSET,
        note: object = _UNSET, subject: object = _UNSET,
    ) -> Concept:
        before = self.concept(concept_id)
        changes: dict[str, str | None] = {}
        if kind is not _UNSET:
            changes["kind"] = ConceptKind(str(kind)).value
        for name, value in (("note", note), ("subject", subject)):
            if value is not _UNSET:
                changes[name] = (str(value).strip() or None) if value is not None else None
        if not changes:
            return before
        at = now()
        with self.pdb.transaction() as conn:
            sets = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(
                f"UPDATE concepts SET {sets}, modified_by = ?, modified_at = ? WHERE id = ?",
                [*changes.values(), who, at, concept_id],
            )
            after = {**_concept_state(before), **changes, "modified_by": who, "modified_at": at}
            ProjectRepository._event(conn, who, "glossary.update_concept", None, None,
                                     _concept_state(before), after, at)
        return self.concept(concept_id)

    def delete_concept(self, concept_id: int, *, who: str | None = None) -> None:
        before = self.concept(concept_id)
        with self.pdb.transaction() as conn:
            conn.execute("DELETE FROM terms WHERE concept_id = ?", (concept_id,))
            conn.execute("DELETE FROM concepts WHERE id = ?", (concept_id,))
            ProjectRepository._event(conn, who, "glossary.delete_concept", None, None,
                                     before.to_dict(), None, now())

    def add_term(self, concept_id: int, term: Term, *, who: str | None = None) -> Term:
        concept = self.concept(concept_id)
        term = clean_term(term)
        check_no_duplicates([*concept.terms, term])
        at = now()
        with self.pdb.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO terms({TERM_INSERT_COLS}) VALUES ({TERM_INSERT_MARKS})",
                (concept_id, *term_values(term), who, at, who, at),
            )
            assert cur.lastrowid is not None
            after = self.term(cur.lastrowid).to_dict() | {"concept_id": concept_id}
            conn.execute("UPDATE concepts SET modified_by = ?, modified_at = ? WHERE id = ?",
                         (who, at, concept_id))
            ProjectRepository._event(conn, who, "glossary.add_term", None, term.lang, None,
                                     after, at)
        return self.term(after["id"])

    def update_term(self, term_id: int, *, who: str | None = None, **changes: object) -> Term:
        """Change any of text, status, part_of_speech, scheme, source, context_exceptions."""
        unknown = set(changes) - set(_TERM_FIELDS)
        if unknown:
            raise TypeError(f"update_term() got unexpected fields {sorted(unknown)}")
        before = self.term(term_id)
        after = clean_term(replace(before, **changes))  # type: ignore[arg-type]
        if after.key != before.key:
            others = [t for t in self.concept(before.concept_id or 0).terms if t.id != term_id]
            check_no_duplicates([*others, after])
        if after.same_content(before):
            return before
        at = now()
        with self.pdb.transaction() as conn:
            conn.execute(
                f"UPDATE terms SET {TERM_UPDATE_SETS} WHERE id = ?",
                (*term_values(after), who, at, term_id),
            )
            conn.execute("UPDATE concepts SET modified_by = ?, modified_at = ? WHERE id = ?",
                         (who, at, before.concept_id))
            ProjectRepository._event(
                conn, who, "glossary.update_term", None, before.lang,
                before.to_dict() | {"concept_id": before.concept_id},
                self.term(term_id).to_dict() | {"concept_id": before.concept_id}, at,
            )
        return self.term(term_id)

    def delete_term(self, term_id: int, *, who: str | None = None) -> None:
        before = self.term(term_id)
        with self.pdb.transaction() as conn:
            conn.execute("DELETE FROM terms WHERE id = ?", (term_id,))
            ProjectRepository._event(conn, who, "glossary.delete_term", None, before.lang,
                                     before.to_dict() | {"concept_id": before.concept_id},
                                     None, now())
