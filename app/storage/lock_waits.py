"""Who hears about a wait for another program's write lock (the command line prints
"waiting for the project…"). Kept apart from database.py so a command can set it without
importing sqlite-utils (and what that imports) before it knows it will open a project."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

#: Called while a writer waits for another program's write lock: (project path, seconds
#: waited, finished). None: silent.
WaitReporter = Callable[[Path, float, bool], None]
_wait_reporter: WaitReporter | None = None


def set_wait_reporter(reporter: WaitReporter | None) -> None:
    global _wait_reporter
    _wait_reporter = reporter


def report_wait(path: Path, waited: float, finished: bool) -> bool:
    """Tell the reporter, if there is one; whether there was."""
    if _wait_reporter is None:
        return False
    _wait_reporter(path, waited, finished)
    return True
