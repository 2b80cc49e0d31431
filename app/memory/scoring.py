"""Fuzzy scores that suit news: token similarity (rapidfuzz) with numbers and names as placeables.

Both sources are split into tokens (words, numbers, punctuation; tags ignored). Numbers are
masked, so "captured 10 soldiers" and "captured 12 soldiers" align token for token; the score
is rapidfuzz's Indel similarity of the masked, case-folded token lists, less a point per
differing number and a point for case differences, and three extra points per differing name
(a capitalised word inside the sentence): a name is never guessed, so a match that needs one is
worth less. A non-exact match scores at most 99.

Numbers that differ are carried into the target: each old number is looked up in the memory's
translation by value ("1,000" is "1 000" there) and replaced by the new one written the Russian
or Ukrainian way. A number that cannot be found costs five points and is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

from app.memory.numbers import english_value, format_target, target_numbers
from app.memory.text import is_number, normalize, tokens

_NUMBER_MASK = "\x00#"
NAME_PENALTY = 3
MISSING_NUMBER_PENALTY = 5


@dataclass(frozen=True)
class Score:
    score: int
    numbers: list[tuple[str, str]]  # (memory's number, segment's number) that differ


def _mask(token: str) -> str:
    return _NUMBER_MASK if is_number(token) else token.casefold()


def _is_name(token: str, position: int) -> bool:
    return position > 0 and token[:1].isupper() and not is_number(token)


def score(segment: str, memory_source: str) -> Score:
    """How well ``memory_source`` matches ``segment`` (0..100; 100 only when equal)."""
    if normalize(segment) == normalize(memory_source):
        return Score(100, [])
    seg, mem = tokens(segment), tokens(memory_source)
    if not seg or not mem:
        return Score(0, [])
    seg_mask, mem_mask = [_mask(t) for t in seg], [_mask(t) for t in mem]
    similarity = Indel.normalized_similarity(seg_mask, mem_mask)
    numbers: list[tuple[str, str]] = []
    case_differs = False
    names = 0
    for op in Indel.opcodes(mem_mask, seg_mask):
        if op.tag == "equal":
            for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end),
                            strict=True):
                if mem[i] == seg[j]:
                    continue
                if mem_mask[i] == _NUMBER_MASK:
                    if english_value(mem[i]) != english_value(seg[j]):
                        numbers.append((mem[i], seg[j]))
                else:
                    case_differs = True
            continue
        names += sum(_is_name(mem[i], i) for i in range(op.src_start, op.src_end))
        names += sum(_is_name(seg[j], j) for j in range(op.dest_start, op.dest_end))
    value = 100 * similarity - len(numbers) - case_differs - NAME_PENALTY * names
    return Score(max(0, min(99, round(value))), numbers)


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
