"""The glossary table model without a view: columns, roles, filters, search, paging, edits
with audit events, and conflicts shown with their explanation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.glossary_model import Term, TermStatus
from app.storage.glossary_repo import GlossaryRepository
from app.ui.glossary_table_model import (
    COL_EN,
    COL_KIND,
    COL_NOTE,
    COL_RU,
    COL_UK,
    CONCEPT_ROLE,
    CONFLICT_TINT,
    CONFLICTS_ROLE,
    TERMS_ROLE,
    GlossaryTableModel,
)

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


@pytest.fixture
def glossary(repo):
    g = GlossaryRepository(repo.pdb)
    g.add_concept("place", [Term("en", "Kyiv"), Term("ru", "Киев"), Term("uk", "Київ"),
                            Term("en", "Kiev", TermStatus.DEPRECATED)], note="capital", who="T")
    g.add_concept("place", [Term("en", "Kharkiv"), Term("uk", "Харків")], who="T")
    g.add_concept("person", [Term("en", "Volodymyr Zelensky"),
                             Term("en", "Zelenskyy", TermStatus.ADMITTED)], who="T")
    g.add_concept("org", [Term("en", "Interfax")], who="T")
    return g


def column(model, col, role=DISPLAY):
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_columns_roles_and_status_marks(glossary, qtbot):
    model = GlossaryTableModel(glossary, who="Olga")
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert column(model, COL_EN)[0] == "Kyiv; Kiev ⚠"  # preferred first, others marked
    assert column(model, COL_EN)[2] == "Volodymyr Zelensky; Zelenskyy ≈"
    assert column(model, COL_RU)[:2] == ["Киев", ""]
    assert column(model, COL_UK)[:2] == ["Київ", "Харків"]
    assert column(model, COL_KIND) == ["place", "place", "person", "organisation"]
    assert column(model, COL_KIND, EDIT)[3] == "org"
    assert column(model, COL_NOTE)[0] == "capital"
    assert model.index(0, COL_EN).data(EDIT) == "Kyiv"
    terms = model.index(0, COL_EN).data(TERMS_ROLE)
    assert [(t.text, t.status) for t in terms] == [("Kyiv", TermStatus.PREFERRED),
                                                   ("Kiev", TermStatus.DEPRECATED)]
    assert "Kiev: deprecated" in model.index(0, COL_EN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, COL_EN).data(CONCEPT_ROLE).label() == "Kharkiv"
    assert model.headerData(COL_RU, Qt.Orientation.Horizontal) == "Russian"


def test_filter_by_status_kind_and_search(glossary, qtbot):
    model = GlossaryTableModel(glossary)
    model.set_filter(kind="place")
    assert column(model, COL_EN, EDIT) == ["Kyiv", "Kharkiv"]
    model.set_filter(status="deprecated")
    assert column(model, COL_EN, EDIT) == ["Kyiv"]
    model.set_filter(status="admitted", kind="person")
    assert column(model, COL_EN, EDIT) == ["Volodymyr Zelensky"]
    model.set_filter(status="admitted", kind="place")
    assert model.rowCount() == 0
    model.set_filter(query="Харк")
    assert column(model, COL_EN, EDIT) == ["Kharkiv"]
    model.set_filter(query="kie")  # a deprecated spelling finds its concept too
    assert column(model, COL_EN, EDIT) == ["Kyiv"]
    model.set_filter()
    assert model.rowCount() == 4


def test_rows_load_in_pages(glossary, qtbot):
    for n in range(7):
        glossary.add_concept("other", [Term("en", f"Term {n}")])
    model = GlossaryTableModel(glossary, page_size=5)
    assert model.rowCount() == 5 and model.total == 11 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 11 and not model.canFetchMore()


def test_edits_write_through_with_audit_events(glossary, repo, qtbot):
    model = GlossaryTableModel(glossary, who="Olga")
    changed = []
    model.glossaryChanged.connect(lambda: changed.append(1))
    assert model.setData(model.index(1, COL_RU), "Харьков")  # adds the missing Russian term
    assert model.setData(model.index(1, COL_UK), "Харкiв")
    assert model.setData(model.index(1, COL_KIND), "other")
    assert model.setData(model.index(1, COL_NOTE), "second city")
    assert model.set_term_status(model.index(1, COL_RU), "admitted")
    concept = glossary.concept(model.concept_at(1).id)
    assert {(t.lang, t.text, t.status.value) for t in concept.terms} == {
        ("en", "Kharkiv", "preferred"), ("uk", "Харкiв", "preferred"),
        ("ru", "Харьков", "admitted")}
    assert concept.note == "second city" and concept.kind.value == "other"
    assert model.index(1, COL_RU).data() == "Харьков ≈"
    actions = [(e.action, e.who) for e in repo.events() if e.action.startswith("glossary.")]
    assert ("glossary.add_term", "Olga") in actions
    assert ("glossary.update_term", "Olga") in actions
    assert ("glossary.update_concept", "Olga") in actions
    assert changed
    # clearing the only term of a concept is refused with a message; nothing changes
    failures = []
    model.writeFailed.connect(failures.append)
    assert not model.setData(model.index(3, COL_EN), "")
    assert failures and glossary.concept(model.concept_at(3).id).terms[0].text == "Interfax"


def test_conflicts_are_tinted_and_explained_not_resolved(glossary, qtbot):
    model = GlossaryTableModel(glossary, who="Olga")
    assert model.index(0, COL_EN).data(CONFLICTS_ROLE) == []
    # a second concept claiming "Київ" in Ukrainian: a term in two concepts
    model.add_concept("place", [Term("en", "Kyiv city"), Term("uk", "Київ")])
    rows = [r for r in range(model.rowCount())
            if model.index(r, COL_UK).data(EDIT) == "Київ"]
    assert len(rows) == 2
    for row in rows:
        explanation = model.index(row, COL_EN).data(CONFLICTS_ROLE)
        assert explanation and "Київ" in explanation[0]
        assert model.index(row, COL_KIND).data(Qt.ItemDataRole.BackgroundRole).color().name() \
            == CONFLICT_TINT
    assert len(list(glossary.iter_concepts())) == 5  # both kept
    # deleting one concept clears the conflict of the other
    assert model.delete_concept(rows[1])
    assert all(not model.index(r, 0).data(CONFLICTS_ROLE) for r in range(model.rowCount()))
