"""The QA panel: every finding of the document (QA checks and name flags) in one list, filtered
by kind, severity and language; choosing one goes to its cell. "Ignore here" hides the chosen
finding in its cell (audited); File > Export QA report… writes the self-contained HTML report
on a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.qa.findings import SEVERITIES
from app.qa.name_findings import from_flag
from app.ui.extensions import window_action
from app.ui.flag_presentation import severity_label
from app.ui.name_check_controller import controller_for as names_controller
from app.ui.qa_check_controller import controller_for as qa_controller
from app.ui.qa_findings_model import COL_REASON, COL_TEXT, PanelItem, QaFindingsModel
from app.ui.qa_presentation import kind_label
from app.ui.status_presentation import language_name
from app.ui.task_runner import TaskContext

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class QaPanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("qaPanel")
        self.window = window
        self.qa = qa_controller(window)
        self.names = names_controller(window)
        self.model = QaFindingsModel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("qaKindFilter")
        self.severity_combo = QComboBox(self)
        self.severity_combo.setObjectName("qaSeverityFilter")
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("qaLanguageFilter")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("qaCount")
        self.table = QTableView(self)
        self.table.setObjectName("qaFindingsView")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.ignore_button = QPushButton(self)
        self.ignore_button.setObjectName("qaIgnoreHere")
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("qaExportReport")
        self.export_button.clicked.connect(self.export_report)

        filters = QHBoxLayout()
        for combo in (self.kind_combo, self.severity_combo, self.lang_combo):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.ignore_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.qa.resultsChanged.connect(self.refresh)
        self.names.resultsChanged.connect(self.refresh)
        window.languageChanged.connect(self.translate_ui)
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        self.ignore_button.setText(self.tr("Ignore here"))
        self.export_button.setText(self.tr("Export report…"))
        self._fill_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        choices = {
            self.kind_combo: [(self.tr("Every kind"), None)]
            + [(kind_label(kind), kind) for kind in self.model.kinds()],
            self.severity_combo: [(self.tr("Every severity"), None)]
            + [(severity_label(s), s) for s in SEVERITIES],
            self.lang_combo: [(self.tr("Every column"), None)]
            + [(language_name(lang), lang) for lang in ("en", "ru", "uk")],
        }
        for combo, items in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # -- content -------------------------------------------------------------------------------

    def refresh(self) -> None:
        numbers: dict[int, int] = {}
        if self.window.repo is not None and (self.qa.visible or self.names.visible):
            numbers = {sid: index + 1
                       for sid, index in self.window.repo.segment_positions().items()}
        items = [PanelItem(sid, numbers.get(sid, 0), lang, finding, "qa")
                 for (sid, lang), found in self.qa.visible.items() for finding in found]
        items += [PanelItem(sid, numbers.get(sid, 0), lang, from_flag(flag), "names", flag)
                  for (sid, lang), flags in self.names.visible.items() for flag in flags]
        self.model.set_items(items)
        self._fill_combos()
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(self.kind_combo.currentData(), self.severity_combo.currentData(),
                              self.lang_combo.currentData())
        self._update_count()
        self.ignore_button.setEnabled(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("%n finding(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)

    def selected(self) -> PanelItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(index.row()) if index.isValid() else None
        self.ignore_button.setEnabled(item is not None)
        if item is not None:
            self.go_to(item)

    def go_to(self, item: PanelItem) -> None:
        model = self.window.model
        if model is None:
            return
        target = self.window.proxy.mapFromSource(model.index_for(item.segment_id, item.lang))
        if not target.isValid():
            self.window.status.showMessage(
                self.tr("That segment is hidden by the grid's filter."), 5000)
            return
        self.window.view.go_to(target)

    def ignore_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.origin == "names":
            self.names.ignore(item.segment_id, item.source)  # type: ignore[arg-type]
        else:
            self.qa.ignore(item.segment_id, item.finding)

    # -- report --------------------------------------------------------------------------------

    def export_report(self) -> None:
        window = self.window
        if window.project_path is None:
            return
        suggested = str(window.project_path.with_suffix(".qa.html"))
        path, _ = QFileDialog.getSaveFileName(
            window, self.tr("Export QA report"), suggested, self.tr("Web page (*.html)"))
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        """Write the HTML report of the open project to ``path`` on a worker thread."""
        window = self.window
        project = window.project_path
        if project is None:
            return
        speller = self.qa.speller

        def work(task: TaskContext) -> int:
            from app.commands.qa_cmd import write_whole
            from app.qa.project_report import build_report
            from app.qa.project_spelling import project_speller
            from app.qa.report_html import to_html
            from app.qa.spelling import SpellingUnavailableError
            from app.qa.unit import CheckContext
            from app.storage.database import open_project

            with open_project(project) as pdb:
                context = CheckContext(extras={"spelling_suggestions": True})
                try:
                    context.speller = project_speller(pdb, speller)
                except SpellingUnavailableError:
                    pass  # the controller has said so once already
                report = build_report(pdb, keep_ignored=True, context=context,
                                      cancelled=lambda: task.check_cancelled() or False)
            write_whole(path, to_html(report, title=project.name))
            return len(report.items)

        window.status.showMessage(self.tr("Writing the QA report…"))
        window.task_runner.run(
            work,
            on_success=lambda count: window.status.showMessage(
                self.tr("QA report with %n finding(s) written to %1", "", count).replace(
                    "%1", str(path)), 10000),
            on_failure=lambda exc: window.status.showMessage(
                self.tr("The QA report was not written: %1").replace("%1", str(exc)), 15000),
        )


def install(window: MainWindow) -> None:
    panel = QaPanel(window)
    window.qa_panel = panel  # type: ignore[attr-defined]
    dock = window.add_dock(panel, Qt.DockWidgetArea.BottomDockWidgetArea)
    dock.setObjectName("qaPanelDock")

    def title() -> None:
        dock.setWindowTitle(QCoreApplication.translate("QaPanel", "QA"))

    title()
    window.languageChanged.connect(title)
    QT_TRANSLATE_NOOP("QaPanel", "Export &QA report…")  # for lupdate
    action = window_action(window, "exportQaReport", "QaPanel", "Export &QA report…",
                           panel.export_report)
    actions = window.file_menu.actions()
    separator = next((a for a in reversed(actions) if a.isSeparator()), None)
    if separator is not None:
        window.file_menu.insertAction(separator, action)
    else:
        window.file_menu.addAction(action)
