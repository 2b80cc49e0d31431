"""Sentence boundaries on the bundled sample article and on the cases news text is made of."""

from __future__ import annotations

import pytest

from app.core.document_reader import read_document
from app.core.resources import sample_article
from app.core.segmenter import segment_text


@pytest.fixture(scope="module")
def sample():
    return segment_text(read_document(sample_article()).text)


def sources(text: str, language: str = "en") -> list[str]:
    return [d.source for d in segment_text(text, language)]


def test_sample_article_is_split_into_39_sentences_in_19_paragraphs(sample):
    assert len(sample) == 39
    assert sample[-1].paragraph == 18
    assert [d.paragraph for d in sample] == sorted(d.paragraph for d in sample)


def test_segments_are_exact_slices_of_their_line(sample):
    lines = read_document(sample_article()).text.splitlines()
    for draft in sample:
        assert draft.source == draft.source.strip()
        assert draft.source in lines[draft.paragraph]
    # Every character of the article (except the spaces between sentences) is kept.
    for number, line in enumerate(lines):
        joined = " ".join(d.source for d in sample if d.paragraph == number)
        assert joined == line


def test_first_and_last_segments(sample):
    assert sample[0].source.startswith("A video claiming to show the mothers")
    assert sample[0].source.endswith("in the country's east continues.")
    assert (sample[0].paragraph, sample[0].position) == (0, 0)
    assert sample[-1].source == "Remind me later."
    assert (sample[-1].paragraph, sample[-1].position) == (18, 0)


def test_spaced_ellipsis_does_not_split_the_sentence(sample):
    appeal = [d for d in sample if d.paragraph == 3]
    assert appeal[0].source == (
        '"Dear president, defense minister, military leaders, my child … is currently located '
        "in captivity on Ukrainian territory."
    )
    assert appeal[1].source == "… I beg you, give me my child back."
    assert [d.position for d in appeal] == list(range(8))


def test_sentences_inside_a_quotation_are_separate_segments(sample):
    appeal = [d.source for d in sample if d.paragraph == 3]
    assert appeal[2:] == [
        "Bring him back alive.",
        "As well as all those other boys being held with him.",
        "Son, boys, we are with you.",
        "Guys, no matter what we will drag you out of this predicament.",
        "If your leaders will not do it, we will.",
        'Your mothers," one woman says.',
    ]


def test_closing_quote_stays_with_its_sentence(sample):
    husband = [d.source for d in sample if d.paragraph == 5]
    assert husband[0].endswith('to the camera: "Lyosh, we love you.')
    assert husband[-1] == 'Bring them back to us, please, right away."'
    khokhlova = [d.source for d in sample if d.paragraph == 1]
    assert khokhlova[1] == (
        "I ask the president of our country and the defense minister to help, to get them "
        'out of captivity and bring them back to us alive."'
    )
    foreign_agent = [d.source for d in sample if d.paragraph == 13]
    assert foreign_agent[-1] == 'This follows our earlier unjust labeling as a "foreign agent."'


def test_quote_followed_by_its_speaker_is_one_sentence(sample):
    assert sample[3].source == (
        '"Now let them speak," she says before turning the camera to the soldiers\' mothers.'
    )
    assert [d.source for d in sample if d.paragraph == 2] == [sample[3].source]


def test_short_lines_are_paragraphs_of_their_own(sample):
    short = ("A Message from The Moscow Times:", "Dear readers,")
    heading = [d for d in sample if d.source in short]
    assert [(d.paragraph, d.position) for d in heading] == [(11, 0), (12, 0)]


def test_abbreviations_do_not_end_sentences():
    assert sources("Mr. Smith met the U.S. President on Jan. 5. It rained.") == [
        "Mr. Smith met the U.S. President on Jan. 5.",
        "It rained.",
    ]
    assert sources('He said: "Mr. Ivanov and J. K. Rowling came. We left at 5 p.m. today."') == [
        'He said: "Mr. Ivanov and J. K. Rowling came.',
        'We left at 5 p.m. today."',
    ]


def test_common_words_before_a_full_stop_inside_quotes_still_end_sentences():
    assert sources('"Help me. Please go. It is as it is. Then we wait."') == [
        '"Help me.', "Please go.", "It is as it is.", 'Then we wait."',
    ]


def test_ascii_spaced_ellipsis_and_glued_ellipsis():
    assert sources("My child ... is in captivity. He paused… Then he left.") == [
        "My child ... is in captivity.", "He paused…", "Then he left.",
    ]


def test_dialogue():
    assert sources('"Where are you going?" she asked. "Home," he said.') == [
        '"Where are you going?" she asked.', '"Home," he said.',
    ]
    assert sources("— Where are you? — asked she. — Here.") == [
        "— Where are you? — asked she.", "— Here.",
    ]


def test_paragraph_boundaries_blank_lines_and_wrapped_lines():
    text = (
        "First paragraph, one sentence.\n\n\nSecond paragraph. It has two.\n"
        "Third on its own line.\nA line broken inside\na sentence is joined."
    )
    drafts = segment_text(text)
    assert [(d.paragraph, d.position, d.source) for d in drafts] == [
        (0, 0, "First paragraph, one sentence."),
        (1, 0, "Second paragraph."),
        (1, 1, "It has two."),
        (2, 0, "Third on its own line."),
        (3, 0, "A line broken inside a sentence is joined."),
    ]


def test_hard_wrapped_text_with_blank_line_paragraphs_is_rejoined():
    text = (
        "The Defense Ministry has denied that it sent troops to Ukraine and\n"
        "Maintained that the paratroopers wound up there by accident. Kiev\n"
        "disagrees.\n\nSecond paragraph."
    )
    assert sources(text) == [
        "The Defense Ministry has denied that it sent troops to Ukraine and Maintained that "
        "the paratroopers wound up there by accident.",
        "Kiev disagrees.",
        "Second paragraph.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'He said "Yes." "No!" (See p. 5.) Then... "Really?!" she asked... OK.',
        "1. First item. 2. Second item.\n(a) one (b) two.",
        "Prices rose 3.5% in Jan. and Feb. U.S. officials said. Fine.",
        "«Мы ждём.» — сказала она. Т. е. всё. Конец…",
        "Wait . . . what? Yes!!! No?? ... Done. '' \"\" .",
        "e.g. this; i.e. that. www.example.com is a site. Email a.b@c.de now.",
    ],
)
def test_no_character_is_ever_lost_or_changed(text):
    drafts = segment_text(text)
    assert "".join("".join(d.source for d in drafts).split()) == "".join(text.split())
    for draft in drafts:
        assert draft.source in text.replace("\n", " ")


def test_empty_and_whitespace_text_gives_no_segments():
    assert segment_text("") == []
    assert segment_text(" \n\t\n ") == []


def test_russian_text_is_segmented_with_russian_rules():
    assert sources("Об этом сообщил т. е. министр. Он добавил: «Мы ждём. Вернитесь».", "ru") == [
        "Об этом сообщил т. е. министр.", "Он добавил: «Мы ждём.", "Вернитесь».",
    ]
