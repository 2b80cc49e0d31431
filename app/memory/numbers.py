"""Numbers as placeables: read an English or Russian/Ukrainian number, write one in the target's
style.

English groups thousands with commas and uses a decimal point ("1,000.5"); Russian and
Ukrainian (CLDR) group with a no-break space and use a decimal comma ("1 000,5"). A number
written in the target keeps the target's own habit: if the memory's translation wrote
"1 000" with a plain space, the adapted number uses a plain space too.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.memory.text import NUMBER

GROUP_SPACES = " \u00a0\u202f"
DEFAULT_GROUP = "\u00a0"  # CLDR ru/uk grouping separator
_IN_TEXT = re.compile(rf"(?<![\w.,])(?:{NUMBER})(?![\w])")


def english_value(token: str) -> Decimal | None:
    """1,000 -> 1000; 2.5 -> 2.5; 10 000 -> 10000."""
    cleaned = token.replace(",", "")
    for space in GROUP_SPACES:
        cleaned = cleaned.replace(space, "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def target_value(token: str) -> Decimal | None:
    """1 000 -> 1000; 2,5 -> 2.5; 1,000 (an English habit left in) -> 1000."""
    cleaned = token
    for space in GROUP_SPACES:
        cleaned = cleaned.replace(space, "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", cleaned):
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def target_numbers(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of every number in a Russian/Ukrainian text."""
    found = []
    for match in _IN_TEXT.finditer(text):
        value = target_value(match.group())
        if value is not None:
            found.append((match.start(), match.end(), value))
    return found


def format_target(english: str, like: str | None = None) -> str:
    """Write the English number ``english`` the Russian/Ukrainian way.

    Grouping follows the English ("1,000" is grouped, a year like "2024" is not); the space
    used is the one in ``like`` (the number it replaces) when that had one.
    """
    grouped = "," in english.split(".")[0] or any(s in english for s in GROUP_SPACES)
    integer, _, fraction = english.replace(",", "").partition(".")
    for space in GROUP_SPACES:
        integer = integer.replace(space, "")
    if grouped:
        space = next((s for s in GROUP_SPACES if like and s in like), DEFAULT_GROUP)
        head = len(integer) % 3 or 3
        groups = [integer[:head]] + [integer[i:i + 3] for i in range(head, len(integer), 3)]
        integer = space.join(groups)
    return integer + ("," + fraction if fraction else "")
