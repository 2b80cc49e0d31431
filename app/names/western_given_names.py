"""Common Western given names (resources/names/western_given_names.txt), loaded on first use.

"Aaron Kiev" names a man called Kiev, like "Stefan Nikolaev"; "Pietro" is the Italian name of
Cardinal Pietro Parolin, not a romanization of the Ukrainian Петро that no scheme produces.
"""

from __future__ import annotations

from app.names.english_words import word_list


def western_given_names() -> frozenset[str]:
    return word_list("western_given_names.txt")


def is_western_given_name(word: str) -> bool:
    """Whether title-case ``word`` is a common Western given name (Aaron, Pietro)."""
    return word[:1].isupper() and not word.isupper() and word.lower() in western_given_names()
