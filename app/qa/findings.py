"""What a QA check reports: one finding on a span of one cell's text.

Findings have the shape of name flags (``app.names.findings.Flag``): kind, severity, span,
flagged text, suggestion and reason, so that one panel, one report and one underline show both.
The reason is a stable code (``app.qa.reasons``) with its arguments; the window turns it into a
sentence in the interface language, the command line into English.

Offsets are Python string indices into the stored text of the column ``lang`` ("en", "ru" or
"uk"), inline codes included, so ``text == cell_text[start:end]`` always holds. A finding about
something the translation lost (a number, a URL) points at it in the English source: ``lang`` is
"en" and ``other_lang`` names the column to fix, exactly like a name the translation dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

# Finding kinds (stable codes: filters, ignore keys and reports use them).
NUMBERS = "numbers"
UNITS = "units"
DATES = "dates"
PUNCTUATION = "punctuation"
QUOTES = "quotes"
SPACES = "spaces"
REPEATED_WORD = "repeated_word"
UNTRANSLATED = "untranslated"
EMPTY = "empty"
LENGTH = "length"
MIXED_SCRIPT = "mixed_script"
WRONG_ALPHABET = "wrong_alphabet"
INVISIBLE = "invisible_character"
ENTITIES = "entities"
CONSISTENCY = "consistency"
SPELLING = "spelling"
TAGS = "tags"
CAPITALIZATION = "capitalization"
#: Name flags (app/names) join QA findings under this kind in filters and reports.
NAMES = "names"

KINDS = (NUMBERS, UNITS, DATES, PUNCTUATION, QUOTES, SPACES, REPEATED_WORD, UNTRANSLATED,
         EMPTY, LENGTH, MIXED_SCRIPT, WRONG_ALPHABET, INVISIBLE, ENTITIES, CONSISTENCY,
         SPELLING, TAGS, CAPITALIZATION, NAMES)


#: Kinds the name checker reports (app/names/findings.py); filters group them as "names".
NAME_KINDS = frozenset({
    "russian_derived_place", "renamed_place", "other_romanization", "inflected_form",
    "inconsistent_spelling", "translation_dropped_name", "translation_mangled_name",
    "wrong_language_form", "glossary_deprecated", "glossary_forbidden",
})


def category(kind: str) -> str:
    """The kind a filter lists: every name flag is "names", every tag problem "tags"."""
    if kind in NAME_KINDS:
        return NAMES
    if kind.startswith("tag_"):
        return TAGS
    return kind


@dataclass(frozen=True)
class Finding:
    """One problem on ``text == cell_text[start:end]`` of column ``lang``."""

    lang: str
    kind: str
    severity: Severity
    start: int
    end: int
    text: str
    suggestion: str | None
    reason: str  # a code from app.qa.reasons (or the name checker's English reason)
    args: tuple[str, ...] = ()  # values for the reason's %1, %2 ...
    other_lang: str | None = None  # the column to fix when it is not ``lang``
    concept: str = ""  # the person or place of a name flag ("" for QA findings)

    @property
    def cell_lang(self) -> str:
        """The column this finding is shown in (the one to fix)."""
        return self.other_lang or self.lang

    def mapped(self, plain, stored: str) -> Finding:
        """This finding with its span mapped from tag-free text to ``stored`` (the cell's text
        with its inline codes; ``plain`` is its ``inline_codes.PlainText``)."""
        start, end = plain.coded_span(self.start, self.end)
        return replace(self, start=start, end=end, text=stored[start:end])


def ignore_concept(finding: Finding) -> str:
    """What tells this finding apart from others on the same text in an ignore record: the
    name concept for a name flag, the reason code for a QA finding."""
    return finding.concept or f"qa:{finding.reason}"


def sort_key(finding: Finding) -> tuple:
    return (finding.start, finding.end, SEVERITY_ORDER[finding.severity], finding.kind)
