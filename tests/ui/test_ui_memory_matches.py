"""The Matches dock: a segment like an approved one shows the match; Ctrl+1 inserts it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.model import SegmentDraft, Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.memory_panel import MatchesPanel
from app.ui.segment_table_model import COL_RU, COL_UK, MEMORY_ROLE

APPROVED = "Russia captured 10 soldiers near Bakhmut on Monday."
SIMILAR = "Russia captured 12 soldiers near Avdiivka on Monday."


def _project(tmp_path):
    path = tmp_path / "news.rdproj"
    with open_project(path, create=True) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("monday.txt", [
            SegmentDraft(APPROVED, 0, 0), SegmentDraft("Officials did not comment.", 0, 1),
            SegmentDraft(SIMILAR, 1, 0)])
        first = repo.segments()[0].id
        repo.decide(first, "ru", Status.APPROVED,
                    "Россия взяла в плен 10 солдат под Бахмутом в понедельник.", "Olga")
    return path


def go_to(qtbot, window, row, column) -> None:
    window.view.go_to(window.proxy.mapFromSource(window.model.index(row, column)))
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    window.view.setFocus()


def test_a_similar_segment_shows_the_match_and_ctrl_1_inserts_it(qtbot, open_window, tmp_path):
    window = open_window(_project(tmp_path))
    panel = window.findChild(MatchesPanel, "matchesPanel")
    go_to(qtbot, window, 2, COL_RU)
    qtbot.waitUntil(lambda: bool(panel.matches), timeout=15_000)
    (match,) = panel.matches
    assert match.source == APPROVED and 80 <= match.score < 100
    # The number is adapted; the differing name (Bakhmut/Avdiivka) is left for the reviewer.
    assert match.target == "Россия взяла в плен 12 солдат под Бахмутом в понедельник."
    label = panel.findChild(type(panel.heading), "match1Text")
    assert "background" in label.text() and "Bakhmut</span>" in label.text()
    assert "1 match" in panel.heading.text()

    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    cell = window.model.cell_at(window.model.index(2, COL_RU))
    assert (cell.status, cell.text) == (Status.EDITED, match.target)
    event = window.repo.events(cell.segment_id, "ru")[-1]
    assert event.action == "edited" and event.after["origin"] == f"memory {match.score}%"

    from app.ui.shortcuts_dialog import collect_shortcuts

    listed = {(row.keys, row.text) for row in collect_shortcuts(window)}
    assert any("Insert memory match 1" in text for keys, text in listed if "1" in keys)
    assert any("Concordance" in text for keys, text in listed if "K" in keys)

    # A Ukrainian cell has no match: the key does nothing.
    go_to(qtbot, window, 2, COL_UK)
    qtbot.waitUntil(lambda: "No matches" in panel.heading.text(), timeout=15_000)
    assert not panel.actions_by_number[1].isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.model.cell_at(window.model.index(2, COL_UK)).status is Status.NEW


def test_memory_filled_cells_carry_a_badge(qtbot, open_window, tmp_path):
    path = _project(tmp_path)
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        third = repo.segments()[2].id
        repo.set_machine_translations("ru", [(third, "Из памяти.", [], None)],
                                      engine="memory", model="memory 100%")
    window = open_window(path)
    index = window.model.index(2, COL_RU)
    assert window.model.data(index, MEMORY_ROLE) == "memory 100%"
    assert "translation memory (100% match)" in window.model.data(
        index, Qt.ItemDataRole.ToolTipRole)
    assert window.model.data(window.model.index(0, COL_RU), MEMORY_ROLE) is None
