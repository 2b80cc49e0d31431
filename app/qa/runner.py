"""Run the registered checks over cells: one unit, a list of rows, a whole project.

Checks see tag-free text; this module strips inline codes (``plain_with_offsets``), runs the
checks and maps every span back into the stored text. Results are keyed by cell
``(segment id, lang)`` where ``lang`` is the column the finding is shown in (the one to fix).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.core.model import Row, Status
from app.documents.inline_codes import PlainText, has_tags, plain_with_offsets
from app.qa.findings import Finding, sort_key
from app.qa.registry import PROJECT_CHECKS, UnitCheck, unit_checks
from app.qa.unit import CheckContext, Unit

CellKey = tuple[int, str]


class QaCancelled(Exception):
    """Raised by a check run whose ``cancelled()`` callback answered True."""


@dataclass
class _Prepared:
    segment_id: int
    source: PlainText | None
    targets: dict[str, tuple[str, PlainText | None]] = field(default_factory=dict)


def check_unit(source: str, target: str, lang: str, context: CheckContext | None = None,
               checks: Sequence[UnitCheck] | None = None) -> list[Finding]:
    """Findings for one target text against its source (offsets into the stored texts)."""
    context = context or CheckContext()
    src, tgt = _plain(source), _plain(target)
    unit = Unit(src.text if src else source, tgt.text if tgt else target, lang)
    coded = Unit(source, target, lang)
    found: list[Finding] = []
    for check in unit_checks() if checks is None else checks:
        if check.coded:
            found.extend(check.run(coded, context))
            continue
        for finding in check.run(unit, context):
            found.append(_mapped(finding, src, source, tgt, target))
    return sorted(found, key=sort_key)


def check_source(source: str, context: CheckContext | None = None,
                 checks: Sequence[UnitCheck] | None = None) -> list[Finding]:
    """Findings on the English source itself (invisible characters, mixed scripts ...)."""
    context = context or CheckContext()
    src = _plain(source)
    text = src.text if src else source
    unit = Unit(text, text, "en")
    found = [_mapped(finding, src, source, None, "")
             for check in (unit_checks() if checks is None else checks) if check.source_too
             for finding in check.run(unit, context)]
    return sorted(found, key=sort_key)


def _plain(text: str) -> PlainText | None:
    """Tag-free text with its way back, or None when the text has no tags (most texts:
    stripping character by character would cost more than all the checks)."""
    return plain_with_offsets(text) if has_tags(text) else None


def _mapped(finding: Finding, src: PlainText | None, source: str, tgt: PlainText | None,
            target: str) -> Finding:
    plain = src if finding.lang == "en" else tgt
    if plain is None:
        return finding
    return finding.mapped(plain, source if finding.lang == "en" else target)


def cell_text(row: Row, lang: str) -> str | None:
    """The text QA looks at in a cell (None: nothing there yet)."""
    cell = row.cells.get(lang)
    if cell is None or (cell.status is Status.NEW and cell.text is None):
        return None
    return cell.text if cell.text is not None else ""


def _prepare(row: Row) -> tuple[_Prepared, str, list[tuple[str, str, PlainText | None, Unit]]]:
    """A row's tag-free source text and its translated cells as (lang, stored text, tag-free
    text or None, unit): what the unit checks and the project checks both read."""
    source = row.segment.source
    src = _plain(source)
    source_text = src.text if src else source
    item = _Prepared(row.segment.id, src)
    cells = []
    for lang in row.cells:
        target = cell_text(row, lang)
        if target is None:
            continue
        tgt = _plain(target)
        item.targets[lang] = (target, tgt)
        cells.append((lang, target, tgt, Unit(source_text, tgt.text if tgt else target, lang)))
    return item, source_text, cells


def check_rows(rows: Sequence[Row], context: CheckContext | None = None,
               cancelled: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None,
               skip: frozenset[str] = frozenset(), workers: int = 1,
               ) -> dict[CellKey, list[Finding]]:
    """Every check on every cell of ``rows`` (and the project checks across them), but the
    checks named in ``skip`` (the window leaves "tags" to the grid, which checks on demand).

    ``workers`` > 1 spreads the cells over that many processes (``parallel_runner``; the
    command line does, the window's worker thread does not)."""
    context = context or CheckContext()
    checks = [check for check in unit_checks() if check.name not in skip]
    results: dict[CellKey, list[Finding]]
    if workers > 1:
        from app.qa.parallel_runner import check_cells_in_processes

        # This process runs the project checks while the workers check the cells.
        project: dict[CellKey, list[Finding]] = {}
        results = check_cells_in_processes(rows, context, checks, workers, cancelled, progress,
                                           meanwhile=lambda: _check_project(rows, context,
                                                                            project))
        for key, found in project.items():
            results.setdefault(key, []).extend(found)
    else:
        inputs = ProjectInputs()  # collected while checking the cells
        results = check_cells(rows, context, checks, cancelled, progress, inputs)
        _run_project_checks(inputs, context, results)
    for found in results.values():
        found.sort(key=sort_key)
    return results


def check_cells(rows: Sequence[Row], context: CheckContext, checks: Sequence[UnitCheck],
                cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None,
                inputs: ProjectInputs | None = None) -> dict[CellKey, list[Finding]]:
    """The unit checks on every cell of ``rows`` (unsorted; no project checks). ``inputs``
    collects what the project checks read, so they need not read the rows again."""
    runs = [(check.run, check.coded) for check in checks]
    source_runs = [check.run for check in checks if check.source_too and not check.coded]
    results: dict[CellKey, list[Finding]] = {}
    for number, row in enumerate(rows):
        if cancelled is not None and number % 50 == 0 and cancelled():
            raise QaCancelled()
        if progress is not None and number % 1000 == 0:
            progress(number, len(rows))
        source = row.segment.source
        item, source_text, cells = _prepare(row)
        src = item.source
        found: list[Finding] = []
        source_unit = Unit(source_text, source_text, "en")
        for run in source_runs:
            found.extend(run(source_unit, context))
        if src is not None:
            found = [finding.mapped(src, source) for finding in found]
        for lang, target, tgt, unit in cells:
            if inputs is not None:
                inputs.units.append((len(inputs.prepared), unit))
            plain = src is None and tgt is None
            for run, coded in runs:
                if coded:
                    if not plain:  # a coded check looks at inline codes: none, nothing to do
                        found.extend(run(Unit(source, target, lang), context))
                elif plain:
                    found.extend(run(unit, context))
                else:
                    found.extend(_mapped(finding, src, source, tgt, target)
                                 for finding in run(unit, context))
        if inputs is not None:
            inputs.prepared.append(item)
        sid = row.segment.id
        for finding in found:
            results.setdefault((sid, finding.cell_lang), []).append(finding)
    return results


@dataclass
class ProjectInputs:
    """What the project checks read: every translated cell as a tag-free unit, and the way
    back to each cell's stored text."""

    prepared: list[_Prepared] = field(default_factory=list)
    units: list[tuple[int, Unit]] = field(default_factory=list)


def _check_project(rows: Sequence[Row], context: CheckContext,
                   results: dict[CellKey, list[Finding]]) -> None:
    """The project checks (consistency) over every translated cell of ``rows``."""
    inputs = ProjectInputs()
    prepared, units = inputs.prepared, inputs.units
    for row in rows:
        item, _, cells = _prepare(row)
        units.extend((len(prepared), unit) for *_, unit in cells)
        prepared.append(item)
    _run_project_checks(inputs, context, results)


def _run_project_checks(inputs: ProjectInputs, context: CheckContext,
                        results: dict[CellKey, list[Finding]]) -> None:
    for project_check in PROJECT_CHECKS:
        for index, finding in project_check.run(inputs.units, context):
            item = inputs.prepared[index]
            target, tgt = item.targets[finding.lang]
            results.setdefault((item.segment_id, finding.cell_lang), []).append(
                _mapped(finding, item.source, "", tgt, target))


def merge(*sources: dict[CellKey, list[Finding]]) -> dict[CellKey, list[Finding]]:
    merged: dict[CellKey, list[Finding]] = {}
    for results in sources:
        for key, found in results.items():
            merged.setdefault(key, []).extend(found)
    for found in merged.values():
        found.sort(key=sort_key)
    return merged


def flatten(results: dict[CellKey, list[Finding]],
            order: Iterable[int]) -> list[tuple[int, Finding]]:
    """(segment id, finding) in segment order, then column (en, ru, uk), then position."""
    position = {sid: n for n, sid in enumerate(order)}
    langs = {"en": 0, "ru": 1, "uk": 2}
    items = [(sid, finding) for (sid, _), found in results.items() for finding in found]
    items.sort(key=lambda item: (position.get(item[0], len(position)),
                                 langs.get(item[1].cell_lang, 3), sort_key(item[1])))
    return items
