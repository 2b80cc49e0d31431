"""The unit checks of a large project spread over processes (the command line's two cores).

The checks are pure Python and hold the GIL, so threads cannot share the work; processes can.
The rows, the context (with its loaded spelling dictionaries) and the checks reach the workers
by ``fork`` (nothing is pickled on the way in: a second load of the dictionaries would cost
more than it saves); each worker checks a slice of rows and sends its findings back. Where
``fork`` is not available (Windows, macOS' default) or the project is small, the cells are
checked in this process. The window never comes here: its checks run on the task runner's
worker thread, and forking a process with Qt threads is not safe.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence

from app.core.model import Row
from app.qa.findings import Finding
from app.qa.registry import UnitCheck
from app.qa.unit import CheckContext

CellKey = tuple[int, str]
#: Below this many rows a pool costs more than it saves (start-up ~0.1 s per worker).
MIN_ROWS = 2000
#: Slices per worker: small enough to keep both cores busy to the end, large enough that
#: sending findings back stays cheap.
SLICES_PER_WORKER = 4

_job: tuple[Sequence[Row], CheckContext, Sequence[UnitCheck]] | None = None


def default_workers() -> int:
    """The processors this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _check_slice(bounds: tuple[int, int]) -> dict[CellKey, list[Finding]]:
    from app.qa.runner import check_cells

    assert _job is not None, "forked without a job"
    rows, context, checks = _job
    return check_cells(rows[bounds[0]:bounds[1]], context, checks)


def check_cells_in_processes(rows: Sequence[Row], context: CheckContext,
                             checks: Sequence[UnitCheck], workers: int,
                             cancelled: Callable[[], bool] | None = None,
                             progress: Callable[[int, int], None] | None = None,
                             meanwhile: Callable[[], None] | None = None,
                             ) -> dict[CellKey, list[Finding]]:
    """``runner.check_cells`` over ``workers`` processes; the same findings, in row order.
    ``meanwhile()`` runs in this process while the workers check (the project checks)."""
    from app.qa.runner import QaCancelled, check_cells

    if (workers < 2 or len(rows) < MIN_ROWS
            or "fork" not in multiprocessing.get_all_start_methods()):
        found = check_cells(rows, context, checks, cancelled, progress)
        if meanwhile is not None:
            meanwhile()
        return found
    global _job
    step = max(1, -(-len(rows) // (workers * SLICES_PER_WORKER)))
    slices = [(start, min(start + step, len(rows))) for start in range(0, len(rows), step)]
    results: dict[CellKey, list[Finding]] = {}
    _job = (rows, context, checks)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            # imap keeps the slices' order, so every cell's findings come back in row order.
            pending = pool.imap(_check_slice, slices)
            if meanwhile is not None:
                meanwhile()
            for done, found in enumerate(pending, 1):
                if cancelled is not None and cancelled():
                    pool.terminate()
                    raise QaCancelled()
                for key, items in found.items():
                    results.setdefault(key, []).extend(items)
                if progress is not None:
                    progress(min(done * step, len(rows)), len(rows))
    finally:
        _job = None
    return results
