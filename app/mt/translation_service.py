"""Machine-translate a project, chunk by chunk, through the cache. No Qt here.

For each target language the project's segments are walked in order, in chunks (so a window or a
progress bar sees results as they come). Per chunk: blank sources are skipped, cached translations
(same engine, model and version, languages, exact source text, enough alternatives) are reused, and
only the misses (each distinct text once) go to the engine. Results land in the cache and in the
project's machine column (``translations``), beside the reviewer's text: a reviewer's edit or
decision is never touched.

The engine's expected failures end the run (server down, model missing, language not offered, key
refused) and propagate as ``MTError``. Only an error that concerns a segment (the exception class
has ``segment_specific = True``, e.g. one text over a server's limit) is isolated: the chunk is
retried text by text so only the offending segments count as failed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from app.core.model import SOURCE_LANGUAGE, Segment
from app.mt.engine import Engine, MTError, SegmentTranslation
from app.mt.tag_placement import engine_text, with_tags
from app.storage.mt_cache_repo import CacheKey, MTCacheRepository, alternatives_json
from app.storage.project_repo import ProjectRepository

log = logging.getLogger(__name__)

DEFAULT_CHUNK = 32
#: ``alternatives_requested`` of a cached greedy draft: lower than any real request, so only a
#: draft request (which asks for at least this) can take it from the cache.
DRAFT_ALTERNATIVES = -1
ProgressCallback = Callable[[int, int], None]  # (segments done, total) over all languages
BatchCallback = Callable[[str, list[int]], None]  # (language, segment ids just stored)


@dataclass
class TranslationSummary:
    translated: int = 0  # sent to the engine and stored
    from_cache: int = 0  # stored from the cache, engine not asked
    from_memory: int = 0  # filled from the translation memory before (app.memory.pretranslate)
    skipped: int = 0  # blank source text: nothing to translate
    failed: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    errors: list[str] = field(default_factory=list)  # first few distinct failure messages
    models: dict[str, str] = field(default_factory=dict)  # language -> model id used

    def line(self) -> str:
        text = (
            f"{self.translated} translated, {self.from_cache} from cache, {self.skipped} skipped, "
            f"{self.failed} failed in {self.seconds:.1f} s"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def translate_project(
    repo: ProjectRepository,
    engine: Engine,
    targets: Sequence[str],
    alternatives: int = 0,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    on_batch: BatchCallback | None = None,
    *,
    source: str = SOURCE_LANGUAGE,
    chunk_size: int = DEFAULT_CHUNK,
    skip: Mapping[str, Collection[int]] | None = None,
) -> TranslationSummary:
    """``skip``: segment ids per language not to send to the engine (filled from memory)."""
    started = time.monotonic()
    summary = TranslationSummary()
    cache = MTCacheRepository(repo.pdb)
    count = repo.segment_count()
    total = count * len(targets)
    done = 0
    try:
        # Resolve every model first: a missing one stops the run before anything is written
        # and before any progress is reported (no empty progress bar ahead of the error).
        keys = [cache_key(engine, source, lang) for lang in targets]
        if progress is not None:
            progress(0, total)
        for key in keys:
            lang = key.target_lang
            summary.models[lang] = key.model_id
            for offset in range(0, count, chunk_size):
                if cancel is not None and cancel.is_set():
                    summary.cancelled = True
                    return summary
                chunk = repo.segments(offset, chunk_size)
                left = [seg for seg in chunk if seg.id not in skip.get(lang, ())] if skip else chunk
                stored = _translate_chunk(repo, engine, cache, key, left, alternatives, summary)
                if stored and on_batch is not None:
                    on_batch(lang, stored)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        return summary
    finally:
        summary.seconds = time.monotonic() - started


def _translate_chunk(
    repo: ProjectRepository,
    engine: Engine,
    cache: MTCacheRepository,
    key: CacheKey,
    chunk: list[Segment],
    alternatives: int,
    summary: TranslationSummary,
) -> list[int]:
    texts = {s.id: engine_text(s.source) for s in chunk}  # tags never reach the engine
    wanted = [s for s in chunk if texts[s.id].strip()]
    summary.skipped += len(chunk) - len(wanted)
    if not wanted:
        return []
    found = cache.get_many(key, (texts[s.id] for s in wanted), alternatives)
    misses = list(dict.fromkeys(texts[s.id] for s in wanted if texts[s.id] not in found))
    fresh = ask_engine(engine, key, misses, alternatives, summary) if misses else {}
    if fresh:
        cache.put_many(key, list(fresh.items()), alternatives)
    results: list[tuple[Segment, SegmentTranslation, bool]] = []
    for segment in wanted:
        if texts[segment.id] in found:
            summary.from_cache += 1
            results.append((segment, found[texts[segment.id]], False))
        elif texts[segment.id] in fresh:
            summary.translated += 1
            results.append((segment, fresh[texts[segment.id]], False))
        else:
            summary.failed += 1
    return store_results(repo, key, with_tags(engine, key, results))


def cache_key(engine: Engine, source: str, target: str) -> CacheKey:
    """The cache key of a language pair (raises ModelNotInstalled when there is no model)."""
    return CacheKey(engine.name, engine.model_id(source, target), source, target)


def store_results(
    repo: ProjectRepository,
    key: CacheKey,
    results: Sequence[tuple[Segment, SegmentTranslation, bool]],
) -> list[int]:
    """Store (segment, translation, is draft) beside the reviewers' texts; the ids stored."""
    for draft in (False, True):
        items = [(s.id, tr.best.text, alternatives_json(tr), tr.pivot)
                 for s, tr, is_draft in results if is_draft is draft]
        if items:
            repo.set_machine_translations(
                key.target_lang, items, engine=key.engine, model=key.model_id, draft=draft
            )
    return [s.id for s, _, _ in results]


def ask_engine(
    engine: Engine,
    key: CacheKey,
    texts: list[str],
    alternatives: int,
    summary: TranslationSummary,
    *,
    draft: bool = False,
) -> dict[str, SegmentTranslation]:
    """The engine's translations of ``texts``; a segment-specific refusal (one text over a
    server's limit) is isolated by retrying one by one, anything else propagates."""
    try:
        if draft:  # greedy decoding, where the engine offers it (test doubles may not know it)
            out = engine.translate(texts, key.source_lang, key.target_lang, alternatives,
                                   draft=True)
        else:
            out = engine.translate(texts, key.source_lang, key.target_lang, alternatives)
        return dict(zip(texts, out, strict=True))
    except MTError as exc:
        if not getattr(exc, "segment_specific", False):
            raise
        if len(texts) == 1:
            _note(summary, str(exc))
            return {}
        log.info("Engine refused a chunk of %d (%s); retrying one by one", len(texts), exc)
    fresh: dict[str, SegmentTranslation] = {}
    for text in texts:
        fresh.update(ask_engine(engine, key, [text], alternatives, summary, draft=draft))
    return fresh


def _note(summary: TranslationSummary, message: str) -> None:
    log.warning("Machine translation failed: %s", message)
    if message not in summary.errors and len(summary.errors) < 5:
        summary.errors.append(message)
