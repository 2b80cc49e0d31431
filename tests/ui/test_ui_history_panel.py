"""The History dock follows the current cell: machine output, edits, decisions, comments and
undos appear with who and when, in order, as they happen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog
from test_ui_review_flow import add_machine_russian

from app.ui.history_panel import COL_TEXT, COL_WHAT, COL_WHO
from app.ui.segment_table_model import COL_RU, COL_UK

CTRL = Qt.KeyboardModifier.ControlModifier


def rows(panel) -> list[tuple[str, str, str]]:
    model = panel.model
    return [tuple(model.index(r, c).data() for c in (COL_WHO, COL_WHAT, COL_TEXT))
            for r in range(model.rowCount())]


def test_history_shows_the_audit_trail_of_the_current_cell(qtbot, open_window, project_path,
                                                           monkeypatch):
    add_machine_russian(project_path)
    window = open_window(project_path)
    dock = window.findChild(QDockWidget, "historyDock")
    dock.show()
    dock.raise_()
    panel = window.history_panel
    view = window.view
    view.go_to(window.proxy.index(3, COL_RU))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert rows(panel) == [("machine", "Machine translation (test test)",
                            "Чиновники в Киеве не дали комментариев.")]

    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.setPlainText("Чиновники в Киеве промолчали.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saved as edited, stays on the cell
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Kyiv, not Kiev", True)))
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.AltModifier)
    view.go_to(window.proxy.index(3, COL_RU))
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)  # approve, jumps to the next cell
    assert rows(panel)[0][1] == "Machine translation (test test)"  # row 4 has its own output
    view.go_to(window.proxy.index(3, COL_RU))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert rows(panel) == [
        ("machine", "Machine translation (test test)", "Чиновники в Киеве не дали комментариев."),
        ("Olga", "Edited", "Чиновники в Киеве промолчали."),
        ("Olga", "Comment", "Kyiv, not Kiev"),
        ("Olga", "Approved", "Чиновники в Киеве промолчали."),
    ]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # undo the approval: the panel updates at once
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert rows(panel)[-1][:2] == ("Olga", "Undone (edited)")

    view.go_to(window.proxy.index(3, COL_UK))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)


def test_a_hidden_history_reads_nothing_until_shown(qtbot, open_window, project_path,
                                                    monkeypatch):
    add_machine_russian(project_path)
    window = open_window(project_path)
    dock = window.findChild(QDockWidget, "historyDock")
    dock.hide()
    panel = window.history_panel
    calls = []
    import app.ui.history_panel as module

    real = module.cell_history
    monkeypatch.setattr(module, "cell_history", lambda *a: calls.append(a) or real(*a))
    window.view.go_to(window.proxy.index(1, COL_RU))
    assert calls == []
    dock.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert len(calls) == 1
