"""The Alternatives dock: the machine translation of the current cell and its alternatives.

Alt+1 … Alt+9 insert alternative 1 … 9 into the current cell, Alt+0 puts the machine translation
back; the buttons do the same. Inserting goes through ``window.model.setData`` like typing does,
so it is an ``edited`` decision with its audit event. The panel follows the current cell and
re-reads it when the grid announces a change of that row (a translation batch arrived, an edit).
It reads the cell from the grid's model and the stored alternatives once per cell (cached until
new machine output arrives); while its dock is hidden it does no work until shown again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.documents.inline_codes import display
from app.ui.segment_table_model import FLAGS_ROLE
from app.ui.status_presentation import language_name
from app.ui.window_actions import numbered_actions

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
        # Stored machine output per cell, read once: (segment id, lang) -> MachineTranslation
        # or None. Emptied when the grid re-reads rows (a translation batch landed).
        self._machine: dict[tuple[int, str], object] = {}
        self._stale = False  # the current cell changed while the panel was hidden
        self._shown: tuple | None = None  # what the buttons show now (skip identical rebuilds)

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
        self.actions_by_number = numbered_actions(
            self, window, range(MAX_SHORTCUTS + 1), "insertAlternative%dAction",
            shortcut_for, self.insert)

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
        self._machine = {}
        if model is not None:
            model.dataChanged.connect(self._data_changed)

    def _project_closed(self) -> None:
        self._watch(None)
        self.show_cell(0, "")

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if not self.segment_id or self._model is None or FLAGS_ROLE in (roles or ()):
            return  # name-check marks do not change what this panel shows
        row = self._model.row_of_segment(self.segment_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            cell = self._cell(self.segment_id, self.lang)
            cached = self._machine.get((self.segment_id, self.lang))
            if cell is not None and (cell.machine_text != self.machine_text or (
                    cached is not None and cached.draft != cell.machine_draft)):
                self._machine.pop((self.segment_id, self.lang), None)  # new machine output
            self.show_cell(self.segment_id, self.lang)

    def _cell(self, segment_id: int, lang: str):
        """The cell as the grid holds it (no query); from the project if not loaded."""
        model, repo = self._model, self.main_window.repo
        if model is not None:
            row = model.row_of_segment(segment_id)
            if row is not None:
                return model.row_at(row).cells.get(lang)
        return repo.cell(segment_id, lang) if repo is not None else None

    def _machine_translation(self, segment_id: int, lang: str):
        key = (segment_id, lang)
        if key not in self._machine:
            repo = self.main_window.repo
            self._machine[key] = repo.machine_translation(segment_id, lang) if repo else None
        return self._machine[key]

    def show_cell(self, segment_id: int, lang: str, force: bool = False) -> None:
        self.segment_id, self.lang = segment_id, lang
        if not force and segment_id and not self.isVisible():
            # Hidden dock: read the cell when it is shown again (or a shortcut is used; the
            # shortcuts stay enabled for a cell that has machine output).
            self._stale = True
            cell = self._cell(segment_id, lang) if lang in ("ru", "uk") else None
            has_machine = cell is not None and bool(cell.machine_text)
            for action in self.actions_by_number.values():
                action.setEnabled(has_machine)
            return
        self._stale = False
        repo = self.main_window.repo
        self.machine_text, self.candidates, self.current_text = None, [], None
        self.pivot_languages = []
        self.draft_pending = False
        cell = self._cell(segment_id, lang) if segment_id and repo is not None and \
            lang in repo.languages else None
        if cell is not None:
            self.machine_text = cell.machine_text
            self.current_text = cell.text
            machine = self._machine_translation(segment_id, lang) if cell.machine_text else None
            self.draft_pending = bool(machine is not None and machine.draft
                                      and not machine.alternatives)
            if self.draft_pending:
                self._ask_for_alternatives()
            if machine is not None:
                self.pivot_languages = machine.pivot_languages
                seen = {cell.machine_text}
                for item in machine.alternatives:
                    text = item.get("text") if isinstance(item, dict) else None
                    if text and text not in seen:
                        seen.add(text)
                        self.candidates.append(text)
        self._rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.show_cell(self.segment_id, self.lang)

    # -- showing -------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        shown = (self.segment_id, self.lang, self.machine_text, tuple(self.candidates),
                 self.current_text, tuple(self.pivot_languages), self.draft_pending)
        if shown == self._shown:
            return  # e.g. an approval: same texts, nothing to redraw
        self._shown = shown
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
            # Alt+n on a draft asks for its alternatives (see insert).
            action.setEnabled(number in available or (self.draft_pending and number > 0))
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
            button.setText(label.replace("%1", shortcut).replace("%2", display(text)))
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

    def _ask_for_alternatives(self) -> bool:
        """The cell shows a quick draft: have its beam-search alternatives computed now."""
        from app.ui.translate_controller import TranslateController

        controller = self.main_window.findChild(TranslateController, "translateController")
        return controller is not None and controller.request_alternatives(
            self.segment_id, self.lang)

    def insert(self, number: int) -> bool:
        """Put candidate ``number`` into the current cell as the reviewer's edit."""
        if self._stale:
            self.show_cell(self.segment_id, self.lang, force=True)
        window = self.main_window
        text = self.text_for(number)
        if text is None and number > 0 and self.machine_text and not self.candidates:
            if self._ask_for_alternatives():  # a draft: alternatives are on their way
                window.status.showMessage(
                    self.tr("Computing the alternatives of this cell…"), 3000)
            return False
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
