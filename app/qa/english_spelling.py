"""Spelling of the English source: a reviewer who spots a typo in the English sees it marked too.

The word list is wordfreq's English (already installed for Russian and Ukrainian): every word
from Zipf frequency 2 (one in 100 million words of its web, news, subtitle and book sources),
96,000 words with their inflections. Chosen by measurement
(``benchmarks/english_spelling_candidates.py``, ``tests/qa/data/README.md``): on real English
news (the sample article, TICO-19's and WMT22's English) it marks 0.0-0.8% of lower-case words,
about half of those real typos or rare technical words, and it finds 99% of the common
misspellings in codespell's list; pyspellchecker's and symspellpy's dictionaries mark two to
six times as many correct words.

Only lower-case words are checked: a word with a capital letter is a name, an acronym or a
brand (Kyiv, NATO, iPhone), which no word list knows well enough. A possessive ('s) and every
part of a hyphenated word are checked on their own; words inside addresses, e-mails, handles
and hashtags are not words.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Buckets of wordfreq's English list kept (centibels): down to Zipf 2.
ENGLISH_BUCKETS = 701
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_LATIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
#: British spellings whose American twin may be the only one frequent enough in the list
#: (demonised/demonized, analysed/analyzed, funnelled/funneled).
_BRITISH = [(re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
            (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
            (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
            (re.compile(r"our(s|ed|ing|ite|ites|ful)?$"), r"or\1")]


def load_words() -> dict[str, float]:
    """English word -> frequency, from Zipf 2 up (about 0.2 s)."""
    import wordfreq

    buckets = wordfreq.get_frequency_list("en")
    return {word: 10 ** (-index / 100)
            for index, bucket in enumerate(buckets[:ENGLISH_BUCKETS]) for word in bucket}


@lru_cache(maxsize=1)
def common_misspellings() -> dict[str, str]:
    """Misspellings wordfreq counts as words (recieve, teh), with their first correction
    (resources/spelling/en_misspellings.tsv, from codespell's list)."""
    from app.core.resources import resource_path

    found = {}
    text = resource_path("spelling", "en_misspellings.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            wrong, _, right = line.partition("\t")
            found[wrong] = right.split("|")[0]
    return found


def checked(word: str) -> bool:
    """Is ``word`` (as written) one the English check looks at: lower-case Latin letters?"""
    return len(word) > 1 and not any(c.isupper() for c in word) and word.isascii()


def known(norm: str, frequent: dict[str, float], extra: set[str],
          misspelled: dict[str, str]) -> bool:
    """Is the normalised (lower-case, ' apostrophes) word spelled right?"""
    if norm in extra:
        return True
    if norm in frequent:
        return norm not in misspelled
    if norm.endswith("'s") and norm[:-2] in frequent:
        return norm[:-2] not in misspelled
    if "-" in norm:
        return all(known(part, frequent, extra, misspelled) for part in norm.split("-") if part)
    if not _LATIN_WORD.fullmatch(norm):
        return True  # digits, accents...: not this check's
    for pattern, american in _BRITISH:
        twin = pattern.sub(american, norm)
        if twin != norm and twin in frequent and twin not in misspelled:
            return True
    return False
