"""The QA panel in a real window: findings checked in the background, listed and filtered,
a click goes to the cell, "Ignore here" is audited, the grid shows the findings, the report is
exported."""

from __future__ import annotations

from app.core.model import SegmentDraft, Status
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import FINDINGS_ROLE

SOURCES = [
    "The mothers of soldiers appealed to the president.",
    "They asked him to bring their sons home.",
    "The video spread quickly on Wednesday.",
    "Officials in Kyiv did not comment 5 times.",
    "Fighting continued in the east of the country.",
]


def translated_project(path):
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("a.txt", [SegmentDraft(s, 0, n) for n, s in enumerate(SOURCES)])
        ids = [s.id for s in repo.segments()]
        repo.set_machine_translations("ru", [
            (ids[0], "Матери солдат обратились к президенту.", [], None),
            (ids[1], "Они попросили его вернуть сыновей  домой.", [], None),
            (ids[2], "Видео быстро распространилось в среду.", [], None),
        ], engine="test", model="test")
        repo.decide(ids[3], "uk", Status.EDITED, "Посадовці в Києві не коментували 6 разів.",
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


def underlined_words(editor) -> list[str]:
    block = editor.document().firstBlock()
    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == r.format.UnderlineStyle.SpellCheckUnderline]


def test_editor_underlines_misspelled_words_and_offers_suggestions(qtbot, open_window,
                                                                   tmp_path):
    from PySide6.QtCore import Qt

    from app.ui.segment_table_model import COL_RU
    from app.ui.spelling_in_editor import spelling_menu

    path, ids = translated_project(tmp_path / "qa.rdproj")
    window = open_window(path)
    wait_for_checks(qtbot, window)
    view = window.view
    view.go_to(window.proxy.index(4, COL_RU))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.textCursor().insertText("Отсуствие Хохловой в Киеве")  # (keyClicks: ASCII only)
    qtbot.waitUntil(lambda: underlined_words(editor) == ["Отсуствие"], timeout=5000)
    # Right-click on the word: suggestions first, then "Add to project dictionary".
    cursor = editor.textCursor()
    cursor.setPosition(3)
    pos = editor.cursorRect(cursor).center()
    menu = spelling_menu(editor, pos, window.qa_checks, "ru", ids[4])
    names = [a.objectName() for a in menu.actions()]
    assert names[:2] == ["spellingSuggestion", "addToProjectDictionary"]
    assert menu.actions()[0].text() == "Отсутствие"
    menu.actions()[0].trigger()
    assert editor.document().firstBlock().text().startswith("Отсутствие Хохловой")
    assert underlined_words(editor) == []
    # A word the dictionaries lack, added to the project: no longer underlined, audited.
    end = editor.textCursor()
    end.movePosition(end.MoveOperation.End)
    end.insertText(" Укрспецэкспорта")
    qtbot.waitUntil(lambda: underlined_words(editor) == ["Укрспецэкспорта"], timeout=5000)
    cursor.setPosition(len(editor.document().firstBlock().text()) - 2)
    menu = spelling_menu(editor, editor.cursorRect(cursor).center(), window.qa_checks, "ru",
                         ids[4])
    next(a for a in menu.actions() if a.objectName() == "addToProjectDictionary").trigger()
    assert underlined_words(editor) == []
    event = window.repo.events()[-1]
    assert (event.action, event.after) == ("qa.dictionary_add", {"word": "Укрспецэкспорта"})


def test_grid_filters_by_finding_kind_and_by_name_in_any_form(qtbot, open_window, tmp_path):
    path, ids = translated_project(tmp_path / "qa.rdproj")
    window = open_window(path)
    wait_for_checks(qtbot, window)
    qtbot.waitUntil(lambda: window.name_checks.checks_done >= 1, timeout=60000)
    filters = window.finding_filters
    kind = filters.kind_combo
    kind.setCurrentIndex(kind.findData("numbers"))
    assert window.model.total_segments == 1
    assert window.proxy.index(0, 0).data() == 4  # the segment with 5 -> 6
    assert window.filter_bar.count_label.text() == "1 matching segment"
    kind.setCurrentIndex(0)
    # "Kyiv" in the English source and "Києві" (locative) in the Ukrainian cell: one name.
    names = filters.name_combo
    kyiv = next(i for i in range(names.count()) if names.itemText(i) == "Kyiv")
    names.setCurrentIndex(kyiv)
    assert window.model.total_segments == 1
    assert window.proxy.index(0, 1).data() == SOURCES[3]
    names.setCurrentIndex(0)
    assert window.model.total_segments == len(SOURCES)


def test_search_uses_the_full_text_index_for_every_column(qtbot, open_window, tmp_path):
    path, ids = translated_project(tmp_path / "qa.rdproj")
    window = open_window(path)
    bar = window.filter_bar
    bar.search.setText("сыновей")  # a word of the machine's Russian text
    bar.apply_search()
    assert window.model.total_segments == 1
    assert window.proxy.index(0, 1).data() == SOURCES[1]
    bar.search.setText("Посадов")  # the reviewer's Ukrainian edit, a word beginning
    bar.apply_search()
    assert window.model.total_segments == 1 and window.proxy.index(0, 0).data() == 4
    bar.clear()
    assert window.model.total_segments == len(SOURCES)
