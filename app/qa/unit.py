"""What a check looks at: one translation unit (English source, target text, target language).

Checks see text with its inline codes removed (``inline_codes.plain_with_offsets``); the runner
maps their spans back into the stored text, so a check never has to think about tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.qa.findings import Finding

WORD_PATTERN = r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"
WORD = re.compile(WORD_PATTERN)


@lru_cache(maxsize=2048)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (letters, with inner apostrophes and hyphens), tokenised once
    for every check that reads them (spelling, repeated words)."""
    return tuple(WORD.findall(text))


class Unit(NamedTuple):
    """One cell to check: ``target`` in ``lang`` ("ru", "uk"; "en" when the source column
    itself is checked, then ``target == source``). A named tuple: a project check makes
    100,000 of them, and a frozen dataclass takes four times as long to build."""

    source: str
    target: str
    lang: str


@dataclass
class CheckContext:
    """Project knowledge a check may use; everything optional (a bare unit can be checked)."""

    #: spell(word, lang) -> False when the word is misspelled (None: no spelling check).
    speller: object | None = None
    extras: dict[str, object] = field(default_factory=dict)


PairCheck = Callable[[Unit, CheckContext], Iterable["Finding"]]
ProjectCheck = Callable[[Sequence[tuple[int, Unit]], CheckContext],
                        Iterable[tuple[int, "Finding"]]]
