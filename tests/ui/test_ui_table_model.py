"""The segment table model without a view: lazy rows, roles, edits recorded at once."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.core.model import Cell, Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import (
    CELL_ROLE,
    COL_NUMBER,
    COL_RU,
    COL_SOURCE,
    COL_UK,
    PAGE_SIZE,
    SEGMENT_ID_ROLE,
    STATUS_ROLE,
    SegmentTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_rows_are_fetched_lazily_in_pages(qapp, project_factory):
    pdb = open_project(project_factory("big.rdproj", 2000))
    model = SegmentTableModel(ProjectRepository(pdb), "Olga")
    assert model.rowCount() == 0
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2000
    assert model.index(1999, COL_NUMBER).data(DISPLAY) == 2000
    assert model.index(1999, COL_SOURCE).data(DISPLAY) == "Sentence number 1999."
    pdb.close()


def test_index_for_loads_the_page_holding_a_segment(qapp, project_factory):
    pdb = open_project(project_factory("big.rdproj", 2000))
    repo = ProjectRepository(pdb)
    model = SegmentTableModel(repo, "Olga")
    last = repo.segments(1999, 1)[0]
    index = model.index_for(last.id, "uk")
    assert index.isValid() and index.column() == COL_UK
    assert model.rowCount() == 2000
    pdb.close()


def test_roles_describe_the_cell(qapp, repo):
    first = repo.segments(0, 1)[0]
    repo.decide(first.id, "ru", Status.APPROVED, "Матери солдат обратились к президенту.", "Ivan")
    repo.set_comment(first.id, "ru", "Check the title", "Ivan")
    model = SegmentTableModel(repo, "Olga")
    model.fetchMore()
    ru = model.index(0, COL_RU)
    uk = model.index(0, COL_UK)
    assert model.headerData(COL_RU, Qt.Orientation.Horizontal, DISPLAY) == "Russian"
    assert ru.data(DISPLAY) == "Матери солдат обратились к президенту."
    assert ru.data(STATUS_ROLE) == Status.APPROVED
    assert uk.data(STATUS_ROLE) == Status.NEW
    assert ru.data(SEGMENT_ID_ROLE) == first.id
    cell = ru.data(CELL_ROLE)
    assert isinstance(cell, Cell) and cell.reviewer == "Ivan"
    tooltip = ru.data(Qt.ItemDataRole.ToolTipRole)
    assert "approved" in tooltip and "Ivan" in tooltip and "Check the title" in tooltip
    assert isinstance(ru.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert ru.data(Qt.ItemDataRole.DecorationRole).cacheKey() != uk.data(
        Qt.ItemDataRole.DecorationRole).cacheKey()
    assert ru.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, COL_SOURCE).flags() & Qt.ItemFlag.ItemIsEditable


def test_set_data_records_edited_at_once_and_signals_only_that_cell(qapp, qtbot, repo):
    model = SegmentTableModel(repo, "Olga")
    model.fetchMore()
    index = model.index(2, COL_UK)
    segment_id = index.data(SEGMENT_ID_ROLE)
    changes = []
    model.dataChanged.connect(lambda top, bottom, roles=(): changes.append((top, bottom)))

    with qtbot.waitSignal(model.decisionsChanged):
        assert model.setData(index, "Відео швидко поширилося\u00a0в середу.")

    assert [(t.row(), t.column(), b.row(), b.column()) for t, b in changes] == [
        (2, COL_UK, 2, COL_UK)
    ]
    # Written to the database already: a fresh connection sees it, no save step.
    with open_project(repo.pdb.path) as other:
        cell = ProjectRepository(other).cell(segment_id, "uk")
        events = ProjectRepository(other).events(segment_id, "uk")
    assert cell.status == Status.EDITED
    assert cell.text == "Відео швидко поширилося\u00a0в середу."
    assert cell.reviewer == "Olga"
    assert [(e.action, e.who, e.after["text"]) for e in events] == [
        ("edited", "Olga", "Відео швидко поширилося\u00a0в середу.")
    ]
    # Same text again is not a new decision.
    assert not model.setData(index, "Відео швидко поширилося\u00a0в середу.")
    assert len(repo.events(segment_id, "uk")) == 1


def test_approve_reject_undo_and_comment(qapp, repo):
    model = SegmentTableModel(repo, "Olga")
    model.fetchMore()
    index = model.index(0, COL_RU)
    model.setData(index, "Матери солдат обратились к президенту.")
    assert model.approve(index)
    assert index.data(STATUS_ROLE) == Status.APPROVED
    assert model.reject(index)
    assert index.data(STATUS_ROLE) == Status.REJECTED
    undone = model.undo_last()
    assert (undone.row(), undone.column()) == (0, COL_RU)
    assert index.data(STATUS_ROLE) == Status.APPROVED
    assert model.set_comment(index, "Titles differ")
    assert "Titles differ" in index.data(Qt.ItemDataRole.ToolTipRole)
    actions = [e.action for e in repo.events(index.data(SEGMENT_ID_ROLE), "ru")]
    assert actions == ["edited", "approved", "rejected", "undo", "comment"]


def test_refresh_segments_shows_machine_output_written_elsewhere(qapp, qtbot, repo):
    model = SegmentTableModel(repo, "Olga")
    model.fetchMore()
    segment_id = model.index(1, COL_RU).data(SEGMENT_ID_ROLE)
    with open_project(repo.pdb.path) as other:  # e.g. a background MT worker
        ProjectRepository(other).set_machine_translations(
            "ru", [(segment_id, "Они попросили его вернуть сыновей домой.", [], None)],
            engine="test", model="test",
        )
    assert model.index(1, COL_RU).data(DISPLAY) == ""
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_segments([segment_id])
    assert blocker.args[0].row() == 1
    assert model.index(1, COL_RU).data(DISPLAY) == "Они попросили его вернуть сыновей домой."
    assert model.index(1, COL_RU).data(STATUS_ROLE) == Status.TRANSLATED


def test_a_failed_write_is_reported_with_the_typed_text(qapp, qtbot, repo, monkeypatch):
    model = SegmentTableModel(repo, "Olga")
    model.fetchMore()
    index = model.index(0, COL_RU)

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(repo, "record_decision", fail)  # what the grid calls
    with qtbot.waitSignal(model.writeFailed) as blocker:
        assert not model.setData(index, "Матери солдат обратились к президенту.")
    assert "disk I/O error" in blocker.args[0]
    assert "Матери солдат обратились к президенту." in blocker.args[0]
    assert index.data(STATUS_ROLE) == Status.NEW
