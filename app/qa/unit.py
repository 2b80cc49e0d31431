"""What a check looks at: one translation unit (English source, target text, target language).

Checks see text with its inline codes removed (``inline_codes.plain_with_offsets``); the runner
maps their spans back into the stored text, so a check never has to think about tags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.qa.findings import Finding

WORD_PATTERN = r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"


@dataclass(frozen=True)
class Unit:
    """One cell to check: ``target`` in ``lang`` ("ru", "uk"; "en" when the source column
    itself is checked, then ``target == source``)."""

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
