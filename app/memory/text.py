"""Text keys and tokens for the memory: what counts as the same sentence, and its words.

Inline codes (one private-use character each, ``app.documents.inline_codes``) never count: keys
and tokens are computed on the text without them. Two sources are the *same* (a 100% match)
when they are equal after removing tags, Unicode NFC and collapsing white space; case counts.
Keys are 63-bit hashes (blake2b) so the exact-match index stays small for millions of units.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from app.documents.inline_codes import strip_tags

# A number: digits grouped by thousands (1,000 / 1 000 / 10\u00a0000) or plain, with an optional
# decimal part (2.5 / 2,5). A group needs exactly three digits: "10 12" is two numbers.
NUMBER = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_TOKEN = re.compile(rf"{NUMBER}|\w+|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(rf"^(?:{NUMBER})$")


def normalize(text: str) -> str:
    """The comparable form of a segment: no tags, NFC, single spaces, trimmed.

    ``str.split()`` splits on exactly the characters ``\\s`` matches and is ~3x faster than a
    regex substitution (this runs once per unit of a million-unit import). ASCII text has no
    tags and is already NFC (``isascii`` is a flag CPython keeps)."""
    if text.isascii():
        return " ".join(text.split())
    return " ".join(unicodedata.normalize("NFC", strip_tags(text)).split())


def text_key(text: str) -> int:
    """A stable 63-bit key of the normalised text (fits an SQLite INTEGER)."""
    digest = hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def context_key(previous: str | None, following: str | None) -> int:
    """Key of a segment's neighbours (None or "" for a document edge)."""
    return text_key(f"{normalize(previous or '')}\u241e{normalize(following or '')}")


def tokens(text: str) -> list[str]:
    """Words, numbers and punctuation marks of ``text`` (tags removed), in order."""
    return _TOKEN.findall(strip_tags(text))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """``tokens`` with their offsets in the tag-free text (``strip_tags(text)``)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(strip_tags(text))]


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` without numbers and punctuation (what the index knows)."""
    return [t.lower() for t in tokens(text) if t[0].isalpha() or t[0] == "_"]
