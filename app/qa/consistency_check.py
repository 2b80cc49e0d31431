"""Consistency over the project: one source translated two ways, two sources translated alike.

Texts are compared after folding case, spaces and punctuation (``"Kyiv, 5 May."`` and
``"kyiv 5 may"`` are the same source). The majority translation is the suggestion for the
others; a tie goes to the translation seen first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from app.qa.findings import CONSISTENCY, Finding, Severity
from app.qa.unit import CheckContext, Unit

_TOKEN = re.compile(r"[^\W_]+")
#: Very short texts ("Photo:", "Reuters") repeat with different meanings; leave them alone.
MIN_LETTERS = 12


def fold(text: str) -> str:
    """Case, spaces and punctuation folded away: the words joined by single spaces."""
    return " ".join(_TOKEN.findall(text.casefold()))


def check_consistency(units: Sequence[tuple[int, Unit]],
                      context: CheckContext) -> Iterator[tuple[int, Finding]]:
    by_source: dict[tuple[str, str], list[tuple[int, Unit, str]]] = defaultdict(list)
    by_target: dict[tuple[str, str], list[tuple[int, Unit, str]]] = defaultdict(list)
    folded: dict[str, str | None] = {}  # each source is folded once for both columns
    for index, unit in units:
        if unit.lang == "en" or not unit.target.strip():
            continue
        source = folded.get(unit.source, "")
        if source == "":
            source = fold(unit.source)
            source = folded[unit.source] = (
                source if len(source) - source.count(" ") >= MIN_LETTERS else None)
        if source is None:
            continue
        target = fold(unit.target)
        by_source[(unit.lang, source)].append((index, unit, target))
        by_target[(unit.lang, target)].append((index, unit, source))
    for group in by_source.values():
        if len(group) < 2:  # most sources occur once
            continue
        counts = Counter(target for _, _, target in group)
        if len(counts) < 2:
            continue
        majority = counts.most_common(1)[0][0]
        preferred = next(u.target.strip() for _, u, t in group if t == majority)
        for index, unit, target in group:
            if target != majority:
                yield index, _whole(unit, "warning", preferred, "translated_two_ways",
                                    (str(len(counts)),))
    for group in by_target.values():
        if len(group) < 2:
            continue
        sources = {source for _, _, source in group}
        if len(sources) < 2:
            continue
        for index, unit, _ in group:
            yield index, _whole(unit, "info", None, "same_translation",
                                (str(len(sources)),))


def _whole(unit: Unit, severity: Severity, suggestion: str | None, reason: str,
           args: tuple[str, ...]) -> Finding:
    target = unit.target.strip()
    start = unit.target.index(target)
    return Finding(unit.lang, CONSISTENCY, severity, start, start + len(target), target,
                   suggestion, reason, args)
