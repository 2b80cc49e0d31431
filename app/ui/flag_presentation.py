"""How name-check flags look on screen: severity colours, translated kind labels, tooltips.

The checker returns stable codes (``Flag.kind``, ``Flag.severity``) and an English reason; only
this module turns codes into colours and translated words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.names.findings import Flag

SEVERITY_COLORS = {"error": "#d32f2f", "warning": "#f57c00", "info": "#1976d2"}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def worst_severity(flags: Sequence[Flag]) -> str | None:
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
    }
    return labels.get(kind, kind.replace("_", " "))


def flag_summary(flag: Flag) -> str:
    """One line: "Kiev → Kyiv (error: Russian-derived spelling)"."""
    translate = QCoreApplication.translate
    head = flag.text
    if flag.suggestion:
        head = translate("NameFlags", "%1 → %2").replace("%1", flag.text).replace(
            "%2", flag.suggestion)
    return f"{head} ({severity_label(flag.severity)}: {kind_label(flag.kind)})"


def flags_tooltip(flags: Sequence[Flag]) -> str:
    """Tooltip lines for the flags of one cell: summary and reason of each."""
    return "\n".join(f"• {flag_summary(f)}\n  {f.reason}" for f in flags)
