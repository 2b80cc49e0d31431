"""The Alternatives dock says when a translation came through a pivot language."""

from __future__ import annotations

from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.alternatives_panel import AlternativesPanel
from app.ui.segment_table_model import COL_RU, COL_UK


def store(path, lang, rows, pivot):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        ids = [s.id for s in repo.segments()]
        repo.set_machine_translations(
            lang, [(ids[n], f"{lang} text {n}", [{"text": f"{lang} alt {n}", "score": -1}],
                    pivot) for n in rows],
            engine="argos", model="test",
        )


def test_pivot_route_is_named_and_direct_route_is_not(qtbot, open_window, project_path):
    store(project_path, "uk", [0], "en->ru->uk")
    store(project_path, "ru", [0], None)
    window = open_window(project_path)
    panel = window.findChild(AlternativesPanel, "alternativesPanel")

    window.view.go_to(window.proxy.index(0, COL_UK))
    assert panel.machine_text == "uk text 0" and panel.candidates == ["uk alt 0"]
    assert panel.route.isVisibleTo(panel)
    assert panel.route.text() == "via Russian (pivot)"

    window.view.go_to(window.proxy.index(0, COL_RU))
    assert panel.machine_text == "ru text 0"
    assert not panel.route.isVisibleTo(panel)

    window.view.go_to(window.proxy.index(1, COL_UK))  # not translated: no route either
    assert panel.machine_text is None and not panel.route.isVisibleTo(panel)
