"""Concordance (Ctrl+K): a word or phrase across the translation memory, hits highlighted.

A Latin query searches the English sources; a Cyrillic one the Russian and Ukrainian
translations in every inflected form (``app.memory.concordance``: "Київ" finds "Києві"). The
search runs on the task runner (the first Russian or Ukrainian one loads the pymorphy3
dictionaries); results show the source and the translation of each unit with the hit marked.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.documents.inline_codes import display, strip_tags
from app.ui.memory_panel import HIGHLIGHT
from app.ui.status_presentation import language_name


def _marked(text: str, start: int, end: int) -> str:
    return (html.escape(display(text[:start]))
            + f'<span style="background:{HIGHLIGHT}"><b>{html.escape(display(text[start:end]))}'
            + f"</b></span>{html.escape(display(text[end:]))}")


class ConcordanceDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("concordanceDialog")
        self.main_window = window
        self.hits: list = []
        self._handle = None
        self.query = QLineEdit(self)
        self.query.setObjectName("concordanceQuery")
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        self.summary = QLabel(self)
        self.summary.setObjectName("concordanceSummary")
        self.results = QTextBrowser(self)
        self.results.setObjectName("concordanceResults")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Concordance"))
        self.query.setPlaceholderText(self.tr("A word or phrase in English, Russian or "
                                              "Ukrainian (any form: Київ finds Києві)"))
        self.search_button.setText(self.tr("Search"))

    def search(self) -> None:
        text = self.query.text().strip()
        window = self.main_window
        if not text or window.project_path is None:
            return
        if self._handle is not None:
            self._handle.cancel()
        path, settings = Path(window.project_path), window.settings
        self.summary.setText(self.tr("Searching…"))

        def work(task):
            from app.memory.concordance import search
            from app.memory.lookup import TranslationMemory
            from app.storage.database import open_project

            with open_project(path) as pdb, TranslationMemory.open(pdb, settings) as memory:
                task.check_cancelled()
                return search(memory.stores, text)

        self._handle = window.task_runner.run(work, on_success=self._show)

    def _show(self, hits) -> None:
        self._handle = None
        self.hits = list(hits)
        self.summary.setText(self.tr("%n unit(s) found", "", len(self.hits)))
        blocks = []
        for hit in self.hits:
            unit = hit.unit
            if hit.lang == "en":
                source = _marked(unit.source, hit.start, hit.end)
                target = html.escape(display(unit.target))
            else:
                source = html.escape(display(unit.source))
                target = _marked(unit.target, hit.start, hit.end)
            blocks.append(
                f"<p>{source}<br>{language_name(unit.lang)}: {target}<br>"
                f"<small>{html.escape(unit.origin_label)}</small></p>")
        self.results.setHtml("".join(blocks))


def selected_text(window, dialog: QDialog | None = None) -> str:
    """The text selected in the window's focused text field (the cell editor), tags removed;
    "" when there is none (or it is in the concordance dialog itself)."""
    widget = QApplication.focusWidget()
    if widget is None or not window.isAncestorOf(widget) or (
            dialog is not None and (widget is dialog or dialog.isAncestorOf(widget))):
        return ""
    if hasattr(widget, "textCursor"):
        text = widget.textCursor().selectedText()
    else:
        text = getattr(widget, "selectedText", lambda: "")()
    return " ".join(strip_tags(text or "").split())


def open_concordance(window) -> ConcordanceDialog:
    """Show the dialog; text selected in the cell editor (or another field) is searched at
    once, the way memoQ's Ctrl+K does."""
    dialog = window.findChild(ConcordanceDialog, "concordanceDialog")
    selected = selected_text(window, dialog)
    if dialog is None:
        dialog = ConcordanceDialog(window)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.raise_()
    dialog.query.setFocus()
    if selected:
        dialog.query.setText(selected)
        dialog.search()
    dialog.query.selectAll()
    return dialog
