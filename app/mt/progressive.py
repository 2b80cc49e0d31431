"""Translation for a reviewer at the window: rows on screen first, a fast draft, then refinement.

``translate_project`` (the command line) is throughput-first. In the window what a reviewer feels
is different: the rows they are looking at should fill at once, and every segment should have
*some* translation long before beam search and alternatives have been computed for all of them.
So a window run is two passes over the same work queue (no Qt here; the controller feeds it):

1. **Draft**: greedy decoding (the fastest), no alternatives, stored with ``draft = 1``.
2. **Refine**: beam search with alternatives, replacing the machine text of draft cells nobody
   has touched: a cell with a reviewer's decision keeps its draft (the reviewer's text is what
   the grid shows anyway) and the cell open in the editor is skipped until it is closed.

Each pass takes segments from a ``WorkQueue``: rows the window reports as visible (plus the next
screenful) jump to the front and go in one small batch; the rest follow in document order in
larger chunks that the engine sorts by length. ``mode`` chooses "draft" (first pass only),
"refine" (both, the default) or "beam" (one beam-search pass with alternatives, as before).
Both passes go through the translation cache: a draft is cached apart from beam output
(``alternatives_requested = -1``) so a refinement never takes a draft for a final text.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.core.model import SOURCE_LANGUAGE, Segment
from app.core.settings import MT_MODES
from app.memory.pretranslate import MEMORY_ENGINE  # memory fills: no engine replaces them here
from app.mt.engine import Engine, SegmentTranslation
from app.mt.tag_placement import engine_text, with_tags
from app.mt.translation_service import (
    DRAFT_ALTERNATIVES,
    TranslationSummary,
    ask_engine,
    cache_key,
    store_results,
)
from app.storage.mt_cache_repo import MTCacheRepository, alternatives_json
from app.storage.project_repo import ProjectRepository

log = logging.getLogger(__name__)

PRIORITY_BATCH = 60  # at most this many prioritised segments in the first, small batch
CHUNK = 64  # segments per engine call for the rest (the engine sorts each call by length)

PhaseCallback = Callable[[str], None]  # "draft" | "refine" | "beam"
StoredCallback = Callable[[str, list[int]], None]  # (language, segment ids just stored)
BusyCheck = Callable[[int, str], bool]  # (segment id, language) open in the editor?


class WorkQueue:
    """Segment ids still to translate in one pass: document order, with a front lane for the
    rows on screen. Thread-safe: the window prioritises, the worker takes."""

    def __init__(self, segment_ids: Iterable[int] = ()) -> None:
        self._lock = threading.Lock()
        self._pending: dict[int, None] = dict.fromkeys(segment_ids)
        self._front: dict[int, None] = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)

    def prioritize(self, segment_ids: Iterable[int]) -> None:
        """These rows first (replacing an earlier wish: what is on screen now matters)."""
        with self._lock:
            self._front = {sid: None for sid in segment_ids if sid in self._pending}

    def push_front(self, segment_ids: Iterable[int]) -> None:
        """Add (or move) these rows to the very front, keeping the current front lane."""
        with self._lock:
            ids = list(segment_ids)
            self._pending.update(dict.fromkeys(ids))
            self._front = {**dict.fromkeys(ids), **self._front}

    def push_back(self, segment_ids: Iterable[int]) -> None:
        """Add these rows at the end (in the order given), unless already waiting."""
        with self._lock:
            for sid in segment_ids:
                self._pending.setdefault(sid, None)

    def take(self, chunk: int = CHUNK) -> tuple[list[int], bool]:
        """The next ids to translate and whether they came from the front lane."""
        with self._lock:
            if self._front:
                batch = list(self._front)[:PRIORITY_BATCH]
                for sid in batch:
                    self._front.pop(sid, None)
                    self._pending.pop(sid, None)
                return batch, True
            batch = list(self._pending)[:chunk]
            for sid in batch:
                del self._pending[sid]
            return batch, False


@dataclass
class ProgressiveSummary(TranslationSummary):
    drafts: int = 0  # cells that got a draft (engine or cache)
    refined: int = 0  # draft cells replaced by beam-search output
    kept_draft: int = 0  # draft cells left as drafts (reviewed meanwhile, or open in the editor)
    first_rows_seconds: float | None = None  # time until the first front-lane batch was stored
    phases: list[str] = field(default_factory=list)
    device: str = ""  # where the engine ran ("CPU (int8, 2 workers x 1 thread; calibrated)")

    def line(self) -> str:
        return (
            f"{self.drafts} drafted, {self.refined} refined, {self.from_cache} from cache, "
            f"{self.skipped} skipped, {self.failed} failed in {self.seconds:.1f} s"
            + (" (cancelled)" if self.cancelled else "")
        )


class ProgressiveRun:
    """One window run's queues, shared between the GUI thread and the worker."""

    def __init__(self, segment_ids: Sequence[int], mode: str = "refine") -> None:
        if mode not in MT_MODES:
            raise ValueError(f"unknown translation mode {mode!r}")
        self.mode = mode
        self.first = WorkQueue(segment_ids)
        self.second = WorkQueue()
        self.phase = "beam" if mode == "beam" else "draft"

    def prioritize(self, segment_ids: Sequence[int]) -> None:
        """Rows on screen (and the next screenful) go next in whichever pass is running."""
        self.first.prioritize(segment_ids)
        self.second.prioritize(segment_ids)

    def refine_now(self, segment_id: int) -> None:
        """The reviewer wants this segment's alternatives: refine it before anything else."""
        self.second.push_front([segment_id])


def translate_progressive(
    repo: ProjectRepository,
    engine: Engine,
    targets: Sequence[str],
    run: ProgressiveRun,
    alternatives: int = 3,
    cancel: threading.Event | None = None,
    on_stored: StoredCallback | None = None,
    on_phase: PhaseCallback | None = None,
    is_busy: BusyCheck | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    source: str = SOURCE_LANGUAGE,
) -> ProgressiveSummary:
    started = time.monotonic()
    summary = ProgressiveSummary()
    cache = MTCacheRepository(repo.pdb)
    keys = {lang: cache_key(engine, source, lang) for lang in targets}  # a missing model fails now
    summary.models = {lang: key.model_id for lang, key in keys.items()}
    total = len(run.first) * len(targets)
    done = 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(min(done, total), total)

    def stored(lang: str, ids: list[int], front: bool) -> None:
        if front and summary.first_rows_seconds is None and ids:
            summary.first_rows_seconds = time.monotonic() - started
        if ids and on_stored is not None:
            on_stored(lang, ids)

    try:
        if progress is not None:
            progress(0, total)
        draft = run.mode != "beam"
        summary.phases.append(run.phase)
        if on_phase is not None:
            on_phase(run.phase)
        while not _cancelled(cancel, summary):
            ids, front = run.first.take()
            if not ids:
                break
            segments = repo.segments_by_ids(ids)
            for lang in targets:
                ids_here = [s.id for s in segments]
                if draft:  # a cell that has machine text already keeps it
                    keep = set(ids_here) - set(repo.ids_without_machine_text(ids_here, lang))
                else:  # beam: everything again, except what the translation memory filled
                    keep = set(repo.ids_with_machine_engine(ids_here, lang, MEMORY_ENGINE))
                todo = [s for s in segments if s.id not in keep]
                results = _translate(engine, cache, keys[lang], todo,
                                     0 if draft else alternatives, summary, draft=draft)
                written = store_results(repo, keys[lang], [r[:3] for r in results])
                summary.translated += sum(1 for *_, fresh in results if fresh)
                if draft:
                    summary.drafts += len(written)
                stored(lang, written, front)
                if draft and run.mode == "refine":
                    run.second.push_back(written)
            report(len(ids) * len(targets))
        if run.mode != "refine" or summary.cancelled:
            return summary
        run.phase = "refine"
        summary.phases.append("refine")
        if on_phase is not None:
            on_phase("refine")
        _refine(repo, engine, cache, keys, targets, run, alternatives, summary, cancel,
                is_busy, lambda lang, ids: stored(lang, ids, False))
        return summary
    finally:
        summary.seconds = time.monotonic() - started


def _refine(repo, engine, cache, keys, targets, run, alternatives, summary, cancel, is_busy,
            stored) -> None:
    """Beam search with alternatives for every draft cell nobody has touched."""
    run.second.push_back(repo.draft_segment_ids(targets))
    while not _cancelled(cancel, summary):
        ids, _front = run.second.take()
        if not ids:
            return
        segments = repo.segments_by_ids(ids)
        for lang in targets:
            refinable = set(repo.refinable_ids([s.id for s in segments], lang))
            wanted = [s for s in segments if s.id in refinable]
            if not wanted:
                continue
            results = _translate(engine, cache, keys[lang], wanted, alternatives, summary)
            busy = {s.id for s in wanted if is_busy is not None and is_busy(s.id, lang)}
            written = repo.refine_machine_translations(
                lang,
                [(s.id, tr.best.text, alternatives_json(tr), tr.pivot)
                 for s, tr, *_ in results if s.id not in busy],
                engine=keys[lang].engine, model=keys[lang].model_id,
            )
            summary.refined += len(written)
            summary.kept_draft += len(wanted) - len(written)
            stored(lang, written)


def _translate(engine: Engine, cache: MTCacheRepository, key, segments: list[Segment],
               alternatives: int, summary: TranslationSummary, *, draft: bool = False
               ) -> list[tuple[Segment, SegmentTranslation, bool, bool]]:
    """(segment, translation, is draft, from the engine) for every non-blank segment: cache
    first (a final text serves a draft request too), then the engine for the misses."""
    texts = {s.id: engine_text(s.source) for s in segments}  # tags never reach the engine
    wanted = [s for s in segments if texts[s.id].strip()]
    summary.skipped += len(segments) - len(wanted)
    sources = [texts[s.id] for s in wanted]
    found = {text: (tr, False) for text, tr in cache.get_many(key, sources, alternatives).items()}
    if draft:
        rest = [t for t in sources if t not in found]
        found.update({text: (tr, True) for text, tr in
                      cache.get_many(key, rest, DRAFT_ALTERNATIVES).items()})
    misses = list(dict.fromkeys(t for t in sources if t not in found))
    fresh = ask_engine(engine, key, misses, alternatives, summary, draft=draft) if misses else {}
    if fresh:
        cache.put_many(key, list(fresh.items()), DRAFT_ALTERNATIVES if draft else alternatives)
    results = []
    for segment in wanted:
        if texts[segment.id] in found:
            summary.from_cache += 1
            translation, is_draft = found[texts[segment.id]]
            results.append((segment, translation, is_draft, False))
        elif texts[segment.id] in fresh:
            results.append((segment, fresh[texts[segment.id]], draft, True))
        else:
            summary.failed += 1
    return with_tags(engine, key, results)


def _cancelled(cancel: threading.Event | None, summary: TranslationSummary) -> bool:
    if cancel is not None and cancel.is_set():
        summary.cancelled = True
    return summary.cancelled
