"""Inline tags in the grid and the cell editor: chips drawn, moved and deleted whole, F9."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from tagged_project import C1, C2, I3, O1, O2, RUSSIAN, SOURCES, make_tagged_project

from app.documents.inline_codes import display, open_tag, strip_tags
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import COL_RU, COL_SOURCE
from app.ui.tag_chips import CHIP_FILL

MOVE = QTextCursor.MoveOperation
KEEP = QTextCursor.MoveMode.KeepAnchor


@pytest.fixture
def tagged_path(tmp_path):
    return make_tagged_project(tmp_path / "tagged.rdproj")


def stored_russian(path, row):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        return repo.cell(repo.segments(row, 1)[0].id, "ru").text


def chip_pixels(window, row, column) -> int:
    view = window.view
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(window.proxy.index(row, column))
    ratio = image.devicePixelRatio()
    fill = CHIP_FILL.name()
    count = 0
    for x in range(int(rect.left() * ratio), int(rect.right() * ratio)):
        for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio)):
            if image.pixelColor(x, y).name() == fill:
                count += 1
    return count


def open_editor(qtbot, window, row, column=COL_RU):
    view = window.view
    view.go_to(window.proxy.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    return editor


def test_tags_are_drawn_as_chips_in_source_and_target_cells(qtbot, open_window, tagged_path):
    window = open_window(tagged_path)
    assert chip_pixels(window, 0, COL_SOURCE) > 20
    assert chip_pixels(window, 0, COL_RU) > 20
    assert chip_pixels(window, 1, COL_SOURCE) == 0  # no tags, no chips
    # The tag characters themselves are never shown as text: the cell reads like the article.
    assert window.proxy.index(0, COL_SOURCE).data() == SOURCES[0]


def test_chip_tooltip_names_the_tag_and_its_label(qtbot, open_window, tagged_path,
                                                  monkeypatch):
    window = open_window(tagged_path)
    window.model.tag_labels = lambda _sid: {1: "b", 2: "link"}
    view = window.view
    index = window.proxy.index(0, COL_SOURCE)
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # the options the view paints with (icon size ...)
    option.rect = view.visualRect(index)
    rect, document, top = delegate.text_rect_and_document(option, index)
    cursor = QTextCursor(document)
    cursor.setPosition(SOURCES[0].index(O2))
    x = document.documentLayout().blockBoundingRect(document.begin()).left()
    line = document.begin().layout().lineForTextPosition(SOURCES[0].index(O2))
    x = line.cursorToX(SOURCES[0].index(O2))[0] + 3
    y = line.y() + line.height() / 2
    point = QPoint(round(rect.left() + x), round(rect.top() + top + y))
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    assert delegate.helpEvent(event, view, option, index)
    assert shown == ["opening tag 2: link"]


def test_editor_shows_chips_steps_over_them_and_deletes_them_whole(qtbot, open_window,
                                                                   tagged_path):
    window = open_window(tagged_path)
    editor = open_editor(qtbot, window, 2)
    assert editor.coded_text() == RUSSIAN[2]
    start = RUSSIAN[2].index(O1)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Right)  # over the chip: one step
    assert editor.textCursor().position() == start + 1
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # the whole chip, nothing else
    assert editor.coded_text() == RUSSIAN[2].replace(O1, "")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored_russian(tagged_path, 2) == RUSSIAN[2].replace(O1, "")


def test_f9_inserts_the_next_missing_tag_and_wraps_a_selection(qtbot, open_window,
                                                                tagged_path):
    window = open_window(tagged_path)
    editor = open_editor(qtbot, window, 0)
    text = RUSSIAN[0]
    word = "понедельник"
    cursor = editor.textCursor()
    cursor.setPosition(text.index(word))
    cursor.setPosition(text.index(word) + len(word), KEEP)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F9)  # tag 2 pair wraps "понедельник"
    wrapped = text.replace(word, f"{O2}{word}{C2}")
    assert editor.coded_text() == wrapped
    editor.moveCursor(MOVE.End)
    qtbot.keyClick(editor, Qt.Key.Key_F9)  # then the isolated tag 3 at the cursor
    assert editor.coded_text() == wrapped + I3
    qtbot.keyClick(editor, Qt.Key.Key_F9)  # nothing missing: nothing happens
    assert editor.coded_text() == wrapped + I3
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored_russian(tagged_path, 0) == wrapped + I3


def test_cut_and_paste_moves_a_tag_and_copy_gives_readable_text(qtbot, open_window,
                                                                 tagged_path):
    window = open_window(tagged_path)
    editor = open_editor(qtbot, window, 2)
    text = RUSSIAN[2]
    cursor = editor.textCursor()
    cursor.setPosition(text.index(C1))
    cursor.setPosition(text.index(C1) + 1, KEEP)
    editor.setTextCursor(cursor)
    editor.copy()
    assert QGuiApplication.clipboard().text() == display(C1)
    editor.cut()
    editor.moveCursor(MOVE.End)
    editor.moveCursor(MOVE.Left)  # before the final full stop
    editor.paste()
    assert editor.coded_text() == text.replace(C1, "")[:-1] + C1 + "."


def test_paste_from_outside_never_creates_a_tag_the_source_lacks(qtbot, open_window,
                                                                  tagged_path):
    window = open_window(tagged_path)
    editor = open_editor(qtbot, window, 2)
    mime = QMimeData()
    # Tag 1 (already in the cell), tag 7 (not in the source), and text.
    mime.setText(f" {O1}{open_tag(7)}ещё{C1}")
    editor.moveCursor(MOVE.End)
    editor.insertFromMimeData(mime)
    assert editor.coded_text() == RUSSIAN[2] + " ещё"
    assert strip_tags(editor.coded_text()) == strip_tags(RUSSIAN[2]) + " ещё"


def test_untagged_cells_edit_as_before(qtbot, open_window, tagged_path):
    window = open_window(tagged_path)
    editor = open_editor(qtbot, window, 1)
    qtbot.keyClicks(editor, "!")
    qtbot.keyClick(editor, Qt.Key.Key_F9)  # the source has no tags: nothing to insert
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored_russian(tagged_path, 1) == RUSSIAN[1] + "!"
    assert QColor(CHIP_FILL).isValid()


def test_a_word_file_s_link_shows_as_chips_labelled_from_the_stored_codes(
        qtbot, open_window, tmp_path, monkeypatch):
    """par-hyperlinks.docx (python-docx's test file): the link is tags 1 (link) and 2 (its
    run style); the chip tooltip names them from the codes the import stored."""
    from pathlib import Path

    from app.core.document_import import import_document
    from app.storage.database import create_project

    path = tmp_path / "links.rdproj"
    docx = Path(__file__).parents[1] / "documents" / "data" / "par-hyperlinks.docx"
    with create_project(path) as pdb:
        import_document(ProjectRepository(pdb), docx, "importer")
    window = open_window(path)
    view = window.view
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.index(r, COL_SOURCE).data().startswith("One"))
    index = window.proxy.index(row, COL_SOURCE)
    source = index.data()
    assert chip_pixels(window, row, COL_SOURCE) > 20
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    rect, document, top = view.itemDelegate().text_rect_and_document(option, index)
    line = document.begin().layout().lineForTextPosition(source.index(O1))
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    for char in (O1, O2):
        x = line.cursorToX(source.index(char))[0] + 3
        point = QPoint(round(rect.left() + x), round(rect.top() + top + line.y()
                                                     + line.height() / 2))
        event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        view.itemDelegate().helpEvent(event, view, option, index)
    assert shown == ["opening tag 1: link", "opening tag 2: style"]


def test_the_alternatives_panel_shows_tags_readably_and_inserts_them_as_tags(
        qtbot, open_window, tagged_path):
    from app.ui.alternatives_panel import AlternativesPanel

    window = open_window(tagged_path)
    window.view.go_to(window.proxy.index(2, COL_RU))
    panel = window.findChild(AlternativesPanel)
    qtbot.waitUntil(lambda: panel.buttons[0].isVisibleTo(panel), timeout=5000)
    assert display(RUSSIAN[2]) in panel.buttons[0].text()  # <1>Киеве</1>, not raw characters
    assert panel.buttons[0].property("candidate") == RUSSIAN[2]
