"""The one small protocol every translation engine implements (no Qt here).

An engine translates a list of segments from one language to another and returns, per segment and
in order, the best translation and up to ``alternatives`` other candidates with scores. Engines
batch internally; callers that want to stream results (the GUI, the CLI progress bar) call
``translate`` on successive chunks and check ``cancel`` between them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

ProgressCallback = Callable[[int, int], None]  # (segments done, segments total)


@dataclass(frozen=True)
class Candidate:
    text: str
    score: float | None = None  # engine's own score (log-probability for CTranslate2), if any


@dataclass(frozen=True)
class SegmentTranslation:
    best: Candidate
    alternatives: tuple[Candidate, ...] = ()
    pivot: str | None = None  # e.g. "en->ru->uk" when only a pivot route existed
    warnings: tuple[str, ...] = field(default_factory=tuple)  # e.g. input was split (too long)


class MTError(Exception):
    """An expected translation failure; ``str()`` is a message fit for the user."""


class ModelNotInstalled(MTError):
    pass


class EngineUnavailable(MTError):
    """The engine cannot be reached or used right now (server down, model broken)."""


class Engine(Protocol):
    name: str  # "argos" or "libretranslate"

    def model_id(self, source: str, target: str) -> str:
        """Identifies model and version for the translation cache key."""
        ...

    def translate(
        self,
        segments: Sequence[str],
        source: str,
        target: str,
        alternatives: int = 0,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        *,
        draft: bool = False,
    ) -> list[SegmentTranslation]:
        """``draft`` asks for the fastest decoding without alternatives (a first pass that a
        refinement replaces); engines that cannot choose translate as usual."""
        ...
