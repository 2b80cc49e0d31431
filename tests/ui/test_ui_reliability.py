"""The window and storage failures: a start project that cannot be opened, a locked project."""

from __future__ import annotations

import sqlite3
import threading

from ui_projects import make_project


def test_a_start_project_that_cannot_be_opened_leaves_the_window_working(
        open_window, settings, tmp_path):
    broken = tmp_path / "broken.rdproj"
    broken.write_bytes(b"")  # what a killed import used to leave
    settings.add_recent_project(broken)
    window = open_window()
    assert window.isVisible() and window.repo is not None  # the sample opened instead
    assert "Cannot open broken.rdproj" in window.status.currentMessage()
    window.projects._fill_recent()
    texts = [a.text() for a in window.projects.recent_menu.actions()]
    assert "broken.rdproj (cannot be opened)" in texts
    assert str(broken) in settings.get("recent_projects")  # kept, marked


def test_an_approval_waits_for_another_programs_write_and_lands(open_window, tmp_path):
    project = make_project(tmp_path / "p.rdproj")
    window = open_window(project)
    other = sqlite3.connect(project, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta(key, value) VALUES ('other', 'busy')")
    threading.Timer(0.5, lambda: (other.execute("COMMIT"), other.close())).start()
    index = window.model.index(0, 2)
    assert window.model.approve(index)
    assert window.model.cell_at(index).status.value == "approved"


def test_a_failed_write_is_said_plainly_and_the_window_keeps_working(
        open_window, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWDESK_WRITE_WAIT_S", "0.3")
    project = make_project(tmp_path / "p.rdproj")
    window = open_window(project)
    shown = []
    monkeypatch.setattr(window.projects, "show_error", lambda title, text: shown.append(text))
    other = sqlite3.connect(project, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    index = window.model.index(0, 2)
    assert not window.model.approve(index)
    other.execute("ROLLBACK")
    other.close()
    assert shown and "being written by another program" in shown[0]
    assert window.model.approve(index)  # and it works once the other program is done
