"""The merge report of a glossary import or merge, shown BEFORE anything is written.

Counts of new, updated, conflicting and unchanged concepts, then one line per concept that
would change or is refused (conflicting concepts are never written; the reason says why).
Also what the file had beside the terms (kept: definitions, notes, ...; not kept: counted by
category) and warnings (extra CSV cells). When concepts are refused for two preferred terms in
one language, "Import with extra preferred terms admitted" plans again with them demoted.
"Import" applies the report; "Cancel" writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formats.glossary_merge import MergeAction, MergeItem, MergeReport

DETAIL_LIMIT = 2000


class MergeReportDialog(QDialog):
    #: The editor asked to plan again with extra preferred terms demoted to admitted.
    demoteRequested = Signal()

    def __init__(self, report: MergeReport, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReportDialog")
        self.setWindowTitle(title)
        self.report = report
        counts = report.counts()
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        parts = [
            self.tr("%n new concept(s)", "", counts["new"]),
            self.tr("%n updated", "", counts["updated"]),
            self.tr("%n conflicting (not imported)", "", counts["conflicting"]),
            self.tr("%n unchanged", "", counts["unchanged"]),
        ]
        self.summary.setText(self.tr("From %1: %2.").replace("%1", report.source)
                             .replace("%2", ", ".join(parts)))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("mergeDetails")
        self.details.setReadOnly(True)
        self.details.setPlainText("\n".join(self.detail_lines()))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(bool(counts["new"] or counts["updated"]))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.demote_button: QPushButton | None = None
        if any(i.reason and "two preferred" in i.reason for i in report.items):
            self.demote_button = self.buttons.addButton(
                self.tr("Import with extra preferred terms admitted…"),
                QDialogButtonBox.ButtonRole.ActionRole)
            self.demote_button.clicked.connect(self._demote)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        if counts["conflicting"]:
            warning = QLabel(self.tr("Conflicting concepts are not imported; fix them in the "
                                     "file or the glossary and import again."), self)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Nothing has been written yet."), self))
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def detail_lines(self) -> list[str]:
        lines = []
        if self.report.skipped_languages:
            skipped = ", ".join(f"{k} ({n})" for k, n in sorted(
                self.report.skipped_languages.items()))
            lines.append(self.tr("Skipped languages other than en/ru/uk: %1").replace(
                "%1", skipped))
        if self.report.kept:
            lines.append(self.tr("Kept beside the terms: %1").replace(
                "%1", _counted(self.report.kept)))
        if self.report.not_kept:
            lines.append(self.tr("Not kept (the glossary has no place for them): %1").replace(
                "%1", _counted(self.report.not_kept)))
        lines += [self.tr("Warning: %1").replace("%1", w) for w in self.report.warnings]
        shown = [i for i in self.report.items if i.action != MergeAction.UNCHANGED]
        lines += [self._line(item) for item in shown[:DETAIL_LIMIT]]
        if len(shown) > DETAIL_LIMIT:
            lines.append(self.tr("… and %n more", "", len(shown) - DETAIL_LIMIT))
        return lines

    def _demote(self) -> None:
        self.reject()
        self.demoteRequested.emit()

    def _line(self, item: MergeItem) -> str:
        label = item.incoming.label()
        if item.action == MergeAction.NEW:
            terms = " / ".join(f"{t.text} ({t.lang})" for t in item.incoming.terms)
            line = self.tr("new: %1").replace("%1", terms)
            return f"{line}: {'; '.join(item.changes)}" if item.changes else line
        if item.action == MergeAction.UPDATED:
            return self.tr("updated: %1: %2").replace("%1", label).replace(
                "%2", "; ".join(item.changes))
        return self.tr("conflicting: %1: %2").replace("%1", label).replace(
            "%2", item.reason or "")


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} ({n})" for k, n in sorted(counts.items()))
