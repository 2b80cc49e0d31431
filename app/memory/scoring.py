"""Fuzzy scores that suit news: token similarity (rapidfuzz) with numbers, dates and names as
placeables.

Both sources are split into tokens (words, numbers, punctuation; tags ignored). Numbers, month
names in dates and weekday names (``app.memory.months``) are masked, so "captured 10 soldiers"
and "captured 12 soldiers" align token for token; the score is rapidfuzz's Indel similarity of
the masked, case-folded token lists, less a point per differing number, month or weekday and a
point for case differences, and three extra points per differing name (a capitalised word
inside the sentence): a name is never guessed, so a match that needs one is worth less. A
non-exact match scores at most 99.

Numbers that differ are carried into the target: each old number is looked up in the memory's
translation by value ("1,000" is "1 000" there) and replaced by the new one written the Russian
or Ukrainian way. A number that cannot be found costs five points and is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel

from app.documents.inline_codes import strip_tags
from app.memory.months import calendar_masks, calendar_word
from app.memory.numbers import english_value, format_target, target_numbers
from app.memory.text import is_number, normalize, token_spans

_NUMBER_MASK = "\x00#"
_CALENDAR_MASKS = {"month": "\x00M", "day": "\x00D"}
_NAME_MASK = "\x00N"
NAME_PENALTY = 3
MISSING_NUMBER_PENALTY = 5


@dataclass(frozen=True)
class Score:
    score: int
    numbers: list[tuple[str, str]]  # (memory's number, segment's number) that differ
    months: list[tuple[str, str]] = field(default_factory=list)  # ("March", "April")
    names: list[tuple[str, str]] = field(default_factory=list)  # ("Macron", "Scholz")
    #: the score if every name of ``names`` is replaced in the target (like a number)
    adapted: int = 0


def _masks(tokens: list[str]) -> list[str]:
    """What each token counts as in the comparison: a number, a month or weekday in a date,
    or the word case-folded."""
    return [_NUMBER_MASK if is_number(token) else
            _CALENDAR_MASKS[calendar] if calendar else token.casefold()
            for token, calendar in zip(tokens, calendar_masks(tokens), strict=True)]


def _is_name(token: str, mask: str, position: int) -> bool:
    return position > 0 and token[:1].isupper() and not mask.startswith("\x00")


def _with_names(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
    """(mask, text) per token, each name run (``app.names``' recogniser: capitalised runs with
    titles and sentence-initial function words left out) one token."""
    runs = _name_runs(text)
    out: list[tuple[str, str]] = []
    k = 0
    masks = _masks([token for token, _, _ in spans])
    for (token, start, end), mask in zip(spans, masks, strict=True):
        while k < len(runs) and runs[k][1] <= start:
            k += 1
        if k < len(runs) and runs[k][0] <= start and end <= runs[k][1]:
            if not out or out[-1][0] != _NAME_MASK or out[-1][1] != runs[k][2]:
                out.append((_NAME_MASK, runs[k][2]))
            continue
        out.append((mask, token))
    return out


@lru_cache(maxsize=512)  # the segment looked up is scored against up to 20 candidates
def _name_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    from app.names.english_mentions import find_name_runs

    return tuple((r.start, r.end, r.text) for r in find_name_runs(text)
                 if calendar_word(r.text) is None)


def _capitalised(tokens: list[str], masks: list[str], start: int, end: int) -> bool:
    return any(t[:1].isupper() and not m.startswith("\x00")
               for t, m in zip(tokens[start:end], masks[start:end], strict=True))


def score(segment: str, memory_source: str) -> Score:
    """How well ``memory_source`` matches ``segment`` (0..100; 100 only when equal)."""
    if normalize(segment) == normalize(memory_source):
        return Score(100, [], adapted=100)
    seg_spans, mem_spans = token_spans(segment), token_spans(memory_source)
    seg, mem = [t for t, _, _ in seg_spans], [t for t, _, _ in mem_spans]
    if not seg or not mem:
        return Score(0, [])
    seg_mask, mem_mask = _masks(seg), _masks(mem)
    similarity = Indel.normalized_similarity(seg_mask, mem_mask)
    numbers: list[tuple[str, str]] = []
    months: list[tuple[str, str]] = []
    case_differs = False
    names = 0
    lost = gained = False  # capitalised words the segment lacks / has: maybe a name swap
    for op in Indel.opcodes(mem_mask, seg_mask):
        if op.tag == "equal":
            for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end),
                            strict=True):
                if mem[i] == seg[j]:
                    continue
                if mem_mask[i] == _NUMBER_MASK:
                    if english_value(mem[i]) != english_value(seg[j]):
                        numbers.append((mem[i], seg[j]))
                elif mem_mask[i] in _CALENDAR_MASKS.values():
                    months.append((mem[i], seg[j]))
                else:
                    case_differs = True
            continue
        lost = lost or _capitalised(mem, mem_mask, op.src_start, op.src_end)
        gained = gained or _capitalised(seg, seg_mask, op.dest_start, op.dest_end)
        names += sum(_is_name(mem[i], mem_mask[i], i) for i in range(op.src_start, op.src_end))
        names += sum(_is_name(seg[j], seg_mask[j], j)
                     for j in range(op.dest_start, op.dest_end))
    placeables = len(numbers) + len(months) + case_differs
    value = max(0, min(99, round(100 * similarity - placeables - NAME_PENALTY * names)))
    pairs: list[tuple[str, str]] = []
    adapted = value
    if lost and gained:
        pairs, named = _name_pairs(strip_tags(segment), seg_spans,
                                   strip_tags(memory_source), mem_spans)
        if pairs:
            adapted = max(value, min(99, round(100 * named - placeables - len(pairs))))
    return Score(value, numbers, months, pairs, adapted)


def _name_pairs(segment: str, seg_spans, memory_source: str, mem_spans
                ) -> tuple[list[tuple[str, str]], float]:
    """Names that stand where the other text has another name (memory's, segment's), and the
    similarity with every name as one placeable."""
    seg, mem = _with_names(segment, seg_spans), _with_names(memory_source, mem_spans)
    seg_mask, mem_mask = [m for m, _ in seg], [m for m, _ in mem]
    pairs = []
    for op in Indel.opcodes(mem_mask, seg_mask):
        if op.tag != "equal":
            continue
        for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end),
                        strict=True):
            if mem_mask[i] == _NAME_MASK and mem[i][1] != seg[j][1]:
                pairs.append((mem[i][1], seg[j][1]))
    return pairs, Indel.normalized_similarity(seg_mask, mem_mask)


def adapt_numbers(target: str, numbers: list[tuple[str, str]]) -> tuple[str, list, bool]:
    """Replace each old number of ``numbers`` in ``target`` by the new one.

    Returns (target, replaced pairs, all found). Numbers are matched by value, each target
    number used once, from the right so offsets stay valid.
    """
    found = target_numbers(target)
    used: set[int] = set()
    edits: list[tuple[int, int, str]] = []
    replaced: list[tuple[str, str]] = []
    complete = True
    for old, new in numbers:
        value = english_value(old)
        spot = next((k for k, (_, _, v) in enumerate(found) if v == value and k not in used),
                    None)
        if spot is None:
            complete = False
            continue
        used.add(spot)
        start, end, _ = found[spot]
        written = format_target(new, like=target[start:end])
        edits.append((start, end, written))
        replaced.append((target[start:end], written))
    for start, end, written in sorted(edits, reverse=True):
        target = target[:start] + written + target[end:]
    return target, replaced, complete
