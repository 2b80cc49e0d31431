"""Splitting a document into paragraphs and sentences (the review segments).

Paragraphs: a blank line or a single line break ends a paragraph (news texts pasted from the web,
like the sample article, have one paragraph per line). Two exceptions join lines back together:
a line that ends without closing punctuation followed by one that starts with a lower-case
letter, and hard-wrapped blocks (see ``_is_hard_wrapped``). Joined lines are separated by one
space: that is the only change made to the text; characters are never altered.

Sentences: pysbd (``clean=False``, ``char_span=True``) finds the boundaries; each segment is the
exact slice of the paragraph between them, stripped of surrounding whitespace. Three targeted
rules correct what pysbd gets wrong on news text:

* pysbd never splits inside double quotes, so a quoted appeal of eight sentences would be one
  segment. Inside quotes we split after ``.``, ``!`` or ``?`` when the next word starts with a
  capital, unless the word before the full stop is an abbreviation (Mr., U.S., Jan., J.).
  The closing quote stays with the sentence it closes.
* A spaced ellipsis (``my child … is``) marks an omission, never a sentence end; an ellipsis
  glued to a word and followed by a capital (``He paused… Then``) ends a sentence.
* A piece that starts with a lower-case letter (``— asked she.`` after a dialogue line) belongs
  to the sentence before it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from app.core.model import SegmentDraft

_lock = threading.Lock()
_segmenters: dict[str, object] = {}

#: Languages pysbd knows; others fall back to English rules.
_PYSBD_LANGUAGES = {"en", "ru", "bg", "pl", "de", "fr", "es", "it", "nl", "da", "el", "kk", "sk"}


def segment_text(
    text: str, language: str = "en", *, progress: Callable[[int, int], None] | None = None,
) -> list[SegmentDraft]:
    """Segments of ``text`` in reading order, with paragraph and position numbers from 0.

    ``progress(done, total)`` is called now and then with the paragraphs split so far.
    """
    drafts: list[SegmentDraft] = []
    paragraphs = split_paragraphs(text)
    for paragraph_no, paragraph in enumerate(paragraphs):
        for position, (start, end) in enumerate(sentence_spans(paragraph, language)):
            drafts.append(SegmentDraft(paragraph[start:end], paragraph_no, position))
        if progress is not None and paragraph_no % 200 == 0:
            progress(paragraph_no, len(paragraphs))
    if progress is not None:
        progress(len(paragraphs), len(paragraphs))
    return drafts


# -- paragraphs ---------------------------------------------------------------------------------

_CLOSING = ".!?…:;\"”»)]'’"


def split_paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    has_blank_lines = re.search(r"\n[ \t]*\n", text.strip()) is not None
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        wrapped = has_blank_lines and _is_hard_wrapped(lines)
        current = lines[0]
        for line in lines[1:]:
            if wrapped or _continues(current, line):
                current = f"{current} {line}"
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    """A line break inside a sentence: no closing punctuation, next line starts lower-case."""
    return previous[-1] not in _CLOSING and line[0].islower()


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A block of several lines of similar width (an e-mail or a text wrapped at 72 columns).

    Only considered when the document separates paragraphs with blank lines: then a line break
    inside a block is layout, not structure.
    """
    if len(lines) < 2:
        return False
    widths = [len(line) for line in lines[:-1]]
    widest = max(widths)
    return 40 <= widest <= 120 and min(widths) >= 0.6 * widest


# -- sentences ----------------------------------------------------------------------------------


def _segmenter(language: str):
    """One pysbd Segmenter per language, created on first use (it compiles many regexes)."""
    code = language if language in _PYSBD_LANGUAGES else "en"
    with _lock:
        seg = _segmenters.get(code)
        if seg is None:
            import pysbd

            # pysbd builds regexes from its abbreviation lists on every call; with Python's
            # default cache of 512 compiled patterns they were recompiled again and again
            # (half of its time). A larger cache keeps them.
            re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 4096)  # type: ignore[attr-defined]
            seg = pysbd.Segmenter(language=code, clean=False, char_span=False)
            _segmenters[code] = seg
    return seg


#: Longest piece handed to pysbd, whose time grows faster than the length of a line: longer
#: runs without a certain sentence end are cut at a likely one (or a space) first.
MAX_PIECE = 2000


def sentence_spans(paragraph: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph, whitespace stripped.

    pysbd is slow (about 0.1 ms per 20 characters) and superlinear on long lines, so the
    paragraph is first cut where a sentence certainly ends (see ``_certain_cuts``), and a piece
    with no sentence-ending mark inside skips pysbd: it is one sentence. Both give pysbd's own
    boundaries (tests/core compare them on the news corpora).
    """
    return list(_cached_spans(paragraph, language))


@lru_cache(maxsize=4096)
def _cached_spans(paragraph: str, language: str) -> tuple[tuple[int, int], ...]:
    result: list[tuple[int, int]] = []
    for start, end in _pieces(paragraph, language):
        piece = paragraph[start:end]
        if _one_sentence(piece):
            span = _strip(piece, 0, len(piece))
            spans = [span] if span else []
        else:
            spans = _pysbd_spans(piece, language)
        result.extend((start + a, start + b) for a, b in spans)
    return tuple(result)


#: A mark that may end a sentence; a full stop between digits (3.5 million, 5.0) never does.
_INNER_END = re.compile(r"[!?…;\n\r]|(?<![0-9])\.|\.(?![0-9])")
_TRAILING = " \t\"”»’')]“«‘([.!?…"


def _one_sentence(piece: str) -> bool:
    """No sentence-ending mark before the final punctuation: pysbd and the rules below would
    return the piece as one sentence."""
    return _INNER_END.search(piece.rstrip(_TRAILING)) is None


# A sentence end nobody disputes: a word of three or more letters (not an abbreviation), a
# year or a closing bracket, a full stop, question or exclamation mark, a space, and a capital
# or an opening quote, outside quotes and brackets (the closing bracket must close the last
# open one: "... visit (Reuters). The" ends a sentence).
_CERTAIN = re.compile(
    r"(?:(?<![^\s(])([A-Za-z][a-z]{2,}|[12][0-9]{3})|(\)))[.!?](\s+)(?=[A-Z\"“])")


def _pieces(text: str, language: str) -> list[tuple[int, int]]:
    """Cut ``text`` where a sentence certainly ends, then bound every piece's length."""
    cuts = [0]
    if len(text) > 80:
        abbreviations = _abbreviations(language)
        depth = quotes = 0
        last = 0
        for match in _CERTAIN.finditer(text):
            between = text[last:match.start()]
            depth += between.count("(") - between.count(")")
            quotes += (between.count('"') + between.count("“") + between.count("”")
                       + between.count("«") + between.count("»"))
            last = match.start()
            if match.group(2):  # the bracket closes one opened before it
                depth -= 1
                last += 1
                if depth or quotes % 2:
                    continue
            elif depth or quotes % 2 or match.group(1).lower() in abbreviations:
                continue
            cuts.append(match.end(3))
    cuts.append(len(text))
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        pieces.extend(_bounded(text, a, b))
    return pieces


_LIKELY_END = re.compile(r"[.!?…][\"”»’)\]]*\s+")


def bounded_pieces(text: str) -> list[str]:
    """``text`` in pieces of at most ``MAX_PIECE`` characters, cut at likely sentence ends
    (else spaces); joined they give ``text`` back. For work that grows faster than a line."""
    return [text[a:b] for a, b in _bounded(text, 0, len(text))]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run longer than ``MAX_PIECE`` at likely sentence ends, else at spaces, else
    anywhere: no single line can stall the import (a 1 MB line with no full stop)."""
    pieces = []
    while end - start > MAX_PIECE:
        window = text[start + MAX_PIECE // 2:start + MAX_PIECE]
        found = list(_LIKELY_END.finditer(window))
        if found:
            cut = start + MAX_PIECE // 2 + found[-1].end()
        else:
            space = window.rfind(" ")
            cut = start + MAX_PIECE // 2 + space + 1 if space >= 0 else start + MAX_PIECE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _pysbd_spans(paragraph: str, language: str) -> list[tuple[int, int]]:
    segmenter = _segmenter(language)
    with _lock:  # a pysbd Segmenter keeps the text being segmented on itself
        # segment() would also map every sentence back with a regex search over the whole
        # text (quadratic, and a new regex each time); its processor gives the sentences alone.
        sentences = segmenter.processor(paragraph).process()
    # Only pysbd's sentence ends are used, as cut points, found in order in the text (pysbd's
    # own char_span search is quadratic): whatever cannot be found still lands in a segment.
    ends, pos = [], 0
    for sentence in sentences:
        found = paragraph.find(sentence.strip(), pos)
        if found < 0:
            continue
        pos = found + len(sentence.strip())
        ends.append(pos)
    cuts = sorted({end for end in ends if 0 < end < len(paragraph)})
    bounds = [0, *cuts, len(paragraph)]
    spans = [
        span for span in (_strip(paragraph, a, b) for a, b in pairwise(bounds)) if span
    ]
    spans = _merge_lowercase_starts(paragraph, spans)
    result: list[tuple[int, int]] = []
    for start, end in spans:
        result.extend(_split_inside(paragraph, start, end, language))
    return result


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


_LEADING_PUNCT = re.compile(r"[\s\"“”«»'‘’(\[—–\-…]*")


def _merge_lowercase_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        leading = _LEADING_PUNCT.match(text, start)  # always matches (may be empty)
        lead = leading.end() if leading else start
        first = text[lead] if lead < end else ""
        no_letters = not any(ch.isalnum() for ch in text[start:end])
        if merged and ((first.isalpha() and first.islower()) or no_letters):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# A candidate sentence end: terminal punctuation, optional closing quotes, whitespace, then
# (optionally an opening quote, dash or ellipsis) a capital letter.
_CANDIDATE = re.compile(
    r"(?P<punct>[.!?]+|…|\.\.\.)(?P<close>[\"”»’)\]]*)(?P<space>\s+)"
    r"(?=[\"“«‘(\[—–]?\s*(?:…\s*)?[^\W\d_])"
)
_NEXT_LETTER = re.compile(r"[\"“«‘(\[—–]?\s*(?:…\s*)?([^\W\d_])")


def _split_inside(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Split one pysbd sentence where pysbd was too cautious (quotes, glued ellipses)."""
    cuts: list[int] = []
    for match in _CANDIDATE.finditer(text, start, end):
        nxt = _NEXT_LETTER.match(text, match.end())
        if not nxt or not nxt.group(1).isupper():
            continue
        punct_start = match.start("punct")
        punct = match.group("punct")
        if punct in ("…", "..."):
            glued = punct_start > 0 and not text[punct_start - 1].isspace()
            if not glued or match.group("close"):
                continue
        else:
            if match.group("close"):
                continue  # pysbd already decides after a closing quote
            if not _inside_quotes(text, punct_start):
                continue
            if punct == "." and _is_abbreviation(text, punct_start, language):
                continue
        cuts.append(match.end("close"))
    pieces = []
    begin = start
    for cut in cuts:
        span = _strip(text, begin, cut)
        if span:
            pieces.append(span)
        begin = cut
    span = _strip(text, begin, end)
    if span:
        pieces.append(span)
    return pieces


def _inside_quotes(text: str, pos: int) -> bool:
    """Is ``pos`` inside a double-quoted passage of the paragraph?"""
    before = text[:pos]
    if before.count('"') % 2 == 1:
        return True
    return before.count("“") > before.count("”") or before.count("«") > before.count("»")


_TOKEN_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]$")
#: Abbreviations also written in lower case; other entries count only when capitalised, so
#: that "help me. Please" or "as it is. Then" still end sentences.
_LOWERCASE_ABBREVIATIONS = {"etc", "vs", "v", "viz", "cf", "approx", "esp", "al", "e.g", "i.e"}


def _is_abbreviation(text: str, dot: int, language: str) -> bool:
    match = _TOKEN_BEFORE.search(text, 0, dot)
    if not match:
        return False
    token = match.group(1).lstrip("\"“«‘(['")
    if not token:
        return False
    if len(token) == 1 and token.isalpha():
        return token.isupper()  # an initial: J. Smith
    if _DOTTED.fullmatch(token):
        return True  # U.S, e.g, Ph.D
    lower = token.lower()
    if lower not in _abbreviations(language):
        return False
    return token[0].isupper() or lower in _LOWERCASE_ABBREVIATIONS


@lru_cache(maxsize=8)
def _abbreviations(language: str) -> frozenset[str]:
    from pysbd.lang.english import English

    words = set(English.Abbreviation.ABBREVIATIONS) - set(English.Abbreviation.NUMBER_ABBREVIATIONS)
    if language == "ru":
        from pysbd.lang.russian import Russian

        words |= set(Russian.Abbreviation.ABBREVIATIONS)
    return frozenset(w.lower() for w in words)
