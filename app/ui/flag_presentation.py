"""How name-check flags look on screen: severity colours, translated kind labels, tooltips.

The checker returns stable codes (``Flag.kind``, ``Flag.severity``), an English reason and the
reason's template codes with arguments (``Flag.reason_parts``, app/names/reasons.py); only this
module turns codes into colours and translated words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.documents.inline_codes import display
from app.names.reasons import CONTEXT as REASON_CONTEXT
from app.names.reasons import REASONS
from app.qa.reasons import fill

if TYPE_CHECKING:
    from app.names.findings import Flag
    from app.ui.cell_findings import CellFinding

SEVERITY_COLORS = {"error": "#d32f2f", "warning": "#f57c00", "info": "#1976d2"}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def worst_severity(flags: Sequence[Flag | CellFinding]) -> str | None:
    if not flags:
        return None
    return min((f.severity for f in flags), key=lambda s: SEVERITY_RANK.get(s, 3))


def severity_label(severity: str) -> str:
    translate = QCoreApplication.translate
    return {
        "error": translate("NameFlags", "error"),
        "warning": translate("NameFlags", "warning"),
        "info": translate("NameFlags", "note"),
    }.get(severity, severity)


def kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "russian_derived_place": translate("NameFlags", "Russian-derived spelling"),
        "other_romanization": translate("NameFlags", "Another romanization"),
        "inflected_form": translate("NameFlags", "Inflected or short form"),
        "inconsistent_spelling": translate("NameFlags", "Spelled two ways"),
        "translation_dropped_name": translate("NameFlags", "Name missing in translation"),
        "translation_mangled_name": translate("NameFlags", "Name changed in translation"),
        "wrong_language_form": translate("NameFlags", "Other language's form"),
        "glossary_deprecated": translate("NameFlags", "Deprecated in the glossary"),
        "glossary_forbidden": translate("NameFlags", "Forbidden by the glossary"),
        "tag_missing": translate("TagCheck", "Tag missing"),
        "tag_extra": translate("TagCheck", "Tag not in the source"),
        "tag_duplicated": translate("TagCheck", "Tag duplicated"),
        "tag_close_before_open": translate("TagCheck", "Closing tag before opening tag"),
        "tag_overlap": translate("TagCheck", "Tags cross"),
        "tag_order": translate("TagCheck", "Tags in another order"),
    }
    return labels.get(kind, kind.replace("_", " "))


def flag_summary(flag: Flag | CellFinding) -> str:
    """One line: "Kiev → Kyiv (error: Russian-derived spelling)" (tags shown as <1>)."""
    translate = QCoreApplication.translate
    head = display(flag.text)
    if flag.suggestion:
        head = translate("NameFlags", "%1 → %2").replace("%1", head).replace(
            "%2", display(flag.suggestion))
    tail = f"({severity_label(flag.severity)}: {kind_label(flag.kind)})"
    return f"{head} {tail}" if head else tail


def flag_reason(flag: Flag | CellFinding) -> str:
    """The reason of a flag in the interface language: each template translated in context
    ``NameReasons`` and filled in; the English reason when the flag has no template."""
    parts = getattr(flag, "reason_parts", ())
    if not parts or any(code not in REASONS for code, _ in parts):
        return flag.reason
    translate = QCoreApplication.translate
    return " ".join(fill(translate(REASON_CONTEXT, REASONS[code]), args).strip()
                    for code, args in parts)


def flags_tooltip(flags: Sequence[Flag | CellFinding]) -> str:
    """Tooltip lines for the flags of one cell: summary and reason of each."""
    return "\n".join(f"• {flag_summary(f)}\n  {flag_reason(f)}" for f in flags)
