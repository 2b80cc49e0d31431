"""Put a source's inline tags into its machine translation (engines only ever see plain text).

``transfer_tags(source, translation, ...)`` places every tag of the coded ``source`` into the
plain ``translation``:

* tags before the first word of the source stay at the start, tags after its last word at the
  end (a heading's bold, a paragraph's closing link, a trailing footnote reference);
* an inner pair (``<1>mayor</1>``) goes around the translated words when something tells where
  they are: target spans an engine found for each pair (LibreTranslate's HTML mode), a word
  alignment (source word, target word) pairs from the model's attention (Argos), or the pair's
  text appearing unchanged in the translation (numbers, Latin names, URLs);
* any other inner tag goes to the end of the sentence, before its final punctuation, where the
  reviewer sees it and moves it if it belongs elsewhere;
* the tags keep their order in the source (hints that would reorder them are not followed), so
  the document's structure survives export.

Every tag of the source ends up in the result exactly once, so the tag check never reports a
missing tag after machine translation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from app.documents.inline_codes import (
    Tag,
    TagKind,
    has_tags,
    open_tag,
    parse_tag,
    plain_with_offsets,
    tags,
)

WORD = re.compile(r"\S+")
FINAL_PUNCTUATION = ".!?…;:"
TRAILING_MARKS = "\"'»”’)]"  # a closing quote or bracket stays after the final punctuation
EDGE_PUNCTUATION = ".,;:!?…\"'»«“”„‘’()[]"

Alignment = Sequence[tuple[int, int]]  # (source word index, target word index)


@dataclass(frozen=True)
class _Placed:
    offset: int  # in the plain translation
    rank: int  # source order, to keep tags at one offset in their source order
    char: str
    closes_earlier: bool = False  # a closing tag whose opening tag stands before its offset


def word_spans(text: str) -> list[tuple[int, int]]:
    """Whitespace-separated words of ``text`` as (start, end), edge punctuation trimmed."""
    spans = []
    for match in WORD.finditer(text):
        start, end = match.start(), match.end()
        while start < end - 1 and text[start] in EDGE_PUNCTUATION:
            start += 1
        while end > start + 1 and text[end - 1] in EDGE_PUNCTUATION:
            end -= 1
        spans.append((start, end))
    return spans


def sentence_end(text: str) -> int:
    """Where a tag "at the end of the sentence" goes: before the final punctuation (and any
    closing quote after it) and trailing spaces."""
    end = len(text.rstrip())
    while end and text[end - 1] in TRAILING_MARKS:
        end -= 1
    stop = end
    while stop and text[stop - 1] in FINAL_PUNCTUATION:
        stop -= 1
    return stop if stop < end else len(text.rstrip())


def transfer_tags(source: str, translation: str, alignment: Alignment | None = None,
                  pair_spans: Mapping[int, tuple[int, int]] | None = None) -> str:
    """``translation`` (plain) with the tags of ``source`` (coded) put back; see the module
    docstring. ``pair_spans`` maps a pair's number to the (start, end) of its words in
    ``translation``; ``alignment`` holds (source word, target word) index pairs over
    ``word_spans`` of the tag-free source and of the translation.

    The tags keep their source order: where the hints would reorder them (a pair moved before
    another, a lone tag moved into a pair), the structure of the document could break on
    export, so the tags go by the text alone (edges kept, the rest at the end)."""
    if not has_tags(source):
        return translation
    placed = _place(source, translation, alignment, pair_spans, hinted=True)
    ordered = sorted(placed, key=lambda p: (p.offset, not p.closes_earlier, p.rank))
    if [p.rank for p in ordered] != sorted(p.rank for p in placed):
        ordered = sorted(_place(source, translation, None, None, hinted=False),
                         key=lambda p: (p.offset, p.rank))
    return _insert(translation, ordered)


def _place(source: str, translation: str, alignment: Alignment | None,
           pair_spans: Mapping[int, tuple[int, int]] | None, hinted: bool) -> list[_Placed]:
    """Where each tag goes (``hinted=False``: by the edges alone, no text match either)."""
    plain = plain_with_offsets(source)
    source_words = word_spans(plain.text)
    target_words = word_spans(translation)
    first = len(plain.text) - len(plain.text.lstrip())
    last = len(plain.text.rstrip())
    positioned = [(_plain_offset(plain.offsets, offset), n, tag)
                  for n, (offset, tag) in enumerate(tags(source))]
    spans = dict(pair_spans or {})
    numbers: dict[int, list[tuple[int, Tag]]] = {tag.number: [] for _, _, tag in positioned}
    for at, _, tag in positioned:
        numbers[tag.number].append((at, tag))
    for number, members in numbers.items():
        if not hinted or number in spans or len(members) != 2 or not all(
                first < at < last or (tag.kind is TagKind.OPEN and at <= first < last) or (
                tag.kind is TagKind.CLOSE and first < last <= at) for at, tag in members):
            continue
        (begin, _), (stop, _) = sorted(members, key=lambda m: m[1].kind is TagKind.CLOSE)
        if first < begin or stop < last:  # a pair around the whole text stays outside
            span = _pair_target(plain.text, translation, begin, stop, source_words,
                                target_words, alignment)
            if span is not None:
                spans[number] = span
    placed = []
    end = sentence_end(translation)
    for at, rank, tag in positioned:
        if at <= first and not (tag.number in spans and tag.kind is TagKind.CLOSE):
            offset = 0
        elif at >= last and not (tag.number in spans and tag.kind is TagKind.OPEN):
            offset = len(translation)
        elif tag.number in spans and tag.kind in (TagKind.OPEN, TagKind.CLOSE):
            start, stop = spans[tag.number]
            offset = start if tag.kind is TagKind.OPEN else stop
        else:
            offset = _single_target(at, tag, source_words, target_words, alignment, end)
        placed.append(_Placed(offset, rank, tag.char))
    opened_at = {p.char: p.offset for p in placed}
    return [
        _Placed(p.offset, p.rank, p.char, opened_at.get(
            open_tag(parsed.number), p.offset) < p.offset)
        if (parsed := parse_tag(p.char)) is not None and parsed.kind is TagKind.CLOSE else p
        for p in placed
    ]


def _plain_offset(offsets: Sequence[int], coded_offset: int) -> int:
    """How many plain characters stand before the tag at ``coded_offset``."""
    low, high = 0, len(offsets) - 1
    while low < high:
        middle = (low + high) // 2
        if offsets[middle] < coded_offset:
            low = middle + 1
        else:
            high = middle
    return low


def _covered(words: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [n for n, (a, b) in enumerate(words) if a < end and b > start]


def _pair_target(plain: str, translation: str, start: int, end: int,
                 source_words: list[tuple[int, int]], target_words: list[tuple[int, int]],
                 alignment: Alignment | None) -> tuple[int, int] | None:
    """Target (start, end) for a pair around plain source ``[start, end)``, or None."""
    inner = plain[start:end].strip()
    if inner and translation.count(inner) == 1 and len(inner) > 1:
        at = translation.index(inner)
        return at, at + len(inner)
    if not alignment:
        return None
    covered = set(_covered(source_words, start, end))
    targets = sorted({t for s, t in alignment if s in covered and 0 <= t < len(target_words)})
    if not targets:
        return None
    return target_words[targets[0]][0], target_words[targets[-1]][1]


def _single_target(at: int, tag: Tag, source_words: list[tuple[int, int]],
                   target_words: list[tuple[int, int]], alignment: Alignment | None,
                   fallback: int) -> int:
    """Target offset for an inner tag that is not placed as a pair: after the word aligned
    to the source word before it (an isolated or closing tag), before the word aligned to the
    source word after it (an opening tag); else the end of the sentence."""
    if not alignment:
        return fallback
    if tag.kind is TagKind.OPEN:
        after = [n for n, (a, _) in enumerate(source_words) if a >= at]
        anchor = after[0] if after else None
        targets = sorted(t for s, t in alignment if s == anchor and t < len(target_words))
        return target_words[targets[0]][0] if targets else fallback
    before = [n for n, (_, b) in enumerate(source_words) if b <= at]
    anchor = before[-1] if before else None
    targets = sorted(t for s, t in alignment if s == anchor and t < len(target_words))
    return target_words[targets[-1]][1] if targets else fallback


def _insert(translation: str, ordered: list[_Placed]) -> str:
    parts = []
    position = 0
    for item in ordered:
        parts.append(translation[position:item.offset])
        parts.append(item.char)
        position = item.offset
    parts.append(translation[position:])
    return "".join(parts)


# -- LibreTranslate's HTML mode --------------------------------------------------------------

HTML_ELEMENT = "span"


def inner_pairs_html(source: str) -> tuple[str, list[int]] | None:
    """The source as HTML for an engine that keeps markup: each inner pair becomes
    ``<span id="tN">...</span>``, other tags are left out (they are placed by
    ``transfer_tags``). None when the source has no inner pair."""
    from html import escape

    plain = plain_with_offsets(source)
    if not plain.text.strip():
        return None
    first = len(plain.text) - len(plain.text.lstrip())
    last = len(plain.text.rstrip())
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    for offset, tag in tags(source):
        at = _plain_offset(plain.offsets, offset)
        (opens if tag.kind is TagKind.OPEN else closes if tag.kind is TagKind.CLOSE
         else {})[tag.number] = at
    pairs = sorted(
        (opens[n], closes[n], n) for n in opens
        if n in closes and opens[n] < closes[n] and (first < opens[n] or closes[n] < last)
    )
    kept: list[tuple[int, int, int]] = []
    for start, end, number in pairs:  # only properly nested pairs make valid HTML
        if all(end <= s or start >= e or (s <= start and end <= e) for s, e, _ in kept):
            kept.append((start, end, number))
    if not kept:
        return None
    marks = sorted([(s, 1, f'<{HTML_ELEMENT} id="t{n}">') for s, _, n in kept]
                   + [(e, 0, f"</{HTML_ELEMENT}>") for _, e, _ in kept])
    html, position = [], 0
    for at, _, mark in marks:
        html.append(escape(plain.text[position:at], quote=False))
        html.append(mark)
        position = at
    html.append(escape(plain.text[position:], quote=False))
    return "".join(html), [n for _, _, n in kept]


class _PairReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.length = 0
        self.stack: list[int | None] = []
        self.spans: dict[int, tuple[int, int]] = {}
        self.starts: dict[int, int] = {}

    def handle_starttag(self, tag, attrs):
        ident = dict(attrs).get("id") or ""
        number = int(ident[1:]) if re.fullmatch(r"t\d+", ident) else None
        self.stack.append(number)
        if number is not None:
            self.starts[number] = self.length

    def handle_endtag(self, tag):
        number = self.stack.pop() if self.stack else None
        if number is not None and number in self.starts:
            self.spans[number] = (self.starts[number], self.length)

    def handle_data(self, data):
        self.text.append(data)
        self.length += len(data)


def pair_spans_from_html(html: str, translation: str) -> dict[int, tuple[int, int]]:
    """Spans of the pairs in ``translation`` from the engine's HTML answer. When the HTML's
    text is the translation itself the spans are exact; otherwise each pair's text is looked
    up in the translation (kept only when it occurs once)."""
    reader = _PairReader()
    reader.feed(html)
    reader.close()
    text = "".join(reader.text)
    spans: dict[int, tuple[int, int]] = {}
    for number, (start, end) in reader.spans.items():
        inner = text[start:end]
        lead = len(inner) - len(inner.lstrip())
        inner_stripped = inner.strip()
        if not inner_stripped:
            continue
        if text.strip() == translation.strip():
            shift = len(translation) - len(translation.lstrip()) - (len(text) - len(text.lstrip()))
            spans[number] = (start + lead + shift, start + lead + shift + len(inner_stripped))
        elif translation.count(inner_stripped) == 1:
            at = translation.index(inner_stripped)
            spans[number] = (at, at + len(inner_stripped))
    return spans

