"""The Names panel's data: each person and place of a document with its forms per language.

Built from the checker's results (:func:`app.names.checker.check_document`), Qt-free, so the
panel's table model only displays it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.names.findings import SegmentCheckResult

LANGUAGES = ("en", "ru", "uk")


@dataclass
class ConceptSummary:
    """One person or place: its canonical English name, forms per language, flag count."""

    concept: str
    canonical: str
    kind: str  # "person" | "place" | "name"
    forms: dict[str, Counter[str]] = field(
        default_factory=lambda: {lang: Counter() for lang in LANGUAGES}
    )
    segments: set[int] = field(default_factory=set)
    flags: int = 0

    @property
    def mentions(self) -> int:
        return sum(sum(counter.values()) for counter in self.forms.values())


def summarize(
    results: Iterable[SegmentCheckResult], include_other_names: bool = False
) -> list[ConceptSummary]:
    """Concepts in order of first mention; other names (organisations) only on request."""
    summaries: dict[str, ConceptSummary] = {}
    for index, result in enumerate(results):
        for lang in LANGUAGES:
            column = getattr(result, lang)
            for mention in column.mentions:
                kind = mention.concept.split(":", 1)[0]
                if kind == "name" and not include_other_names:
                    continue
                summary = summaries.get(mention.concept)
                if summary is None:
                    canonical = mention.canonical if lang == "en" else ""
                    summary = ConceptSummary(mention.concept, canonical, kind)
                    summaries[mention.concept] = summary
                if not summary.canonical and lang == "en":
                    summary.canonical = mention.canonical
                summary.forms[lang][mention.text] += 1
                summary.segments.add(index)
            for flag in column.flags:
                if flag.concept in summaries:
                    summaries[flag.concept].flags += 1
    for summary in summaries.values():
        if not summary.canonical:
            summary.canonical = next(iter(summary.forms["en"]), "") or next(
                (form for lang in ("uk", "ru") for form in summary.forms[lang]), ""
            )
    return list(summaries.values())
