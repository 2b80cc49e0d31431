"""Two more filters in the grid's filter bar: by finding kind (QA checks and name flags) and by
name ("every segment that mentions Kyiv", in any inflection or spelling: the names check's
concepts, which group Київ, Києві, Kiev and Kyiv).

Both hand a set of segment ids to the proxy (``SegmentFilterProxy.set_id_filter``), so they
answer at once on any project size and combine with the search and the status filter. The
choices follow the checks: a new result refreshes the lists and the active filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from app.qa.findings import category
from app.ui.name_check_controller import controller_for as names_controller
from app.ui.qa_check_controller import controller_for as qa_controller
from app.ui.qa_presentation import kind_label

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class FindingFilters(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.qa = qa_controller(window)
        self.names = names_controller(window)
        bar = window.filter_bar
        self.kind_combo = QComboBox(bar)
        self.kind_combo.setObjectName("findingKindFilter")
        self.name_combo = QComboBox(bar)
        self.name_combo.setObjectName("nameFilter")
        self.name_combo.setMinimumContentsLength(12)
        layout = bar.layout()
        at = layout.indexOf(bar.count_label)
        layout.insertWidget(at, self.name_combo, 1)
        layout.insertWidget(at, self.kind_combo, 1)
        self.kind_combo.currentIndexChanged.connect(self.apply)
        self.name_combo.currentIndexChanged.connect(self.apply)
        self.qa.resultsChanged.connect(self.refresh)
        self.names.resultsChanged.connect(self.refresh)
        window.languageChanged.connect(self.refresh)
        self.refresh()

    # -- choices -------------------------------------------------------------------------------

    def _all_findings(self):
        for (sid, _lang), found in self.qa.visible.items():
            for finding in found:
                yield sid, finding.kind
        for (sid, _lang), flags in self.names.visible.items():
            for flag in flags:
                yield sid, flag.kind

    def refresh(self) -> None:
        kinds = sorted({category(kind) for _, kind in self._all_findings()})
        concepts = sorted(self.names.snapshot.concepts.values(), key=lambda c: c.label.casefold())
        self._fill(self.kind_combo, self.tr("Any finding"),
                   [(kind_label(kind), kind) for kind in kinds])
        self._fill(self.name_combo, self.tr("Any name"),
                   [(summary.label, summary.concept) for summary in concepts
                    if not summary.concept.startswith("name:")])
        self.apply()

    @staticmethod
    def _fill(combo: QComboBox, first: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # -- filtering -----------------------------------------------------------------------------

    def kind_segments(self, kind: str) -> set[int]:
        return {sid for sid, found in self._all_findings() if category(found) == kind}

    def name_segments(self, concept: str) -> set[int]:
        return {sid for (sid, _lang), mentions in self.names.snapshot.mentions.items()
                if any(m.concept == concept for m in mentions)}

    def apply(self) -> None:
        kind = self.kind_combo.currentData()
        concept = self.name_combo.currentData()
        proxy = self.window.proxy
        proxy.set_id_filter("finding", self.kind_segments(kind) if kind else None)
        proxy.set_id_filter("name", self.name_segments(concept) if concept else None)


def install(window: MainWindow) -> None:
    window.finding_filters = FindingFilters(window)  # type: ignore[attr-defined]
