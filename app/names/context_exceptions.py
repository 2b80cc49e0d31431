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
            table.setdefault(name.casefold(), []).append(re.compile(pattern, re.IGNORECASE))
    return {name: tuple(patterns) for name, patterns in table.items()}


def is_excepted(source: str, start: int, end: int) -> bool:
    """Whether the name at ``source[start:end]`` stands in a listed exception context."""
    patterns = _table().get(source[start:end].casefold())
    if not patterns:
        return False
    offset = max(0, start - _WINDOW)
    window = source[offset : end + _WINDOW]
    for pattern in patterns:
        for match in pattern.finditer(window):
            if match.start() + offset <= start and end <= match.end() + offset:
                return True
    return False
