"""The grid's status filter asks SQL for its rows, loads them page by page, and follows the
reviewer's decisions: an approved row leaves a "translated" filter at once, an undo brings it
back, and the "approved" filter then shows exactly the approved rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import COL_RU, SEGMENT_ID_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier


def machine_russian(path, count):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        ids = [s.id for s in repo.segments()][:count]
        repo.set_machine_translations(
            "ru", [(sid, f"Предложение номер {n}.", [], None) for n, sid in enumerate(ids)],
            engine="test", model="test")
        return ids


def shown_ids(window) -> list[int]:
    proxy = window.proxy
    window.model.fetch_all()  # what scrolling to the end would load
    return [proxy.index(row, COL_RU).data(SEGMENT_ID_ROLE) for row in range(proxy.rowCount())]


def choose(bar, status: Status | None, lang: str | None) -> None:
    bar.lang_combo.setCurrentIndex(bar.lang_combo.findData(lang))
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(status.value if status else None))


def test_status_filter_follows_decisions(qtbot, open_window, project_factory):
    path = project_factory("news.rdproj", 8)
    translated = machine_russian(path, 6)
    window = open_window(path)
    bar = window.filter_bar
    choose(bar, Status.TRANSLATED, "ru")
    assert shown_ids(window) == translated
    assert bar.count_label.text() == "6 matching segments"

    window.view.go_to(window.proxy.index(1, COL_RU))
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)  # approve the second row
    assert shown_ids(window) == translated[:1] + translated[2:]
    assert bar.count_label.text() == "5 matching segments"

    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # undo: it is "translated" again
    assert shown_ids(window) == translated
    assert bar.count_label.text() == "6 matching segments"

    window.view.go_to(window.proxy.index(3, COL_RU))
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    choose(bar, Status.APPROVED, "ru")
    assert shown_ids(window) == [translated[3]]
    choose(bar, Status.NEW, None)  # any language: every row has an empty Ukrainian cell
    assert len(shown_ids(window)) == 8


def test_status_filter_loads_only_what_the_view_needs(qtbot, open_window, project_factory):
    path = project_factory("big.rdproj", 1200)
    machine_russian(path, 5)
    window = open_window(path)
    bar = window.filter_bar
    choose(bar, Status.NEW, "ru")
    assert window.proxy.match_count() == 1195
    assert bar.count_label.text() == "1195 matching segments"
    assert window.model.rowCount() < 1195  # pages, not every row
    first = window.proxy.index(0, 1).data()
    assert first == "Sentence number 5."
