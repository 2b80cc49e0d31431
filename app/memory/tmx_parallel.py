"""Reading a large TMX in worker processes: the file's ``<body>`` cut into byte ranges at
``<tu`` boundaries, each range parsed by lxml in a worker (wrapped in the file's own head and
closing tags), its units turned into rows ready to insert.

Why processes: parsing and keying a unit costs ~40 µs of Python, inserting and indexing it
another ~40 µs in SQLite, and both need the GIL often enough that a thread gains nothing (see
``tmx_import._SerialChunks``). Worker processes parse while the importing process writes.

Only plain files take this road: UTF-8 (or ASCII), no DOCTYPE declarations (a DOCTYPE naming
the TMX DTD is fine), ``<tmx>`` and ``<body>`` without a namespace, a head (everything before
the first ``<tu``) under 64 KB and at least ``PARALLEL_BYTES`` in size. Every range must parse
on its own and hold exactly the ``<tu`` elements its bytes show. A range that does not (a
``<tu`` inside a comment or CDATA section, broken XML, an entity reference) or a worker that
dies raises ``Unsplittable``, and the caller reads the file again in one stream, which gives
the same units, or the same error message, as it always did.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import re
import struct
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from app.memory.text import context_key, text_key
from app.memory.tmx_reader import TMXHeader, TMXUnit, _unit

#: Files from this size are read by worker processes; smaller ones (and every test file
#: but the ones that lower it) in the importing thread: starting a worker costs ~0.3 s.
PARALLEL_BYTES = 20 << 20
#: Bytes of ``<body>`` per worker task (~2,400 units of 420 bytes): a few MB of memory per
#: task in flight, and Cancel is seen between two of them.
RANGE_BYTES = 1 << 20
MAX_WORKERS = 3
_AHEAD = 2  # ranges sent to each worker before its first result is read
_HEAD_LIMIT = 1 << 16
_CLOSE = b"</body></tmx>"
# A <tu> or <header> start tag, with or without a prefix.
_ELEMENT = re.compile(rb"<(?:[^\s<>/!?]*:)?(tu|header)[\s>/]")
_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_UTF8 = {b"utf-8", b"utf8", b"us-ascii", b"ascii"}


class Chunk(NamedTuple):
    """Consecutive units of a file, ready for the merge.

    ``rows`` are the pairs as insert values ``(lang, source, target, source key, context key,
    reviewer, date, origin)`` in file order; ``sizes`` the number of pairs of each unit that has
    any (its ``keys`` entry is their source key). ``empty`` holds the languages of each unit
    without pairs. ``plain`` is false when a unit repeats one of its own pairs."""

    units: int
    keys: list[int]
    sizes: list[int]
    rows: list[tuple]
    empty: list[list[str]]
    langs: dict[str, int]
    plain: bool


def build_chunk(units: Iterable[TMXUnit], origin: str) -> Chunk:
    keys: list[int] = []
    sizes: list[int] = []
    rows: list[tuple] = []
    empty: list[list[str]] = []
    langs: dict[str, int] = {}
    plain = True
    count = 0
    for unit in units:
        count += 1
        pairs = unit.pairs
        if not pairs:
            empty.append(unit.languages)
            continue
        first = pairs[0]  # pairs of a unit share source and context
        key = text_key(first.source)
        ckey = (context_key(first.previous, first.following)
                if first.previous is not None or first.following is not None else None)
        keys.append(key)
        sizes.append(len(pairs))
        for lang, source, target, reviewer, changed_at, _p, _f in pairs:
            rows.append((lang, source, target, key, ckey, reviewer, changed_at, origin))
            langs[lang] = langs.get(lang, 0) + 1
        if len(pairs) > 1 and len({(p.lang, p.target) for p in pairs}) < len(pairs):
            plain = False
    return Chunk(count, keys, sizes, rows, empty, langs, plain)


class Unsplittable(Exception):
    """The file cannot be read in ranges (or a worker failed): read it in one stream."""


class Plan(NamedTuple):
    head: bytes  # everything before the first <tu
    start: int  # offset of the first <tu
    end: int  # offset of the closing </body>
    header: TMXHeader


def _parser() -> etree.XMLParser:
    # The options of app.formats.safe_xml.iter_elements.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def plan(path: Path) -> Plan | None:
    """How to cut ``path`` into ranges, or None when it must be read in one stream."""
    try:
        size = path.stat().st_size
        if size < PARALLEL_BYTES or _usable_cpus() < 2:
            return None
        with path.open("rb") as fh:
            first = fh.read(_HEAD_LIMIT)
            fh.seek(max(0, size - _HEAD_LIMIT))
            last = fh.read()
    except OSError:
        return None  # the stream reader says what is wrong
    found = re.search(rb"<tu[\s>/]", first)
    if found is None:
        return None
    head = first[:found.start()]
    declared = _ENCODING.match(head.removeprefix(b"\xef\xbb\xbf"))
    doctype = head.upper().find(b"<!DOCTYPE")
    if ((doctype >= 0 and b"[" in head[doctype:head.find(b">", doctype)])
            or head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head
            or (declared and declared.group(1).lower() not in _UTF8)):
        return None  # declarations (the stream reader refuses them), UTF-16, Latin-1, ...
    closing = last.rfind(b"</body>")
    if closing < 0 or _ELEMENT.search(last, closing):
        return None
    end = size - len(last) + closing
    try:
        root = etree.fromstring(head + last[closing:], _parser())
    except etree.XMLSyntaxError:
        return None
    body = root[-1] if len(root) else None
    headers = list(root.iter("{*}header"))
    if root.tag != "tmx" or body is None or body.tag != "body" or len(body) or \
            len(headers) > 1:
        return None
    header = TMXHeader()
    if headers:
        element = headers[0]
        header.creation_tool = element.get("creationtool")
        header.source_language = element.get("srclang")
    return Plan(head, found.start(), end, header)


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ranges(path: Path, plan: Plan, size: int | None = None) -> Iterator[tuple[int, int]]:
    """Byte ranges of the body, each starting at a ``<tu``."""
    size = size or RANGE_BYTES
    start = plan.start
    with path.open("rb") as fh:
        while plan.end - start > size:
            position = start + size
            cut = None
            while cut is None and position < plan.end:
                fh.seek(position)
                block = fh.read(min(_HEAD_LIMIT, plan.end - position) + 4)
                found = re.search(rb"<tu[\s>/]", block)
                if found is not None:
                    cut = position + found.start()
                position += _HEAD_LIMIT
            if cut is None or cut >= plan.end:
                break
            yield start, cut
            start = cut
    yield start, plan.end


def read_range(path: str, head: bytes, start: int, end: int, origin: str) -> Chunk:
    """The units between two offsets (run in a worker process)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    try:
        root = etree.fromstring(head + data + _CLOSE, _parser())
    except etree.XMLSyntaxError as exc:
        raise Unsplittable(str(exc)) from None
    body = root[-1]
    tags = _ELEMENT.findall(data)
    if len(body) != len(tags) or b"header" in tags:
        raise Unsplittable("the range's elements are not all <tu>")
    if b"<!DOCTYPE" in head.upper() and next(body.iter(etree.Entity), None) is not None:
        # Undeclared entities parse under a DOCTYPE naming an external DTD; the stream
        # reader refuses them with its message.
        raise Unsplittable("an entity reference")
    for tu in body:
        if tu.tag != "tu":
            raise Unsplittable(f"<{tu.tag}> in the body")
    return build_chunk(map(_unit, body), origin)


_WORKER = "from app.memory.tmx_parallel import serve; serve()"
_LENGTH = struct.Struct("<Q")


def serve() -> None:
    """A worker process: reads ``(path, head, start, end, origin)`` tasks from stdin and
    writes each range's chunk (pickled, length first) to stdout, in order, until stdin ends.
    A range it cannot read gives the ``Unsplittable`` message instead of a chunk."""
    tasks, out = sys.stdin.buffer, sys.stdout.buffer
    results: queue.Queue[bytes | None] = queue.Queue(maxsize=2)

    def send() -> None:  # writes while the next range is parsed (the GIL is free meanwhile)
        try:
            while (data := results.get()) is not None:
                out.write(_LENGTH.pack(len(data)))
                out.write(data)
                out.flush()
        except OSError:  # the importing process is gone: so is the point of going on
            os._exit(1)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        while header := tasks.read(_LENGTH.size):
            path, head, start, end, origin = pickle.loads(tasks.read(_LENGTH.unpack(header)[0]))
            try:
                result: object = tuple(read_range(path, head, start, end, origin))
            except Unsplittable as exc:
                result = str(exc)
            except Exception as exc:  # noqa: BLE001 - reported to the importing process
                result = f"{type(exc).__name__}: {exc}"
            results.put(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        results.put(None)
        sender.join()


class _Worker:
    def __init__(self) -> None:
        root = Path(__file__).resolve().parents[2]  # the folder holding the app package
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(root), *filter(None, [os.environ.get("PYTHONPATH")])]))
        # Its own session: Ctrl+C in a terminal reaches the importing process only, which
        # rolls back and stops the workers.
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            cwd=root, env=env, start_new_session=True)

    def send(self, task: tuple) -> None:
        data = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        assert self.process.stdin is not None
        self.process.stdin.write(_LENGTH.pack(len(data)) + data)
        self.process.stdin.flush()

    def receive(self) -> Chunk:
        assert self.process.stdout is not None
        header = self.process.stdout.read(_LENGTH.size)
        if len(header) < _LENGTH.size:
            raise Unsplittable(f"a worker ended (exit code {self.process.poll()})")
        result = pickle.loads(self.process.stdout.read(_LENGTH.unpack(header)[0]))
        if isinstance(result, str):
            raise Unsplittable(result)
        return Chunk(*result)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


class ParallelChunks:
    """The file's chunks in order, parsed by worker processes a few ranges ahead.

    Worker processes are started with ``subprocess`` (``python -c``), not ``multiprocessing``:
    a spawned multiprocessing child runs the parent's main script again, which any script
    calling the import without an ``if __name__ == "__main__"`` guard would not survive. They
    start (and begin parsing) when this is made, so the caller's own work meanwhile (counting
    the units for progress) costs no time. Ranges go to the workers in turn and come back in
    the same order. Iterating raises ``Unsplittable`` when a range cannot be parsed alone or
    a worker dies. ``close()`` (also at the end of the iteration) stops the workers."""

    def __init__(self, path: Path, plan: Plan, origin: str, *, workers: int | None = None
                 ) -> None:
        count = self.workers = workers or min(MAX_WORKERS, _usable_cpus())
        self._task = (str(path), plan.head)
        self._origin = origin
        self._ranges = ranges(path, plan)
        self._workers: list[_Worker] = []
        self._waiting: deque[_Worker] = deque()  # the worker of each range sent, in order
        try:
            for _ in range(count):
                self._workers.append(_Worker())
            for _ in range(_AHEAD):
                for worker in self._workers:
                    self._send(worker)
        except BaseException as exc:
            self.close()
            if isinstance(exc, Exception):  # no interpreter to start, a broken pipe, ...
                raise Unsplittable(f"the workers did not start: {exc!r}") from exc
            raise

    def _send(self, worker: _Worker) -> None:
        following = next(self._ranges, None)
        if following is not None:
            worker.send((*self._task, *following, self._origin))
            self._waiting.append(worker)

    def __iter__(self) -> Iterator[Chunk]:
        try:
            while self._waiting:
                worker = self._waiting.popleft()
                try:
                    chunk = worker.receive()
                    self._send(worker)
                except Unsplittable:
                    raise
                except Exception as exc:  # a broken pipe (the worker died), a cut result
                    raise Unsplittable(f"a worker failed: {exc!r}") from exc
                yield chunk
        finally:
            self.close()

    def close(self) -> None:
        self._waiting.clear()
        for worker in self._workers:
            worker.stop()
        self._workers = []
