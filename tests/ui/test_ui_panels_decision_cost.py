"""What the panels do on each decision: approvals start no names check, hidden docks idle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.alternatives_panel import AlternativesPanel
from app.ui.segment_table_model import COL_RU

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def add_machine_russian(path):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.set_machine_translations(
            "ru", [(s.id, f"Перевод {n}.", [{"text": f"Вариант {n}.", "score": -1}], None)
                   for n, s in enumerate(repo.segments())],
            engine="test", model="test")


def test_approving_starts_no_names_check_but_editing_does(qtbot, open_window, project_path):
    add_machine_russian(project_path)
    window = open_window(project_path)
    checks = window.name_checks
    qtbot.waitUntil(lambda: checks.checks_done == 1 and not checks._running, timeout=10_000)
    window.view.go_to(window.proxy.index(0, COL_RU))

    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    assert window.repo.status_counts()["ru"]["approved"] == 3
    assert not checks._timer.isActive() and not checks._running

    checks._timer.setInterval(10)
    assert window.model.setData(window.proxy.index(4, COL_RU), "Бои продолжились в Харькове.")
    qtbot.waitUntil(lambda: checks.checks_done == 2, timeout=10_000)


def test_hidden_alternatives_dock_reads_nothing_until_shown(
    qtbot, open_window, project_path, monkeypatch
):
    add_machine_russian(project_path)
    window = open_window(project_path)
    panel = window.findChild(AlternativesPanel, "alternativesPanel")
    dock = window.findChild(QDockWidget, "alternativesDock")
    reads = []
    original = ProjectRepository.machine_translation
    monkeypatch.setattr(ProjectRepository, "machine_translation",
                        lambda self, sid, lang: reads.append(sid) or original(self, sid, lang))
    dock.show()
    dock.raise_()
    window.view.go_to(window.proxy.index(0, COL_RU))
    qtbot.waitUntil(panel.isVisible)
    assert panel.machine_text == "Перевод 0." and panel.candidates == ["Вариант 0."]
    for row in (1, 0, 1, 0):  # stored alternatives are read once per cell, not per visit
        window.view.go_to(window.proxy.index(row, COL_RU))
    assert reads == [window.model.row_at(1).segment.id]

    dock.hide()
    reads.clear()
    for row in (2, 3, 4):
        window.view.go_to(window.proxy.index(row, COL_RU))
    assert reads == []  # nothing read for a panel nobody sees

    qtbot.keyClick(window.view, Qt.Key.Key_1, ALT)  # the shortcut still works while hidden
    assert window.model.row_at(4).cells["ru"].text == "Вариант 4."

    dock.show()
    qtbot.waitUntil(panel.isVisible)
    assert panel.segment_id == window.model.row_at(4).segment.id
    assert panel.machine_text == "Перевод 4." and panel.current_text == "Вариант 4."
