"""A romanization-blind key for Latin spellings of Slavic names.

Two spellings that differ only by the romanization scheme get the same key: Zelensky,
Zelenskyy, Zelenskyi and Zelenskiy -> "zelenski"; Andriy and Andrii -> "andri"; Alexei, Aleksey
and Alexey -> "aleksei"; Odessa and Odesa -> "odesa". Different names keep different keys
(Kiev "kev" vs Kyiv "kiv"; Sergei vs Serhii), so the key groups spellings of one name without
converting names between languages.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’ʼ`ʹ\-\s.]")
_REPLACEMENTS = (
    ("shch", "4"),
    ("sch", "4"),
    ("tch", "c"),
    ("zh", "3"),
    ("kh", "h"),
    ("ch", "c"),
    ("sh", "2"),
    ("ts", "c"),
    ("tz", "c"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ph", "f"),
    ("j", "i"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_IOTATED = re.compile(r"i([aeou])")


@lru_cache(maxsize=65536)
def spelling_key(latin: str) -> str:
    text = unicodedata.normalize("NFKD", latin.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text)
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    text = _DOUBLE.sub(r"\1", text)
    text = _IOTATED.sub(r"\1", text)
    return _DOUBLE.sub(r"\1", text)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
