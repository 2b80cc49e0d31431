"""Romanization of Ukrainian and Russian text by the official and common schemes.

Ukrainian: KMU 2010 (Cabinet of Ministers resolution 55) and BGN/PCGN 1965 ("Andriy",
"Zaporizhzhya"), both via ``translitua``. Russian: ICAO Doc
9303, GOST 7.79 System B, Wikipedia and BGN/PCGN (via ``iuliia``). The ``transliterate``
package provides an "informal" scheme for both. Words are romanized one at a time so that
ALL-CAPS words stay all caps ("КИЇВ" -> "KYIV", not "KYiV"-style mixed case) and word-initial
rules apply to every word of a multi-word text.

The libraries are imported on first use, not at import time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

SCHEMES: dict[str, list[str]] = {
    "uk": ["kmu2010", "bgn", "informal"],
    "ru": ["icao", "gost779b", "wikipedia", "bgn", "informal"],
}

DEFAULT_SCHEME = {"uk": "kmu2010", "ru": "wikipedia"}

SCHEME_LABELS: dict[str, str] = {
    "kmu2010": "KMU 2010 (official Ukrainian)",
    "icao": "ICAO Doc 9303",
    "gost779b": "GOST 7.79 System B",
    "wikipedia": "Wikipedia",
    "bgn": "BGN/PCGN",
    "informal": "informal (transliterate package)",
}

# iuliia schema names behind our scheme codes. GOST 7.79-2000 System A is iuliia's
# "gost_779" (ISO 9 with diacritics); System B, the ASCII one, is "gost_779_alt".
_IULIIA_SCHEMAS = {
    "icao": "icao_doc_9303",
    "gost779b": "gost_779_alt",
    "wikipedia": "wikipedia",
    "bgn": "bgn_pcgn",
}

# Cyrillic letters a scheme may leave in its output (iuliia's BGN/PCGN keeps ё; Ukrainian letters
# in Russian text and vice versa): mapped after romanization so the result is always Latin.
_LEAK_MAP = str.maketrans(
    {
        "ё": "ë", "Ё": "Ë", "і": "i", "І": "I", "ї": "yi", "Ї": "Yi", "є": "ye", "Є": "Ye",
        "ґ": "g", "Ґ": "G", "ў": "w", "Ў": "W", "ы": "y", "Ы": "Y", "э": "e", "Э": "E",
        "ъ": "", "Ъ": "", "ь": "", "Ь": "",
    }
)

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ`]*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


_ASCII_MARKS = str.maketrans("", "", "'`\"")


class UnknownSchemeError(ValueError):
    """The language or scheme code is not one this module knows."""


def _check(lang: str, scheme: str | None) -> str:
    if lang not in SCHEMES:
        raise UnknownSchemeError(f"Unknown language {lang!r}: use one of {', '.join(SCHEMES)}.")
    scheme = scheme or DEFAULT_SCHEME[lang]
    if scheme not in SCHEMES[lang]:
        raise UnknownSchemeError(
            f"Scheme {scheme!r} is not available for {lang!r}: "
            f"use one of {', '.join(SCHEMES[lang])}."
        )
    return scheme


@cache
def _word_function(lang: str, scheme: str) -> Callable[[str], str]:
    """The function that romanizes one word (or any text) in ``scheme``."""
    if lang == "uk" and scheme in ("kmu2010", "bgn"):
        from translitua import UkrainianBGN, UkrainianKMU, translit

        table = UkrainianKMU if scheme == "kmu2010" else UkrainianBGN
        return lambda text: translit(text, table)
    if scheme == "informal":
        from transliterate import get_translit_function

        # one language pack (transliterate.translit builds its tables again on every call)
        informal = get_translit_function(lang)
        return lambda text: informal(text, reversed=True)
    import iuliia

    schema = iuliia.schemas.get(_IULIIA_SCHEMAS[scheme])
    return schema.translate


def _romanize_word(word: str, convert: Callable[[str], str]) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return convert(word.lower()).upper().translate(_LEAK_MAP)
    return convert(word).translate(_LEAK_MAP)


def romanize(text: str, lang: str, scheme: str | None = None) -> str:
    """Romanize Cyrillic ``text`` written in ``lang`` ("uk" or "ru").

    ``scheme`` defaults to KMU 2010 for Ukrainian and Wikipedia for Russian. Non-Cyrillic
    characters pass through unchanged.
    """
    scheme = _check(lang, scheme)
    convert = _word_function(lang, scheme)
    return _CYRILLIC_WORD.sub(lambda m: _romanize_word(m.group(0), convert), text)


def romanize_all(text: str, lang: str) -> dict[str, str]:
    """Romanization of ``text`` in every scheme for ``lang``, keyed by scheme code."""
    _check(lang, None)
    return {scheme: romanize(text, lang, scheme) for scheme in SCHEMES[lang]}


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def fold_latin(text: str) -> str:
    """Comparison key for Latin spellings: lower case, no diacritics, no apostrophes.

    "Khar’kov" and "Kharkov", "Zaporižžja" and "Zaporizzja", "Yëzh" and "Yezh" fold alike.
    """
    if text.isascii():
        return " ".join(text.lower().translate(_ASCII_MARKS).split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = [c for c in decomposed if not unicodedata.combining(c) and c not in "'’ʼ`‘”\""]
    return " ".join("".join(kept).replace("‐", "-").split())


def cyrillic_candidates(latin: str, lang: str, limit: int = 20) -> list[str]:
    """Cyrillic words that the Latin spelling ``latin`` may stand for in ``lang``.

    Candidates are generated by reversing the romanization schemes (including the dropped soft
    sign: "Kharkov" -> "Харьков") and kept only if the pymorphy3 dictionary knows them; names
    (given names, surnames, places) come first. Multi-word input is handled word by word and the
    best candidates are combined.
    """
    from app.names.latin_to_cyrillic import candidates

    return candidates(latin, lang, limit)
