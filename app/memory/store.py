"""The memory of one file (a project, or the user-level memory shared by all projects).

Units live in the ``memory`` table (schema step 6). Exact lookups go through the
``(source_key, lang)`` index; fuzzy candidates come from the ``memory_fts`` index: the hits of
the query's rarest words (document frequencies from an ``fts5vocab`` table), weighed by rarity,
pick the best few hundred, so a lookup never scans the memory.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence

from app.core import paths
from app.memory.model import MemoryUnit, StoreKind, UnitStatus
from app.memory.text import context_key, text_key, words
from app.storage.database import ProjectDatabase, open_project

CANDIDATES = 100  # fuzzy candidates taken from the index per lookup
_DF_BUDGET = 10000  # index hits read per lookup (after the first, rarest word)
_MAX_WORDS = 8
_COLS = (
    "id, lang, source, target, status, reviewer, changed_at, project, document, origin, "
    "context_key, project_uid, segment_id"
)


_CREATING = threading.Lock()
_DF_CACHE: dict[str, dict[str, int]] = {}  # memory file -> word -> documents (approximate)
_DF_CACHE_SIZE = 200_000
#: English function words: in most sentences, never useful to find candidates by.
STOPWORDS = frozenset("""
a about after all also an and any are as at be been but by can could did do does for from had
has have he her his how i if in into is it its last more most new no not of on one or other our
out over said says she so some than that the their them there these they this those to two up
us was we were what when which who will with would you year years
""".split())


def open_user_memory() -> ProjectDatabase:
    """The memory shared by all projects on this desktop (a project-format file).

    Made on first use; a lock keeps two threads of this process (two lookups) from both
    creating it."""
    path = paths.data_dir() / "memory.rdmemory"
    with _CREATING:
        return open_project(path, create=True)


class MemoryStore:
    def __init__(self, pdb: ProjectDatabase, kind: StoreKind = StoreKind.PROJECT) -> None:
        self.pdb = pdb
        self.conn: sqlite3.Connection = pdb.conn
        self.kind = kind
        self._vocab = False
        self._units: int | None = None

    # -- reading ---------------------------------------------------------------------------

    def _unit(self, row: Sequence) -> MemoryUnit:
        return MemoryUnit(
            id=row[0], lang=row[1], source=row[2], target=row[3], status=UnitStatus(row[4]),
            reviewer=row[5], changed_at=row[6], project=row[7], document=row[8],
            origin=row[9], context_key=row[10], project_uid=row[11], segment_id=row[12],
            store=self.kind,
        )

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM memory").fetchone()[0]

    def exact(self, source: str, lang: str, statuses: Iterable[str]) -> list[MemoryUnit]:
        rows = self.conn.execute(
            f"SELECT {_COLS} FROM memory WHERE source_key = ? AND lang = ? AND status IN "
            "(SELECT value FROM json_each(?)) ORDER BY changed_at DESC",
            (text_key(source), lang, _json(statuses)),
        )
        return [self._unit(r) for r in rows]

    def candidates(
        self, source: str, lang: str, statuses: Iterable[str], limit: int = CANDIDATES,
    ) -> list[MemoryUnit]:
        """Units sharing the most (rarest) words with ``source``, at most ``limit``.

        The rarest words of the source are looked up in ``memory_fts`` (row ids only, no
        ranking: FTS5's bm25 reads a row's sizes for every hit, 10 µs each) until their hits
        reach a budget; SQLite sums each unit's weight (the idf of the words it has) and the
        heaviest ``limit`` are read.
        """
        found = list(dict.fromkeys(w for w in words(source) if len(w) > 1))
        if not found:
            return []
        frequency = self._frequencies(found)
        ranked = sorted((df, w) for w in found if (df := frequency.get(w, 0)) > 0)
        parts: list[str] = []
        args: list[object] = []
        budget = 0
        total = max(self._unit_estimate(), 1)
        for df, word in ranked[:_MAX_WORDS]:
            if parts and budget + df > _DF_BUDGET:
                break
            budget += df
            parts.append("SELECT rowid AS id, ? AS w FROM memory_fts WHERE memory_fts MATCH ?")
            args += [math.log(1 + total / df), 'source : "' + word.replace('"', '""') + '"']
        if not parts:
            return []
        rows = self.conn.execute(
            f"WITH hits AS ({' UNION ALL '.join(parts)}), "
            "best AS (SELECT id, SUM(w) AS weight FROM hits GROUP BY id "
            "ORDER BY weight DESC LIMIT ?) "
            f"SELECT {', '.join('m.' + c.strip() for c in _COLS.split(','))} "
            "FROM best JOIN memory m ON m.id = best.id "
            "WHERE m.lang = ? AND m.status IN (SELECT value FROM json_each(?)) "
            "ORDER BY best.weight DESC LIMIT ?",
            (*args, limit * 2, lang, _json(statuses), limit),
        )
        return [self._unit(r) for r in rows]

    def _unit_estimate(self) -> int:
        if self._units is None:
            self._units = self.conn.execute("SELECT MAX(id) FROM memory").fetchone()[0] or 0
        return self._units

    def _frequencies(self, found: list[str]) -> dict[str, int]:
        """Documents per word in the sources. fts5vocab counts them by reading the word's
        whole posting list (35 ms for "the" in a million units), so English function words
        are never asked (they are useless for finding candidates anyway) and counts are kept
        per memory file for the process: approximate counts only order the words."""
        key = str(self.pdb.path)
        cache = _DF_CACHE.setdefault(key, {})
        wanted = [w for w in found if w not in STOPWORDS and w not in cache]
        if wanted:
            if not self._vocab:
                self.conn.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.memory_vocab "
                    "USING fts5vocab(main, memory_fts, 'col')"
                )
                self._vocab = True
            rows = dict(self.conn.execute(
                "SELECT term, doc FROM temp.memory_vocab WHERE col = 'source' AND term IN "
                "(SELECT value FROM json_each(?))",
                (_json(wanted),),
            ).fetchall())
            if len(cache) > _DF_CACHE_SIZE:
                cache.clear()
            cache.update({w: rows.get(w, 0) for w in wanted})
        return {w: cache[w] for w in found if w in cache}

    def units_by_ids(self, ids: Sequence[int]) -> list[MemoryUnit]:
        rows = self.conn.execute(
            f"SELECT {_COLS} FROM memory WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (_json(ids),),
        )
        return [self._unit(r) for r in rows]

    def iter_units(self, lang: str | None = None) -> Iterator[MemoryUnit]:
        query = f"SELECT {_COLS} FROM memory"
        args: list = []
        if lang:
            query += " WHERE lang = ?"
            args.append(lang)
        for row in self.conn.execute(query + " ORDER BY id", args):
            yield self._unit(row)

    # -- writing (inside the caller's transaction) -----------------------------------------

    @staticmethod
    def put_decision_unit(
        conn: sqlite3.Connection, project_uid: str, segment_id: int, unit: MemoryUnit,
    ) -> None:
        """Insert or refresh the unit made from one decided cell of a project."""
        conn.execute(
            "INSERT INTO memory(lang, source, target, source_key, context_key, status, reviewer, "
            "changed_at, project, project_uid, segment_id, document, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(project_uid, segment_id, lang) WHERE segment_id IS NOT NULL DO UPDATE "
            "SET source = excluded.source, target = excluded.target, "
            "source_key = excluded.source_key, context_key = excluded.context_key, "
            "status = excluded.status, reviewer = excluded.reviewer, "
            "changed_at = excluded.changed_at, project = excluded.project, "
            "document = excluded.document",
            (unit.lang, unit.source, unit.target, text_key(unit.source),
             context_key(unit.previous, unit.following), unit.status.value, unit.reviewer,
             unit.changed_at, unit.project, project_uid, segment_id, unit.document,
             unit.origin),
        )

    @staticmethod
    def drop_decision_unit(
        conn: sqlite3.Connection, project_uid: str, segment_id: int, lang: str,
    ) -> None:
        conn.execute(
            "DELETE FROM memory WHERE project_uid = ? AND segment_id = ? AND lang = ?",
            (project_uid, segment_id, lang),
        )


def _json(values: Iterable) -> str:
    import json

    return json.dumps(list(values))
