"""Read-only glossary queries: the search/filter clause and conflict detection."""

from __future__ import annotations

import json
import sqlite3

from app.core.glossary_model import (
    ConceptKind,
    Conflict,
    ConflictKind,
    TermStatus,
    normalize_term,
)


def concept_filter(
    query: str | None, status: TermStatus | str | None, kind: ConceptKind | str | None,
    lang: str | None,
) -> tuple[str, list]:
    """A WHERE clause over ``concepts c`` and its arguments.

    ``query`` is a full-text prefix search over all terms (``Kyi`` finds Kyiv, ``Киев`` finds
    Киев), plus a substring match on the normalised term for words FTS does not split.
    ``status`` and ``lang`` keep concepts having such a term; ``kind`` filters on the concept.
    """
    where, args = [], []
    if kind:
        where.append("c.kind = ?")
        args.append(ConceptKind(kind).value)
    if status or lang:
        sub, sub_args = ["t.concept_id = c.id"], []
        if status:
            sub.append("t.status = ?")
            sub_args.append(TermStatus(status).value)
        if lang:
            sub.append("t.lang = ?")
            sub_args.append(lang)
        where.append(f"EXISTS (SELECT 1 FROM terms t WHERE {' AND '.join(sub)})")
        args += sub_args
    if query and query.strip():
        where.append(
            "c.id IN (SELECT t.concept_id FROM terms t WHERE t.rowid IN "
            "(SELECT rowid FROM terms_fts WHERE terms_fts MATCH ?) "
            "OR t.norm LIKE ? ESCAPE '\\')"
        )
        args += [_fts_query(query), "%" + _like(normalize_term(query)) + "%"]
    return (" WHERE " + " AND ".join(where)) if where else "", args


def find_conflicts(conn: sqlite3.Connection, concept_id: int | None = None) -> list[Conflict]:
    found = []
    for cid, lang, texts in conn.execute(
        "SELECT concept_id, lang, json_group_array(text) FROM terms WHERE status = "
        "'preferred' GROUP BY concept_id, lang HAVING COUNT(*) > 1 ORDER BY concept_id, lang"
    ):
        found.append(
            Conflict(ConflictKind.TWO_PREFERRED, lang, (cid,), tuple(json.loads(texts)))
        )
    for lang, ids, texts in conn.execute(
        "SELECT lang, json_group_array(DISTINCT concept_id), json_group_array(text) FROM terms "
        "GROUP BY lang, norm HAVING COUNT(DISTINCT concept_id) > 1 ORDER BY lang, norm"
    ):
        found.append(Conflict(
            ConflictKind.SHARED_TERM, lang, tuple(sorted(json.loads(ids))),
            tuple(dict.fromkeys(json.loads(texts))),
        ))
    if concept_id is not None:
        found = [c for c in found if concept_id in c.concept_ids]
    return found


def term_index(conn: sqlite3.Connection) -> dict[tuple[str, str], set[int]]:
    """(lang, normalised text) -> ids of the concepts that have such a term."""
    index: dict[tuple[str, str], set[int]] = {}
    for cid, lang, norm in conn.execute("SELECT concept_id, lang, norm FROM terms"):
        index.setdefault((lang, norm), set()).add(cid)
    return index


def _fts_query(text: str) -> str:
    """Each word becomes a quoted prefix query, so 'Kyi' finds Kyiv and quotes are harmless."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
