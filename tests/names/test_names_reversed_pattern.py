"""The backward test of the "words before a name" exceptions never changes a decision.

``is_excepted`` first asks a reversed expression whether any ``*`` row's words can end right
before the name (one match instead of a search from 60 positions); only then does it run the
forward search. These tests hold it to the forward search on real text and on the cited-name
phrases the rows describe.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.names import context_exceptions
from app.names.checker import check_english
from app.names.reversed_pattern import can_end_at, reversed_pattern

HERE = Path(__file__).parent
_WINDOW = 60

CITED = [
    "Kharkiv, formerly Kharkov, is the second city.",
    "the town which Russia still calls Artemovsk",
    "which the Kremlin refers to as Lugansk",
    "known in Russian as Lugansk",
    "the Russian spelling of Odessa",
    "Lviv, not Lvov",
    "he spelled his name Sergei",
    "in English: it is spelled Kiev",
    "in Yiddish, called Odess",
    "Bakhmut (formerly Artemivsk) and Kyiv (ru: Kiev)",
    "renamed in 2016 from Dnipropetrovsk",
    "the Treaty of Pereyaslav",
    "what was then known as Stalino",
    "transliterated as Kiev",
    "Russian forces called it Artemovsk",
    "known to the locals simply as Lvov",
    "Soviet-era Kirovograd, once called Zinovievsk",
    "formerly" + " " * 55 + "Kiev",  # the words start before the 60-character window
    "SPELLED Kiev; in\u00a0English\u00a0Kiev",
]


def _texts() -> list[str]:
    # blind9 cites former names on purpose (Yuzovka, Kutur-Ogly, Aleksandrovka)
    return CITED + [path.read_text("utf-8") for path in sorted((HERE / "blind9").glob("*.txt"))]


def test_every_before_row_is_read_backwards():
    assert context_exceptions._before_any_name(), "the table has rows for words before a name"
    assert all(r is not None for r in context_exceptions._before_reversed())


def test_backward_test_never_misses_a_forward_match():
    forward = context_exceptions._before_any_name()[0]
    backward = context_exceptions._before_reversed()[0]
    matched = 0
    for text in _texts():
        for word in re.finditer(r"\b[A-Z]", text):
            start = word.start()
            offset = max(0, start - _WINDOW)
            if forward.search(text, offset, start):
                matched += 1
                assert can_end_at(backward, text, offset, start), (text[offset:start], word)
    assert matched >= len(CITED) - 1  # every cited phrase but the one outside the window


def test_cited_names_stay_unflagged_and_others_are_flagged():
    assert check_english("Kharkiv, formerly Kharkov, is the second city.").flags == []
    assert check_english("Russia still calls it Artemovsk.").flags == []
    flagged = check_english("Kharkov is the second city; Kiev is the capital.").flags
    assert [f.suggestion for f in flagged] == ["Kharkiv", "Kyiv"]


@pytest.mark.parametrize(
    "pattern, texts",
    [
        (r"(?:formerly|once)\s+(known\s+as\s+)?", ["formerly known as ", "ONCE  ", "onc "]),
        (r"\bin\s+(English|Russian)\s*[:,]?\s+", ["in English: ", "in  Russian", "in RUSSIAN "]),
        (r"\w,\s+not\s+", ["v, not ", ", not ", "x,not "]),
        (r"(?-i:[A-Z])b{1,3}?c", ["Abbc", "abc", "ABC", "Abbbbc"]),
    ],
)
def test_reversed_expression_matches_the_reversed_texts(pattern, texts):
    forward = re.compile(pattern, re.IGNORECASE)
    backward = reversed_pattern(forward)
    assert backward is not None
    for text in texts:
        assert bool(forward.fullmatch(text)) == bool(backward.fullmatch(text[::-1])), text


@pytest.mark.parametrize("pattern", [r"a$", r"^a", r"(?=x)y", r"(?<=x)y", r"(x)\1", r"(?>x)"])
def test_what_cannot_be_read_backwards_keeps_the_forward_search(pattern):
    assert reversed_pattern(re.compile(pattern)) is None
