"""File > Add document to project: import into the open project in the background."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import COL_RU, COL_SOURCE


@pytest.fixture
def messages(monkeypatch):
    shown = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def choose_file(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def segment_count(path):
    with open_project(path) as pdb:
        return ProjectRepository(pdb).segment_count()


def test_added_document_appears_in_grid_and_counts(
    qtbot, open_window, project_path, tmp_path, monkeypatch, messages
):
    document = tmp_path / "second.md"
    document.write_text("The ceasefire held overnight. Talks resume on Monday.\n\n"
                        "Residents returned to Kharkiv.\n", encoding="utf-8")
    window = open_window(project_path)
    window.view.go_to(window.proxy.index(2, COL_RU))
    assert window.projects.add_action.isEnabled()
    assert window.projects.add_action in window.file_menu.actions()
    choose_file(monkeypatch, document)

    window.projects.add_action.trigger()

    qtbot.waitUntil(lambda: window.proxy.rowCount() == 8, timeout=5000)
    assert window.proxy.index(5, COL_SOURCE).data() == "The ceasefire held overnight."
    assert window.proxy.index(7, COL_SOURCE).data() == "Residents returned to Kharkiv."
    assert window.view.currentIndex().row() == 2  # the reviewer stays where they were
    qtbot.waitUntil(lambda: "8 segments" in window.status.progress_label.text())
    assert segment_count(project_path) == 8
    assert messages == []


def test_bad_document_is_reported_and_nothing_is_imported(
    qtbot, open_window, project_path, tmp_path, monkeypatch, messages
):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    window = open_window(project_path)
    choose_file(monkeypatch, empty)

    window.projects.add_action.trigger()

    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    title, text = messages[0]
    assert "empty.txt" in title and "empty" in text
    assert "Unexpected" not in text
    assert window.proxy.rowCount() == 5
    assert segment_count(project_path) == 5


def test_add_is_disabled_without_a_project(qtbot, open_window, project_path):
    window = open_window(project_path)
    window.close_project()
    assert not window.projects.add_action.isEnabled()
