"""The QA panel in a real window: findings checked in the background, listed and filtered,
a click goes to the cell, "Ignore here" is audited, the grid shows the findings, the report is
exported."""

from __future__ import annotations

from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import FINDINGS_ROLE

from conftest import make_project


def translated_project(path):
    make_project(path)
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        ids = [s.id for s in repo.segments()]
        repo.set_machine_translations("ru", [
            (ids[0], "Матери солдат обратились к президенту.", [], None),
            (ids[1], "Они попросили его вернуть сыновей  домой.", [], None),
            (ids[2], "Видео быстро распространилось в среду.", [], None),
        ], engine="test", model="test")
        repo.decide(ids[3], "uk", Status.EDITED, "Посадовці в Києві не коментували 5 разів.",
                    "Olga")
    return path, ids


def wait_for_checks(qtbot, window):
    qtbot.waitUntil(lambda: window.qa_checks.checks_done >= 1, timeout=60000)


def test_panel_lists_filters_goes_to_cell_and_ignores(qtbot, open_window, tmp_path):
    path, ids = translated_project(tmp_path / "qa.rdproj")
    window = open_window(path)
    wait_for_checks(qtbot, window)
    panel = window.qa_panel
    model = panel.model
    kinds = {model.item_at(r).finding.kind for r in range(model.rowCount())}
    assert {"spaces", "numbers"} <= kinds
    # The grid has the same findings in the cell (the "qa" feed of FINDINGS_ROLE).
    cell = window.proxy.mapFromSource(window.model.index_for(ids[1], "ru"))
    assert any(f.kind == "spaces" and f.start is not None for f in cell.data(FINDINGS_ROLE))
    # Filter by kind and language.
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("numbers"))
    assert model.rowCount() == 1 and model.item_at(0).lang == "uk"
    panel.kind_combo.setCurrentIndex(0)
    panel.lang_combo.setCurrentIndex(panel.lang_combo.findData("ru"))
    assert {model.item_at(r).lang for r in range(model.rowCount())} == {"ru"}
    # Choosing a finding goes to its cell.
    row = next(r for r in range(model.rowCount()) if model.item_at(r).finding.kind == "spaces")
    panel.table.selectRow(row)
    current = window.view.currentIndex()
    assert window.proxy.mapToSource(current) == window.model.index_for(ids[1], "ru")
    # Ignore here: gone from the panel and the grid, one audited event.
    before = model.total()
    panel.ignore_button.click()
    assert model.total() == before - 1
    assert not any(f.kind == "spaces" for f in cell.data(FINDINGS_ROLE))
    event = window.repo.events()[-1]
    assert (event.action, event.who, event.segment_id) == ("qa.ignore", "Olga", ids[1])


def test_export_report_writes_the_html_page(qtbot, open_window, tmp_path):
    path, _ = translated_project(tmp_path / "qa.rdproj")
    window = open_window(path)
    wait_for_checks(qtbot, window)
    out = tmp_path / "report.html"
    window.qa_panel.write_report(out)
    qtbot.waitUntil(out.exists, timeout=60000)
    text = out.read_text(encoding="utf-8")
    assert "<mark>  </mark>" in text and 'id="numbers"' in text
