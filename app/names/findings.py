"""What the name checker reports: mentions of people and places, and flags on spellings.

Plain data, no behaviour: the rules build these, the command line and the window read them.
Offsets are Python string indices into the text the finding belongs to (``lang`` says which
column: "en", "ru" or "uk"), so ``text == source[start:end]`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal, TypeVar

Severity = Literal["error", "warning", "info"]

# Flag kinds (stable codes; the window turns them into translated labels).
RUSSIAN_DERIVED_PLACE = "russian_derived_place"
RENAMED_PLACE = "renamed_place"
OTHER_ROMANIZATION = "other_romanization"
INFLECTED_FORM = "inflected_form"
INCONSISTENT_SPELLING = "inconsistent_spelling"
TRANSLATION_DROPPED_NAME = "translation_dropped_name"
TRANSLATION_MANGLED_NAME = "translation_mangled_name"
WRONG_LANGUAGE_FORM = "wrong_language_form"
GLOSSARY_DEPRECATED = "glossary_deprecated"
GLOSSARY_FORBIDDEN = "glossary_forbidden"

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_Finding = TypeVar("_Finding", "Flag", "Mention")


@dataclass(frozen=True)
class Mention:
    """One occurrence of a person, place or other name in a text."""

    text: str
    start: int
    end: int
    concept: str
    canonical: str
    lang: str = "en"

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "concept": self.concept,
            "canonical": self.canonical,
        }


@dataclass(frozen=True)
class Flag:
    """A spelling the editor should look at, with a suggestion and the reason in plain words.

    ``lang`` is the column whose text the offsets index; ``other_lang`` names the translation
    column a cross-language flag is about (the English span of a name the Russian column drops).
    """

    text: str
    start: int
    end: int
    kind: str
    severity: Severity
    suggestion: str | None
    reason: str
    concept: str
    lang: str = "en"
    other_lang: str | None = None
    # (code, arguments) of each sentence group of ``reason`` (app/names/reasons.py), for the
    # window to show it in the interface language; () when the reason has no template
    reason_parts: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, object]:
        # every field holds a str, an int or None: no copy needed (dataclasses.asdict copied
        # each value, 3% of a 10,000-line check-names --format json)
        return {name: getattr(self, name) for name in _FLAG_JSON_FIELDS}


_FLAG_JSON_FIELDS = tuple(
    f.name for f in fields(Flag) if f.name not in ("lang", "other_lang", "reason_parts")
)


@dataclass
class CheckResult:
    """Flags and mentions for one text, both sorted by position."""

    flags: list[Flag] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def sort(self) -> CheckResult:
        self.flags.sort(key=lambda f: (f.start, f.end, SEVERITY_ORDER[f.severity]))
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return self

    def to_json(self) -> dict[str, object]:
        return {
            "flags": [f.to_json() for f in self.flags],
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass
class SegmentCheckResult:
    """Findings for one segment: the English source and its Russian and Ukrainian columns."""

    en: CheckResult = field(default_factory=CheckResult)
    ru: CheckResult = field(default_factory=CheckResult)
    uk: CheckResult = field(default_factory=CheckResult)

    @property
    def flags(self) -> list[Flag]:
        return [*self.en.flags, *self.ru.flags, *self.uk.flags]

    @property
    def mentions(self) -> list[Mention]:
        return [*self.en.mentions, *self.ru.mentions, *self.uk.mentions]


def shifted(finding: _Finding, offset: int) -> _Finding:
    """``finding`` (a Flag or a Mention) ``offset`` characters further on, every other field
    kept: a line's findings in the whole file. (dataclasses.replace costs four times as much,
    which mattered for the 50,000 findings of a 10,000-line file.)"""
    moved = object.__new__(type(finding))
    state = moved.__dict__
    state.update(finding.__dict__)
    state["start"] += offset
    state["end"] += offset
    return moved


def match_case(suggestion: str, original: str) -> str:
    """Write ``suggestion`` in the letter case of ``original`` (KIEV -> KYIV, Kiev -> Kyiv)."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return suggestion.upper()
    return suggestion
