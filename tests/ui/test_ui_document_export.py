"""A Word article through the window: File > New project from document, edit a cell that
holds a link's tags, File > Export translation > Russian; the Word file has the Russian link."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTextEdit

from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import COL_RU, COL_SOURCE

DATA = Path(__file__).parents[1] / "documents" / "data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CTRL = Qt.KeyboardModifier.ControlModifier


def test_docx_import_edit_tagged_cell_and_export_through_the_file_menu(
        qtbot, open_window, project_path, tmp_path, monkeypatch):
    source = DATA / "par-hyperlinks.docx"
    new_project = tmp_path / "hyperlinks.rdproj"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(new_project), "")))
    window = open_window(project_path)
    assert "*.docx" in window.projects.document_filter()
    window.projects.new_action.trigger()
    qtbot.waitUntil(lambda: window.project_path == new_project, timeout=30000)

    rows = [window.proxy.index(r, COL_SOURCE).data() for r in range(window.proxy.rowCount())]
    row = next(r for r, text in enumerate(rows) if text.startswith("One"))
    tagged = window.model.row_at(window.proxy.mapToSource(
        window.proxy.index(row, COL_SOURCE)).row()).segment.source
    assert "\ue001" in tagged and "\ue401" in tagged  # the link is a pair of tags

    window.view.go_to(window.proxy.index(row, COL_RU))
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.indexWidget(window.view.currentIndex())
    assert isinstance(editor, QTextEdit)
    russian = tagged.replace("One ", "Одна ").replace("awesome hyperlink", "чудесная ссылка")
    editor.set_coded_text(russian)  # the chips editor (tags engineer)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # save: edited
    window.view.go_to(window.proxy.index(row, COL_RU))
    window.review.approve_action.trigger()  # Edit > Approve
    with open_project(new_project) as pdb:
        segment_id = next(r.segment.id for r in ProjectRepository(pdb).rows()
                          if r.segment.source == tagged)
        assert ProjectRepository(pdb).cell(segment_id, "ru").status == Status.APPROVED

    out = tmp_path / "hyperlinks.ru.docx"
    offered = []

    def save_dialog(parent, title, suggested, filters, *args, **kwargs):
        offered.append((suggested, filters))
        return str(out), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    controller = window.export_controller
    assert controller.menu.menuAction() in window.file_menu.actions()
    controller.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: controller.last_report is not None, timeout=30000)

    assert offered[0][0] == str(new_project.parent / "par-hyperlinks.ru.docx")
    assert out.exists()
    root = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    paragraph = next(p for p in root.iter(f"{W}p")
                     if "".join(t.text or "" for t in p.iter(f"{W}t")).startswith("Одна"))
    link = paragraph.find(f"{W}hyperlink")
    assert "".join(t.text for t in link.iter(f"{W}t")) == "чудесная ссылка"
    assert {e.get(f"{W}val") for e in paragraph.iter(f"{W}lang")} == {"ru-RU"}
    assert controller.last_report.counts["approved"] == 1
    assert "hyperlinks.ru.docx" in window.status.currentMessage()
