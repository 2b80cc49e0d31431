"""Merge report before writing, and all-or-nothing application."""

from __future__ import annotations

import pytest

from app.core.glossary_model import Concept, ConceptKind, Term, TermStatus
from app.formats.glossary_files import export_glossary, import_glossary_file, merge_glossaries
from app.formats.glossary_json import write_json
from app.formats.glossary_merge import MergeAction, apply_merge, plan_merge
from app.storage.glossary_repo import GlossaryRepository, open_user_glossary
from app.storage.project_repo import ProjectRepository

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


def _incoming() -> list[Concept]:
    return [
        # same as stored Kharkiv, but Kharkov now forbidden and a new admitted uk spelling
        Concept(ConceptKind.PLACE, (Term("en", "Kharkiv"), Term("en", "Kharkov",
                                                                TermStatus.FORBIDDEN),
                                    Term("uk", "Харкiв", A))),
        Concept(ConceptKind.PLACE, (Term("en", "Lviv"), Term("uk", "Львів"))),  # new
        Concept(ConceptKind.PLACE, (Term("ru", "Киев"),)),  # unchanged (stored terms kept)
        # would give Kyiv two preferred ru terms
        Concept(ConceptKind.PLACE, (Term("en", "Kyiv"), Term("ru", "Кыив", P))),
        # its terms belong to two stored concepts
        Concept(ConceptKind.OTHER, (Term("en", "Kiev", D), Term("en", "Zelenskyy", A))),
    ]


def test_report_comes_before_anything_is_written(glossary, dump):
    before = dump(glossary)
    report = plan_merge(glossary, _incoming(), source="test")
    assert [i.action for i in report.items] == [
        MergeAction.UPDATED, MergeAction.NEW, MergeAction.UNCHANGED, MergeAction.CONFLICTING,
        MergeAction.CONFLICTING,
    ]
    assert "two preferred ru terms (Киев, Кыив)" in report.items[3].reason
    assert "several glossary concepts" in report.items[4].reason
    assert report.items[0].changes == ("en 'Kharkov': deprecated -> forbidden",
                                       "add uk 'Харкiв' (admitted)")
    assert dump(glossary) == before  # planning wrote nothing
    assert "Nothing written yet." in report.lines()


def test_matching_ignores_case_but_a_new_spelling_is_an_update(glossary):
    report = plan_merge(glossary, [Concept(ConceptKind.PLACE, (Term("en", "KHARKIV"),))])
    (item,) = report.items
    assert item.action == MergeAction.UPDATED
    assert item.changes == ("en 'KHARKIV': spelling 'Kharkiv' -> 'KHARKIV'",)


def test_apply_writes_new_and_updated_only(glossary):
    conflicts_before = glossary.conflicts()
    report = apply_merge(glossary, plan_merge(glossary, _incoming(), source="test"), "eve")
    assert report.applied
    assert glossary.find_terms("Kharkov")[0].status == TermStatus.FORBIDDEN
    assert glossary.find_terms("Харкiв", "uk")[0].status == TermStatus.ADMITTED
    assert glossary.find_terms("Lviv")
    assert not glossary.find_terms("Кыив")  # conflicting: not imported
    assert glossary.conflicts() == conflicts_before  # nothing resolved or created silently
    actions = [e.action for e in ProjectRepository(glossary.pdb).events()]
    assert actions[-3:] == ["glossary.import_concept", "glossary.import_update",
                            "glossary.import"]
    summary = ProjectRepository(glossary.pdb).events()[-1]
    assert summary.who == "eve"
    assert summary.after == {"source": "test", "new": 1, "updated": 1, "unchanged": 1,
                             "conflicting": 2}


def test_failure_during_apply_writes_nothing(glossary, dump, monkeypatch):
    report = plan_merge(glossary, _incoming(), source="test")
    before = dump(glossary)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(GlossaryRepository, "merge_into", broken)
    with pytest.raises(OSError):
        apply_merge(glossary, report, "eve")
    assert dump(glossary) == before  # the new concept inserted first was rolled back
    assert not glossary.concepts("Lviv")  # and the full-text index does not find it


def test_dry_run_import_reports_without_writing(glossary, dump, tmp_path):
    path = tmp_path / "in.json"
    write_json(_incoming(), path)
    before = dump(glossary)
    report = import_glossary_file(glossary, path, who="eve", dry_run=True)
    assert report.counts() == {"new": 1, "updated": 1, "unchanged": 1, "conflicting": 2}
    assert not report.applied and dump(glossary) == before


def test_json_round_trip_keeps_every_field(glossary, new_glossary, tmp_path, shape_of):
    path = tmp_path / "g.json"
    export_glossary(glossary, "json", path)
    target = new_glossary("target")
    import_glossary_file(target, path, who="carol")
    assert shape_of(target) == shape_of(glossary)
    kiev = target.find_terms("Kiev")[0]
    assert kiev.context_exceptions == ("chicken Kiev", "Dynamo Kiev")
    assert kiev.created_by == "ann"  # authorship travels with the concept


def test_user_glossary_merges_into_and_out_of_a_project(glossary, new_glossary, shape_of,
                                                          app_home):
    with open_user_glossary() as user_pdb:
        assert user_pdb.path == app_home / "data" / "glossary.rdglossary"
        user = GlossaryRepository(user_pdb)
        out = merge_glossaries(glossary, user, who="ann", label="project")
        assert out.counts()["new"] == 4
        assert ProjectRepository(user_pdb).segment_count() == 0
        user.add_concept(ConceptKind.PLACE, [Term("en", "Dnipro")], who="ann")
        project = new_glossary("other-project")
        back = merge_glossaries(user, project, who="bob", label="user glossary")
        assert back.counts()["new"] == 5
        assert project.find_terms("Dnipro")
        again = merge_glossaries(user, project, who="bob", dry_run=True)
        assert again.counts() == {"new": 0, "updated": 0, "unchanged": 5, "conflicting": 0}
