""""Approve spelling…": a glossary concept pre-filled from a name flag, written in one click.

The dialog opens with the forms the names check found: the English canonical spelling (or the
flag's suggestion), the Russian and Ukrainian nominatives, the kind, and the standard
romanization of the Ukrainian form (KMU 2010) for comparison. The flagged spelling can be
recorded as deprecated so later checks point from it to the approved one. Terms already in
other glossary concepts are listed before anything is written; conflicts are shown, never
resolved here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.glossary_model import Concept, ConceptKind, Term, TermStatus
from app.ui.flag_presentation import flag_reason
from app.ui.glossary_table_model import concept_kind_label

if TYPE_CHECKING:
    from app.names.findings import Flag
    from app.storage.glossary_repo import GlossaryRepository
    from app.ui.name_check_snapshot import ConceptSummary

log = logging.getLogger(__name__)

KINDS = {"place": ConceptKind.PLACE, "person": ConceptKind.PERSON}
SOURCE = "names check"


def prefilled_forms(flag: Flag, summary: ConceptSummary | None) -> dict[str, str]:
    """en/ru/uk spellings to approve: the forms the check found for the concept (canonical
    English, Russian and Ukrainian nominatives), with an English flag's suggestion as the
    English spelling. (Suggestions in the ru/uk columns are inflected, so not used here.)"""
    forms = dict(summary.canonical) if summary is not None else {}
    if flag.lang == "en" and flag.suggestion:
        if flag.other_lang:  # a name the translation dropped: the suggestion is its form
            forms.setdefault(flag.other_lang, flag.suggestion)
        else:
            forms["en"] = flag.suggestion
    if flag.lang == "en":
        forms.setdefault("en", flag.text)
    return {lang: text for lang, text in forms.items() if text and lang in ("en", "ru", "uk")}


def standard_romanization(uk: str) -> str:
    from app.names.romanize import romanize

    return romanize(uk, "uk", "kmu2010") if uk else ""


class ApproveSpellingDialog(QDialog):
    def __init__(self, repo: GlossaryRepository, flag: Flag, summary: ConceptSummary | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveSpellingDialog")
        self.setWindowTitle(self.tr("Approve spelling"))
        self.repo = repo
        self.flag = flag
        forms = prefilled_forms(flag, summary)
        self.kind = QComboBox(self)
        for kind in ConceptKind:
            self.kind.addItem(concept_kind_label(kind), kind.value)
        kind = KINDS.get(summary.kind if summary else "", ConceptKind.OTHER)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        for lang, label in (("en", self.tr("English")), ("ru", self.tr("Russian")),
                            ("uk", self.tr("Ukrainian"))):
            edit = QLineEdit(forms.get(lang, ""), self)
            edit.setObjectName(f"approve_{lang}")
            edit.textChanged.connect(self._update)
            self.edits[lang] = edit
            form.addRow(label, edit)
        self.romanization = QLabel(self)
        form.addRow(self.tr("KMU 2010"), self.romanization)
        self.deprecate = QCheckBox(self)
        self.deprecate.setChecked(True)
        self.deprecate.toggled.connect(self._update)
        self.conflicts = QLabel(self)
        self.conflicts.setObjectName("approveConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color: #b71c1c")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(flag_reason(flag), self, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.deprecate)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.buttons)
        self._update()

    def terms(self) -> list[Term]:
        """The terms the concept will get (preferred spellings, the flagged one deprecated)."""
        uk = self.edits["uk"].text().strip()
        kmu = standard_romanization(uk)
        terms = []
        for lang, edit in self.edits.items():
            text = " ".join(edit.text().split())
            if text:
                scheme = "KMU 2010" if lang == "en" and kmu and text == kmu else None
                terms.append(Term(lang, text, TermStatus.PREFERRED, scheme=scheme, source=SOURCE))
        if self._deprecatable():
            terms.append(Term(self.flag.lang, self.flag.text, TermStatus.DEPRECATED,
                              source=SOURCE))
        return terms

    def _deprecatable(self) -> bool:
        preferred = self.edits.get(self.flag.lang)
        return (self.deprecate.isChecked() and self.flag.lang in self.edits
                and preferred is not None
                and preferred.text().strip().casefold() != self.flag.text.casefold()
                and self.flag.kind != "translation_dropped_name")

    def _update(self) -> None:
        self.romanization.setText(standard_romanization(self.edits["uk"].text().strip()) or "—")
        preferred = self.edits[self.flag.lang].text().strip() if self.flag.lang in self.edits \
            else ""
        self.deprecate.setText(self.tr("Also record “%1” as deprecated (suggesting “%2”)")
                               .replace("%1", self.flag.text).replace("%2", preferred))
        self.deprecate.setVisible(bool(preferred) and preferred.casefold()
                                  != self.flag.text.casefold()
                                  and self.flag.kind != "translation_dropped_name")
        self.conflicts.setText("\n".join(self.existing_conflicts()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(e.text().strip() for e in self.edits.values()))

    def existing_conflicts(self) -> list[str]:
        """Terms of the new concept already in the glossary (shown before writing)."""
        lines = []
        for term in self.terms():
            for found in self.repo.find_terms(term.text, term.lang):
                concept = self.repo.concept(found.concept_id or 0)
                lines.append(
                    self.tr("“%1” (%2) is already in glossary concept #%3 (%4) as %5.")
                    .replace("%1", term.text).replace("%2", term.lang)
                    .replace("%3", str(concept.id)).replace("%4", concept.label())
                    .replace("%5", found.status.value)
                )
        return lines

    def approve(self, who: str | None) -> Concept:
        """Write the concept (one audit event); the caller shows any conflicts it makes."""
        kind = ConceptKind(self.kind.currentData())
        return self.repo.add_concept(kind, self.terms(), who=who)
