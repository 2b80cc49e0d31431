"""Read names through invisible characters and look-alike letters, keeping original offsets.

"Ki\u200bev" (a zero-width space inside) and "Kiеv" (a Cyrillic е among Latin letters) look
like Kiev to a reader and must be checked like it. Before the name rules run, the English text
is normalised:

- invisible characters are removed: zero-width space, non-joiner and joiner, word joiner,
  byte-order mark, soft hyphen, and the private-use characters U+E000-U+EBFF that stand for
  inline formatting codes (app/documents/inline_codes.py);
- in a word that mixes Latin and Cyrillic letters, the Cyrillic letters that look like Latin
  ones (а е о р с у х і ј ѕ and their capitals, with В К М Н Т) become those Latin letters.

Every finding is mapped back to the original text, so ``source[start:end] == text`` still holds
(the span then includes the hidden character). Flagging the hidden character itself is the QA
checks' job, not the name checker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uebff]")
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁӏАВЕКМНОРСТХІЈЅ", "aeopcyxijsdlABEKMHOPCTXIJS"
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class NormalizedText:
    """The normalised text and, for each of its positions (and its end), the original one."""

    text: str
    original: str
    positions: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span ``start:end``."""
        if end <= start:
            return self.positions[start], self.positions[start]
        return self.positions[start], self.positions[end - 1] + 1


def normalize(source: str) -> NormalizedText | None:
    """The normalised form of ``source``, or None when it needs no change (the usual case)."""
    if not INVISIBLE.search(source) and not _mixed_words(source):
        return None
    kept = [i for i, char in enumerate(source) if not INVISIBLE.match(char)]
    stripped = "".join(source[i] for i in kept)
    text = _WORD.sub(_latinize, stripped)
    return NormalizedText(text, source, (*kept, len(source)))


def _mixed_words(text: str) -> bool:
    return bool(_CYRILLIC.search(text)) and any(
        _CYRILLIC.search(word) and _LATIN.search(word) for word in _WORD.findall(text)
    )


def _latinize(match: re.Match[str]) -> str:
    word = match.group()
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_LOOK_ALIKES)
    return word
