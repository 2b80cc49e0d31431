"""Help > Keyboard shortcuts: every shortcut of the window, gathered from its actions when the
dialog opens (so the list cannot go stale: a feature that adds an action with a shortcut shows
up here by itself), grouped by the menu that holds the action, plus the keys of the cell editor,
which are key handling in the editor rather than actions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.extensions import window_action

CONTEXT = "ShortcutsDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: Keys handled inside the cell editor (``cell_editor_delegate``): not actions, listed by hand.
EDITOR_KEYS = (
    ("F2", QT_TRANSLATE_NOOP(CONTEXT, "Edit the cell (or double-click, or start typing)")),
    ("Return", QT_TRANSLATE_NOOP(CONTEXT, "Save the cell as edited")),
    ("Shift+Return", QT_TRANSLATE_NOOP(CONTEXT, "New line inside the cell")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP(CONTEXT, "Save and approve, go to the next cell")),
    ("Esc", QT_TRANSLATE_NOOP(CONTEXT, "Cancel the edit")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP(CONTEXT, "Undo typing inside the editor")),
)


@dataclass(frozen=True)
class ShortcutRow:
    group: str
    text: str
    keys: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _from_name(name: str) -> str:
    """A readable label for an action that has no text: insertAlternative1Action -> Insert
    alternative 1 (actions should have text; this keeps the list useful meanwhile)."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z0-9])", " ", name.removesuffix("Action")).lower()
    return words[:1].upper() + words[1:]


def _menu_titles(menu: QMenu, prefix: str, found: dict[int, str]) -> None:
    title = f"{prefix} > {_plain(menu.title())}" if prefix else _plain(menu.title())
    for action in menu.actions():
        if action.menu() is not None:
            _menu_titles(action.menu(), title, found)
        else:
            found.setdefault(id(action), title)


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
                     if not s.isEmpty())


def collect_shortcuts(window: QWidget) -> list[ShortcutRow]:
    """Every action and shortcut object of ``window`` that has a key, in menu order."""
    menus: dict[int, str] = {}
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        for top in menu_bar().actions():
            if top.menu() is not None:
                _menu_titles(top.menu(), "", menus)
    other = _tr("Grid and panels")
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        text = _plain(action.text()) or _from_name(action.objectName())
        rows.append(ShortcutRow(menus.get(id(action), other), text, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys:
            rows.append(ShortcutRow(other, shortcut.whatsThis() or shortcut.objectName(), keys))
    editor = _tr("In the cell editor")
    rows += [ShortcutRow(editor, _tr(text),
                         QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
             for keys, text in EDITOR_KEYS]
    order = {title: n for n, title in enumerate(dict.fromkeys(menus.values()))}
    rows.sort(key=lambda r: (r.group == editor, r.group == other, order.get(r.group, 0)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([_tr("Keys"), _tr("Does"), _tr("Where")])
        for row in collect_shortcuts(window):
            items = [QStandardItem(row.keys), QStandardItem(row.text), QStandardItem(row.group)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.model.item(r, c).text() for c in range(3))
                for r in range(self.model.rowCount())]


def install(window) -> None:
    def show() -> None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.shortcuts_dialog = dialog
        dialog.open()

    action = window_action(window, "keyboardShortcutsAction", CONTEXT, "&Keyboard shortcuts…",
                           show)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    menu = window.help_menu
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
