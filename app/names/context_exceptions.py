"""Contexts in which a flagged spelling is right: "chicken Kiev", "Kievan Rus", "Odessa, Texas".

The table lives in resources/names/context_exceptions.tsv (name, regular expression, why) so
editors can read and extend it without touching code. Rows for the name ``*`` apply to every
name: their expression ends in ``{name}`` and describes the words before it ("which Russia
calls Artemovsk", "formerly Dnepropetrovsk").
"""

from __future__ import annotations

import re
from functools import cache

from app.core.resources import resource_path

_WINDOW = 60
_ANY_NAME = "*"
_PLACEHOLDER = "{name}"


@cache
def _rows() -> tuple[tuple[str, str], ...]:
    rows = []
    path = resource_path("names", "context_exceptions.tsv")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            name, pattern = line.rstrip("\n").split("\t")[:2]
            rows.append((name, pattern))
    return tuple(rows)


@cache
def _table() -> dict[str, tuple[re.Pattern[str], ...]]:
    table: dict[str, list[re.Pattern[str]]] = {}
    for name, pattern in _rows():
        if name != _ANY_NAME:
            table.setdefault(name.casefold(), []).append(re.compile(pattern, re.IGNORECASE))
    return {name: tuple(patterns) for name, patterns in table.items()}


@cache
def _before_any_name() -> tuple[re.Pattern[str], ...]:
    """The ``*`` rows as patterns for the text right before a name."""
    patterns = []
    for name, pattern in _rows():
        if name != _ANY_NAME:
            continue
        if not pattern.endswith(_PLACEHOLDER):
            raise ValueError(f"Context exception {pattern!r} must end with {_PLACEHOLDER}.")
        before = pattern[: -len(_PLACEHOLDER)]
        patterns.append(re.compile(f"(?:{before})$", re.IGNORECASE))
    return tuple(patterns)


def is_excepted(source: str, start: int, end: int) -> bool:
    """Whether the name at ``source[start:end]`` stands in a listed exception context."""
    offset = max(0, start - _WINDOW)
    if any(pattern.search(source, offset, start) for pattern in _before_any_name()):
        return True
    patterns = _table().get(source[start:end].casefold())
    if not patterns:
        return False
    window = source[offset : end + _WINDOW]
    for pattern in patterns:
        for match in pattern.finditer(window):
            if match.start() + offset <= start and end <= match.end() + offset:
                return True
    return False
