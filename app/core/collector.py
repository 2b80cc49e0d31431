"""Pause Python's cycle collector around bulk work.

Bulk reads, writes and checks create hundreds of thousands of objects without reference
cycles; the cycle collector would rescan all of them (and every object already loaded) again
and again. Paused, it runs at its next threshold after the work instead.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cycle collector inside the block (re-enabled after it if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
