"""Reads and writes the machine translation cache of a project (schema in ``mt_cache_schema``).

Entries are keyed by engine, model (with version), languages and a SHA-256 of the exact source
text, so an unchanged segment is never sent to an engine twice, and a new model or server version
translates afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.mt.engine import Candidate, SegmentTranslation
from app.storage.database import ProjectDatabase, now

_CHUNK = 400  # keep the number of SQL parameters well below SQLite's limit


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheKey:
    engine: str
    model_id: str
    source_lang: str
    target_lang: str


class MTCacheRepository:
    def __init__(self, pdb: ProjectDatabase) -> None:
        self.pdb = pdb

    def get_many(
        self, key: CacheKey, sources: Iterable[str], min_alternatives: int = 0
    ) -> dict[str, SegmentTranslation]:
        """Cached translations by source text; entries made with fewer alternatives are misses."""
        by_hash = {source_hash(s): s for s in sources}
        hashes = list(by_hash)
        found: dict[str, SegmentTranslation] = {}
        for start in range(0, len(hashes), _CHUNK):
            part = hashes[start : start + _CHUNK]
            rows = self.pdb.conn.execute(
                "SELECT source_hash, best, best_score, alternatives, pivot FROM mt_cache "
                "WHERE engine = ? AND model_id = ? AND target_lang = ? AND source_lang = ? "
                f"AND alternatives_requested >= ? AND source_hash IN ({','.join('?' * len(part))})",
                (key.engine, key.model_id, key.target_lang, key.source_lang, min_alternatives,
                 *part),
            ).fetchall()
            for digest, best, score, alts, pivot in rows:
                found[by_hash[digest]] = SegmentTranslation(
                    best=Candidate(best, score),
                    alternatives=tuple(
                        Candidate(a["text"], a.get("score")) for a in json.loads(alts or "[]")
                    ),
                    pivot=pivot,
                )
        return found

    def put_many(
        self,
        key: CacheKey,
        items: Sequence[tuple[str, SegmentTranslation]],
        alternatives_requested: int = 0,
    ) -> None:
        """Store (source text, translation) pairs, replacing older entries for the same text."""
        at = now()
        with self.pdb.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO mt_cache(engine, model_id, target_lang, source_lang, "
                "source_hash, best, best_score, alternatives, alternatives_requested, pivot, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (key.engine, key.model_id, key.target_lang, key.source_lang,
                     source_hash(source), tr.best.text, tr.best.score,
                     json.dumps(alternatives_json(tr), ensure_ascii=False),
                     alternatives_requested, tr.pivot, at)
                    for source, tr in items
                ),
            )

    def count(self) -> int:
        return self.pdb.conn.execute("SELECT COUNT(*) FROM mt_cache").fetchone()[0]


def alternatives_json(translation: SegmentTranslation) -> list[dict]:
    return [{"text": c.text, "score": c.score} for c in translation.alternatives]
