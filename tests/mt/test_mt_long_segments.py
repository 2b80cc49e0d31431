"""Splitting segments that are too long for the model."""

from __future__ import annotations

from app.mt.long_segments import split_to_fit


def words(text: str) -> int:
    return len(text.split())


def test_short_text_is_left_alone():
    assert split_to_fit("Prices rose sharply.", words, 10) == ["Prices rose sharply."]


def test_long_text_is_cut_at_clauses_first():
    text = (
        "The minister said on Monday that aid would continue, "
        "the central bank kept its rate unchanged; "
        "analysts expect another rise in the autumn."
    )
    pieces = split_to_fit(text, words, 9)
    assert pieces == [
        "The minister said on Monday that aid would continue,",
        "the central bank kept its rate unchanged;",
        "analysts expect another rise in the autumn.",
    ]


def test_clause_without_boundaries_falls_back_to_word_windows():
    text = " ".join(f"word{i}" for i in range(25))
    pieces = split_to_fit(text, words, 10)
    assert [words(p) for p in pieces] == [10, 10, 5]
    assert " ".join(pieces) == text


def test_every_piece_fits_and_nothing_is_lost():
    text = (
        "Officials in Kyiv, Lviv and Odesa reported that power was restored to most homes "
        "overnight - although several districts - including parts of the city centre - remained "
        "without heating, water or mobile coverage: repair crews worked through the night."
    )
    pieces = split_to_fit(text, words, 7)
    assert all(words(p) <= 7 for p in pieces)
    assert " ".join(pieces).split() == text.split()
