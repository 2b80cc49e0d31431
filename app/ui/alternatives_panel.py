"""The Alternatives dock: the machine translation of the current cell and its alternatives.

Alt+1 … Alt+9 insert alternative 1 … 9 into the current cell, Alt+0 puts the machine translation
back; the buttons do the same. Inserting goes through ``window.model.setData`` like typing does,
so it is an ``edited`` decision with its audit event. The panel follows the current cell and
re-reads it when the grid announces a change of that row (a translation batch arrived, an edit).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.status_presentation import language_name

log = logging.getLogger(__name__)

MAX_SHORTCUTS = 9


def shortcut_for(number: int) -> QKeySequence:
    """Alt+<number>: 0 is the machine translation, 1-9 the alternatives."""
    return QKeySequence(f"Alt+{number}")


class AlternativesPanel(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("alternativesPanel")
        self.main_window = window
        self.segment_id = 0
        self.lang = ""
        self.machine_text: str | None = None
        self.current_text: str | None = None  # the cell's text as the reviewer sees it
        self.candidates: list[str] = []  # alternatives, distinct, best first
        self.pivot_languages: list[str] = []  # languages in between on a pivot route
        self._model = None

        self.heading = QLabel(self)
        self.heading.setObjectName("alternativesHeading")
        self.heading.setWordWrap(True)
        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        self.route = QLabel(self)  # "via Russian (pivot)" when the route went through it
        self.route.setObjectName("alternativesRoute")
        self.route.setWordWrap(True)
        self.route.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.route)
        layout.addWidget(scroll, 1)
        self.buttons: list[QPushButton] = []

        # Window-wide actions, so the shortcuts work while the grid has the focus.
        self.actions_by_number: dict[int, QAction] = {}
        for number in range(MAX_SHORTCUTS + 1):
            action = QAction(self)
            action.setObjectName(f"insertAlternative{number}Action")
            action.setShortcut(shortcut_for(number))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            action.triggered.connect(lambda _=False, n=number: self.insert(n))
            window.addAction(action)
            self.actions_by_number[number] = action

        window.currentCellChanged.connect(self.show_cell)
        window.projectOpened.connect(lambda _repo: self._watch(window.model))
        window.projectClosed.connect(self._project_closed)
        if window.model is not None:
            self._watch(window.model)
        self.show_cell(0, "")

    # -- following the grid --------------------------------------------------------------------

    def _watch(self, model) -> None:
        if self._model is not None:
            try:
                self._model.dataChanged.disconnect(self._data_changed)
            except (RuntimeError, TypeError):
                pass
        self._model = model
        if model is not None:
            model.dataChanged.connect(self._data_changed)

    def _project_closed(self) -> None:
        self._watch(None)
        self.show_cell(0, "")

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        if not self.segment_id or self._model is None:
            return
        row = self._model.row_of_segment(self.segment_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self.show_cell(self.segment_id, self.lang)

    def show_cell(self, segment_id: int, lang: str) -> None:
        self.segment_id, self.lang = segment_id, lang
        repo = self.main_window.repo
        self.machine_text, self.candidates, self.current_text = None, [], None
        self.pivot_languages = []
        if segment_id and repo is not None and lang in repo.languages:
            cell = repo.cell(segment_id, lang)
            self.machine_text = cell.machine_text
            self.current_text = cell.text
            machine = repo.machine_translation(segment_id, lang)
            if machine is None:
                self._rebuild()
                return
            self.pivot_languages = machine.pivot_languages
            seen = {cell.machine_text}
            for item in machine.alternatives:
                text = item.get("text") if isinstance(item, dict) else None
                if text and text not in seen:
                    seen.add(text)
                    self.candidates.append(text)
        self._rebuild()

    # -- showing -------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        for button in self.buttons:
            self.list_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        entries: list[tuple[int, str]] = []
        if self.machine_text:
            entries.append((0, self.machine_text))
        entries += [(n, text) for n, text in enumerate(self.candidates[:MAX_SHORTCUTS], 1)]
        for number, text in entries:
            button = QPushButton(self.list_widget)
            button.setObjectName(f"alternative{number}Button")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.setProperty("number", number)
            button.setProperty("candidate", text)
            font = button.font()
            font.setBold(text == self.current_text)  # what the cell holds now
            button.setFont(font)
            button.clicked.connect(lambda _=False, n=number: self.insert(n))
            self.list_layout.insertWidget(self.list_layout.count() - 1, button)
            self.buttons.append(button)
        available = {number for number, _ in entries}
        for number, action in self.actions_by_number.items():
            action.setEnabled(number in available)
        self.translate_ui()

    def translate_ui(self) -> None:
        if not self.segment_id or self.lang not in ("ru", "uk"):
            self.heading.setText(self.tr("Select a Russian or Ukrainian cell to see its machine "
                                         "translation and alternatives."))
        elif self.machine_text is None:
            self.heading.setText(self.tr("No machine translation yet for this %1 cell. Use "
                                         "Tools > Translate document.")
                                 .replace("%1", language_name(self.lang)))
        else:
            self.heading.setText(
                self.tr("%1: machine translation and %n alternative(s)", "",
                        len(self.candidates)).replace("%1", language_name(self.lang))
            )
        if self.pivot_languages and self.machine_text is not None:
            self.route.setText(self.tr("via %1 (pivot)").replace(
                "%1", ", ".join(language_name(code) for code in self.pivot_languages)))
            self.route.setToolTip(self.tr("No direct model for this pair was installed: the "
                                          "text was translated through another language."))
            self.route.show()
        else:
            self.route.hide()
        for button in self.buttons:
            number = button.property("number")
            text = button.property("candidate")
            shortcut = shortcut_for(number).toString(QKeySequence.SequenceFormat.NativeText)
            if number == 0:
                label = self.tr("Machine translation (%1): %2")
            else:
                label = self.tr("%3. (%1): %2").replace("%3", str(number))
            button.setText(label.replace("%1", shortcut).replace("%2", text))
            button.setToolTip(self.tr("Put this text into the cell (%1)").replace("%1", shortcut))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- inserting -----------------------------------------------------------------------------

    def text_for(self, number: int) -> str | None:
        if number == 0:
            return self.machine_text
        return self.candidates[number - 1] if 0 < number <= len(self.candidates) else None

    def insert(self, number: int) -> bool:
        """Put candidate ``number`` into the current cell as the reviewer's edit."""
        window = self.main_window
        text = self.text_for(number)
        model = window.model
        if text is None or model is None or self.lang not in ("ru", "uk"):
            return False
        window.view.commit_open_editor()
        index = model.index_for(self.segment_id, self.lang)
        if not index.isValid():
            return False
        cell = model.cell_at(index)
        if cell is not None and cell.text == text:
            window.status.showMessage(self.tr("The cell already has this text."), 3000)
            return False
        done = model.setData(index, text)  # an `edited` decision with its audit event
        if done:
            window.status.showMessage(self.tr("Inserted alternative %1.").replace(
                "%1", str(number)) if number else self.tr("Machine translation put back."), 3000)
        return done


def install(window) -> None:
    panel = AlternativesPanel(window)
    dock = window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.setObjectName("alternativesDock")

    def translate_ui() -> None:
        dock.setWindowTitle(QCoreApplication.translate("AlternativesPanel", "Alternatives"))

    translate_ui()
    window.languageChanged.connect(translate_ui)
