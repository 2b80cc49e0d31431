"""Glossary spellings approved by editors override every name rule.

The glossary store (issue 5) implements :class:`GlossaryLookup`; the checker asks it about each
name before applying its own rules. A preferred or admitted term silences the rules on that
span (an editor approved "Dynamo Kiev" or "Zelensky"); a deprecated term gets a warning and a
forbidden one an error, both suggesting the entry's preferred term.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from app.names.findings import (
    GLOSSARY_DEPRECATED,
    GLOSSARY_FORBIDDEN,
    Flag,
    Severity,
    match_case,
)
from app.names.reasons import why

TermStatus = Literal["preferred", "admitted", "deprecated", "forbidden"]
APPROVED: frozenset[str] = frozenset({"preferred", "admitted"})


@dataclass(frozen=True)
class GlossaryHit:
    """A glossary entry that matches a span of text.

    ``term`` is the matched term as stored, ``status`` its status, ``preferred`` the entry's
    preferred term in the same language, ``concept`` the entry id (used as the concept of the
    mention when given), ``note`` the editors' note.
    """

    term: str
    status: TermStatus
    preferred: str | None
    concept: str | None = None
    note: str = ""

    @property
    def approved(self) -> bool:
        return self.status in APPROVED


@runtime_checkable
class GlossaryLookup(Protocol):
    def preferred(self, text: str, lang: str) -> GlossaryHit | None:
        """The entry whose term in ``lang`` is ``text`` (case-insensitive), or None."""
        ...


def lookup_span(
    glossary: GlossaryLookup | None, source: str, start: int, end: int, lang: str
) -> tuple[GlossaryHit, int, int] | None:
    """The glossary hit for the name at ``source[start:end]``, also trying its neighbours.

    A term may be the name itself ("Kyiv"), or the name with the word before or after it
    ("chicken Kiev", "Dynamo Kiev", "Kiev Post"); the widest match wins.
    """
    if glossary is None:
        return None
    spans = [(start, end)]
    before = source.rfind(" ", 0, max(0, start - 1)) + 1
    if 0 < start and source[start - 1] == " " and before < start - 1:
        spans.insert(0, (before, end))
    after_end = end + 1
    while after_end < len(source) and (source[after_end].isalnum() or source[after_end] in "-'"):
        after_end += 1
    if end < len(source) and source[end] == " " and after_end > end + 1:
        spans.insert(0, (start, after_end))
    for span_start, span_end in spans:
        hit = glossary.preferred(source[span_start:span_end], lang)
        if hit is not None:
            return hit, span_start, span_end
    return None


def glossary_flag(
    hit: GlossaryHit, source: str, start: int, end: int, concept: str, lang: str = "en"
) -> Flag | None:
    """The flag a deprecated or forbidden glossary term earns; None for approved terms."""
    if hit.approved:
        return None
    text = source[start:end]
    suggestion = match_case(hit.preferred, text) if hit.preferred else None
    use = "_use" if hit.preferred else ""
    severity: Severity
    if hit.status == "forbidden":
        kind, severity, code = GLOSSARY_FORBIDDEN, "error", "glossary_forbidden"
    else:
        kind, severity, code = GLOSSARY_DEPRECATED, "warning", "glossary_deprecated"
    return Flag(
        text=text, start=start, end=end, kind=kind, severity=severity, suggestion=suggestion,
        **why(code + use, hit.term, hit.preferred or "", hit.note or ""),
        concept=concept or hit.concept or "",
        lang=lang,
    )
