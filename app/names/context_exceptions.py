"""Contexts in which a flagged spelling is right: "chicken Kiev", "Kievan Rus", "Odessa, Texas".

The table lives in resources/names/context_exceptions.tsv (name, regular expression, why) so
editors can read and extend it without touching code. Rows for the name ``*`` apply to every
name: their expression ends in ``{name}`` and describes the words before it ("which Russia
calls Artemovsk", "formerly Dnepropetrovsk"), or starts with it and describes the words after
it ("Dnepropetrovsk, now Dnipro").
"""

from __future__ import annotations

import re
from functools import cache

from app.core.resources import resource_path
from app.names.reversed_pattern import can_end_at, reversed_pattern

_WINDOW = 60
_ANY_NAME = "*"
_PLACEHOLDER = "{name}"


_TEXT_SCOPE = "text"


@cache
def _all_rows() -> tuple[tuple[str, str, str], ...]:
    """(name, pattern, scope); scope "text" when the context names another place for the
    whole text ("Odessa, Texas" makes every Odessa of that text the Texas one)."""
    rows = []
    path = resource_path("names", "context_exceptions.tsv")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            scope = fields[3].strip() if len(fields) > 3 else ""
            rows.append((fields[0], fields[1], scope))
    return tuple(rows)


def _rows() -> tuple[tuple[str, str], ...]:
    return tuple((name, pattern) for name, pattern, _ in _all_rows())


@cache
def _text_scope_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name.casefold(), re.compile(pattern, re.IGNORECASE))
        for name, pattern, scope in _all_rows()
        if scope == _TEXT_SCOPE and name != _ANY_NAME
    )


def names_excepted_in_text(texts: list[str]) -> dict[str, tuple[int, int]]:
    """Casefolded names that a text of a document places elsewhere ("ODESSA, Texas"), with
    where that is first said (text index, offset): later mentions of them stay unflagged too
    (an earlier "port of Odessa" is still the Ukrainian city)."""
    found: dict[str, tuple[int, int]] = {}
    for name, pattern in _text_scope_patterns():
        for index, text in enumerate(texts):
            if name not in text.casefold():
                continue
            match = pattern.search(text)
            if match:
                position = (index, match.start())
                found[name] = min(found.get(name, position), position)
                break
    return found


@cache
def _table() -> dict[str, tuple[re.Pattern[str], ...]]:
    table: dict[str, list[re.Pattern[str]]] = {}
    for name, pattern in _rows():
        if name != _ANY_NAME:
            table.setdefault(name.casefold(), []).append(re.compile(pattern, re.IGNORECASE))
    return {name: tuple(patterns) for name, patterns in table.items()}


@cache
def _after_any_name() -> tuple[re.Pattern[str], ...]:
    """The ``*`` rows that start with the name, as patterns for the text right after it
    ("Dnepropetrovsk, now Dnipro")."""
    patterns = [
        f"(?:{pattern[len(_PLACEHOLDER):]})"
        for name, pattern in _rows()
        if name == _ANY_NAME and pattern.startswith(_PLACEHOLDER)
    ]
    return (re.compile("|".join(patterns), re.IGNORECASE),) if patterns else ()


@cache
def _before_any_name() -> tuple[re.Pattern[str], ...]:
    """The ``*`` rows as patterns for the text right before a name."""
    patterns = []
    for name, pattern in _rows():
        if name != _ANY_NAME or pattern.startswith(_PLACEHOLDER):
            continue
        if not pattern.endswith(_PLACEHOLDER):
            raise ValueError(
                f"Context exception {pattern!r} must start or end with {_PLACEHOLDER}."
            )
        patterns.append(f"(?:{pattern[: -len(_PLACEHOLDER)]})")
    if not patterns:
        return ()
    # One alternation searched once is several times faster than one search per row.
    return (re.compile(f"(?:{'|'.join(patterns)})$", re.IGNORECASE),)


@cache
def _before_reversed() -> tuple[re.Pattern[str] | None, ...]:
    """:func:`_before_any_name` read backwards, without the anchor (None: cannot be)."""
    return tuple(
        reversed_pattern(re.compile(p.pattern.removesuffix("$"), p.flags))
        for p in _before_any_name()
    )


def is_excepted(source: str, start: int, end: int) -> bool:
    """Whether the name at ``source[start:end]`` stands in a listed exception context."""
    offset = max(0, start - _WINDOW)
    # the backward match rules out almost every name in one step; the forward search, from
    # every position of the window, decides the rest
    if any(
        (reverse is None or can_end_at(reverse, source, offset, start))
        and pattern.search(source, offset, start)
        for pattern, reverse in zip(_before_any_name(), _before_reversed(), strict=True)
    ):
        return True
    if any(pattern.match(source, end, end + _WINDOW) for pattern in _after_any_name()):
        return True
    patterns = _table().get(source[start:end].casefold())
    if not patterns:
        return False
    window = source[offset : end + _WINDOW]
    for pattern in patterns:
        for match in pattern.finditer(window):
            if match.start() + offset <= start and end <= match.end() + offset:
                return True
    return False
