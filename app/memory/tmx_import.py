"""Merging a TMX file into a memory, with a report of what happened to each unit.

A pair is the same as one in the memory when source, language and translation are equal
(several translations of one source are kept, as OmegaT keeps alternatives). A ``<tu>`` is
*added* when one of its pairs is new, *updated* when a pair it has was there with an older date
(the date and reviewer are refreshed), and *skipped* otherwise: already there, no English source,
or no Russian/Ukrainian translation (those languages are counted in the report). Units made
from reviewers' decisions are never changed by an import. The whole file lands in one
transaction: cancelled or failed, nothing changes. Files from 20 MB are parsed by worker
processes (``tmx_parallel``) while this process merges, inserts and indexes.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.memory import tmx_parallel
from app.memory.model import TranslationMemoryError
from app.memory.tmx_parallel import Chunk, build_chunk
from app.memory.tmx_reader import TMXHeader, read_tmx
from app.storage.database import ProjectDatabase

ProgressCallback = Callable[[int, int], None]  # (units read, units in the file)
_PROGRESS_EVERY = 2000


class ImportCancelled(TranslationMemoryError):
    """The import was cancelled; the memory is as it was."""


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    no_source: int = 0  # units without an English variant
    no_target: int = 0  # units without a Russian or Ukrainian variant
    other_languages: Counter = field(default_factory=Counter)  # their languages, per unit
    pairs: Counter = field(default_factory=Counter)  # pairs added or updated per language
    creation_tool: str | None = None
    workers: int = 0  # processes that parsed the file (0: parsed by the importing thread)

    @property
    def units(self) -> int:
        return self.added + self.updated + self.skipped

    def line(self) -> str:
        text = f"{self.added} added, {self.updated} updated, {self.skipped} skipped"
        notes = []
        if self.no_source:
            notes.append(f"{self.no_source} without English")
        if self.no_target:
            langs = ", ".join(sorted(self.other_languages)) or "no translation"
            notes.append(f"{self.no_target} without Russian or Ukrainian ({langs})")
        return text + (f" ({'; '.join(notes)})" if notes else "")


def count_units(path: Path) -> int:
    """The ``<tu>`` elements of a file, counted on the bytes (for progress)."""
    pattern = re.compile(rb"<tu[\s>]")
    total, tail = 0, b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            data = tail + chunk  # a 3-byte tail cannot hold a whole match: none counted twice
            total += len(pattern.findall(data))
            tail = data[-3:]
    return total


def import_tmx(
    pdb: ProjectDatabase, path: Path | str, *, progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    path = Path(path)
    origin = f"tmx:{path.name}"
    ranges = tmx_parallel.plan(path)
    with pdb.transaction() as conn, _bulk_index(conn) as index:
        if ranges is not None:
            conn.execute("SAVEPOINT tmx_ranges")
            try:
                chunks = tmx_parallel.ParallelChunks(path, ranges, origin)
                try:
                    report = _import(conn, path, chunks, index, progress, cancel)
                finally:
                    chunks.close()  # cancels the ranges not yet parsed
            except tmx_parallel.Unsplittable:
                # Not a file the ranges can read alike (a <tu inside a comment or CDATA,
                # broken XML, a worker that died): read it again in one stream below, which
                # also gives the usual message when the XML is broken.
                conn.execute("ROLLBACK TO tmx_ranges")
                conn.execute("RELEASE tmx_ranges")
                index.restart()
            else:
                conn.execute("RELEASE tmx_ranges")
                report.creation_tool = ranges.header.creation_tool
                report.workers = chunks.workers
                return report
        serial = _SerialChunks(path, origin)
        report = _import(conn, path, serial, index, progress, cancel)
        report.creation_tool = serial.header.creation_tool
        return report


def _import(conn: sqlite3.Connection, path: Path, chunks: Iterable[Chunk], index: _Index,
            progress: ProgressCallback | None, cancel: threading.Event | None) -> ImportReport:
    report = ImportReport()
    total = count_units(path) if progress is not None else 0
    merger = _Merger(conn, report, index)
    n = 0
    for chunk in chunks:
        for languages in chunk.empty:
            report.skipped += 1
            if "en" not in languages:
                report.no_source += 1
            else:
                report.no_target += 1
                report.other_languages.update(set(languages) - {"en"})
        merger.merge(chunk)
        n += chunk.units
        if cancel is not None and cancel.is_set():
            raise ImportCancelled(
                f"Import of {path.name} cancelled; the memory was not changed.")
        if progress is not None and (n - chunk.units) // _PROGRESS_EVERY < n // _PROGRESS_EVERY:
            progress(n, max(total, n))
    merger.flush()
    if progress is not None:
        progress(report.units, report.units)
    return report


_BATCH = 500  # units between two checks of Cancel


class _SerialChunks:
    """The units of the file in chunks of ``_BATCH``, read in the importing thread.

    A reading thread (lxml's parse overlapping SQLite's indexing) was measured and dropped:
    both halves hold the GIL so often that handing it back and forth cost more than the
    overlap gave (300k units: 34-37 s wall and 33-38 s CPU threaded, 26-27 s wall and 25-26 s
    CPU in one thread, same machine and minutes). Large files are read by worker processes
    instead (``tmx_parallel``)."""

    def __init__(self, path: Path, origin: str) -> None:
        self.header = TMXHeader()
        self._units = read_tmx(path, self.header)
        self.origin = origin

    def __iter__(self) -> Iterator[Chunk]:
        while batch := list(itertools.islice(self._units, _BATCH)):
            yield build_chunk(batch, self.origin)


# FTS5 keeps new index entries in memory until this many bytes, then writes them as a
# segment that later merges rewrite. At 1 MiB (the default) a million units make hundreds of
# small segments and merging them costs more than tokenizing: indexing 1M units took 45.6 s
# CPU at 1 MiB and 23.0 s at 32 MiB (benchmarks/translation_memory.py, same machine and hour).
_IMPORT_HASH_SIZE = 32 << 20
_DEFAULT_HASH_SIZE = 1 << 20


class _Index:
    """Indexes the rows added since its last call (when at least ``at_least`` wait)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.restart()

    def restart(self) -> None:
        """Start from the rows after the last one now in ``memory``."""
        self.following = self.conn.execute(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM memory").fetchone()[0]

    def __call__(self, at_least: int = 1) -> None:
        last = self.conn.execute("SELECT MAX(id) FROM memory").fetchone()[0]
        if last is not None and last - self.following + 1 >= at_least:
            self.conn.execute("INSERT INTO memory_fts (rowid, [source], [target]) "
                              "SELECT rowid, [source], [target] FROM memory WHERE id >= ?",
                              (self.following,))
            self.following = last + 1


@contextlib.contextmanager
def _bulk_index(conn: sqlite3.Connection) -> Iterator[_Index]:
    """Index the imported units a batch at a time instead of one trigger run per row (the way
    glossary_rows bulk-inserts terms): the insert and update triggers of ``memory`` are
    dropped inside the caller's transaction and put back after, so a failure rolls back both
    (the larger FTS5 ``hashsize`` set for the import and put back after is undone alike).
    Updates during the import touch no indexed column (source and target are the unit's key).
    Yields the ``_Index`` that indexes the rows added since its last call; the rest are
    indexed before the triggers come back.

    CHECK constraints are not evaluated meanwhile (``ignore_check_constraints``): the import
    writes only ``lang`` from ``MEMORY_LANGUAGES`` (the reader keeps no other pair) and
    ``status = 'imported'``, and SQLite's ``lang IN (...)``/``status IN (...)`` checks cost
    ~5 µs a row (an ephemeral table per statement run): 0.5 s of 1.6 s for 100k inserts."""
    triggers = dict(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        "('memory_ai', 'memory_au')").fetchall())
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA cache_size = -131072")  # 128 MiB while the indexes grow
    checks = conn.execute("PRAGMA ignore_check_constraints").fetchone()[0]
    conn.execute("PRAGMA ignore_check_constraints = ON")
    hash_size = conn.execute(
        "SELECT v FROM memory_fts_config WHERE k = 'hashsize'").fetchone()
    _fts_config(conn, "hashsize", _IMPORT_HASH_SIZE)
    for name in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    index = _Index(conn)
    try:
        yield index
        index()
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA ignore_check_constraints = {int(checks)}")
    _fts_config(conn, "hashsize", hash_size[0] if hash_size else _DEFAULT_HASH_SIZE)
    for sql in triggers.values():
        conn.execute(sql)


def _fts_config(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute("INSERT INTO memory_fts(memory_fts, rank) VALUES (?, ?)", (key, value))


_INSERT = (
    "INSERT INTO memory(lang, source, target, source_key, context_key, status, reviewer, "
    "changed_at, origin) VALUES (?, ?, ?, ?, ?, 'imported', ?, ?, ?)"
)
_FLUSH_EVERY = 5000
# New rows are indexed 20,000 at a time: an FTS5 statement flushes its pending entries when it
# starts, so indexing every 5,000 rows cost 25% more than one statement at the end (37.9 s vs
# 30.4 s CPU for 1M units), every 100,000 nothing more; batches keep the pending texts small.
_INDEX_EVERY = 20_000


class _Merger:
    """Pairs into ``memory``: new ones batched (``executemany``), the database asked only for
    sources it already has (their keys are read once at the start).

    A chunk none of whose sources the memory or the file so far has (and no unit of which
    repeats a pair) is inserted as it comes: every pair in it is new, so every unit is added.
    Other chunks go pair by pair."""

    def __init__(self, conn: sqlite3.Connection, report: ImportReport, index: _Index) -> None:
        self.conn, self.report, self.index = conn, report, index
        self.known = {r[0] for r in conn.execute(
            "SELECT source_key FROM memory WHERE segment_id IS NULL")}
        self.pending: dict[tuple, list] = {}  # (key, lang, source, target) -> insert values

    def merge(self, chunk: Chunk) -> None:
        keys, report = chunk.keys, self.report
        if chunk.plain and self.known.isdisjoint(keys) and len(set(keys)) == len(keys):
            self.flush()  # rows keep the file's order
            self.conn.executemany(_INSERT, chunk.rows)
            self.known.update(keys)
            report.added += len(keys)
            report.pairs.update(chunk.langs)
            self.index(_INDEX_EVERY)
            return
        rows = iter(chunk.rows)
        for size in chunk.sizes:
            outcome = max([self._pair(next(rows)) for _ in range(size)])
            if outcome == 2:
                report.added += 1
            elif outcome == 1:
                report.updated += 1
            else:
                report.skipped += 1
        self.flush()

    def _pair(self, row: tuple) -> int:
        """2 added, 1 updated, 0 skipped."""
        lang, source, target, key, ckey, reviewer, changed_at, origin = row
        ident = (key, lang, source, target)
        waiting = self.pending.get(ident)
        if waiting is not None:  # the same pair earlier in this file
            if not _newer(changed_at, waiting[6]):
                return 0
            waiting[4] = ckey if ckey is not None else waiting[4]
            waiting[5], waiting[6] = reviewer, changed_at
            self.report.pairs[lang] += 1
            return 1
        existing = self.conn.execute(
            "SELECT id, changed_at FROM memory WHERE source_key = ? AND lang = ? "
            "AND segment_id IS NULL AND source = ? AND target = ? LIMIT 1",
            (key, lang, source, target),
        ).fetchone() if key in self.known else None
        self.report.pairs[lang] += 1
        if existing is None:
            self.pending[ident] = list(row)
            if len(self.pending) >= _FLUSH_EVERY:
                self.flush()
            return 2
        unit_id, stored = existing
        if not _newer(changed_at, stored):
            self.report.pairs[lang] -= 1
            return 0
        self.conn.execute(
            "UPDATE memory SET reviewer = ?, changed_at = ?, origin = ?, "
            "context_key = COALESCE(?, context_key) WHERE id = ?",
            (reviewer, changed_at, origin, ckey, unit_id),
        )
        return 1

    def flush(self) -> None:
        if not self.pending:
            return
        self.conn.executemany(_INSERT, self.pending.values())
        self.index(_INDEX_EVERY)
        self.known.update(ident[0] for ident in self.pending)
        self.pending = {}


def _newer(incoming: str | None, stored: str | None) -> bool:
    return bool(incoming) and (not stored or incoming > stored)  # type: ignore[operator]
