"""Russian and Ukrainian mentions resolve to their nominatives (morphology-aware)."""

from __future__ import annotations

import pytest

from app.names.cyrillic_mentions import find_cyrillic_mentions
from app.names.name_data import get_name_data


def _nominatives(text, lang):
    mentions = find_cyrillic_mentions(text, lang, get_name_data())
    return {m.text: (m.nominative, m.kind) for m in mentions}


@pytest.mark.parametrize(
    ("text", "lang", "word", "nominative", "kind"),
    [
        ("Вибухи чули в Києві.", "uk", "Києві", "Київ", "place"),
        ("Взрывы слышали в Киеве.", "ru", "Киеве", "Киев", "place"),
        ("Мы ждём Лёшу домой.", "ru", "Лёшу", "Лёша", "given"),
        ("«Лёш, мы тебя любим».", "ru", "Лёш", "Лёша", "given"),
        ("Письмо от Людмилы Хохловой пришло.", "ru", "Хохловой", "Хохлова", "surname"),
    ],
)
def test_inflected_forms_resolve_to_nominative(text, lang, word, nominative, kind):
    assert _nominatives(text, lang)[word] == (nominative, kind)


def test_offsets_and_sentence_start():
    text = "Сегодня Путин прилетел в Минск."
    mentions = find_cyrillic_mentions(text, "ru", get_name_data())
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    words = [m.text for m in mentions]
    assert "Путин" in words and "Минск" in words
    assert "Сегодня" not in words  # an ordinary word that only starts the sentence
