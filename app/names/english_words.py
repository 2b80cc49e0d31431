"""Common short English words (resources/names/english_short_words.txt), loaded on first use.

Used to keep ordinary words that happen to spell a Russian form out of the name rules: "Son"
spells Сонь (vocative of Соня) but is an English word; "Lyosh" is not.
"""

from __future__ import annotations

from functools import cache

from app.core.resources import resource_path


@cache
def english_words() -> frozenset[str]:
    return word_list("english_short_words.txt")


@cache
def word_list(filename: str) -> frozenset[str]:
    """The lower-case words of a one-word-per-line list in resources/names (# comments)."""
    path = resource_path("names", filename)
    with open(path, encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )
