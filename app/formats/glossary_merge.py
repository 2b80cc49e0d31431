"""Merging concepts into a glossary: import from a file, or from one glossary into another.

Two steps, so a person sees what will happen before anything is written:

1. ``plan_merge`` compares the incoming concepts with the glossary and returns a
   ``MergeReport``: each incoming concept is *new*, *updated* (it matches one stored concept by
   a shared term and brings new terms or new values), *unchanged*, or *conflicting*.
2. ``apply_merge`` writes the new and updated concepts all or nothing (new ones in short
   transactions that an error or a cancel takes back out, so reviewers are not held up), with
   an audit event for each and one ``glossary.import`` summary event.

Matching: an incoming concept is the stored concept that has one of its terms (same language,
same text up to case and spacing). Stored terms the file leaves out are kept (merge, never
delete). Conflicting concepts are reported and NOT written: their terms belong to two stored
concepts, they share a term with another concept in the same file, or the merge would leave two
preferred terms for one language. Nothing is resolved silently.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.core.glossary_model import (
    Concept,
    ConceptKind,
    Detail,
    GlossaryError,
    Term,
    TermStatus,
)
from app.storage.bulk_write import STAGED_EVENTS, BulkWrite
from app.storage.database import event_time
from app.storage.glossary_queries import term_index
from app.storage.glossary_repo import GlossaryRepository
from app.storage.glossary_rows import clean_term
from app.storage.project_repo import ProjectRepository


class MergeAction(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICTING = "conflicting"


@dataclass(frozen=True)
class MergeItem:
    action: MergeAction
    incoming: Concept
    result: Concept | None = None  # what will be stored (updated: with the stored ids)
    existing: Concept | None = None
    changes: tuple[str, ...] = ()
    reason: str | None = None

    def describe(self) -> str:
        label = self.incoming.label()
        if self.action == MergeAction.CONFLICTING:
            return f"conflicting: {label}: {self.reason}"
        if self.action == MergeAction.UPDATED and self.existing is not None:
            return f"updated: #{self.existing.id} {label}: " + "; ".join(self.changes)
        if self.changes:
            return f"{self.action.value}: {label}: " + "; ".join(self.changes)
        return f"{self.action.value}: {label}"


@dataclass
class MergeReport:
    source: str
    items: list[MergeItem] = field(default_factory=list)
    skipped_languages: dict[str, int] = field(default_factory=dict)
    #: Data categories kept beside terms (definition, context, note, ...) -> count in the file.
    kept: dict[str, int] = field(default_factory=dict)
    #: What the file had that the glossary cannot keep, "category (level)" -> count.
    not_kept: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    applied: bool = False

    def of(self, action: MergeAction) -> list[MergeItem]:
        return [i for i in self.items if i.action == action]

    def counts(self) -> dict[str, int]:
        return {a.value: len(self.of(a)) for a in MergeAction}

    def lines(self, limit: int = 50) -> list[str]:
        """The report as text for the command line and the import dialog."""
        counts = self.counts()
        head = ", ".join(f"{n} {a}" for a, n in counts.items())
        lines = [f"{self.source}: {head}."]
        if self.skipped_languages:
            skipped = ", ".join(f"{k} ({n})" for k, n in sorted(self.skipped_languages.items()))
            lines.append(f"Skipped languages other than en/ru/uk: {skipped}.")
        if self.kept:
            kept = ", ".join(f"{k} ({n})" for k, n in sorted(self.kept.items()))
            lines.append(f"Kept beside the terms: {kept}.")
        if self.not_kept:
            lost = ", ".join(f"{k} ({n})" for k, n in sorted(self.not_kept.items()))
            lines.append(f"Not kept (the glossary has no place for them): {lost}.")
        lines += [f"Warning: {w}" for w in self.warnings[:limit]]
        shown = [i for i in self.items if i.action != MergeAction.UNCHANGED]
        for item in shown[:limit]:
            lines.append("  " + item.describe())
        if len(shown) > limit:
            lines.append(f"  ... and {len(shown) - limit} more")
        if counts["conflicting"]:
            lines.append("Conflicting concepts are not imported; fix them in the file or the "
                         "glossary and import again.")
        lines.append("Applied." if self.applied else "Nothing written yet.")
        return lines

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "counts": self.counts(),
            "applied": self.applied,
            "skipped_languages": self.skipped_languages,
            "kept": self.kept,
            "not_kept": self.not_kept,
            "warnings": self.warnings,
            "items": [
                {"action": i.action.value, "concept": i.incoming.label(),
                 "existing_id": i.existing.id if i.existing else None,
                 "changes": list(i.changes), "reason": i.reason}
                for i in self.items if i.action != MergeAction.UNCHANGED
            ],
        }


def _two_preferred(terms: Sequence[Term]) -> str | None:
    by_lang: dict[str, list[str]] = {}
    for t in terms:
        if t.status == TermStatus.PREFERRED:
            by_lang.setdefault(t.lang, []).append(t.text)
    for lang, texts in by_lang.items():
        if len(texts) > 1:
            return f"two preferred {lang} terms ({', '.join(texts)})"
    return None


def demote_extra_preferred(terms: Sequence[Term]) -> tuple[tuple[Term, ...], list[str]]:
    """Keep the first preferred term of each language; later ones become admitted."""
    seen: set[str] = set()
    out, changes = [], []
    for t in terms:
        if t.status == TermStatus.PREFERRED:
            if t.lang in seen:
                t = replace(t, status=TermStatus.ADMITTED)
                changes.append(f"{t.lang} '{t.text}' demoted to admitted (second preferred term)")
            seen.add(t.lang)
        out.append(t)
    return tuple(out), changes


def merge_notes(old: str | None, new: str | None) -> str | None:
    """A note that keeps both texts: the new one is added unless the old already says it."""
    if not new or new == old:
        return old
    if not old or old in new:
        return new
    if new in old.split("\n"):
        return old
    return f"{old}\n{new}"


def _merge_details(old: tuple[Detail, ...], new: tuple[Detail, ...]) -> tuple[Detail, ...]:
    return old + tuple(d for d in dict.fromkeys(new) if d not in old)


def _merge_one(existing: Concept, incoming: Concept) -> tuple[Concept, list[str]]:
    changes: list[str] = []
    stored = {t.key: t for t in existing.terms}
    terms = list(existing.terms)
    for term in incoming.terms:
        old = stored.get(term.key)
        if old is None:
            terms.append(replace(term, id=None))
            changes.append(f"add {term.lang} '{term.text}' ({term.status.value})")
            continue
        if (term.text == old.text and term.status == old.status
                and term.part_of_speech in (None, old.part_of_speech)
                and term.scheme in (None, old.scheme) and term.source in (None, old.source)
                and term.context_exceptions in ((), old.context_exceptions)
                and all(d in old.details for d in term.details)):
            continue  # nothing new (the common case when a file is imported again)
        new = replace(old, text=term.text, status=term.status,
                      part_of_speech=term.part_of_speech or old.part_of_speech,
                      scheme=term.scheme or old.scheme, source=term.source or old.source,
                      context_exceptions=term.context_exceptions or old.context_exceptions,
                      details=_merge_details(old.details, term.details))
        if not new.same_content(old):
            terms[terms.index(old)] = new
            what = []
            if new.text != old.text:
                what.append(f"spelling '{old.text}' -> '{new.text}'")
            if new.status != old.status:
                what.append(f"{old.status.value} -> {new.status.value}")
            changes.append(f"{term.lang} '{term.text}': {', '.join(what) or 'details changed'}")
    result = replace(existing, terms=tuple(terms)) if changes else existing
    if incoming.kind != ConceptKind.OTHER and incoming.kind != existing.kind:
        result = replace(result, kind=incoming.kind)
        changes.append(f"kind {existing.kind.value} -> {incoming.kind.value}")
    note = merge_notes(existing.note, incoming.note)
    if note != existing.note:
        result = replace(result, note=note)
        changes.append("note added" if not existing.note else "note merged")
    if incoming.subject and incoming.subject != existing.subject:
        result = replace(result, subject=incoming.subject)
        changes.append("subject changed")
    details = _merge_details(existing.details, incoming.details)
    if details != existing.details:
        result = replace(result, details=details)
        added = len(details) - len(existing.details)
        changes.append(f"{added} definition/note detail{'s' if added > 1 else ''} added")
    return result, changes


def plan_merge(
    repo: GlossaryRepository, incoming: Sequence[Concept], source: str = "import",
    on_conflict: str = "refuse",
) -> MergeReport:
    """Classify every incoming concept; writes nothing.

    ``on_conflict="demote"`` imports a concept that would have two preferred terms for one
    language with the later ones admitted (the report says which); ``"refuse"`` reports it as
    conflicting and leaves it out.
    """
    demote = on_conflict == "demote"
    report = MergeReport(source=source)
    index = term_index(repo.conn)
    in_file: dict[tuple[str, str], int] = {}  # key -> position of the incoming concept
    matches: list[set[int]] = []
    cleaned: list[Concept | str] = []
    for pos, concept in enumerate(incoming):
        try:
            terms = tuple(clean_term(t) for t in concept.terms)
            if not terms:
                raise GlossaryError("it has no terms")
        except GlossaryError as exc:
            cleaned.append(str(exc))
            matches.append(set())
            continue
        keys = [t.key for t in terms]
        found: set[int] = set()
        problem = None
        for term in terms:
            found |= index.get(term.key, set())
            other = in_file.setdefault(term.key, pos)
            if other != pos and problem is None:
                problem = (f"its {term.lang} term '{term.text}' is also in another concept of "
                           "the file; merge them there")
        if len(set(keys)) < len(keys):
            problem = "the same term is listed twice in this concept"
        same = all(a is b for a, b in zip(terms, concept.terms, strict=True))
        cleaned.append(problem or (concept if same else replace(concept, terms=terms)))
        matches.append(found)
    stored = repo.concepts_by_ids(sorted({next(iter(m)) for m in matches if len(m) == 1}))
    for concept, item, found in zip(incoming, cleaned, matches, strict=True):
        if isinstance(item, str):
            report.items.append(MergeItem(MergeAction.CONFLICTING, concept, reason=item))
        elif len(found) > 1:
            ids = ", ".join(f"#{i}" for i in sorted(found))
            report.items.append(MergeItem(
                MergeAction.CONFLICTING, concept,
                reason=f"its terms belong to several glossary concepts ({ids})",
            ))
        elif not found:
            problem = _two_preferred(item.terms)
            notes: list[str] = []
            if problem and demote:
                terms, notes = demote_extra_preferred(item.terms)
                item, problem = replace(item, terms=terms), None
            action = MergeAction.CONFLICTING if problem else MergeAction.NEW
            report.items.append(MergeItem(action, concept, result=item, reason=problem,
                                          changes=tuple(notes)))
        else:
            existing = stored[next(iter(found))]
            result, changes = _merge_one(existing, item)
            problem = _two_preferred(result.terms)
            if problem and demote and not _two_preferred(existing.terms):
                terms, notes = demote_extra_preferred(result.terms)
                result, problem = replace(result, terms=terms), None
                changes += notes
            if problem and not _two_preferred(existing.terms):
                report.items.append(MergeItem(MergeAction.CONFLICTING, concept,
                                              existing=existing, reason=problem))
            else:
                action = MergeAction.UPDATED if changes else MergeAction.UNCHANGED
                report.items.append(MergeItem(action, concept, result=result,
                                              existing=existing, changes=tuple(changes)))
    return report


def apply_merge(
    repo: GlossaryRepository, report: MergeReport, who: str | None, *,
    cancel: threading.Event | None = None, progress: Callable[[int, int], None] | None = None,
) -> MergeReport:
    """Write the new and updated concepts of a planned report, all or nothing.

    New concepts go in short transactions (``BulkWrite``) so reviewers are not held up by a
    large import; the updates and the summary event land together at the end. A failure, a
    cancel or Ctrl+C takes the new concepts back out.
    """
    new = [i.result for i in report.of(MergeAction.NEW) if i.result]  # ids not used

    def write_new(conn, chunk, _offset) -> dict[str, list[int]]:
        ids = repo.insert_concepts(conn, chunk, who, event_time(conn),
                                   action="glossary.import_concept", events=STAGED_EVENTS)
        return {"concepts": ids}

    def publish(conn) -> None:
        at = event_time(conn)
        for item in report.of(MergeAction.UPDATED):
            assert item.existing is not None and item.result is not None
            repo.merge_into(conn, item.existing, item.result, who, at,
                            action="glossary.import_update")
        ProjectRepository._event(conn, who, "glossary.import", None, None, None,
                                 {"source": report.source, **report.counts()}, at)

    bulk = BulkWrite(repo.pdb, "glossary.import", cancel=cancel, progress=progress)
    with bulk.reverting():
        bulk.begin()
        bulk.write(new, write_new)
        bulk.finish(publish)
    report.applied = True
    return report
