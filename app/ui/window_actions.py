"""Window-wide numbered actions (Alt+0-9 alternatives, Ctrl+1-3 memory matches): their
shortcuts work while the grid or the cell editor has the focus."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def numbered_actions(owner: QObject, window: QWidget, numbers: Iterable[int], name: str,
                     shortcut_for: Callable[[int], QKeySequence],
                     trigger: Callable[[int], object]) -> dict[int, QAction]:
    """One disabled action per number, named ``name % number``, added to ``window``;
    triggering it calls ``trigger(number)``. The owner enables them and sets their texts."""
    actions: dict[int, QAction] = {}
    for number in numbers:
        action = QAction(owner)
        action.setObjectName(name % number)
        action.setShortcut(shortcut_for(number))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)
        action.triggered.connect(lambda _=False, n=number: trigger(n))
        window.addAction(action)
        actions[number] = action
    return actions
