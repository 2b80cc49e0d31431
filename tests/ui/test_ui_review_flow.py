"""The reviewer's flow in the real window: keyboard decisions, persistence, errors, language."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTextEdit

from app.core.first_run import SAMPLE_PROJECT_NAME
from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import COL_RU, COL_UK, PAGE_SIZE, SEGMENT_ID_ROLE, STATUS_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
RUSSIAN = [
    "Матери солдат обратились к президенту.",
    "Они попросили его вернуть сыновей домой.",
    "Видео быстро распространилось в среду.",
    "Чиновники в Киеве не дали комментариев.",
    "Бои продолжились на востоке страны.",
]


def add_machine_russian(path, rows=range(5)):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        segments = repo.segments()
        repo.set_machine_translations(
            "ru", [(segments[n].id, RUSSIAN[n], [], None) for n in rows],
            engine="test", model="test",
        )


def read_cell(path, row, lang):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        segment = repo.segments(row, 1)[0]
        return repo.cell(segment.id, lang), repo.events(segment.id, lang)


def current(window):
    index = window.view.currentIndex()
    return index.row(), index.column()


@pytest.fixture
def messages(monkeypatch):
    """Capture message boxes instead of blocking on them."""
    shown = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_ctrl_enter_approves_jumps_and_survives_reopening(qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    view.go_to(window.proxy.index(0, COL_RU))

    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)

    assert window.proxy.index(0, COL_RU).data(STATUS_ROLE) == Status.APPROVED
    assert current(window) == (1, COL_RU)
    qtbot.waitUntil(lambda: "Russian: 1/5 approved" in window.status.progress_label.text())
    window.close()

    reopened = open_window(project_path)
    index = reopened.proxy.index(0, COL_RU)
    assert index.data(STATUS_ROLE) == Status.APPROVED
    assert "Olga" in index.data(Qt.ItemDataRole.ToolTipRole)
    cell, events = read_cell(project_path, 0, "ru")
    assert (cell.status, cell.text, cell.reviewer) == (Status.APPROVED, RUSSIAN[0], "Olga")
    assert [(e.action, e.who, e.before["status"], e.after["status"]) for e in events] == [
        ("approved", "Olga", "translated", "approved")
    ]


def test_approve_skips_cells_already_approved(qtbot, open_window, project_path):
    add_machine_russian(project_path)
    with open_project(project_path) as pdb:
        repo = ProjectRepository(pdb)
        repo.decide(repo.segments(1, 1)[0].id, "ru", Status.APPROVED, None, "Ivan")
    window = open_window(project_path)
    window.view.go_to(window.proxy.index(0, COL_RU))
    qtbot.keyClick(window.view, Qt.Key.Key_Enter, CTRL)
    assert current(window) == (2, COL_RU)


def test_ctrl_z_undoes_and_reject_shortcut_rejects(qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    view = window.view
    view.go_to(window.proxy.index(3, COL_RU))
    qtbot.keyClick(view, Qt.Key.Key_Backspace, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.proxy.index(3, COL_RU).data(STATUS_ROLE) == Status.REJECTED
    assert current(window) == (4, COL_RU)

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)

    assert window.proxy.index(3, COL_RU).data(STATUS_ROLE) == Status.TRANSLATED
    assert current(window) == (3, COL_RU)  # undo shows the cell it changed
    cell, events = read_cell(project_path, 3, "ru")
    assert cell.status == Status.TRANSLATED
    assert [e.action for e in events] == ["rejected", "undo"]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert "Nothing to undo" in window.status.currentMessage()


def test_editing_a_cell_records_edited_at_once(qtbot, open_window, project_path):
    window = open_window(project_path)
    view = window.view
    view.go_to(window.proxy.index(2, COL_UK))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QTextEdit)
    editor.setPlainText("Відео швидко поширилося\u00a0в середу.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter saves; no Save button anywhere

    cell, events = read_cell(project_path, 2, "uk")
    assert (cell.status, cell.text) == (Status.EDITED, "Відео швидко поширилося\u00a0в середу.")
    assert [(e.action, e.who) for e in events] == [("edited", "Olga")]
    assert window.proxy.index(2, COL_UK).data(STATUS_ROLE) == Status.EDITED


def test_ctrl_enter_in_the_editor_saves_the_text_and_approves_it(qtbot, open_window,
                                                                 project_path):
    window = open_window(project_path)
    view = window.view
    view.go_to(window.proxy.index(0, COL_UK))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.setPlainText("Матері солдатів звернулися до президента.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)

    cell, events = read_cell(project_path, 0, "uk")
    assert cell.status == Status.APPROVED
    assert cell.text == "Матері солдатів звернулися до президента."
    assert [e.action for e in events] == ["edited", "approved"]
    assert current(window) == (1, COL_UK)


def test_empty_cell_is_not_approved(qtbot, open_window, project_path):
    window = open_window(project_path)
    window.view.go_to(window.proxy.index(0, COL_UK))
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    assert window.proxy.index(0, COL_UK).data(STATUS_ROLE) == Status.NEW
    assert "empty" in window.status.currentMessage()


def test_comment_on_a_cell(qtbot, open_window, project_path, monkeypatch):
    window = open_window(project_path)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText",
        staticmethod(lambda *args, **kwargs: ("Kyiv, not Kiev", True)),
    )
    window.view.go_to(window.proxy.index(3, COL_RU))
    qtbot.keyClick(window.view, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.AltModifier)
    index = window.proxy.index(3, COL_RU)
    assert "Kyiv, not Kiev" in index.data(Qt.ItemDataRole.ToolTipRole)
    cell, events = read_cell(project_path, 3, "ru")
    assert cell.comment == "Kyiv, not Kiev"
    assert [(e.action, e.who) for e in events] == [("comment", "Olga")]


def test_search_and_status_filter_narrow_the_rows(qtbot, open_window, project_factory):
    path = project_factory("big.rdproj", 1200)
    add_machine_russian(path)
    window = open_window(path)
    assert window.model.rowCount() == PAGE_SIZE  # lazy: only the first page at start
    bar = window.filter_bar
    bar.search.setText("number 1150")
    bar.apply_search()  # (typing applies it after a short pause)
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 1).data() == "Sentence number 1150."
    assert bar.count_label.text() == "1 matching segment"

    bar.search.clear()
    bar.apply_search()
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(Status.TRANSLATED.value))
    assert window.proxy.rowCount() == 5
    bar.lang_combo.setCurrentIndex(bar.lang_combo.findData("uk"))
    assert window.proxy.rowCount() == 0
    assert bar.count_label.text() == "0 matching segments"
    bar.clear()
    assert window.model.total_segments == 1200  # every row again, loading page by page
    assert window.proxy.rowCount() == window.model.rowCount() < 1200


def test_approving_under_a_status_filter_moves_to_the_next_match(qtbot, open_window,
                                                                 project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    bar = window.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(Status.TRANSLATED.value))
    bar.lang_combo.setCurrentIndex(bar.lang_combo.findData("ru"))
    window.view.go_to(window.proxy.index(0, COL_RU))
    first_id = window.proxy.index(0, COL_RU).data(SEGMENT_ID_ROLE)
    second_id = window.proxy.index(1, COL_RU).data(SEGMENT_ID_ROLE)
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    assert window.proxy.rowCount() == 4  # the approved row left the filter
    assert window.view.currentIndex().data(SEGMENT_ID_ROLE) == second_id
    assert first_id != second_id


def test_first_run_without_a_project_opens_the_sample(qtbot, open_window):
    window = open_window(None)
    assert window.project_path.name == SAMPLE_PROJECT_NAME
    assert window.model.total_segments > 10
    assert window.proxy.index(0, 1).data().startswith("A video")


def test_newer_project_shows_the_message_and_is_left_untouched(qtbot, open_window,
                                                               project_path, project_factory,
                                                               messages):
    newer = project_factory("newer.rdproj")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = hashlib.sha256(newer.read_bytes()).hexdigest()
    window = open_window(project_path)

    assert not window.open_path(newer)

    assert len(messages) == 1 and "newer version" in messages[0][1]
    assert hashlib.sha256(newer.read_bytes()).hexdigest() == before
    assert window.project_path == project_path  # the open project stays open
    assert window.proxy.rowCount() == 5


def test_new_project_from_document_imports_in_the_background(qtbot, open_window, project_path,
                                                             tmp_path, messages):
    document = tmp_path / "story.txt"
    document.write_text("First sentence here. Second one follows.\n\nA new paragraph.",
                        encoding="utf-8")
    window = open_window(project_path)
    with qtbot.waitSignal(window.projectOpened, timeout=10000):
        window.projects.new_from_document(document)
    assert window.project_path.name == "story.rdproj"
    assert window.model.total_segments == 3

    bad = tmp_path / "empty.md"
    bad.write_text("", encoding="utf-8")
    handle = window.projects.new_from_document(bad)
    qtbot.waitUntil(lambda: handle.done, timeout=10000)
    assert messages and "empty" in messages[-1][1]
    assert not (bad.parent / "empty.rdproj").exists()
    assert window.project_path.name == "story.rdproj"


def test_switching_language_retranslates_without_restart(qtbot, open_window, project_path):
    window = open_window(project_path)
    assert window.file_menu.title() == "&File"
    window.preferences.switch_language("ru")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    assert window.model.headerData(COL_RU, Qt.Orientation.Horizontal) == "Русский"
    window.preferences.switch_language("uk")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    qtbot.waitUntil(lambda: window.edit_menu.title() == "&Редагування")
    window.preferences.switch_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.settings.get("ui_language") == "en"
