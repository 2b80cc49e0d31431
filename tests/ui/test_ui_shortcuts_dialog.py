"""Help > Keyboard shortcuts lists every shortcut the window has, read from its actions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from app.ui.shortcuts_dialog import ShortcutsDialog


def _native(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


def test_every_action_with_a_key_is_listed(qtbot, open_window, project_path):
    window = open_window(project_path)
    action = window.findChild(QAction, "keyboardShortcutsAction")
    assert action in window.help_menu.actions()
    action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    listed = {(keys, text) for keys, text, _where in rows}
    by_keys = {keys.split(", ")[0]: (text, where) for keys, text, where in rows
               if where != "In the cell editor"}
    # what the README promises
    assert by_keys[_native("Ctrl+Return")][0] == "Approve and go to next"
    assert by_keys[_native("Ctrl+Shift+Backspace")][0] == "Reject and go to next"
    assert by_keys[_native("Ctrl+Alt+M")][0] == "Comment"
    assert by_keys[_native("Ctrl+T")][1] == "Tools"
    assert by_keys[_native("Alt+1")][0] == "Insert alternative 1"
    assert _native("Alt+0") in by_keys
    assert by_keys[_native("Ctrl+F")][1] == "Edit"
    assert any(where == "In the cell editor" and keys == _native("Shift+Return")
               for keys, _, where in rows)
    # every action of the window that has a shortcut is in the list
    for found in window.findChildren(QAction):
        for sequence in found.shortcuts():
            assert any(sequence.toString(QKeySequence.SequenceFormat.NativeText) in keys
                       for keys, _text in listed), found.objectName()
    dialog.close()

    # a feature that adds an action shows up by itself
    extra = QAction("Next finding", window)
    extra.setShortcut(QKeySequence("F8"))
    window.addAction(extra)
    assert (_native("F8"), "Next finding", "Grid and panels") in ShortcutsDialog(window).rows()
