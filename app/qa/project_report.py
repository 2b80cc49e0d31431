"""The QA report of a whole project: every check on every cell, name flags included.

Runs headless (the ``qa`` command, File > Export QA report from a worker thread): opens nothing
itself, reads through the repositories of an open ``ProjectDatabase``. Findings an editor
ignored are left out, or kept and marked when ``keep_ignored`` (the HTML report shows them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.model import Row
from app.qa.findings import Finding, ignore_concept
from app.qa.runner import CellKey, check_rows, flatten, merge
from app.qa.unit import CheckContext
from app.storage.database import ProjectDatabase
from app.storage.ignored_flags_repo import IgnoredFlag, IgnoredFlagsRepository


@dataclass
class ReportItem:
    segment_id: int
    number: int  # the segment's number as the grid shows it (from 1)
    finding: Finding
    cell_text: str  # the text the finding's offsets index
    status: str  # the review status of the cell to fix ("source" for the English column)
    ignored: bool = False


@dataclass
class QaReport:
    items: list[ReportItem] = field(default_factory=list)
    segments: int = 0


def ignore_key(segment_id: int, finding: Finding) -> IgnoredFlag:
    return IgnoredFlag(segment_id, finding.lang, finding.kind, finding.text,
                       ignore_concept(finding))


def text_of(row: Row, lang: str) -> str:
    if lang == "en":
        return row.segment.source
    cell = row.cells.get(lang)
    return (cell.text or "") if cell is not None else ""


def project_findings(pdb: ProjectDatabase, rows: list[Row], *, names: bool = True,
                     context: CheckContext | None = None,
                     cancelled: Callable[[], bool] | None = None, workers: int = 1,
                     ) -> dict[CellKey, list[Finding]]:
    found = check_rows(rows, context, cancelled, workers=workers)
    if not names:
        return found
    from app.qa.name_findings import name_findings
    from app.storage.glossary_lookup import RepositoryGlossaryLookup
    from app.storage.glossary_repo import GlossaryRepository

    glossary = RepositoryGlossaryLookup(GlossaryRepository(pdb))
    return merge(found, name_findings(rows, glossary, None, cancelled))


def build_report(pdb: ProjectDatabase, *, names: bool = True, keep_ignored: bool = False,
                 context: CheckContext | None = None,
                 cancelled: Callable[[], bool] | None = None, workers: int = 1) -> QaReport:
    """``workers`` > 1: the cells are checked in that many processes (the command line)."""
    from app.storage.project_repo import ProjectRepository

    rows = ProjectRepository(pdb).rows()
    found = project_findings(pdb, rows, names=names, context=context, cancelled=cancelled,
                             workers=workers)
    ignored = IgnoredFlagsRepository(pdb).all()
    by_id = {row.segment.id: row for row in rows}
    report = QaReport(segments=len(rows))
    for sid, finding in flatten(found, by_id):
        row = by_id[sid]
        is_ignored = ignore_key(sid, finding) in ignored
        if is_ignored and not keep_ignored:
            continue
        cell = row.cells.get(finding.cell_lang)
        status = cell.status.value if cell is not None else "source"
        report.items.append(ReportItem(sid, row.segment.index + 1, finding,
                                       text_of(row, finding.lang), status, is_ignored))
    return report


@dataclass
class QaSnapshot:
    """QA findings of a whole project for the window (name flags come from the names check).

    ``findings`` are keyed by the cell to fix; ``spelling_error`` is the message to show once
    when spelling could not be checked."""

    findings: dict[CellKey, list[Finding]] = field(default_factory=dict)
    ignored: set[IgnoredFlag] = field(default_factory=set)
    segments: int = 0
    spelling_error: str | None = None


def check_project_file(path, speller=None,
                       cancelled: Callable[[], bool] | None = None) -> QaSnapshot:
    """Every QA check over the project at ``path`` (call from a worker thread: it opens its
    own connection; ``speller`` is loaded here if it is not yet)."""
    from app.qa.project_spelling import project_speller
    from app.qa.spelling import SpellingUnavailableError
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    snapshot = QaSnapshot()
    context = CheckContext()
    with open_project(path) as pdb:
        rows = ProjectRepository(pdb).rows()
        snapshot.ignored = IgnoredFlagsRepository(pdb).all()
        if speller is not None:
            try:
                context.speller = project_speller(pdb, speller, cancelled)
            except SpellingUnavailableError as exc:
                snapshot.spelling_error = str(exc)
    snapshot.segments = len(rows)
    snapshot.findings = check_rows(rows, context, cancelled, skip=frozenset({"tags"}))
    return snapshot
