"""Is there a translation at all: empty target, target equal to the source, a target much
longer or shorter than the source would make it.

Russian and Ukrainian news text runs about 1.0-1.3 times the length of its English source; the
bounds below leave room for style and only catch a missing or duplicated clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.qa.findings import EMPTY, LENGTH, UNTRANSLATED, Finding
from app.qa.unit import CheckContext, Unit

MIN_SOURCE_FOR_LENGTH = 30
TOO_LONG = 2.2
TOO_SHORT = 0.45
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def check_empty(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang != "en" and unit.source.strip() and not unit.target.strip():
        yield Finding(unit.lang, EMPTY, "error", 0, len(unit.target), unit.target, None,
                      "empty_target")


def check_untranslated(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en":
        return
    source, target = unit.source.strip(), unit.target.strip()
    # Names, acronyms and numbers stay as they are ("NATO", "BBC News", "2024"): only text
    # with at least two ordinary lower-case English words counts as untranslated.
    if source == target and len(_LOWER_WORD.findall(source)) >= 2:
        start = unit.target.index(target)
        yield Finding(unit.lang, UNTRANSLATED, "error", start, start + len(target), target,
                      None, "untranslated")


def check_length(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    if unit.lang == "en":
        return
    source, target = unit.source.strip(), unit.target.strip()
    if len(source) < MIN_SOURCE_FOR_LENGTH or not target:
        return
    ratio = len(target) / len(source)
    start = unit.target.index(target)
    percent = str(round(ratio * 100))
    if ratio > TOO_LONG:
        yield Finding(unit.lang, LENGTH, "warning", start, start + len(target), target, None,
                      "target_too_long", (percent,))
    elif ratio < TOO_SHORT:
        yield Finding(unit.lang, LENGTH, "warning", start, start + len(target), target, None,
                      "target_too_short", (percent,))
