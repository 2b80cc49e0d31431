"""Split a segment that is too long for the model into pieces that fit.

Argos models are trained on single sentences; CTranslate2 would silently truncate long input (at
1,024 tokens) and quality collapses well before that. A piece over the limit is cut at clause
boundaries (after ``, ; :`` and sentence punctuation, before dashes); a clause that is still too
long is cut into word windows. The translated pieces are joined with a space.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CLAUSE_BOUNDARY = re.compile(r"(?<=[,;:.!?])\s+|\s+(?=[—–-]\s)")

TokenCounter = Callable[[str], int]


def split_to_fit(text: str, count_tokens: TokenCounter, limit: int) -> list[str]:
    """``text`` itself when it fits, else consecutive pieces of at most ``limit`` tokens each."""
    if count_tokens(text) <= limit:
        return [text]
    pieces: list[str] = []
    for chunk in _pack(_CLAUSE_BOUNDARY.split(text), count_tokens, limit):
        if count_tokens(chunk) <= limit:
            pieces.append(chunk)
        else:
            pieces.extend(_word_windows(chunk, count_tokens, limit))
    return pieces


def _pack(parts: list[str], count_tokens: TokenCounter, limit: int) -> list[str]:
    """Greedily join neighbouring parts while the estimated token count stays within limit."""
    chunks: list[str] = []
    current: list[str] = []
    current_tokens = 0
    for part in (p for p in parts if p.strip()):
        tokens = count_tokens(part)
        if current and current_tokens + tokens > limit:
            chunks.append(" ".join(current))
            current, current_tokens = [], 0
        current.append(part)
        current_tokens += tokens
    if current:
        chunks.append(" ".join(current))
    return chunks


def _word_windows(text: str, count_tokens: TokenCounter, limit: int) -> list[str]:
    windows: list[str] = []
    for chunk in _pack(text.split(), count_tokens, limit):
        if count_tokens(chunk) <= limit:
            windows.append(chunk)
        else:  # a single "word" longer than the limit (a URL, a hash): cut by characters
            step = max(1, len(chunk) * limit // max(1, count_tokens(chunk)))
            windows.extend(chunk[i : i + step] for i in range(0, len(chunk), step))
    return windows
