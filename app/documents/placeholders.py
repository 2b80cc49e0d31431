"""printf, Python and brace placeholders (``%s``, ``%1$d``, ``%(name)s``, ``{name}``, ``{0}``)
as isolated tags, so that neither machine translation nor a reviewer can break them.

The printf and Python patterns are translate-toolkit's placeables (``FormattingPlaceable``,
``PythonFormattingPlaceable``); a match with a space in it (``50% said``, where ``% s`` would
be a printf conversion with the space flag) is prose and stays text. ``%%`` is a placeholder only
in a message flagged as a format string. Each tag's ``InlineCode.data["text"]`` is the
placeholder's literal text, written back as it was.
"""

from __future__ import annotations

import re
from functools import cache

from app.documents import inline_codes
from app.documents.model import InlineCode

_BRACE = r"\{(?:[A-Za-z_][\w.]*|\d+)?(?:![rsa])?(?::[^{}\s]{0,20})?\}"


@cache
def _pattern(percent_literal: bool) -> re.Pattern[str]:
    from translate.storage.placeables.general import (
        FormattingPlaceable,
        PythonFormattingPlaceable,
    )

    python = PythonFormattingPlaceable.regex.pattern.removeprefix("(?x)")
    parts = [python, FormattingPlaceable.regex.pattern, _BRACE]
    if not percent_literal:
        parts = [f"(?!%%)(?:{p}\n)" for p in parts[:2]] + [_BRACE]
    # The patterns are verbose with comments to the end of a line: close each on a new line.
    return re.compile("|".join(f"(?:{p}\n)" for p in parts), re.VERBOSE)


def code_placeholders(text: str, codes: dict[int, InlineCode],
                      format_flagged: bool = False, *, target: bool = False) -> str:
    """``text`` (coded text, tags kept) with each placeholder replaced by a new isolated tag,
    numbered after the codes already in ``codes`` (which gains an entry per placeholder).
    ``target``: the text is a translation of a source read this way; its placeholders take
    the source's tags (the first unused one with the same text) and ``codes`` is not
    changed; a placeholder the source lacks stays text."""
    pattern = _pattern(format_flagged)
    unused = [n for n, c in sorted(codes.items()) if "text" in c.data]

    def one(match: re.Match[str]) -> str:
        found = match.group()
        if any(c.isspace() for c in found) or (found == "%%" and not format_flagged):
            return found
        if target:
            for number in unused:
                if codes[number].data["text"] == found:
                    unused.remove(number)
                    return inline_codes.isolated_tag(number)
            return found
        number = max(codes, default=0) + 1
        if number > inline_codes.MAX_CODE:
            return found
        codes[number] = InlineCode(number, "isolated", found, {"text": found})
        return inline_codes.isolated_tag(number)

    return pattern.sub(one, text)


def restore_placeholders(coded: str, codes: dict[int, InlineCode]) -> str:
    """The inverse: every placeholder tag back to its literal text."""

    def one(match: re.Match[str]) -> str:
        tag = inline_codes.parse_tag(match.group())
        code = codes.get(tag.number) if tag else None
        if code is not None and "text" in code.data:
            return str(code.data["text"])
        return match.group()

    return inline_codes.TAG_PATTERN.sub(one, coded)
