"""Everyday memory actions in the window: a name replaced through the glossary (or why not)
in the Matches dock, removing a wrong unit from the memory, exporting a memory to TMX."""

from __future__ import annotations

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from app.core.glossary_model import ConceptKind, Term
from app.core.model import SegmentDraft, Status
from app.memory.store import MemoryStore, open_user_memory
from app.storage.database import open_project
from app.storage.glossary_repo import GlossaryRepository
from app.storage.project_repo import ProjectRepository
from app.ui.memory_panel import MatchesPanel
from app.ui.memory_tools import MemoryTools
from app.ui.segment_table_model import COL_RU, COL_UK

MET = "Zelensky met Macron in Kyiv on Monday."
NEW = "Zelensky met Scholz in Kyiv on Monday."
OTHER = "Zelensky met Biden in Kyiv on Monday."


def _project(tmp_path, glossary=True):
    path = tmp_path / "summit.rdproj"
    with open_project(path, create=True) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("monday.txt", [SegmentDraft(MET, 0, 0), SegmentDraft(NEW, 0, 1),
                                         SegmentDraft(OTHER, 1, 0)])
        first = repo.segments()[0].id
        repo.decide(first, "ru", Status.APPROVED,
                    "Зеленский встретился с Макроном в Киеве в понедельник.", "Olga")
        repo.decide(first, "uk", Status.APPROVED,
                    "Зеленський зустрівся з Макроном у Києві в понеділок.", "Olga")
        if glossary:
            terms = GlossaryRepository(pdb)
            for en, ru, uk in (("Macron", "Макрон", "Макрон"), ("Scholz", "Шольц", "Шольц")):
                terms.add_concept(ConceptKind.PERSON, [Term("en", en), Term("ru", ru),
                                                       Term("uk", uk)], who="Olga")
    return path


def _go(qtbot, window, row, column):
    window.view.go_to(window.proxy.mapFromSource(window.model.index(row, column)))
    window.view.setFocus()


def _text(panel) -> str:
    return panel.findChild(QLabel, "match1Text").text()


def test_the_dock_shows_a_name_replaced_through_the_glossary_or_why_not(qtbot, open_window,
                                                                        tmp_path):
    window = open_window(_project(tmp_path))
    panel = window.findChild(MatchesPanel, "matchesPanel")
    _go(qtbot, window, 1, COL_UK)
    qtbot.waitUntil(lambda: bool(panel.matches), timeout=15_000)
    assert panel.matches[0].score == 99
    assert "з Шольцом у Києві" in _text(panel)
    assert "Macron → Scholz (Макрон → Шольц)" in _text(panel)
    assert "Olga" in _text(panel) and "summit.rdproj / monday.txt" in _text(panel)
    _go(qtbot, window, 2, COL_RU)  # Biden: not in the glossary
    qtbot.waitUntil(lambda: bool(panel.matches) and panel.segment_id != 0
                    and "Biden" in _text(panel), timeout=15_000)
    assert "с Макроном" in _text(panel) and panel.matches[0].score < 90
    assert "needs both names in the glossary" in _text(panel)


def test_a_wrong_unit_is_removed_from_the_dock_with_an_event(qtbot, open_window, tmp_path,
                                                             monkeypatch):
    window = open_window(_project(tmp_path))
    panel = window.findChild(MatchesPanel, "matchesPanel")
    _go(qtbot, window, 1, COL_RU)
    qtbot.waitUntil(lambda: bool(panel.matches), timeout=15_000)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    messages = []  # the names check may write over the status bar at any time: record it
    window.status.messageChanged.connect(messages.append)
    qtbot.mouseClick(panel.findChild(QPushButton, "removeMatch1Button"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No matches" in panel.heading.text(), timeout=15_000)
    assert asked and "Removed from the translation memory." in messages
    for opened in (lambda: open_project(window.project_path, read_only=True), open_user_memory):
        with opened() as pdb:  # gone from both memories, the Ukrainian unit kept
            assert [u.lang for u in MemoryStore(pdb).iter_units()] == ["uk"]
            (event,) = [e for e in ProjectRepository(pdb).events() if e.action ==
                        "memory.remove_unit"]
            assert event.before["target"].startswith("Зеленский встретился")
            assert event.who == window.reviewer


def test_tools_export_writes_the_chosen_memory_as_tmx(qtbot, open_window, tmp_path,
                                                      monkeypatch):
    window = open_window(_project(tmp_path, glossary=False))
    tools = window.findChild(MemoryTools, "memoryTools")
    out = tmp_path / "out" / "summit.tmx"
    out.parent.mkdir()
    monkeypatch.setattr(tools, "_which_memory", lambda *a: False)
    monkeypatch.setattr("app.ui.memory_tools.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    action = next(a for a in window.findChildren(type(window.actions()[0]))
                  if a.objectName() == "exportMemoryAction")
    with qtbot.waitSignal(tools.exported, timeout=15_000) as signal:
        action.trigger()
    assert signal.args == [2]
    qtbot.waitUntil(lambda: tools.last_box is not None and tools.last_box.isVisible())
    assert tools.last_box.text().startswith("2 unit") and str(out) in tools.last_box.text()
    tree = etree.parse(str(out))
    langs = sorted(t.get("{http://www.w3.org/XML/1998/namespace}lang")
                   for t in tree.iter("tuv"))
    assert langs == ["en", "en", "ru", "uk"]
    with open_user_memory() as user:  # the shared memory can be exported too
        assert MemoryStore(user).count() == 2
    monkeypatch.setattr(tools, "_which_memory", lambda *a: True)
    with qtbot.waitSignal(tools.exported, timeout=15_000) as signal:
        action.trigger()
    assert signal.args == [2]


def test_tools_pretranslate_fills_known_cells_from_memory_without_mt(qtbot, open_window,
                                                                      tmp_path):
    """No engine needed: what the memories know goes into the machine column, badged; the
    reviewer's text is left."""
    from app.memory.lookup import TranslationMemory
    from app.ui.segment_table_model import MEMORY_ROLE

    with open_project(tmp_path / "yesterday.rdproj", create=True) as pdb:
        old = ProjectRepository(pdb, repetitions=False)
        old.add_document("old.txt", [SegmentDraft(NEW, 0, 0)])
        sid = old.segments()[0].id
        old.decide(sid, "ru", Status.APPROVED,
                   "Зеленский встретился с Шольцем в Киеве в понедельник.", "ann")
        old.decide(sid, "uk", Status.APPROVED,
                   "Зеленський зустрівся з Шольцом у Києві в понеділок.", "ann")
        TranslationMemory.open(pdb).close()  # into the shared memory
    window = open_window(_project(tmp_path, glossary=False))
    model = window.model
    assert model.setData(model.index(1, COL_UK), "Своя правка.")
    tools = window.findChild(MemoryTools, "memoryTools")
    action = next(a for a in window.findChildren(type(window.actions()[0]))
                  if a.objectName() == "pretranslateMemoryAction")
    with qtbot.waitSignal(tools.pretranslated, timeout=15_000) as signal:
        action.trigger()
    assert signal.args == [1]  # ru of row 1 (uk has the reviewer's edit)
    assert model.index(1, COL_RU).data() == "Зеленский встретился с Шольцем в Киеве в понедельник."
    assert model.data(model.index(1, COL_RU), MEMORY_ROLE) == "memory 100%"
    assert model.index(1, COL_UK).data() == "Своя правка."
    qtbot.waitUntil(lambda: tools.last_box is not None and tools.last_box.isVisible())
    assert tools.last_box.text().startswith("1 cell")


def test_ctrl_k_in_the_cell_editor_searches_the_selected_word(qtbot, open_window, tmp_path):
    """Select "Києві" while editing a Ukrainian cell and press Ctrl+K: the concordance opens
    with it searched (the editor keeps its text); "Киеве" in a Russian cell likewise."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from app.ui.coded_text_edit import CodedTextEdit
    from app.ui.concordance_dialog import ConcordanceDialog

    window = open_window(_project(tmp_path, glossary=False))
    view = window.view
    for column, word in ((COL_UK, "Києві"), (COL_RU, "Киеве")):
        if not window.isActiveWindow():  # the dialog had the focus
            with qtbot.waitActive(window):
                window.activateWindow()
        view.go_to(window.proxy.mapFromSource(window.model.index(0, column)))
        view.setFocus()
        view.edit(view.currentIndex())
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), CodedTextEdit))
        editor = QApplication.focusWidget()
        text = editor.toPlainText()
        cursor = editor.textCursor()
        cursor.setPosition(text.index(word))
        cursor.setPosition(text.index(word) + len(word), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        dialog = window.findChild(ConcordanceDialog, "concordanceDialog")
        assert dialog.query.text() == word and editor.toPlainText() == text
        qtbot.waitUntil(lambda d=dialog: "1 unit" in d.summary.text(), timeout=15_000)
        assert word in dialog.results.toPlainText()
        dialog.hide()  # the editor closed when the dialog took the focus; nothing changed
    assert window.model.cell_at(window.model.index(0, COL_UK)).status is Status.APPROVED
