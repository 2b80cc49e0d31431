"""Pre-translation: cells the memory knows are filled before machine translation runs.

For every segment and target language without a reviewer's decision, the best memory match is
looked up (context 101%, exact 100%, and fuzzy down to ``memory_fill_threshold`` when that
setting is below 100). A match at or above the threshold goes into the machine column
(``translations``) with engine ``memory`` and model ``memory 101%``/``memory 100%``/``memory
87%``: the cell is *translated*, the grid shows the badge, the reviewer's text is never touched.
The ids filled are returned so machine translation skips them. A cell filled from memory by an
earlier run that no longer has a match loses that text, so the engine translates it.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.memory.lookup import SegmentQuery, TranslationMemory
from app.memory.model import EXACT
from app.storage.project_repo import ProjectRepository

MEMORY_ENGINE = "memory"
_CHUNK = 200
_SEGMENTS = """
SELECT s.id, s.source,
  LAG(s.source) OVER (PARTITION BY s.document_id ORDER BY s.idx),
  LEAD(s.source) OVER (PARTITION BY s.document_id ORDER BY s.idx)
FROM segments s ORDER BY s.idx LIMIT ? OFFSET ?
"""
StoredCallback = Callable[[str, list[int]], None]


@dataclass
class PretranslationSummary:
    filled: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_score: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    cancelled: bool = False

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.filled.values())


def pretranslate(
    repo: ProjectRepository, targets: Sequence[str], memory: TranslationMemory, *,
    threshold: int = EXACT, cancel: threading.Event | None = None,
    on_stored: StoredCallback | None = None,
) -> PretranslationSummary:
    """Fill cells from ``memory`` (see module docstring); returns what was filled."""
    summary = PretranslationSummary()
    conn = repo.conn
    offset = 0
    while True:
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            return summary
        rows = conn.execute(_SEGMENTS, (_CHUNK, offset)).fetchall()
        if not rows:
            return summary
        offset += len(rows)
        ids = [r[0] for r in rows]
        for lang in targets:
            _fill_chunk(repo, memory, rows, ids, lang, threshold, summary, on_stored)


def _fill_chunk(repo, memory, rows, ids, lang, threshold, summary, on_stored) -> None:
    conn = repo.conn
    decided = {r[0] for r in conn.execute(
        "SELECT segment_id FROM decisions WHERE lang = ? AND segment_id IN "
        "(SELECT value FROM json_each(?))", (lang, _json(ids)))}
    from_memory = {r[0] for r in conn.execute(
        "SELECT segment_id FROM translations WHERE lang = ? AND engine = ? AND segment_id IN "
        "(SELECT value FROM json_each(?))", (lang, MEMORY_ENGINE, _json(ids)))}
    fills: dict[int, list[tuple[int, str, list, None]]] = defaultdict(list)
    for sid, source, previous, following in rows:
        if sid in decided or not source.strip():
            continue
        found = memory.matches(SegmentQuery(source, previous, following, sid), lang, limit=1,
                               min_score=threshold, fuzzy=threshold < EXACT)
        if found and found[0].score >= threshold:
            fills[found[0].score].append((sid, found[0].target, [], None))
    stale = from_memory - {sid for items in fills.values() for sid, *_ in items} - decided
    if stale:
        with repo.pdb.transaction() as write:
            write.execute(
                "DELETE FROM translations WHERE lang = ? AND engine = ? AND segment_id IN "
                "(SELECT value FROM json_each(?))", (lang, MEMORY_ENGINE, _json(sorted(stale))))
    stored: list[int] = []
    for score, items in fills.items():
        repo.set_machine_translations(lang, items, engine=MEMORY_ENGINE,
                                      model=f"memory {score}%")
        summary.by_score[score] += len(items)
        stored.extend(sid for sid, *_ in items)
    summary.filled[lang].update(stored)
    if (stored or stale) and on_stored is not None:
        on_stored(lang, stored + sorted(stale))


def _json(values) -> str:
    import json

    return json.dumps(list(values))


def fill_before_mt(
    repo: ProjectRepository, targets: Sequence[str], settings=None, *,
    cancel: threading.Event | None = None, on_stored: StoredCallback | None = None,
) -> PretranslationSummary:
    """Pre-translate with the project and user memories and the settings' threshold."""
    threshold = int(settings.get("memory_fill_threshold")) if settings is not None else EXACT
    with TranslationMemory.open(repo.pdb, settings) as memory:
        return pretranslate(repo, targets, memory, threshold=max(1, min(threshold, 101)),
                            cancel=cancel, on_stored=on_stored)
