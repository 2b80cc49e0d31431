"""The Matches dock: translation-memory matches for the current cell, one key to insert.

For the current Russian or Ukrainian cell the project's and the user's memory are searched in
the background (``task_runner``; the worker opens its own connections): up to three matches,
best first, each with its score (101% same neighbours, 100% exact, fuzzy below), the memory's
source with the words that differ from this segment highlighted, the translation (numbers
already adapted), where it comes from and when. Ctrl+1 … Ctrl+3 (or the buttons) insert a
match: an ``edited`` decision whose audit event carries the origin ("memory 87%").
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.documents.inline_codes import display
from app.ui.status_presentation import language_name
from app.ui.window_actions import numbered_actions

log = logging.getLogger(__name__)

MAX_MATCHES = 3
HIGHLIGHT = "#ffe082"


def shortcut_for(number: int) -> QKeySequence:
    return QKeySequence(f"Ctrl+{number}")


def source_html(memory_source: str, segment: str) -> str:
    """The memory's source as HTML with the words the segment lacks highlighted."""
    from app.memory.differences import differing_spans

    text, current = display(memory_source), display(segment)
    out, position = [], 0
    for start, end in differing_spans(text, current):
        out.append(html.escape(text[position:start]))
        out.append(f'<span style="background:{HIGHLIGHT}">{html.escape(text[start:end])}</span>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


class MatchesPanel(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("matchesPanel")
        self.main_window = window
        self.segment_id = 0
        self.lang = ""
        self.source = ""
        self.matches: list = []  # app.memory.model.Match, best first
        self._wanted: tuple[int, str] = (0, "")
        self._handle = None
        self._generation = 0

        self.heading = QLabel(self)
        self.heading.setObjectName("matchesHeading")
        self.heading.setWordWrap(True)
        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.entries: list[QWidget] = []

        self.actions_by_number = numbered_actions(
            self, window, range(1, MAX_MATCHES + 1), "insertMatch%dAction",
            shortcut_for, self.insert)

        window.currentCellChanged.connect(self.show_cell)
        window.projectClosed.connect(lambda: self.show_cell(0, ""))
        self.show_cell(0, "")

    # -- looking up ----------------------------------------------------------------------------

    def show_cell(self, segment_id: int, lang: str) -> None:
        self.segment_id, self.lang = segment_id, lang
        self._generation += 1
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self.matches = []
        repo = self.main_window.repo
        if not segment_id or lang not in ("ru", "uk") or repo is None or \
                self.main_window.project_path is None:
            self.source = ""
            self._rebuild()
            return
        self.source = repo.segment(segment_id).source
        self._rebuild(searching=True)
        self._lookup(segment_id, lang)

    def _lookup(self, segment_id: int, lang: str) -> None:
        path = Path(self.main_window.project_path)
        settings = self.main_window.settings
        generation = self._generation

        def work(task):
            from app.memory.lookup import TranslationMemory, segment_query
            from app.storage.database import open_project

            with open_project(path) as pdb, TranslationMemory.open(pdb, settings) as memory:
                task.check_cancelled()
                return memory.matches(segment_query(pdb, segment_id), lang, limit=MAX_MATCHES)

        def done(matches) -> None:
            if generation != self._generation:
                return  # the reviewer moved on
            self._handle = None
            self.matches = list(matches)
            self._rebuild()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._handle = None
                log.warning("Memory lookup failed: %s", exc)
                self.heading.setText(self.tr("The translation memory could not be read: %1")
                                     .replace("%1", str(exc)))

        self._handle = self.main_window.task_runner.run(
            work, on_success=done, on_failure=failed)

    # -- showing -------------------------------------------------------------------------------

    def _rebuild(self, searching: bool = False) -> None:
        for entry in self.entries:
            self.list_layout.removeWidget(entry)
            entry.hide()
            entry.deleteLater()
        self.entries = []
        for number, match in enumerate(self.matches[:MAX_MATCHES], 1):
            self.entries.append(self._entry(number, match))
            self.list_layout.insertWidget(self.list_layout.count() - 1, self.entries[-1])
        for number, action in self.actions_by_number.items():
            action.setEnabled(number <= len(self.matches))
        self._searching = searching
        self.translate_ui()

    def _entry(self, number: int, match) -> QWidget:
        box = QWidget(self.list_widget)
        box.setObjectName(f"match{number}")
        box.setProperty("number", number)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 6)
        label = QLabel(box)
        label.setObjectName(f"match{number}Text")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setProperty("score", match.score)
        label.setProperty("number", number)
        button = QPushButton(box)
        button.setObjectName(f"insertMatch{number}Button")
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        button.setProperty("number", number)
        button.clicked.connect(lambda _=False, n=number: self.insert(n))
        remove = QPushButton(box)
        remove.setObjectName(f"removeMatch{number}Button")
        remove.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        remove.clicked.connect(lambda _=False, n=number: self.remove(n))
        buttons = QHBoxLayout()
        buttons.addWidget(button)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(label)
        layout.addLayout(buttons)
        return box

    def _entry_html(self, match) -> str:
        unit = match.unit
        when = (unit.changed_at or "")[:10]
        where = (self.tr("this project's memory") if unit.store == "project"
                 else self.tr("shared memory"))
        notes = "".join(f"<br><small><i>{html.escape(self._name_note(note))}</i></small>"
                        for note in match.names)
        return (f"<b>{match.score}%</b> &nbsp; {source_html(unit.source, self.source)}<br>"
                f"{html.escape(display(match.target))}<br>"
                f"<small>{html.escape(unit.origin_label)}"
                f"{' · ' + html.escape(unit.reviewer) if unit.reviewer else ''}"
                f"{' · ' + when if when else ''} · {html.escape(where)}</small>{notes}")

    def _name_note(self, note) -> str:
        """A differing name: replaced through the glossary, or why it was left."""
        texts = {
            "": self.tr("Name replaced through the glossary: %1 → %2 (%3 → %4)"),
            "not_in_glossary": self.tr("Name left as it is: %1 → %2 needs both names in the "
                                       "glossary with Russian and Ukrainian terms"),
            "not_in_target": self.tr("Name left as it is: %3 is not in this translation"),
            "not_inflected": self.tr("Name left as it is: %4 cannot be put safely in the case "
                                     "of %3 here"),
        }
        text = texts.get(note.reason, texts["not_inflected"])
        for key, value in (("%1", note.old), ("%2", note.new), ("%3", note.old_term),
                           ("%4", note.new_term)):
            text = text.replace(key, value)
        return text

    def translate_ui(self) -> None:
        if not self.segment_id or self.lang not in ("ru", "uk"):
            self.heading.setText(self.tr("Select a Russian or Ukrainian cell to see matches "
                                         "from the translation memory."))
        elif getattr(self, "_searching", False):
            self.heading.setText(self.tr("Searching the translation memory…"))
        elif not self.matches:
            self.heading.setText(self.tr("No matches in the translation memory for this %1 "
                                         "cell.").replace("%1", language_name(self.lang)))
        else:
            self.heading.setText(self.tr("%1: %n match(es) from the translation memory", "",
                                         len(self.matches)).replace("%1",
                                                                    language_name(self.lang)))
        for number, action in self.actions_by_number.items():
            action.setText(self.tr("Insert memory match %1").replace("%1", str(number)))
        for entry in self.entries:
            button = entry.findChild(QPushButton, f"insertMatch{entry.property('number')}Button")
            number = button.property("number")
            label = entry.findChild(QLabel)
            label.setText(self._entry_html(self.matches[number - 1]))
            remove = entry.findChild(QPushButton, f"removeMatch{number}Button")
            remove.setText(self.tr("Remove from memory…"))
            remove.setToolTip(self.tr("Delete this translation from the project's and the "
                                      "shared memory (recorded in the history)"))
            shortcut = shortcut_for(number).toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(self.tr("Insert (%1)").replace("%1", shortcut))
            button.setToolTip(self.tr("Put this translation into the cell (%1)")
                              .replace("%1", shortcut))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- inserting -----------------------------------------------------------------------------

    def insert(self, number: int) -> bool:
        """Put match ``number`` into the current cell as the reviewer's edit."""
        window = self.main_window
        model = window.model
        if not 0 < number <= len(self.matches) or model is None or self.lang not in ("ru", "uk"):
            return False
        match = self.matches[number - 1]
        window.view.commit_open_editor()
        index = model.index_for(self.segment_id, self.lang)
        if not index.isValid():
            return False
        if not model.insert_text(index, match.target, match.origin_badge):
            window.status.showMessage(self.tr("The cell already has this text."), 3000)
            return False
        window.status.showMessage(self.tr("Inserted memory match %1 (%2%).").replace(
            "%1", str(number)).replace("%2", str(match.score)), 3000)
        return True


    # -- removing a wrong unit -----------------------------------------------------------------

    def remove(self, number: int, confirm: bool = True):
        """Delete match ``number``'s translation from the memories (audit events)."""
        window = self.main_window
        if not 0 < number <= len(self.matches) or window.project_path is None:
            return None
        unit = self.matches[number - 1].unit
        if confirm and QMessageBox.question(
                window, self.tr("Remove from memory"),
                self.tr("Delete this translation from the project's and the shared memory?")
                + f"\n\n{display(unit.source)}\n{display(unit.target)}",
        ) != QMessageBox.StandardButton.Yes:
            return None
        path, who = Path(window.project_path), window.reviewer

        def work(task):  # from both memories: the list showed one entry for the two
            from app.memory.store import open_user_memory
            from app.memory.unit_removal import remove_translation
            from app.storage.database import open_project

            with open_project(path) as project, open_user_memory() as shared:
                return remove_translation(project, unit, who) + remove_translation(
                    shared, unit, who)

        def done(removed: int) -> None:
            if removed:
                window.status.showMessage(self.tr("Removed from the translation memory."),
                                          5000)
            self.show_cell(self.segment_id, self.lang)

        return window.task_runner.run(
            work, on_success=done,
            on_failure=lambda exc: window.status.showMessage(str(exc), 8000))


def install(window) -> None:
    panel = MatchesPanel(window)
    dock = window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.setObjectName("matchesDock")

    def translate_ui() -> None:
        dock.setWindowTitle(QCoreApplication.translate("MatchesPanel", "Matches"))

    translate_ui()
    window.languageChanged.connect(translate_ui)
