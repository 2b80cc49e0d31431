"""A regular expression read backwards, to ask "does it match just before here?" in one step.

``pattern.search(text, start - 60, start)`` for a pattern anchored with ``$`` tries every one
of the 60 positions and every alternative at each (about 60 microseconds with a twenty-branch
case-insensitive alternation). The reversed expression matched once on the reversed text
answers whether a match can end at ``start``: one attempt instead of sixty.

The reversal is built from the parse tree of :mod:`re` (its own parser and compiler, so the
meaning of every character class, flag and case fold stays the same): concatenations are
reversed, alternations, groups and repetitions reversed inside; ``\\b`` and ``\\B`` look at the
characters on both sides and read the same either way. Anything else (anchors, look-arounds,
back-references, atomic groups) has no simple reverse, and :func:`reversed_pattern` returns
None for it, so callers keep the forward search.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_sre_parser: Any = None
try:  # the parser and compiler of the re module (Python 3.11+; private, hence no stubs)
    _sre_compiler: Any = importlib.import_module("re._compiler")
    _sre: Any = importlib.import_module("re._constants")
    _sre_parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another implementation: callers search forward
    pass



def _named(*names: str) -> frozenset[Any]:
    return frozenset(getattr(_sre, name) for name in names) if _sre_parser else frozenset()


_SAME_BOTH_WAYS = _named("LITERAL", "NOT_LITERAL", "IN", "ANY")
_REPEATS = _named("MAX_REPEAT", "MIN_REPEAT")
_SYMMETRIC_ASSERTIONS = _named("AT_BOUNDARY", "AT_NON_BOUNDARY")


class _NoReverse(Exception):
    pass


def _reverse(items: Any, state: Any) -> Any:
    out = []
    for op, av in reversed(list(items)):
        if op in _SAME_BOTH_WAYS:
            out.append((op, av))
        elif op is _sre.AT and av in _SYMMETRIC_ASSERTIONS:
            out.append((op, av))
        elif op is _sre.BRANCH:
            out.append((op, (av[0], [_reverse(branch, state) for branch in av[1]])))
        elif op is _sre.SUBPATTERN:
            group, add_flags, del_flags, inner = av
            out.append((op, (group, add_flags, del_flags, _reverse(inner, state))))
        elif op in _REPEATS:
            low, high, inner = av
            out.append((op, (low, high, _reverse(inner, state))))
        else:
            raise _NoReverse(op)
    return _sre_parser.SubPattern(state, out)


def reversed_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that matches the reverse of every text ``pattern`` matches (same flags), or
    None when ``pattern`` uses something that cannot be read backwards."""
    if _sre_parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.groupdict:
            return None  # named groups: nothing here needs them
        return _sre_compiler.compile(_reverse(parsed, parsed.state), pattern.flags)
    except (_NoReverse, _sre.error, TypeError, ValueError, AttributeError):
        return None


def can_end_at(reverse: re.Pattern[str], text: str, offset: int, end: int) -> bool:
    """Whether the forward pattern of ``reverse`` may match a span of ``text`` that ends at
    ``end`` and starts at ``offset`` or later (as ``forward.search(text, offset, end)`` with
    ``$`` would). Never False when that search would match; may be True for a match that
    starts one character before ``offset``, so a True answer is confirmed by the forward
    search."""
    # one character more than the window, so that \\b at its first position sees what the
    # forward search sees there
    return reverse.match(text[max(0, offset - 1) : end][::-1]) is not None
