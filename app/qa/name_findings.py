"""Name flags (app/names) as findings, so reports and panels list them with the QA findings.

A name flag keeps its own kind (``russian_derived_place`` ...) and its English reason; the
finding's ``lang`` is the text its offsets index and ``other_lang`` the cell to fix, exactly as
the name checker reports them. Flags an editor ignored ("Ignore here") are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.names.findings import Flag
from app.qa.findings import Finding, sort_key
from app.qa.runner import CellKey
from app.storage.ignored_flags_repo import IgnoredFlag

if TYPE_CHECKING:
    from app.core.model import Row
    from app.names.glossary_rules import GlossaryLookup

def from_flag(flag: Flag) -> Finding:
    return Finding(flag.lang, flag.kind, flag.severity, flag.start, flag.end, flag.text,
                   flag.suggestion, flag.reason, (), flag.other_lang, flag.concept or "")


def name_findings(rows: Sequence[Row], glossary: GlossaryLookup | None = None,
                  ignored: set[IgnoredFlag] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> dict[CellKey, list[Finding]]:
    """Run the name checker over ``rows``; findings per cell (segment id, column to fix)."""
    from app.names.checker import NameChecker, SegmentText
    from app.qa.runner import cell_text

    texts = [SegmentText(row.segment.source, cell_text(row, "ru") or None,
                         cell_text(row, "uk") or None) for row in rows]
    results = NameChecker(glossary).check_segments(texts, cancelled)
    found: dict[CellKey, list[Finding]] = {}
    for row, result in zip(rows, results, strict=True):
        sid = row.segment.id
        for flag in result.flags:
            key = IgnoredFlag(sid, flag.lang, flag.kind, flag.text, flag.concept or "")
            if ignored and key in ignored:
                continue
            finding = from_flag(flag)
            found.setdefault((sid, finding.cell_lang), []).append(finding)
    for items in found.values():
        items.sort(key=sort_key)
    return found
