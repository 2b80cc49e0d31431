"""Subtitles: SubRip (.srt, read with the ``srt`` library) and WebVTT (.vtt, ``webvtt-py``).

A cue is a block and one segment (``split=False``: subtitlers translate cue by cue; a cue with
two short sentences stays together so its reading time is judged as one). Its lines stay lines:
the text keeps ``\\n`` where the cue breaks, and the translator may re-flow it; a translation
without a break that is longer than 42 characters, for a cue that had several lines, is wrapped
at the space nearest its middle. Styling tags are tags (``subtitle_cues.to_coded``). Timings,
indexes, identifiers, cue settings, NOTE/STYLE/REGION blocks are meta or skeleton and are
written back byte for byte (``subtitle_cues``). A cue whose timing cannot be read, or ends
before it starts, is refused with its number.

Libraries compared: ``srt`` (strict, reports the character where parsing failed, keeps
indexes and text after the timing) and ``pysrt`` (reads ``00:00:0x,000`` as 0 without a
word, even with ERROR_RAISE) for SubRip; ``webvtt-py`` keeps identifiers, cue settings, STYLE
and NOTE blocks but silently drops a cue whose timing it cannot read, hence the cross-check;
``pysubs2`` turns the markup into ASS overrides. None writes a file back unchanged, so writing
splices the translated lines into the original.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Mapping
from datetime import timedelta

from app.core.model import Status
from app.documents import inline_codes, languages
from app.documents.model import Block, DocumentFormatError, ExtractedDocument
from app.documents.subtitle_cues import (
    Cue,
    cue_text,
    find_cues,
    from_coded,
    split_lines,
    to_coded,
)

WRAP = 42
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, filename: str) -> tuple[str, str]:
    """(text, encoding): a byte order mark, else UTF-8, else the best guess of
    charset-normalizer (old SubRip files are often Windows-1252 or -1251)."""
    if not data.strip():
        raise DocumentFormatError(f"{filename} is empty: there are no subtitles to translate.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or b"\x00" in data:
        raise DocumentFormatError(
            f"{filename} is not text in an encoding Review Desk can tell. Save it as UTF-8 in "
            "a subtitle editor and import it again.")
    return str(best), best.encoding


def _encode(text: str, encoding: str, filename: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        # A Windows-1252 file cannot hold Cyrillic: UTF-8 with a byte order mark, which
        # players recognise.
        return text.encode("utf-8-sig")


class _SubtitleHandler:
    vtt = False
    name = ""
    suffixes: tuple[str, ...] = ()
    description = ""

    def _timings(self, text: str, filename: str) -> list[tuple[timedelta, timedelta]]:
        raise NotImplementedError

    def _parse(self, data: bytes, filename: str) -> tuple[list[str], list[Cue], str]:
        text, encoding = decode(data, filename)
        lines = split_lines(text)
        timings = self._timings(text, filename)
        cues = find_cues(lines, self.vtt, filename)
        if not cues:
            raise DocumentFormatError(f"{filename} has no subtitle cues to translate.")
        if len(timings) != len(cues):
            self._report_unread(lines, cues, filename)
        for cue, (start, end) in zip(cues, timings, strict=True):
            if end < start:
                raise DocumentFormatError(
                    f"{filename}: cue {cue.number} ends before it starts ({cue.timing_line}). "
                    "Fix its timing in a subtitle editor and import again.")
        return lines, cues, encoding

    def _report_unread(self, lines: list[str], cues: list[Cue], filename: str) -> None:
        for cue in cues:
            block = "".join(lines[cue.timing:cue.end])
            try:
                ok = len(self._timings(self._single(block), filename)) == 1
            except DocumentFormatError:
                ok = False
            if not ok:
                break
        else:
            cue = cues[-1]
        raise DocumentFormatError(
            f"{filename}: the timing of cue {cue.number} cannot be read ({cue.timing_line}). "
            "Fix it in a subtitle editor and import again.")

    def _single(self, block: str) -> str:
        return block

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        lines, cues, encoding = self._parse(data, filename)
        self._check_language(lines, filename)
        blocks = []
        replaced = 0
        for cue in cues:
            coded, codes, count = to_coded(cue_text(lines, cue), self.vtt)
            replaced += count
            if not inline_codes.strip_tags(coded).strip():
                continue
            start, _, rest = cue.timing_line.partition("-->")
            end, _, settings = rest.strip().partition(" ")
            meta = {"start": start.strip(), "end": end.strip(), "cue": cue.number}
            if settings.strip():
                meta["settings"] = settings.strip()
            if cue.identifier:
                meta["identifier"] = cue.identifier
            blocks.append(Block(key=f"cue{cue.number}", text=coded, kind="cue", codes=codes,
                                meta=meta, split=False))
        if not blocks:
            raise DocumentFormatError(f"{filename} has cues but no text to translate.")
        warnings = [f"{replaced} private-use characters were replaced by U+FFFD."] if (
            replaced) else []
        return ExtractedDocument(self.name, blocks, "en", (), warnings, encoding=encoding)

    def _check_language(self, lines: list[str], filename: str) -> None:
        """A WebVTT header may say ``Language: xx``: it is the subtitles' (source) language."""

    def write(self, data: bytes, filename: str, translations: Mapping[str, str], lang: str,
              *, statuses: Mapping[str, Status] | None = None) -> bytes:
        lines, cues, encoding = self._parse(data, filename)
        newline = next((line[len(line.rstrip("\r\n")):] for line in lines
                        if line.endswith(("\n", "\r"))), "\n")
        out = list(lines)
        for cue in reversed(cues):
            coded = translations.get(f"cue{cue.number}")
            if coded is None:
                continue
            _, codes, _ = to_coded(cue_text(lines, cue), self.vtt)
            text = from_coded(_wrap(coded, cue.end - cue.text_start), codes, self.vtt)
            # A blank line would end the cue, and "-->" would start one.
            new = [line for line in text.replace("-->", "->").split("\n") if line.strip()]
            new = new or [" "]
            last = lines[cue.end - 1]
            ending = last[len(last.rstrip("\r\n")):]
            replacement = [line + newline for line in new[:-1]] + [new[-1] + ending]
            out[cue.text_start:cue.end] = replacement
        self._set_language(out, lang)
        return _encode("".join(out), encoding, filename)

    def _set_language(self, lines: list[str], lang: str) -> None:
        pass


def _wrap(coded: str, line_count: int) -> str:
    """A translation without a line break, longer than ``WRAP``, for a cue that had several
    lines: two lines, broken at the space nearest the middle."""
    plain = inline_codes.strip_tags(coded).strip()
    if "\n" in coded or line_count < 2 or len(plain) <= WRAP:
        return coded
    coded = coded.strip()
    spaces = [i for i, c in enumerate(coded) if c == " "]
    if not spaces:
        return coded
    middle = len(coded) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return coded[:cut] + "\n" + coded[cut + 1:]


class SrtHandler(_SubtitleHandler):
    name = "srt"
    suffixes = (".srt",)
    description = "SubRip subtitles"

    def _timings(self, text: str, filename: str) -> list[tuple[timedelta, timedelta]]:
        import srt

        try:
            return [(s.start, s.end) for s in srt.parse(text.lstrip("\ufeff"))]
        except (srt.SRTParseError, ValueError) as exc:
            offset = getattr(exc, "expected_start", 0)
            number = text[:offset].count("-->") + 1
            line = next((x.strip() for x in text[offset:].splitlines() if "-->" in x), "")
            raise DocumentFormatError(
                f"{filename}: cue {number} cannot be read as SubRip ({line or 'no timing'}). "
                "Fix it in a subtitle editor and import again.") from exc


class VttHandler(_SubtitleHandler):
    vtt = True
    name = "vtt"
    suffixes = (".vtt",)
    description = "WebVTT subtitles"

    def _timings(self, text: str, filename: str) -> list[tuple[timedelta, timedelta]]:
        import webvtt
        from webvtt.errors import MalformedFileError

        try:
            captions = webvtt.from_buffer(io.StringIO(text.lstrip("\ufeff"))).captions
        except MalformedFileError as exc:
            raise DocumentFormatError(
                f"{filename} is not a WebVTT file ({exc}): it must start with 'WEBVTT'. "
                "Fix it in a subtitle editor and import again.") from exc
        return [(timedelta(seconds=c.start_in_seconds), timedelta(seconds=c.end_in_seconds))
                for c in captions]

    def _single(self, block: str) -> str:
        return "WEBVTT\n\n" + block

    def _header(self, lines: list[str]) -> range:
        end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        return range(1, end)

    def _check_language(self, lines: list[str], filename: str) -> None:
        for i in self._header(lines):
            key, _, value = lines[i].partition(":")
            if key.strip().lower() == "language":
                languages.check_source(value.strip(), filename)

    def _set_language(self, lines: list[str], lang: str) -> None:
        for i in self._header(lines):
            key, sep, value = lines[i].partition(":")
            if key.strip().lower() == "language":
                ending = lines[i][len(lines[i].rstrip("\r\n")):]
                lines[i] = f"{key}{sep} {lang}{ending}"
