"""One Qt-side shape for everything the grid marks in a cell: name flags, tag problems, QA.

A feed (``"names"``, ``"tags"``, ``"qa"`` ...) hands the grid ``CellFinding`` objects per cell;
``finding_from`` builds one from any finding in the name-flag shape (``kind``, ``severity``,
``start``, ``end``, ``suggestion``, ``reason``, optional ``text``), so the Qt-free checks in
``app/names``, ``app/documents/tag_check`` and ``app/qa`` need no adapter of their own. Offsets
index the cell's stored (coded) text; a finding without a span in this cell (a tag the
translation lacks, a name the translation dropped) marks the cell as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.documents.inline_codes import has_tags
from app.documents.tag_check import check_tags
from app.ui.flag_presentation import flag_reason

CellKey = tuple[int, str]  # (segment id, "en"/"ru"/"uk")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class CellFinding:
    segment: int
    lang: str
    start: int | None
    end: int | None
    severity: str  # "error" | "warning" | "info"
    reason: str
    suggestion: str | None = None
    kind: str = ""
    text: str = ""
    origin: str = ""  # the feed: "names", "tags", "qa"

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None and self.start < self.end

    def sort_key(self) -> tuple[int, int, int]:
        if not self.has_span:
            return (1 << 30, 0, SEVERITY_RANK.get(self.severity, 3))
        assert self.start is not None and self.end is not None
        return (self.start, self.end, SEVERITY_RANK.get(self.severity, 3))


def finding_from(segment: int, lang: str, item: Any, origin: str,
                 spanned: bool = True, reason: str | None = None) -> CellFinding:
    """A ``CellFinding`` from any object in the name-flag shape; ``spanned=False`` when its
    offsets index another text than this cell's (a name the translation dropped); ``reason``
    replaces ``item.reason`` (a QA finding's reason code turned into a sentence)."""
    return CellFinding(
        segment, lang,
        item.start if spanned else None, item.end if spanned else None,
        item.severity, item.reason if reason is None else reason,
        getattr(item, "suggestion", None), item.kind, getattr(item, "text", ""), origin,
    )


def name_flag_findings(flags: Mapping[CellKey, list]) -> dict[CellKey, list[CellFinding]]:
    """Name flags per cell as findings; a cross-language flag (``other_lang``) has offsets
    into the English text, so it marks the translation cell without a span."""
    return {
        (sid, lang): [
            finding_from(sid, lang, flag, "names",
                         spanned=getattr(flag, "other_lang", None) is None,
                         reason=flag_reason(flag))
            for flag in cell_flags
        ]
        for (sid, lang), cell_flags in flags.items()
    }


@lru_cache(maxsize=8192)
def _tag_check(source: str, target: str) -> tuple:
    return tuple(check_tags(source, target))


def tag_findings(segment: int, lang: str, source: str, target: str) -> list[CellFinding]:
    """The tag check of one translation cell (cached by text: the grid repaints often)."""
    if not has_tags(source) and not has_tags(target):
        return []
    return [finding_from(segment, lang, f, "tags") for f in _tag_check(source, target)]


class FindingFeeds:
    """Findings per cell from several feeds; each feed is replaced as a whole."""

    def __init__(self) -> None:
        self._feeds: dict[str, dict[CellKey, list[CellFinding]]] = {}

    def set_feed(self, origin: str,
                 findings: Mapping[CellKey, Iterable[CellFinding]]) -> set[CellKey]:
        """Replace feed ``origin``; returns the cells whose findings changed."""
        old = self._feeds.get(origin, {})
        new = {key: list(items) for key, items in findings.items() if items}
        self._feeds[origin] = new
        return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}

    def for_cell(self, key: CellKey) -> list[CellFinding]:
        found: list[CellFinding] = []
        for feed in self._feeds.values():
            found += feed.get(key, [])
        return found

    def keys(self) -> set[CellKey]:
        return {key for feed in self._feeds.values() for key in feed}

    def clear(self) -> None:
        self._feeds = {}
