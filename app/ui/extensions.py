"""Panels and tools that attach themselves to the main window (the Frescobaldi plugin habit).

A feature (alternatives panel, names panel, glossary panel, model manager, ...) lives in its own
module under ``app/ui`` and exposes ``install(window: MainWindow) -> None``. Register it by adding
its module name to ``EXTENSION_MODULES`` (one line). ``install`` receives the window and uses its
public hooks only:

- ``window.add_dock(dock_or_widget, area, title=...)`` adds a dock (and a View menu toggle);
- ``window.add_tool_action(action)`` adds an action to the Tools menu;
- ``window.projectOpened(repo)`` / ``window.projectClosed()`` signals, ``window.repo``;
- ``window.currentCellChanged(segment_id, lang)`` (lang: "en" for the source column,
  "" when nothing is selected);
- ``window.model`` (a ``SegmentTableModel``: call ``refresh_segments(ids)`` after writing
  machine output) and ``window.task_runner`` for background work;
- ``window.reviewer`` and ``window.settings``.

Each extension should also answer ``QEvent.LanguageChange`` (or ``window.languageChanged``)
by re-running its own ``translate_ui``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Module names under app.ui, installed in this order.
EXTENSION_MODULES: list[str] = [
    "translate_controller",  # Tools > Translate document (issue 3)
    "alternatives_panel",  # dock: machine translation and alternatives (issue 3)
    "model_manager_dialog",  # Tools > Translation models (issue 3)
    "mt_settings_dialog",  # Settings > Machine translation (issue 3)
    "finding_navigator",  # F8 / Shift+F8: next / previous finding across cells (11)
    "name_check_controller",  # names checked in the background, flags marked in the grid (4)
    "names_panel",  # dock: people and places, flags of the cell, replace/ignore/approve (4)
    "romanization_panel",  # dock: the selected name in every romanization scheme (4)
    "glossary_panel",  # dock: glossary search/filter/edit; Tools: export, import, merge (5)
    "history_panel",  # dock: the audit trail of the current cell (issue 11)
    "shortcuts_dialog",  # Help > Keyboard shortcuts, gathered from the actions (issue 11)
    "memory_panel",  # dock: translation-memory matches, Ctrl+1..3 inserts (10)
    "memory_tools",  # Tools: concordance (Ctrl+K), TMX import; repetitions follow decisions (10)
    "export_controller",  # File > Export translation (issue 8)
    "qa_check_controller",  # QA checks in the background, findings in the grid (11)
    "qa_panel",  # dock: every QA finding and name flag, filters, export report (11)
    "spelling_in_editor",  # cell editor: live spelling underline, suggestions on right-click (11)
    "finding_filters",  # filter bar: by finding kind and by name, through segment-id sets (11)
]


def window_action(window: MainWindow, name: str, context: str, text: str,
                  slot: Callable[[], object]) -> QAction:
    """An action of ``window`` whose text (translated in ``context``) follows the interface
    language; ``slot`` runs when it is triggered."""
    action = QAction(window)
    action.setObjectName(name)
    action.triggered.connect(lambda *_: slot())

    def translate_ui() -> None:
        action.setText(QCoreApplication.translate(context, text))

    translate_ui()
    window.languageChanged.connect(translate_ui)
    return action


def install_extensions(window: MainWindow, modules: list[str] | None = None) -> list[str]:
    """Install every registered extension; returns the names that failed (logged)."""
    failed = []
    for name in EXTENSION_MODULES if modules is None else modules:
        try:
            importlib.import_module(f"app.ui.{name}").install(window)
        except Exception:
            log.exception("Could not install the %s extension", name)
            failed.append(name)
    return failed
