"""Window start-up and shell: reviewer name, recent project, nothing typed lost, hooks, bugs."""

from __future__ import annotations

import argparse
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLabel, QMessageBox

from app.core.model import Status
from app.core.settings import Settings
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui import application
from app.ui.application import create_main_window
from app.ui.segment_table_model import COL_RU


def test_reviewer_name_is_asked_once_and_remembered(qtbot, monkeypatch, project_path):
    asked = []

    def get_text(*args, **kwargs):
        asked.append(args)
        return "Marta", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    args = argparse.Namespace(project=str(project_path), reviewer=None, sample=False)
    first = create_main_window(args, Settings())
    qtbot.addWidget(first)
    assert first.reviewer == "Marta"
    first.close()
    second = create_main_window(args, Settings())
    qtbot.addWidget(second)
    assert second.reviewer == "Marta"
    assert len(asked) == 1
    assert Settings().get("reviewer") == "Marta"
    second.close()

    args.reviewer = "Guest"  # --reviewer: this session only
    third = create_main_window(args, Settings())
    qtbot.addWidget(third)
    third.model.setData(third.model.index(0, COL_RU), "Матери солдат.")
    third.close()
    assert Settings().get("reviewer") == "Marta"
    with open_project(project_path) as pdb:
        events = ProjectRepository(pdb).events()
    assert [(e.action, e.who) for e in events if e.action != "import"] == [("edited", "Guest")]


def test_start_opens_the_most_recent_project(qtbot, open_window, settings, project_factory):
    recent = project_factory("recent.rdproj")
    settings.add_recent_project(recent)
    window = open_window(None)
    assert window.project_path.resolve() == recent.resolve()


def test_closing_the_window_keeps_text_typed_in_an_open_editor(qtbot, open_window,
                                                               project_path):
    window = open_window(project_path)
    window.view.go_to(window.proxy.index(1, COL_RU))
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    window.view.indexWidget(window.view.currentIndex()).setPlainText("Они попросили его.")
    window.close()
    with open_project(project_path) as pdb:
        repo = ProjectRepository(pdb)
        cell = repo.cell(repo.segments(1, 1)[0].id, "ru")
    assert (cell.status, cell.text) == (Status.EDITED, "Они попросили его.")


def test_extensions_add_docks_with_a_view_menu_toggle(qtbot, open_window, project_path):
    window = open_window(project_path)
    panel = QLabel("alternatives")
    dock = window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea, "Alternatives")
    assert isinstance(dock, QDockWidget) and dock.widget() is panel
    assert dock.toggleViewAction() in window.view_menu.actions()
    seen = []
    window.currentCellChanged.connect(lambda sid, lang: seen.append(lang))
    window.view.go_to(window.proxy.index(2, COL_RU))
    assert seen[-1] == "ru"


def test_a_bug_is_logged_and_shown(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL):
            application.excepthook(type(exc), exc, exc.__traceback__)
    assert "boom" in caplog.text
    assert len(shown) == 1 and "RuntimeError: boom" in shown[0]


def test_panels_share_tabs_and_a_hidden_panel_stays_hidden_next_time(open_window, project_path):
    window = open_window(project_path)
    docks = {d.windowTitle(): d for d in window.findChildren(QDockWidget)}
    right = [d for d in docks.values()
             if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    assert len(right) >= 3
    # Everything after the first right-hand panel is stacked as tabs with the second.
    assert all(right[1] in window.tabifiedDockWidgets(d) for d in right[2:])
    hidden = right[0]
    hidden.hide()
    window.close()

    again = open_window(project_path)
    same = next(d for d in again.findChildren(QDockWidget)
                if d.objectName() == hidden.objectName())
    assert not same.isVisible()
    assert any(d.isVisible() for d in again.findChildren(QDockWidget) if d is not same)
