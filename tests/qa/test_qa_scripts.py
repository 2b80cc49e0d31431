"""Mixed scripts, letters of the other language, invisible characters, addresses kept,
untranslated, empty and length."""

from __future__ import annotations

from app.qa.runner import check_source, check_unit


def reasons(source: str, target: str, lang: str, kind: str | None = None):
    return [(f.reason, f.text, f.suggestion) for f in check_unit(source, target, lang)
            if kind is None or f.kind == kind]


def test_latin_letter_in_a_cyrillic_word():
    # "Kиїв" with a Latin K, "Хaрків" with a Latin a
    assert reasons("Kyiv.", "Kиїв.", "uk") == [("mixed_script_cyrillic", "K", "К")]
    assert reasons("Kharkiv.", "Хaрьков.", "ru") == [("mixed_script_cyrillic", "a", "а")]


def test_cyrillic_look_alike_in_a_latin_word_of_the_source():
    # "Kyіv" with a Cyrillic і (U+0456): the names engine matches it, QA flags the letter.
    [finding] = check_source("Kyіv is the capital.")
    assert (finding.reason, finding.text, finding.suggestion) == ("mixed_script_latin", "і", "i")


def test_russian_letters_in_ukrainian_and_ukrainian_letters_in_russian():
    assert reasons("Ukraine.", "Україна ещё.", "uk") == [("russian_letter", "ё", None)]
    assert reasons("Ukraine.", "Україна.", "ru", "wrong_alphabet") == [
        ("ukrainian_letter", "ї", None)]
    assert reasons("Ukraine.", "Україна.", "uk") == []


def test_invisible_characters():
    assert reasons("Kyiv.", "Ки\u00adїв\u200b.", "uk") == [
        ("invisible_character", "\u00ad", ""), ("invisible_character", "\u200b", "")]


def test_urls_emails_handles_hashtags_kept():
    source = "Write to press@un.org or see https://un.org/news, @UN and #Peace."
    assert reasons(source, "Пишіть на press@un.org або див. https://un.org/news, @UN і #Peace.",
                   "uk") == []
    assert reasons(source, "Пишите на press@un.org или см. https://un.org/novosti, @UN.", "ru",
                   "entities") == [("url_changed", "https://un.org/novosti", "https://un.org/news"),
                                   ("hashtag_missing", "#Peace", "#Peace")]


def test_untranslated_empty_and_length():
    assert reasons("The war goes on.", "The war goes on.", "ru") == [
        ("untranslated", "The war goes on.", None)]
    assert reasons("NATO", "NATO", "uk") == []
    assert reasons("The war goes on.", "", "uk") == [("empty_target", "", None)]
    long_source = "The war in the east of the country goes on for the third year."
    assert [r for r, *_ in reasons(long_source, "Война.", "ru")] == ["target_too_short"]
