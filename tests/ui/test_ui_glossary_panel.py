"""The Glossary panel in the real window: search and filters, add/delete, export, import with
the merge report shown before writing (Cancel writes nothing), merges with the user glossary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.glossary_model import Concept, ConceptKind, Term, TermStatus
from app.formats.glossary_csv import write_csv
from app.storage.database import open_project
from app.storage.glossary_repo import GlossaryRepository, open_user_glossary
from app.storage.project_repo import ProjectRepository
from app.ui.glossary_table_model import COL_EN, COL_UK

EDIT = Qt.ItemDataRole.EditRole


def english_terms(panel) -> list[str]:
    model = panel.model
    return [model.index(r, COL_EN).data(EDIT) for r in range(model.rowCount())]


def seed(path) -> None:
    with open_project(path) as pdb:
        g = GlossaryRepository(pdb)
        g.add_concept("place", [Term("en", "Kyiv"), Term("uk", "Київ"),
                                Term("en", "Kiev", TermStatus.DEPRECATED)], who="T")
        g.add_concept("person", [Term("en", "Andrii Lysenko")], who="T")


def wait_idle(qtbot, window, timeout=30_000):
    qtbot.waitUntil(lambda: not window.task_runner.running(), timeout=timeout)


def glossary_in(path) -> list[Concept]:
    with open_project(path) as pdb:
        return list(GlossaryRepository(pdb).iter_concepts())


def test_search_filters_add_and_delete(open_window, project_path, qtbot, monkeypatch):
    seed(project_path)
    window = open_window(project_path)
    panel = window.glossary_panel
    assert english_terms(panel) == ["Kyiv", "Andrii Lysenko"]
    panel.search.setText("Київ")
    qtbot.waitUntil(lambda: english_terms(panel) == ["Kyiv"])
    panel.search.clear()
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("person"))
    assert english_terms(panel) == ["Andrii Lysenko"]
    panel.kind_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("deprecated"))
    assert english_terms(panel) == ["Kyiv"]
    panel.status_filter.setCurrentIndex(0)

    panel.add_concept("Donbas")
    assert "Donbas" in english_terms(panel)
    assert panel.view.currentIndex().isValid()
    row = english_terms(panel).index("Donbas")
    assert panel.model.setData(panel.model.index(row, COL_UK), "Донбас")
    assert {(t.lang, t.text) for t in glossary_in(project_path)[-1].terms} == {
        ("en", "Donbas"), ("uk", "Донбас")}

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    panel.view.setCurrentIndex(panel.model.index(row, COL_EN))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Donbas" not in english_terms(panel)
    assert [c.label() for c in glossary_in(project_path)] == ["Kyiv", "Andrii Lysenko"]
    with open_project(project_path) as pdb:
        actions = [e.action for e in ProjectRepository(pdb).events()]
    assert "glossary.add_concept" in actions and "glossary.delete_concept" in actions


def test_import_shows_merge_report_and_cancel_writes_nothing(open_window, project_path,
                                                             tmp_path, qtbot):
    seed(project_path)
    incoming = tmp_path / "incoming.csv"
    write_csv([
        Concept(ConceptKind.PLACE, (Term("en", "Kharkiv"), Term("uk", "Харків"))),
        Concept(ConceptKind.PLACE, (Term("en", "Kyiv"), Term("ru", "Киев"))),  # updates Kyiv
        Concept(ConceptKind.PLACE, (Term("en", "Kiev city"), Term("uk", "Київ"),
                                    Term("en", "Andrii Lysenko"))),  # two stored concepts
    ], incoming)
    window = open_window(project_path)
    actions = window.glossary_panel.files
    before = [c.to_dict() for c in glossary_in(project_path)]

    actions.import_file(incoming)
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    dialog = actions.review_dialog
    assert dialog.isVisible()
    summary = dialog.summary.text()
    assert "1 new concept" in summary and "1 updated" in summary
    assert "1 conflicting" in summary
    details = dialog.details.toPlainText()
    assert "new: Kharkiv (en) / Харків (uk)" in details
    assert "updated: Kyiv: add ru 'Киев' (preferred)" in details
    assert "conflicting: Kiev city" in details
    dialog.reject()
    wait_idle(qtbot, window)
    assert [c.to_dict() for c in glossary_in(project_path)] == before

    actions.review_dialog = None
    actions.import_file(incoming)
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    actions.review_dialog.accept()
    wait_idle(qtbot, window)
    after = glossary_in(project_path)
    assert [c.label() for c in after] == ["Kyiv", "Andrii Lysenko", "Kharkiv"]
    assert {t.text for t in after[0].terms} == {"Kyiv", "Київ", "Kiev", "Киев"}
    qtbot.waitUntil(lambda: "Kharkiv" in english_terms(window.glossary_panel))
    with open_project(project_path) as pdb:
        imports = [e for e in ProjectRepository(pdb).events() if e.action == "glossary.import"]
    assert len(imports) == 1 and imports[0].who == "Olga"


def test_import_of_a_hostile_file_is_refused_with_a_message(open_window, project_path,
                                                            tmp_path, qtbot, monkeypatch):
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;">]><tbx>&b;</tbx>', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    window = open_window(project_path)
    window.glossary_panel.files.import_file(bomb)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "entit" in shown[0].lower() or "unsafe" in shown[0].lower(), shown
    assert window.glossary_panel.files.review_dialog is None
    assert glossary_in(project_path) == []


def test_export_formats(open_window, project_path, tmp_path, qtbot):
    seed(project_path)
    window = open_window(project_path)
    actions = window.glossary_panel.files
    csv_path, tbx_path = tmp_path / "g.csv", tmp_path / "g.tbx"
    actions.export(csv_path, "csv", bom=True)
    actions.export(tbx_path, "tbx")
    actions.export(tmp_path / "g.xlf", "xliff", lang="uk")
    wait_idle(qtbot, window)
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Київ".encode() in data
    assert "<conceptEntry" in tbx_path.read_text(encoding="utf-8")
    assert 'trgLang="uk"' in (tmp_path / "g.xlf").read_text(encoding="utf-8")


def test_merge_into_and_from_the_user_glossary(open_window, project_path, project_factory,
                                               qtbot):
    seed(project_path)
    window = open_window(project_path)
    actions = window.glossary_panel.files
    actions.merge_to_user()
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    assert "2 new concept" in actions.review_dialog.summary.text()
    actions.review_dialog.accept()
    wait_idle(qtbot, window)
    with open_user_glossary() as pdb:
        assert [c.label() for c in GlossaryRepository(pdb).iter_concepts()] == [
            "Kyiv", "Andrii Lysenko"]

    other = project_factory("other.rdproj")
    window.close_project()
    assert window.open_path(other)
    assert english_terms(window.glossary_panel) == []
    actions.review_dialog = None
    actions.merge_from_user()
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    actions.review_dialog.accept()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: english_terms(window.glossary_panel) == ["Kyiv", "Andrii Lysenko"])


def test_definitions_and_notes_of_a_tbx_import_show_under_the_table(open_window, project_path,
                                                                   qtbot):
    from pathlib import Path

    sample = Path(__file__).parents[1] / "formats" / "data" / "ltac_tbx_basic_astronomy_dca.tbx"
    window = open_window(project_path)
    panel = window.glossary_panel
    actions = panel.files
    actions.import_file(sample)
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    details = actions.review_dialog.details.toPlainText()
    assert "Kept beside the terms:" in details and "definition (36)" in details
    assert "Not kept" in details and "es (39)" in details
    actions.review_dialog.accept()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "open cluster" in english_terms(panel), timeout=10_000)
    row = english_terms(panel).index("open cluster")
    panel.view.setCurrentIndex(panel.model.index(row, COL_EN))
    assert panel.details.isVisible()
    text = panel.details.toPlainText()
    assert "Definition: A group of stars formed together" in text
    assert "source: Oxford2007" in text
    assert "open cluster — Context: Over 1100 open clusters" in text
    panel.view.setCurrentIndex(panel.model.index(row, COL_UK))
    assert panel.details.isVisible()


def test_two_preferred_terms_can_be_imported_demoted_from_the_report(open_window, project_path,
                                                                    tmp_path, qtbot):
    incoming = tmp_path / "two.csv"
    write_csv([Concept(ConceptKind.PLACE, (Term("en", "Kyiv"), Term("en", "Kiev"),
                                           Term("uk", "Київ")))], incoming)
    text = incoming.read_text(encoding="utf-8-sig").replace("preferred\nadmitted",
                                                            "preferred\npreferred")
    incoming.write_text(text, encoding="utf-8")
    window = open_window(project_path)
    actions = window.glossary_panel.files
    actions.import_file(incoming)
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    first = actions.review_dialog
    assert "1 conflicting" in first.summary.text() and first.demote_button is not None
    actions.review_dialog = None
    first.demote_button.click()
    qtbot.waitUntil(lambda: actions.review_dialog is not None, timeout=30_000)
    second = actions.review_dialog
    assert "1 new concept" in second.summary.text()
    assert "'Kiev' demoted to admitted" in second.details.toPlainText()
    second.accept()
    wait_idle(qtbot, window)
    (concept,) = glossary_in(project_path)
    assert [(t.text, t.status) for t in concept.terms] == [
        ("Kyiv", TermStatus.PREFERRED), ("Kiev", TermStatus.ADMITTED),
        ("Київ", TermStatus.PREFERRED)]


def test_csv_export_from_the_window_says_what_it_leaves_out(open_window, project_path,
                                                            tmp_path, qtbot):
    from pathlib import Path

    from app.formats.glossary_files import import_glossary_file

    sample = Path(__file__).parents[1] / "formats" / "data" / "okapi_maryland.tbx"
    with open_project(project_path) as pdb:
        import_glossary_file(GlossaryRepository(pdb), sample, who="T")
    window = open_window(project_path)
    window.glossary_panel.files.export(tmp_path / "g.csv", "csv", bom=True)
    wait_idle(qtbot, window)
    message = window.status.currentMessage()
    assert "Wrote 1 item" in message and "definition (1)" in message and "termType (2)" in message
