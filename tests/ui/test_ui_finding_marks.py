"""Findings point at their word: a wavy underline under exactly the flagged span in the grid
and the editor, the reason for that span on hover, F8 / Shift+F8 walking them in order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from test_ui_review_flow import RUSSIAN, add_machine_russian

from app.ui.cell_findings import CellFinding
from app.ui.flag_mark_delegate import MARK_SIZE
from app.ui.segment_table_model import COL_RU, COL_SOURCE, COL_UK, SEGMENT_ID_ROLE

WORD = "Киеве"  # RUSSIAN[3] = "Чиновники в Киеве не дали комментариев."


def finding(window, row, lang, text, word, severity="error", reason="Russian-derived form"):
    column = {"en": COL_SOURCE, "ru": COL_RU, "uk": COL_UK}[lang]
    sid = window.proxy.index(row, column).data(SEGMENT_ID_ROLE)
    start = text.index(word)
    return CellFinding(sid, lang, start, start + len(word), severity, reason, None, "qa_test",
                       word, "qa")


def option_for(view, index):
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # the options the view paints with (icon size ...)
    option.rect = view.visualRect(index)
    return option


def red_columns(image, rect, ratio, top):
    """x (logical) of every column of ``rect`` holding a red pixel below ``top``."""
    found = set()
    for x in range(int(rect.left() * ratio), int((rect.right() + 1) * ratio)):
        for y in range(int(top * ratio), int((rect.bottom() + 1) * ratio)):
            color = image.pixelColor(x, y)
            if color.red() > 150 and color.green() < 110 and color.blue() < 110:
                found.add(x / ratio)
                break
    return found


def test_the_underline_is_drawn_under_the_flagged_word_only(qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    text = RUSSIAN[3]
    window.model.set_findings("qa", {(window.proxy.index(3, COL_RU).data(SEGMENT_ID_ROLE),
                                      "ru"): [finding(window, 3, "ru", text, WORD)]})
    view.go_to(window.proxy.index(0, COL_UK))  # the flagged cell is not selected
    index = window.proxy.index(3, COL_RU)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect, document, top = view.itemDelegate().text_rect_and_document(
        option_for(view, index), index)
    assert document.toPlainText() == text  # one line: the word's x-range is a prefix width
    metrics = QFontMetricsF(view.font())
    left = rect.left() + metrics.horizontalAdvance(text[:text.index(WORD)])
    right = rect.left() + metrics.horizontalAdvance(text[:text.index(WORD) + len(WORD)])
    cell = view.visualRect(index)
    red = red_columns(image, cell, image.devicePixelRatio(), cell.top() + MARK_SIZE + 1)
    assert red, "no underline drawn"
    assert min(red) >= left - 2 and max(red) <= right + 2, (min(red), max(red), left, right)
    covered = sum(1 for x in range(int(left) + 1, int(right) - 1) if float(x) in red)
    assert covered >= 0.8 * (right - left - 2)
    # The other words of the cell and the cells around it carry no underline.
    other = view.visualRect(window.proxy.index(2, COL_RU))
    assert not red_columns(image, other, image.devicePixelRatio(), other.top() + MARK_SIZE + 1)


def test_the_tooltip_gives_the_reason_of_the_span_under_the_mouse(qtbot, open_window,
                                                                  project_path, monkeypatch):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    text = RUSSIAN[3]
    sid = window.proxy.index(3, COL_RU).data(SEGMENT_ID_ROLE)
    window.model.set_findings("qa", {(sid, "ru"): [
        finding(window, 3, "ru", text, WORD, reason="Kyiv is Київ/Киев"),
        finding(window, 3, "ru", text, "комментариев", "info", "A long word"),
    ]})
    index = window.proxy.index(3, COL_RU)
    option = option_for(view, index)
    rect, document, top = view.itemDelegate().text_rect_and_document(option, index)
    line = document.begin().layout().lineAt(0)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, t, *a: shown.append(t))

    def hover(word):
        x = line.cursorToX(text.index(word) + 2)[0]
        point = QPoint(round(rect.left() + x), round(rect.top() + top + line.height() / 2))
        event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        view.itemDelegate().helpEvent(event, view, option, index)
        return shown[-1]

    assert "Kyiv is Київ/Киев" in hover(WORD) and "A long word" not in hover(WORD)
    assert "A long word" in hover("комментариев")
    both = hover("Чиновники")  # not on a span: the cell's tooltip with every finding
    assert "Kyiv is Київ/Киев" in both and "A long word" in both


def test_f8_walks_the_findings_in_document_order_and_shift_f8_walks_back(
        qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    english = "Officials in Kyiv did not comment."
    findings = {}
    for item in [
        finding(window, 1, "ru", RUSSIAN[1], "сыновей", "warning", "first"),
        finding(window, 3, "en", english, "Officials", "info", "second"),
        finding(window, 3, "ru", RUSSIAN[3], "Чиновники", "error", "third"),
        finding(window, 3, "ru", RUSSIAN[3], WORD, "error", "fourth"),
    ]:
        findings.setdefault((item.segment, item.lang), []).append(item)
    window.model.set_findings("qa", findings)
    view.go_to(window.proxy.index(0, COL_SOURCE))

    def walk(key, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(view, key, modifier)
        index = view.currentIndex()
        return (index.row(), index.column(), window.status.currentMessage().split(": ")[-1])

    f8 = [walk(Qt.Key.Key_F8) for _ in range(5)]
    assert f8 == [(1, COL_RU, "first"), (3, COL_SOURCE, "second"), (3, COL_RU, "third"),
                  (3, COL_RU, "fourth"), (1, COL_RU, "first")]  # then round again
    assert "other end" in window.status.currentMessage()
    back = [walk(Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier) for _ in range(4)]
    assert back == [(3, COL_RU, "fourth"), (3, COL_RU, "third"), (3, COL_SOURCE, "second"),
                    (1, COL_RU, "first")]


def test_in_the_editor_f8_selects_the_span_and_moves_on_to_the_next_cell(
        qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    findings = {}
    for item in [
        finding(window, 3, "ru", RUSSIAN[3], "Чиновники", "error", "third"),
        finding(window, 3, "ru", RUSSIAN[3], WORD, "error", "fourth"),
        finding(window, 4, "ru", RUSSIAN[4], "востоке", "warning", "fifth"),
    ]:
        findings.setdefault((item.segment, item.lang), []).append(item)
    window.model.set_findings("qa", findings)
    view.go_to(window.proxy.index(3, COL_RU))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    assert [f.reason for *_, f in editor.finding_spans()] == ["third", "fourth"]

    qtbot.keyClick(editor, Qt.Key.Key_F8)  # the cursor is on "Чиновники": next is Киеве
    assert editor.textCursor().selectedText() == WORD
    qtbot.keyClick(editor, Qt.Key.Key_F8)  # none left here: the next cell, its span selected
    assert (view.currentIndex().row(), view.currentIndex().column()) == (4, COL_RU)
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None and editor.textCursor().selectedText() == "востоке"
    assert "fifth" in window.status.currentMessage()


def test_the_editor_underline_follows_typing(qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    sid = window.proxy.index(3, COL_RU).data(SEGMENT_ID_ROLE)
    window.model.set_findings("qa", {(sid, "ru"): [finding(window, 3, "ru", RUSSIAN[3], WORD)]})
    view.go_to(window.proxy.index(3, COL_RU))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor, "OK, ")
    ((start, end, _),) = editor.finding_spans()
    assert editor.coded_text()[start:end] == WORD
