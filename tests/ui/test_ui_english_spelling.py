"""English typos in the source column of the real window: underlined through the grid's QA
findings with a suggestion, gone when Settings > Check English spelling is switched off (the
setting is kept), back when it is switched on."""

from __future__ import annotations

from PySide6.QtGui import QAction

from app.core.model import SegmentDraft
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import FINDINGS_ROLE


def english_typo_project(path):
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("a.txt", [SegmentDraft("Officials in Kyiv recieved the letter.", 0, 0),
                                    SegmentDraft("NATO met in Brussels on Monday.", 0, 1)])
        return path, [s.id for s in repo.segments()]


def source_spelling(window, sid):
    cell = window.proxy.mapFromSource(window.model.index_for(sid, "en"))
    return [f for f in cell.data(FINDINGS_ROLE) or [] if f.kind == "spelling"]


def test_english_typos_follow_the_setting(qtbot, open_window, tmp_path):
    path, ids = english_typo_project(tmp_path / "en.rdproj")
    window = open_window(path)
    controller = window.qa_checks
    qtbot.waitUntil(lambda: controller.checks_done >= 1, timeout=60000)
    found = controller.findings_for(ids[0], "en")
    assert [(f.text, f.start, f.end) for f in found if f.kind == "spelling"] == [
        ("recieved", 18, 26)]
    assert source_spelling(window, ids[0])  # the grid underlines it in the source column
    assert not controller.findings_for(ids[1], "en")  # NATO, Brussels: names, not typos

    action = window.findChild(QAction, "englishSpellingAction")
    assert action.isChecked() and action in window.settings_menu.actions()
    done = controller.checks_done
    action.trigger()  # off
    qtbot.waitUntil(lambda: controller.checks_done > done, timeout=60000)
    assert window.settings.get("qa_english_spelling") is False
    assert not controller.findings_for(ids[0], "en")
    assert not source_spelling(window, ids[0])
    done = controller.checks_done
    action.trigger()  # on again
    qtbot.waitUntil(lambda: controller.checks_done > done, timeout=60000)
    assert [f.text for f in controller.findings_for(ids[0], "en")] == ["recieved"]
