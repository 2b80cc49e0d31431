"""Where a memory source differs from the segment being translated (for highlighting).

Word-level opcodes from rapidfuzz's Indel distance over the two texts' tokens (white space kept
as tokens so offsets map back): the spans returned are the parts of the memory's source that
the segment does not have (replaced or missing words).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

_PIECES = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _pieces(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _PIECES.finditer(text)]


def differing_spans(memory_source: str, segment: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``memory_source`` of the words ``segment`` does not share."""
    mem, seg = _pieces(memory_source), _pieces(segment)
    spans: list[tuple[int, int]] = []
    for op in Indel.opcodes([p[2] for p in mem], [p[2] for p in seg]):
        if op.tag in ("delete", "replace") and op.src_start < op.src_end:
            words = [p for p in mem[op.src_start:op.src_end] if not p[2].isspace()]
            if words:
                start, end = words[0][0], words[-1][1]
                if spans and memory_source[spans[-1][1]:start].isspace():
                    spans[-1] = (spans[-1][0], end)  # one span over neighbouring words
                else:
                    spans.append((start, end))
    return spans
