"""The bundled sample article: what an editor sees when opening it (issue 4)."""

from __future__ import annotations

import pytest

from app.core.resources import sample_article
from app.names.checker import check_english


@pytest.fixture(scope="module")
def article():
    text = sample_article().read_text(encoding="utf-8")
    return text, check_english(text)


def _flags_on(result, word):
    return [f for f in result.flags if f.text == word]


def test_kiev_flagged_twice_with_kyiv_and_reason(article):
    text, result = article
    kiev = _flags_on(result, "Kiev")
    assert len(kiev) == 2 == text.count("Kiev")
    for flag in kiev:
        assert flag.kind == "russian_derived_place"
        assert flag.severity == "error"
        assert flag.suggestion == "Kyiv"
        assert flag.reason == (
            "Kiev romanizes the Russian name Киев; Київ in the official Ukrainian system "
            "(KMU 2010) is Kyiv."
        )
        assert text[flag.start : flag.end] == "Kiev"


def test_lyosh_is_the_vocative_of_lyosha(article):
    _, result = article
    (flag,) = _flags_on(result, "Lyosh")
    assert flag.kind == "inflected_form"
    assert flag.suggestion == "Lyosha"
    assert "vocative" in flag.reason and "Лёш" in flag.reason and "Лёша" in flag.reason


def test_russian_people_and_places_are_left_alone(article):
    text, result = article
    flagged = {f.text for f in result.flags}
    for fine in ("Putin", "Vladimir", "Lavrov", "Sergei", "Minsk", "Kostroma", "Smirnov"):
        assert fine not in flagged
    mentioned = {m.text for m in result.mentions}
    assert {"Minsk", "Kostroma", "Sergei Smirnov", "Sergei Lavrov"} <= mentioned


def test_andriy_lysenko_at_most_info(article):
    _, result = article
    for flag in result.flags:
        if flag.text in ("Andriy", "Lysenko", "Andriy Lysenko"):
            assert flag.severity == "info"


def test_ordinary_capitalised_words_are_not_names(article):
    _, result = article
    mentioned = {m.text for m in result.mentions}
    for word in ("Another", "Dear", "Son", "Guys", "Please", "Mothers", "Remind", "Bring"):
        assert word not in mentioned


def test_putin_mentions_share_one_concept(article):
    _, result = article
    putin = {m.concept for m in result.mentions if "Putin" in m.text}
    kiev = {m.concept for m in result.mentions if m.text == "Kiev"}
    assert len(putin) == 1 and len(kiev) == 1
    assert kiev == {"place:UA:Kyiv"}
