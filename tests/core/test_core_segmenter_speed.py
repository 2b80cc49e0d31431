"""The segmenter's shortcuts give exactly pysbd's boundaries, and no line can stall it."""

from __future__ import annotations

from pathlib import Path

from app.core.segmenter import (
    MAX_PIECE,
    _pysbd_spans,
    segment_text,
    sentence_spans,
    split_paragraphs,
)

ROOT = Path(__file__).resolve().parents[2]


def test_certain_cuts_and_the_one_sentence_shortcut_match_pysbd_on_news_text():
    files = sorted((ROOT / "tests/names/corpus").glob("*.txt"))
    for folder in ("blind3", "blind6", "blind7", "quiet"):
        files += sorted((ROOT / "tests/names" / folder).glob("*.txt"))
    paragraphs = [p for f in files for p in split_paragraphs(f.read_text(encoding="utf-8"))]
    assert len(paragraphs) > 1000
    # Bracketed sentence ends and decimals (the shortcuts' own cases), as news has them.
    paragraphs += [
        "Prices rose 3.5 percent in March (Reuters). The bank kept rates at 1.25 percent.",
        "He spoke to reporters (see video). Then he left (at 5.30 p.m.). No one followed.",
        "The talks (in Geneva) went on. Turnout was 67.4 percent (up 2.1 points). Fine.",
        "It was raining (as forecast) . But the march went ahead (about 2,000 people).",
        'She said: "We will stay (whatever happens). They will not win." He nodded (twice).',
        "Officials met (Mr. Smith, Dr. Jones). Then the U.S. envoy spoke (for 10 min.). Ok.",
    ]
    shortcut = 0
    for paragraph in paragraphs:
        assert sentence_spans(paragraph) == _pysbd_spans(paragraph, "en"), paragraph
        shortcut += len(sentence_spans(paragraph)) > 1
    assert shortcut > 50


def test_a_one_megabyte_line_is_cut_into_bounded_segments_and_nothing_is_lost():
    words = "the of Kyiv said and a in to Ukraine officials city war".split()
    line = " ".join(words[n % len(words)] for n in range(90_000))
    drafts = segment_text(line)
    assert len(drafts) > len(line) // MAX_PIECE
    assert max(len(d.source) for d in drafts) <= MAX_PIECE
    assert " ".join(d.source for d in drafts) == line
