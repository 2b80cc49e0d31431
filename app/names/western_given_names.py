"""Common Western given names (resources/names/western_given_names.txt), loaded on first use.

"Aaron Kiev" names a man called Kiev, like "Stefan Nikolaev"; "Pietro" is the Italian name of
Cardinal Pietro Parolin, not a romanization of the Ukrainian Петро that no scheme produces.
"""

from __future__ import annotations

from functools import cache

from app.core.resources import resource_path


@cache
def western_given_names() -> frozenset[str]:
    path = resource_path("names", "western_given_names.txt")
    with open(path, encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


def is_western_given_name(word: str) -> bool:
    """Whether title-case ``word`` is a common Western given name (Aaron, Pietro)."""
    return word[:1].isupper() and not word.isupper() and word.lower() in western_given_names()
