"""Subtitles written by other programs (webvtt-py's and pysrt's test files: a Netflix WebVTT
export, youtube-dl captions, a SubRip capability tester, Windows-1252 and UTF-16 SubRip): one
cue per block, styling tags protected, timings, identifiers, settings, NOTE and STYLE blocks
kept byte for byte, broken timings refused with the cue number."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import srt
import webvtt

from app.documents.inline_codes import close_tag, isolated_tag, open_tag
from app.documents.model import DocumentFormatError
from app.documents.registry import handler_for

DATA = Path(__file__).parent / "data" / "subtitles"
GOOD = sorted(p.name for p in DATA.iterdir() if p.suffix in (".srt", ".vtt") and p.name not in {
    "webvtt-empty.vtt", "webvtt-invalid_timeframe.vtt", "webvtt-missing_timeframe.srt"})


def load(name: str):
    return (DATA / name).read_bytes(), handler_for(name)


def timings(data: bytes, name: str) -> list[tuple]:
    """Cue timings as the subtitle libraries read them (an independent check)."""
    text = data.decode("utf-16" if data[:2] == b"\xff\xfe" else "utf-8-sig", errors="replace")
    if name.endswith(".vtt"):
        return [(c.start, c.end) for c in webvtt.from_buffer(io.StringIO(text)).captions]
    return [(s.start, s.end) for s in srt.parse(text)]


@pytest.mark.parametrize("name", GOOD)
def test_unchanged_and_identity_writes_keep_the_file(name):
    data, handler = load(name)
    doc = handler.read(data, name)
    assert doc.blocks and all(b.kind == "cue" and not b.split for b in doc.blocks)
    same = handler.write(data, name, {b.key: b.text for b in doc.blocks}, "en")
    assert same == data


@pytest.mark.parametrize("name", GOOD)
def test_russian_translation_keeps_timings_and_structure(name):
    data, handler = load(name)
    doc = handler.read(data, name)
    russian = {b.key: "Перевод " + "".join(c for c in b.text if c >= "\ue000") + " конец"
               for b in doc.blocks}
    out = handler.write(data, name, russian, "ru")
    assert timings(out, name) == timings(data, name)
    # (A file whose header now says Language: ru is no English source: read it as one.)
    again = handler.read(out.replace(b"Language: ru", b"Language: en"), name)
    assert [b.key for b in again.blocks] == [b.key for b in doc.blocks]
    assert [b.meta for b in again.blocks] == [
        {k: v for k, v in b.meta.items()} for b in doc.blocks]
    for before, after in zip(doc.blocks, again.blocks, strict=True):
        assert after.codes == before.codes  # same styling tags, same markup


def test_netflix_cues_keep_settings_italics_and_notes():
    data, handler = load("webvtt-netflix_chicas_del_cable.vtt")
    doc = handler.read(data, "chicas.vtt")
    assert len(doc.blocks) == 865
    second = doc.blocks[1]
    assert second.text == (f"{open_tag(1)}las mujeres éramos{close_tag(1)}\n"
                           f"{open_tag(2)}algo así como adornos{close_tag(2)}")
    assert second.codes[1].data == {"open": "<i>", "close": "</i>"}
    assert second.meta["settings"].startswith("position:50.00%,middle")
    assert second.meta["identifier"] == "2"
    out = handler.write(data, "chicas.vtt", {
        second.key: f"{open_tag(1)}женщины были{close_tag(1)}\n"
                    f"{open_tag(2)}чем-то вроде украшений{close_tag(2)}"}, "ru")
    text = out.decode("utf-8")
    assert "2\n00:00:09.640 --> 00:00:13.080  position:50.00%,middle  align:middle size:80.00%" \
           "  line:79.33% \n<i>женщины были</i>\n<i>чем-то вроде украшений</i>\n" in text
    assert text.startswith("WEBVTT\n\nNOTE Netflix\nNOTE Profile: webvtt-lssdh-ios8\n")
    assert out.replace("<i>женщины были</i>\n<i>чем-то вроде украшений</i>".encode(),
                       "<i>las mujeres éramos</i>\n<i>algo así como adornos</i>".encode()) == data


def test_youtube_captions_karaoke_timestamps_and_nested_classes():
    data, handler = load("webvtt-youtube_dl.vtt")
    doc = handler.read(data, "captions.en.vtt")
    third = doc.blocks[2]
    labels = [third.codes[n].label for n in sorted(third.codes)]
    assert labels.count("time") == 5 and labels.count("c") == 7  # 5 karaoke times, 7 spans
    assert third.text.startswith(f"this{isolated_tag(1)}{open_tag(2)} will{close_tag(2)}")
    out = handler.write(data, "captions.en.vtt", {third.key: third.text}, "ru")
    assert b"Language: ru" in out and b"Language: en" not in out  # the header says ru
    assert b"::cue(c.colorCCCCCC) { color: rgb(204,204,204);" in out  # the style block kept


def test_styles_and_comments_survive():
    data, handler = load("webvtt-comments.vtt")
    doc = handler.read(data, "comments.vtt")
    out = handler.write(data, "comments.vtt", {doc.blocks[0].key: "- Выпей чаю.\n- Он не горячий."},
                        "ru").decode()
    assert "NOTE\nThis translation was done by Kyle" in out
    assert "NOTE This last line may not translate well." in out
    assert "1\n00:02:15.000 --> 00:02:20.000\n- Выпей чаю.\n- Он не горячий.\n" in out


def test_srt_tags_and_a_long_line_wrapped_for_a_two_line_cue():
    data, handler = load("pysrt-capability_tester.srt")
    doc = handler.read(data, "tester.srt")
    bold = next(b for b in doc.blocks if b.text.startswith(f"{open_tag(1)}This line should be"))
    assert bold.codes[1].data == {"open": "<b>", "close": "</b>"}
    data2, handler2 = load("pysrt-bom-utf-8.srt")
    doc2 = handler2.read(data2, "talk.srt")
    first = doc2.blocks[0]
    assert first.text == "About 2 months ago I found myself on\nthe comment section of YouTube"
    out = handler2.write(data2, "talk.srt", {
        first.key: "Пару месяцев назад я оказался в разделе комментариев YouTube"}, "ru")
    assert out.startswith(b"\xef\xbb\xbf1\n00:00:06,500 --> 00:00:09,000\n")
    cue = srt.parse(out.decode("utf-8-sig")).__next__()
    assert cue.content.split("\n") == ["Пару месяцев назад я оказался",
                                       "в разделе комментариев YouTube"]


def test_windows_1252_file_is_written_as_utf8_for_cyrillic():
    data, handler = load("pysrt-windows-1252.srt")
    doc = handler.read(data, "film.srt")
    assert doc.encoding and doc.encoding.replace("_", "").lower() in ("cp1252", "windows1252")
    assert doc.blocks[1].text == "CE FILM RELATE DES ÉVÉNEMENTS\nQUI ONT EXISTÉ."
    out = handler.write(data, "film.srt", {doc.blocks[1].key: "ЭТОТ ФИЛЬМ\nО РЕАЛЬНЫХ СОБЫТИЯХ."},
                        "ru")
    assert out.startswith(b"\xef\xbb\xbf")
    assert timings(out, "film.srt") == timings(data.decode("cp1252").encode(), "film.srt")


@pytest.mark.parametrize(("name", "message"), [
    ("webvtt-invalid_timeframe.vtt", "timing of cue 2 cannot be read"),
    ("webvtt-missing_timeframe.srt", "block after cue 1 .* has no timing line"),
    ("webvtt-empty.vtt", "is empty"),
])
def test_broken_files_are_refused_with_the_cue(name, message):
    data, handler = load(name)
    with pytest.raises(DocumentFormatError, match=message):
        handler.read(data, name)


@pytest.mark.parametrize(("suffix", "data", "message"), [
    (".srt", b"1\n00:00:05,000 --> 00:00:04,500\nBackwards\n", "cue 1 ends before it starts"),
    (".srt", b"1\n00:00:01,000 --> 00:00:02,000\nOk\n\n2\n00:00:0x,000 --> 00:00:09,000\nBad\n",
     "cue 2 cannot be read"),
    (".vtt", b"WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nBackwards\n",
     "cue 1 ends before it starts"),
    (".vtt", b"Hello\n\n00:00:01.000 --> 00:00:02.000\nHi\n", "not a WebVTT file"),
    (".vtt", b"WEBVTT\nLanguage: de\n\n00:00:01.000 --> 00:00:02.000\nHallo\n",
     r"source language is German \(de\)"),
    (".vtt", b"WEBVTT\n\nNOTE only a note\n", "no subtitle cues"),
])
def test_bad_timings_and_languages(suffix, data, message):
    name = "bad" + suffix
    with pytest.raises(DocumentFormatError, match=message):
        handler_for(name).read(data, name)
