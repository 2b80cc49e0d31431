"""Spelling while typing in the cell editor: a red wavy line under each unknown word, and on
right-click over one its suggestions and "Add to project dictionary".

Attaches to every new Russian or Ukrainian cell editor through the grid delegate's
``editor_hooks``. The highlighter asks the window's ``Speller`` word by word; the speller caches
its answers, so a key press re-checks one paragraph at a fraction of a millisecond
(``benchmarks/qa_checks.py`` measures the time per key). Until the dictionaries are loaded (on
a worker, with the first QA check) nothing is underlined; then open editors are re-checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu

from app.qa.spelling import WORD, Speller
from app.ui.coded_text_edit import CodedTextEdit
from app.ui.segment_table_model import LANG_ROLE, SEGMENT_ID_ROLE

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.qa_check_controller import QaCheckController

MAX_SUGGESTIONS = 5
SPELLING_COLOR = "#d32f2f"


class SpellingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, speller: Speller, lang: str) -> None:
        super().__init__(document)
        self.speller = speller
        self.lang = lang
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor(SPELLING_COLOR))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not self.speller.loaded:
            return
        for match in WORD.finditer(text):
            if not self.speller.is_known(match.group(), self.lang):
                self.setFormat(match.start(), match.end() - match.start(), self.format)


def word_at(editor: CodedTextEdit, pos: QPoint) -> tuple[int, int, str] | None:
    """(document start, end, word) of the word under viewport position ``pos``."""
    cursor = editor.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    for match in WORD.finditer(block.text()):
        if match.start() <= offset <= match.end():
            return block.position() + match.start(), block.position() + match.end(), \
                match.group()
    return None


def spelling_menu(editor: CodedTextEdit, pos: QPoint, controller: QaCheckController,
                  lang: str, segment_id: int | None) -> QMenu:
    """The editor's context menu, with suggestions and "Add to project dictionary" on top
    when ``pos`` is over a misspelled word."""
    menu = editor.createStandardContextMenu()
    speller = controller.speller
    found = word_at(editor, pos)
    if found is None or not speller.loaded or speller.is_known(found[2], lang):
        return menu
    start, end, word = found
    first = menu.actions()[0] if menu.actions() else None
    suggestions = speller.suggest(word, lang, MAX_SUGGESTIONS)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.setObjectName("spellingSuggestion")
        action.triggered.connect(
            lambda _=False, s=suggestion: _replace(editor, start, end, s))
        menu.insertAction(first, action)
    if not suggestions:
        none = menu.addAction(QCoreApplication.translate("SpellingMenu", "No suggestions"))
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = menu.addAction(QCoreApplication.translate(
        "SpellingMenu", "Add “%1” to project dictionary").replace("%1", word))
    add.setObjectName("addToProjectDictionary")
    add.triggered.connect(lambda: _add(editor, controller, word, lang, segment_id))
    menu.insertAction(first, add)
    menu.insertSeparator(first)
    return menu


def _replace(editor: CodedTextEdit, start: int, end: int, text: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    editor.setTextCursor(cursor)


def _add(editor: CodedTextEdit, controller: QaCheckController, word: str, lang: str,
         segment_id: int | None) -> None:
    controller.add_to_dictionary(word, lang, segment_id)
    for highlighter in editor.document().findChildren(SpellingHighlighter):
        highlighter.rehighlight()


def attach(editor: CodedTextEdit, index: QModelIndex, controller: QaCheckController) -> None:
    lang = index.data(LANG_ROLE)
    if lang not in ("ru", "uk"):
        return
    highlighter = SpellingHighlighter(editor.document(), controller.speller, lang)
    controller.spellerReady.connect(highlighter.rehighlight)
    segment_id = index.data(SEGMENT_ID_ROLE)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    editor.customContextMenuRequested.connect(
        lambda pos: spelling_menu(editor, pos, controller, lang, segment_id).exec(
            editor.viewport().mapToGlobal(pos)))


def install(window: MainWindow) -> None:
    from app.ui.qa_check_controller import controller_for

    controller = controller_for(window)
    delegate = window.view.itemDelegate()
    hooks = getattr(delegate, "editor_hooks", None)
    if hooks is not None:
        hooks.append(lambda editor, index: attach(editor, index, controller))
