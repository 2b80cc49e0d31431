"""Where each cue of an SRT or WebVTT file sits, line by line, so that a translation replaces
only a cue's text lines and everything else (indexes, identifiers, timings, cue settings, NOTE,
STYLE and REGION blocks, blank lines, line ends) is written back byte for byte.

Parsing and timing are the subtitle libraries' (``srt`` for SubRip, ``webvtt-py`` for WebVTT,
see ``subtitle_handler``); this module only finds the blocks between blank lines and checks
that every block the file has is a cue the library read, so that a cue a library skips or
merges (webvtt-py drops a cue whose timing it cannot read; srt glues a block without a timing
line to the cue before) is reported by its number instead of vanishing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from app.documents import inline_codes
from app.documents.markup_tags import code_markup
from app.documents.model import DocumentFormatError, InlineCode

_VTT_SKIPPED = re.compile(r"(WEBVTT|NOTE|STYLE|REGION)\b")
_SRT_TAG = re.compile(r"</?(?:i|b|u|s|font)\b[^<>]*>|\{\\[^{}]*\}", re.IGNORECASE)
_VTT_TAG = re.compile(r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^<>]*)?>|<\d[\d:.]*>")


@dataclass
class Cue:
    number: int  # 1, 2 ... in file order
    timing: int  # index of the timing line in the file's lines
    text_start: int  # first text line (== end when the cue has no text)
    end: int  # one past the last text line
    identifier: str | None
    timing_line: str


def split_lines(text: str) -> list[str]:
    """Lines with their own line ends (CRLF, LF or CR kept)."""
    return text.splitlines(keepends=True)


def find_cues(lines: list[str], vtt: bool, filename: str) -> list[Cue]:
    """The cue blocks of a subtitle file; a block that is neither a cue nor (in WebVTT) a
    header, NOTE, STYLE or REGION block is refused with the number of the cue before it."""
    cues: list[Cue] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            block = list(range(start, i))
            start = None
            first = lines[block[0]].lstrip("\ufeff")
            if vtt and (_VTT_SKIPPED.match(first) and "-->" not in first):
                continue
            timings = [n for n in block if "-->" in lines[n]]
            if not timings or timings[0] not in block[:2]:
                after = f"after cue {cues[-1].number}" if cues else "before the first cue"
                raise DocumentFormatError(
                    f"{filename}: the block {after} ({first.strip()[:40]!r}) has no timing line "
                    "(start --> end). Fix or remove it in a subtitle editor and import again.")
            # A timing line inside a block starts the next cue (the WebVTT parsing rules; some
            # YouTube files leave out the blank line); in SubRip the index line before it
            # belongs to that next cue.
            for k, timing in enumerate(timings):
                end = timings[k + 1] if k + 1 < len(timings) else block[-1] + 1
                if not vtt and k + 1 < len(timings) and lines[end - 1].strip().isdigit():
                    end -= 1
                if k == 0:
                    identifier = first.strip() if timing > block[0] else None
                else:
                    previous = timings[k - 1]
                    identifier = (lines[timing - 1].strip() if not vtt and timing - 1 > previous
                                  and lines[timing - 1].strip().isdigit() else None)
                cues.append(Cue(len(cues) + 1, timing, timing + 1, max(end, timing + 1),
                                identifier, lines[timing].strip()))
    return cues


def cue_text(lines: list[str], cue: Cue) -> str:
    return "\n".join(line.rstrip("\r\n") for line in lines[cue.text_start:cue.end])


def to_coded(text: str, vtt: bool) -> tuple[str, dict[int, InlineCode], int]:
    """Cue text with its styling tags (``<i>``, ``<font ...>``, ``{\\an8}``; WebVTT ``<c.x>``,
    ``<v Name>``, ``<00:00:05.000>`` ...) as tags; returns (coded text, codes, replaced
    reserved characters). A tag left open in the cue (WebVTT allows ``<v Bob>`` alone) is an
    isolated tag."""
    text, replaced = inline_codes.sanitize(text)
    codes: dict[int, InlineCode] = {}
    coded = code_markup(text, codes, _VTT_TAG if vtt else _SRT_TAG,
                        unescape=html.unescape if vtt else _same)
    return coded, codes, replaced


def _same(text: str) -> str:
    return text


def from_coded(coded: str, codes: dict[int, InlineCode], vtt: bool) -> str:
    """The inverse of ``to_coded`` (tags the codes do not know are dropped)."""
    out: list[str] = []
    position = 0
    for offset, tag in inline_codes.tags(coded):
        out.append(_escape(coded[position:offset], vtt))
        position = offset + 1
        code = codes.get(tag.number)
        if code is None:
            continue
        if tag.kind is inline_codes.TagKind.OPEN:
            out.append(str(code.data.get("open", "")))
        elif tag.kind is inline_codes.TagKind.CLOSE:
            out.append(str(code.data.get("close", "")))
        else:
            out.append(str(code.data.get("text", "")))
    out.append(_escape(coded[position:], vtt))
    return "".join(out)


def _escape(text: str, vtt: bool) -> str:
    if not vtt:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
