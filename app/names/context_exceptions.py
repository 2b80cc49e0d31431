"""Contexts in which a flagged spelling is right: "chicken Kiev", "Kievan Rus", "Odessa, Texas".

The table lives in resources/names/context_exceptions.tsv (name, regular expression, why) so
editors can read and extend it without touching code.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.resources import resource_path

_WINDOW = 60


@cache
def _table() -> dict[str, tuple[re.Pattern[str], ...]]:
    table: dict[str, list[re.Pattern[str]]] = {}
    path = resource_path("names", "context_exceptions.tsv")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            name, pattern = line.rstrip("\n").split("\t")[:2]
            flags = re.IGNORECASE
            if name == "*":  # compiled per name by _generic
                table.setdefault("*", []).append(re.compile(pattern))
                continue
            table.setdefault(name.casefold(), []).append(re.compile(pattern, flags))
    return {name: tuple(patterns) for name, patterns in table.items()}


@cache
def _generic(name: str) -> tuple[re.Pattern[str], ...]:
    """The ``*`` rows with ``{name}`` filled in for this name."""
    return tuple(
        re.compile(pattern.pattern.replace("{name}", re.escape(name)), re.IGNORECASE)
        for pattern in _table().get("*", ())
    )


def is_excepted(source: str, start: int, end: int) -> bool:
    """Whether the name at ``source[start:end]`` stands in a listed exception context."""
    name = source[start:end]
    patterns = _table().get(name.casefold(), ()) + _generic(name)
    offset = max(0, start - _WINDOW)
    window = source[offset : end + _WINDOW]
    for pattern in patterns:
        for match in pattern.finditer(window):
            if match.start() + offset <= start and end <= match.end() + offset:
                return True
    return False
