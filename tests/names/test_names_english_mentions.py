"""Finding candidate names in English text (no name data needed)."""

from __future__ import annotations

from app.names.english_mentions import find_name_runs


def _texts(text):
    return [run.text for run in find_name_runs(text)]


def test_offsets_index_the_source_text():
    text = "officials in Kiev said Lyudmila Khokhlova met Putin in Minsk."
    for run in find_name_runs(text):
        assert text[run.start : run.end] == run.text
        for token in run.tokens:
            assert text[token.start : token.end] == token.text
    assert _texts(text) == ["Kiev", "Lyudmila Khokhlova", "Putin", "Minsk"]


def test_possessives_end_the_name():
    text = "Kyiv's mayor met Russia’s envoy and the Soldiers' Mothers group."
    runs = _texts(text)
    assert runs[0] == "Kyiv" and runs[1] == "Russia"
    assert "Kyiv's" not in runs


def test_hyphenated_names_and_hyphenated_words():
    text = "trains from Ivano-Frankivsk and Rostov-on-Don reached pro-Kiev and Kiev-based firms."
    assert _texts(text) == ["Ivano-Frankivsk", "Rostov-on-Don", "Kiev", "Kiev"]


def test_titles_and_leading_function_words_are_dropped():
    text = "In Kharkiv, Foreign Minister Sergei Lavrov and President Vladimir Putin spoke."
    assert _texts(text) == ["Kharkiv", "Sergei Lavrov", "Vladimir Putin"]


def test_institution_words_alone_are_not_names():
    text = "The Defense Ministry denied it. The Prosecutor General's Office agreed."
    assert _texts(text) == []


def test_all_caps_dateline_is_marked():
    text = "KIEV, July 1 (Reuters) - Talks resumed.\nKHARKIV — Shelling continued."
    runs = find_name_runs(text)
    assert [(r.text, r.dateline) for r in runs[:1]] == [("KIEV", True)]
    assert any(r.text == "KHARKIV" and r.dateline for r in runs)


def test_sentence_initial_words_are_marked_for_the_resolver():
    text = '"Lyosh, we love you." Another woman spoke. Son, boys, we are with you.'
    initial = {run.text: run.sentence_initial for run in find_name_runs(text)}
    assert initial["Lyosh"] is True
    assert "Another" not in initial and "Son" not in initial  # common words never are names


def test_contractions_are_not_names():
    assert _texts("I've heard that We're fine, Putin said.") == ["Putin"]


def test_quoted_name():
    text = 'residents still call it "Dnepr" in conversation.'
    (run,) = find_name_runs(text)
    assert run.text == "Dnepr" and run.quoted
