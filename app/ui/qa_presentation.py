"""How QA findings look on screen: reasons and kinds in the interface language, and the grid's
``CellFinding`` feed.

The Qt-free checks return reason codes with arguments (``app.qa.reasons``); this module
translates the English templates in context ``QaReasons`` and fills in the arguments. A name
flag's reason is already a sentence (the names check's), shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.qa.findings import Finding
from app.qa.reasons import CONTEXT, REASONS, fill
from app.ui.cell_findings import CellFinding, finding_from

CellKey = tuple[int, str]


def reason_label(finding: Finding) -> str:
    template = REASONS.get(finding.reason)
    if template is None:
        return finding.reason
    return fill(QCoreApplication.translate(CONTEXT, template), finding.args)


def kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "numbers": translate("QaKinds", "Numbers"),
        "units": translate("QaKinds", "Units and percentages"),
        "dates": translate("QaKinds", "Dates"),
        "punctuation": translate("QaKinds", "Punctuation"),
        "quotes": translate("QaKinds", "Quotation marks"),
        "spaces": translate("QaKinds", "Spaces"),
        "repeated_word": translate("QaKinds", "Repeated word"),
        "untranslated": translate("QaKinds", "Untranslated"),
        "empty": translate("QaKinds", "Empty translation"),
        "length": translate("QaKinds", "Length"),
        "mixed_script": translate("QaKinds", "Mixed scripts"),
        "wrong_alphabet": translate("QaKinds", "Letter of the other language"),
        "invisible_character": translate("QaKinds", "Invisible character"),
        "entities": translate("QaKinds", "Address, handle or hashtag"),
        "consistency": translate("QaKinds", "Consistency"),
        "spelling": translate("QaKinds", "Spelling"),
        "tags": translate("QaKinds", "Inline codes"),
        "capitalization": translate("QaKinds", "Capital letters"),
        "names": translate("QaKinds", "Names"),
    }
    return labels.get(kind, kind.replace("_", " "))


def cell_findings(results: Mapping[CellKey, list[Finding]]) -> dict[CellKey, list[CellFinding]]:
    """The grid's "qa" feed: findings with a span in their own cell underline it; a finding
    about the source (a number the translation dropped) marks the translation cell whole."""
    feed: dict[CellKey, list[CellFinding]] = {}
    for (sid, lang), found in results.items():
        items = []
        for finding in found:
            item = finding_from(sid, lang, finding, "qa", spanned=finding.lang == lang)
            items.append(CellFinding(item.segment, item.lang, item.start, item.end,
                                     item.severity, reason_label(finding), item.suggestion,
                                     item.kind, item.text, item.origin))
        feed[(sid, lang)] = items
    return feed
