"""Run the registered checks over cells: one unit, a list of rows, a whole project.

Checks see tag-free text; this module strips inline codes (``plain_with_offsets``), runs the
checks and maps every span back into the stored text. Results are keyed by cell
``(segment id, lang)`` where ``lang`` is the column the finding is shown in (the one to fix).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from app.core.collector import gc_paused
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
    with gc_paused():  # findings, units and numbers by the hundred thousand, no cycles
        return _check_rows(rows, context or CheckContext(), cancelled, progress, skip, workers)


def _check_rows(rows: Sequence[Row], context: CheckContext,
                cancelled: Callable[[], bool] | None, progress: Callable[[int, int], None] | None,
                skip: frozenset[str], workers: int) -> dict[CellKey, list[Finding]]:
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


#: Rows checked as one block: the checks' first looks scan a block's texts in one go, and
#: ``cancelled()`` is asked between blocks (as often as the window needs).
BLOCK = 50


def check_cells(rows: Sequence[Row], context: CheckContext, checks: Sequence[UnitCheck],
                cancelled: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None,
                inputs: ProjectInputs | None = None) -> dict[CellKey, list[Finding]]:
    """The unit checks on every cell of ``rows`` (unsorted; no project checks). ``inputs``
    collects what the project checks read, so they need not read the rows again.

    Block by block and check by check: each check's ``needs`` pick the cells it can find
    something in (one scan over the block's joined texts), and the check runs on those only.
    A cell's findings come in the order of the checks, as ``check_unit`` gives them."""
    plan = _Plan(checks)
    results: dict[CellKey, list[Finding]] = {}
    for first in range(0, len(rows), BLOCK):
        if cancelled is not None and cancelled():
            raise QaCancelled()
        if progress is not None and first % 1000 == 0:
            progress(first, len(rows))
        _check_block(rows[first:first + BLOCK], context, plan, results, inputs)
    return results


class _Plan:
    """The checks of a run with their first looks compiled."""

    def __init__(self, checks: Sequence[UnitCheck]) -> None:
        def looks(check: UnitCheck) -> tuple[tuple[re.Pattern[str], str], ...]:
            return tuple((_compiled(needs.pattern), needs.where) for needs in check.needs)

        self.cells = [(check.run, check.coded, looks(check)) for check in checks]
        self.sources = [(check.run, looks(check)) for check in checks
                        if check.source_too and not check.coded]


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class _Joined:
    """Texts joined by NUL (also before the first and after the last): one scan finds which
    texts contain a pattern."""

    __slots__ = ("starts", "text")

    def __init__(self, texts: list[str]) -> None:
        self.text = "\x00" + "\x00".join(texts) + "\x00"
        starts = []
        position = 1
        for text in texts:
            starts.append(position)
            position += len(text) + 1
        self.starts = starts

    def containing(self, pattern: re.Pattern[str]) -> set[int]:
        """Indices of the texts in which ``pattern`` matches (a match that starts on a
        separator or runs past a text's end counts for the text it starts in: at worst a
        check runs on a text it finds nothing in)."""
        found: set[int] = set()
        search, text, starts = pattern.search, self.text, self.starts
        last = len(starts) - 1
        position = 0
        while last >= 0:
            match = search(text, position)
            if match is None:
                break
            index = max(0, bisect_right(starts, match.start()) - 1)
            found.add(index)
            if index >= last:
                break
            position = starts[index + 1]  # one match per text is enough
        return found


def _selected(looks: tuple[tuple[re.Pattern[str], str], ...], units: list[Unit],
              texts: _Joined, sources: _Joined, row_of: list[int] | None) -> Iterable[int]:
    """The units that pass every look (``row_of``: unit -> its row, for looks at the
    source; None when the units are the source column itself)."""
    if not looks:
        return range(len(units))
    chosen: set[int] | None = None
    for pattern, where in looks:
        if chosen is not None and len(chosen) * 4 < len(units):  # a few left: one by one
            def found(text: str, search: Callable[[str], object] = pattern.search) -> bool:
                return search(f"\x00{text}\x00") is not None

            in_text = where != "source" or row_of is None
            in_source = where != "text" and row_of is not None
            chosen = {i for i in chosen if in_text and found(units[i].target)
                      or in_source and found(units[i].source)}
        else:
            passed: set[int] = set()
            if where != "source" or row_of is None:
                passed = texts.containing(pattern)
            if where != "text" and row_of is not None:
                rest = [i for i in range(len(units)) if i not in passed]
                if where == "either" and len(rest) * 4 < len(units):  # the text decided most
                    search = pattern.search
                    passed.update(i for i in rest if search(f"\x00{units[i].source}\x00"))
                else:
                    in_source = sources.containing(pattern)
                    passed.update(i for i in rest if row_of[i] in in_source)
            chosen = passed if chosen is None else chosen & passed
        if not chosen:
            return ()
    return sorted(chosen) if chosen is not None else ()


def _check_block(rows: Sequence[Row], context: CheckContext, plan: _Plan,
                 results: dict[CellKey, list[Finding]], inputs: ProjectInputs | None) -> None:
    sources: list[tuple[Row, PlainText | None, Unit]] = []
    cells: list[tuple[int, str, str, PlainText | None, Unit]] = []  # row index, lang, ...
    for number, row in enumerate(rows):
        item, source_text, prepared = _prepare(row)
        sources.append((row, item.source, Unit(source_text, source_text, "en")))
        for lang, target, tgt, unit in prepared:
            if inputs is not None:
                inputs.units.append((len(inputs.prepared), unit))
            cells.append((number, lang, target, tgt, unit))
        if inputs is not None:
            inputs.prepared.append(item)
    source_texts = _Joined([unit.source for _, _, unit in sources])
    cell_texts = _Joined([unit.target for *_, unit in cells])
    row_of = [cell[0] for cell in cells]

    source_units = [unit for *_, unit in sources]
    source_found: list[list[Finding]] = [[] for _ in sources]
    for run, looks in plan.sources:
        for i in _selected(looks, source_units, source_texts, source_texts, None):
            source_found[i].extend(run(source_units[i], context))
    cell_units = [unit for *_, unit in cells]
    cell_found: list[list[Finding]] = [[] for _ in cells]
    for run, coded, looks in plan.cells:
        for i in _selected(looks, cell_units, cell_texts, source_texts, row_of):
            number, lang, target, tgt, unit = cells[i]
            row, src, _ = sources[number]
            plain = src is None and tgt is None
            if coded:
                if not plain:  # a coded check looks at inline codes: none, nothing to do
                    cell_found[i].extend(run(Unit(row.segment.source, target, lang), context))
            elif plain:
                cell_found[i].extend(run(unit, context))
            else:
                cell_found[i].extend(_mapped(finding, src, row.segment.source, tgt, target)
                                     for finding in run(unit, context))

    # Into the results in row order: a row's source findings, then its cells'.
    cell = 0
    for number, (row, src, _) in enumerate(sources):
        sid = row.segment.id
        found = source_found[number]
        if src is not None:
            found = [finding.mapped(src, row.segment.source) for finding in found]
        while cell < len(cells) and cells[cell][0] == number:
            found += cell_found[cell]
            cell += 1
        for finding in found:
            results.setdefault((sid, finding.cell_lang), []).append(finding)


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
