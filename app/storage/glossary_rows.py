"""Writing concept and term rows inside an open transaction: add, import, merge.

Used by ``GlossaryRepository`` (one concept at a time) and by the merge engine (tens of
thousands at once): rows are written with one ``executemany`` per table, and above
``BULK_TERMS`` new terms the full-text index is filled in one statement instead of one
trigger run per row (the trigger is dropped and re-created inside the same transaction, so a
rollback restores it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from app.core.glossary_model import (
    GLOSSARY_LANGUAGES,
    Concept,
    ConceptKind,
    Detail,
    GlossaryError,
    Term,
    TermStatus,
)
from app.storage.project_repo import ProjectRepository

#: Columns of a new term row: term_values(), then who/when of creation and modification.
TERM_INSERT_COLS = ("concept_id, lang, text, norm, status, part_of_speech, scheme, source, "
                    "context_exceptions, details, created_by, created_at, modified_by, "
                    "modified_at")
TERM_INSERT_MARKS = ", ".join("?" * 14)
TERM_UPDATE_SETS = ("lang = ?, text = ?, norm = ?, status = ?, part_of_speech = ?, scheme = ?, "
                    "source = ?, context_exceptions = ?, details = ?, modified_by = ?, "
                    "modified_at = ?")
BULK_TERMS = 2000  # above this many new terms, full-text indexing is done in one statement


def clean_term(term: Term) -> Term:
    """Validate and tidy a term before it is stored; raises GlossaryError with a plain message."""
    text = " ".join(term.text.split()) if term.text else ""
    if not text:
        raise GlossaryError("A term cannot be empty; type the spelling or leave the language out.")
    if term.lang not in GLOSSARY_LANGUAGES:
        raise GlossaryError(
            f"Language '{term.lang}' is not a glossary language; use one of "
            f"{', '.join(GLOSSARY_LANGUAGES)}."
        )
    if text == term.text and type(term.status) is TermStatus:
        return term
    return replace(term, text=text, status=TermStatus(term.status))


def insert_concepts(
    conn: sqlite3.Connection, concepts: Sequence[Concept], who: str | None, at: str,
    action: str = "glossary.add_concept", events: str = "events",
) -> list[int]:
    """Insert concepts with their terms inside the caller's transaction; one event each (in
    table ``events``; a bulk write stages them elsewhere until it is published)."""
    first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM concepts").fetchone()[0]
    concept_rows, term_rows, event_rows = [], [], []
    for cid, concept in enumerate(concepts, start=first):
        terms = [clean_term(t) for t in concept.terms]
        if not terms:
            raise GlossaryError("A concept needs at least one term.")
        check_no_duplicates(terms)
        concept_rows.append((cid, ConceptKind(concept.kind).value, concept.note,
                             concept.subject, details_json(concept.details),
                             concept.created_by or who,
                             concept.created_at or at, who, at))
        term_rows += [(cid, *term_values(t), t.created_by or who, t.created_at or at, who,
                       at) for t in terms]
        after = {"id": cid, "kind": ConceptKind(concept.kind).value, "note": concept.note,
                 "subject": concept.subject,
                 "details": [d.to_dict() for d in concept.details],
                 "terms": [{"lang": t.lang, "text": t.text, "status": t.status.value}
                           for t in terms]}
        event_rows.append((at, who, action, json.dumps(after, ensure_ascii=False)))
    conn.executemany(
        "INSERT INTO concepts(id, kind, note, subject, details, created_by, created_at, "
        "modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", concept_rows,
    )
    bulk = len(term_rows) > BULK_TERMS
    if bulk:  # index the new terms in one statement instead of one trigger run per row
        trigger = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'terms_ai'"
        ).fetchone()[0]
        first_term = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM terms").fetchone()[0]
        conn.execute("DROP TRIGGER terms_ai")
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute("PRAGMA cache_size = -131072")  # 128 MiB while the indexes grow
    conn.executemany(
        f"INSERT INTO terms({TERM_INSERT_COLS}) VALUES ({TERM_INSERT_MARKS})", term_rows,
    )
    if bulk:
        conn.execute("INSERT INTO terms_fts (rowid, [text]) SELECT rowid, [text] FROM terms "
                     "WHERE id >= ?", (first_term,))
        conn.execute(trigger)
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
    # The same rows ProjectRepository._event writes, in one statement.
    conn.executemany(
        f"INSERT INTO {events}(at, who, action, after) VALUES (?, ?, ?, ?)", event_rows
    )
    return [row[0] for row in concept_rows]

def merge_into(
    conn: sqlite3.Connection, before: Concept, after: Concept, who: str | None,
    at: str, action: str = "glossary.merge_concept",
) -> None:
    """Inside the caller's transaction, make ``before`` (stored) look like ``after``.

    Terms of ``after`` with an id are updated, those without are added; stored terms that
    ``after`` leaves out are kept. One event with both states.
    """
    assert before.id is not None
    conn.execute(
        "UPDATE concepts SET kind = ?, note = ?, subject = ?, details = ?, modified_by = ?, "
        "modified_at = ? WHERE id = ?",
        (after.kind.value, after.note, after.subject, details_json(after.details), who, at,
         before.id),
    )
    old = {t.id: t for t in before.terms}
    for term in (clean_term(t) for t in after.terms):
        if term.id is None:
            conn.execute(
                f"INSERT INTO terms({TERM_INSERT_COLS}) VALUES ({TERM_INSERT_MARKS})",
                (before.id, *term_values(term), term.created_by or who,
                 term.created_at or at, who, at),
            )
        elif not term.same_content(old[term.id]):
            conn.execute(
                f"UPDATE terms SET {TERM_UPDATE_SETS} WHERE id = ?",
                (*term_values(term), who, at, term.id),
            )
    ProjectRepository._event(conn, who, action, None, None, before.to_dict(),
                             after.to_dict(), at)


def term_values(t: Term) -> tuple:
    return (
        t.lang, t.text, t.key[1], t.status.value,
        t.part_of_speech or None, t.scheme or None, t.source or None,
        json.dumps(list(t.context_exceptions), ensure_ascii=False) if t.context_exceptions
        else None,
        details_json(t.details),
    )


def details_json(details: Sequence[Detail]) -> str | None:
    return json.dumps([d.to_dict() for d in details], ensure_ascii=False) if details else None


def check_no_duplicates(terms: Sequence[Term]) -> None:
    seen: set[tuple[str, str]] = set()
    for t in terms:
        if t.key in seen:
            raise GlossaryError(
                f"The {t.lang} term '{t.text}' is already in this concept; change its status "
                "instead of adding it twice."
            )
        seen.add(t.key)
