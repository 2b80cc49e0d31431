"""The names check of a whole project, as a worker function and its plain result (no Qt).

``check_project(path)`` runs on a task-runner thread: it opens its own connection to the
project, reads every segment with its Russian and Ukrainian text, takes a snapshot of the
project glossary and runs ``NameChecker`` over the document. The name data (gazetteer,
pymorphy3 dictionaries) loads there on first use, never on the GUI thread.

The result keeps the flags per cell ``(segment id, "en"/"ru"/"uk")`` and one summary per
concept (person or place) with the forms found in each language, for the Names panel.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.names.findings import Flag, Mention
    from app.names.name_data import NameData

LANGS = ("en", "ru", "uk")
#: Segments checked between two voluntary releases of the interpreter lock (keeps keystrokes
#: in the window fast while a check runs; a release per segment would slow the check by half).
YIELD_EVERY = 25
CellKey = tuple[int, str]


@dataclass
class ConceptSummary:
    """One person or place in the document, with every form it takes per language."""

    concept: str
    kind: str  # "place", "person", "name", "glossary"
    forms: dict[str, Counter] = field(default_factory=lambda: {lang: Counter() for lang in LANGS})
    canonical: dict[str, str] = field(default_factory=dict)  # lang -> canonical / nominative
    flag_count: int = 0
    first: CellKey | None = None  # where the first mention is

    @property
    def count(self) -> int:
        return sum(sum(forms.values()) for forms in self.forms.values())

    @property
    def label(self) -> str:
        return (self.canonical.get("en") or self.canonical.get("uk")
                or self.canonical.get("ru") or self.concept)

    def form_list(self, lang: str) -> list[str]:
        return [text for text, _ in self.forms[lang].most_common()]


@dataclass
class NameCheckSnapshot:
    flags: dict[CellKey, list[Flag]] = field(default_factory=dict)
    mentions: dict[CellKey, list[Mention]] = field(default_factory=dict)
    concepts: dict[str, ConceptSummary] = field(default_factory=dict)
    segments: int = 0


def check_project(path: Path | str,
                  check_cancelled: Callable[[], None] = lambda: None) -> NameCheckSnapshot:
    """Check every segment of the project at ``path`` (call from a worker thread).

    ``check_cancelled()`` raises to stop the check; it is called between segments."""
    from app.names.checker import NameChecker, SegmentText
    from app.names.name_data import get_name_data
    from app.storage.database import open_project
    from app.storage.glossary_lookup import RepositoryGlossaryLookup
    from app.storage.glossary_repo import GlossaryRepository
    from app.storage.project_repo import ProjectRepository

    with open_project(path) as pdb:
        rows = ProjectRepository(pdb).rows()
        glossary = RepositoryGlossaryLookup(GlossaryRepository(pdb))
    check_cancelled()
    data = get_name_data()
    check_cancelled()
    texts = [
        SegmentText(row.segment.source,
                    *((row.cells[lang].text or None) if lang in row.cells else None
                      for lang in ("ru", "uk")))
        for row in rows
    ]

    asked = itertools.count()

    def cancelled() -> bool:
        check_cancelled()  # raises (TaskCancelled) once the task was cancelled
        if next(asked) % YIELD_EVERY == 0:
            time.sleep(0)  # let a waiting GUI thread take the interpreter lock now
        return False

    results = NameChecker(glossary, data).check_segments(texts, cancelled)
    check_cancelled()
    snapshot = NameCheckSnapshot(segments=len(rows))
    for row, result in zip(rows, results, strict=True):
        sid = row.segment.id
        for lang in LANGS:
            column = getattr(result, lang)
            for flag in column.flags:
                # A name the Russian or Ukrainian translation dropped is marked in that cell,
                # the one to fix, although its offsets point into the English text.
                snapshot.flags.setdefault((sid, flag.other_lang or lang), []).append(flag)
            if column.mentions:
                snapshot.mentions[(sid, lang)] = list(column.mentions)
            for mention in column.mentions:
                summary = _summary(snapshot, mention.concept)
                summary.forms[lang][mention.text] += 1
                summary.canonical.setdefault(lang, mention.canonical)
                summary.first = summary.first or (sid, lang)
            for flag in column.flags:
                _summary(snapshot, flag.concept).flag_count += 1
    for summary in snapshot.concepts.values():
        _fill_nominatives(summary, data)
    return snapshot


def _summary(snapshot: NameCheckSnapshot, concept: str) -> ConceptSummary:
    summary = snapshot.concepts.get(concept)
    if summary is None:
        summary = ConceptSummary(concept, concept.split(":", 1)[0])
        snapshot.concepts[concept] = summary
    return summary


def _fill_nominatives(summary: ConceptSummary, data: NameData) -> None:
    """Russian and Ukrainian nominatives from the name data: for a place the gazetteer's names
    win (a translation may use the wrong language's form); for a person, guesses only fill
    what the translations did not show."""
    en = summary.canonical.get("en")
    if not en:
        return
    if summary.kind == "place":
        from app.names.concepts import place_concept

        place = next((p for p in data.places_by_latin(en) if place_concept(p) == summary.concept),
                     None)
        if place is not None:
            summary.canonical.update(
                {lang: text for lang, text in (("ru", place.ru), ("uk", place.uk)) if text}
            )
    elif summary.kind == "person":
        for lang in ("ru", "uk"):
            if lang not in summary.canonical:
                words = [_person_word(word, lang, data) for word in en.split()]
                if all(words):
                    summary.canonical[lang] = " ".join(w for w in words if w)


def _person_word(word: str, lang: str, data: NameData) -> str | None:
    given = getattr(data.given_name(word), lang)
    if given:
        return given[0]
    candidates = data.candidates(word, lang)
    return candidates[0] if candidates else None
