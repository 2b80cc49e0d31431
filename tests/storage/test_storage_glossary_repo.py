"""Glossary repository: edits with audit events, search and filters, conflicts reported."""

from __future__ import annotations

import pytest

from app.core.glossary_model import ConceptKind, ConflictKind, GlossaryError, Term, TermStatus
from app.storage.glossary_repo import GlossaryRepository

P, A, D, F = (TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED,
              TermStatus.FORBIDDEN)


@pytest.fixture
def glossary(repo):
    return GlossaryRepository(repo.pdb)


def _kyiv(glossary, who="ann"):
    return glossary.add_concept(ConceptKind.PLACE, [
        Term("en", "Kyiv"), Term("en", "Kiev", D), Term("ru", "Киев"), Term("uk", "Київ"),
    ], note="capital", who=who)


def _glossary_events(repo):
    return [e for e in repo.events() if e.action.startswith("glossary.")]


def test_add_concept_is_stored_and_audited(glossary, repo):
    concept = _kyiv(glossary)
    assert glossary.concept(concept.id) == concept
    assert [(t.lang, t.text, t.status) for t in concept.terms] == [
        ("en", "Kyiv", P), ("en", "Kiev", D), ("ru", "Киев", P), ("uk", "Київ", P)]
    assert concept.created_by == "ann" and concept.terms[0].created_by == "ann"
    (event,) = _glossary_events(repo)
    assert (event.action, event.who, event.before) == ("glossary.add_concept", "ann", None)
    assert event.after["id"] == concept.id
    assert {"lang": "uk", "text": "Київ", "status": "preferred"} in event.after["terms"]


def test_update_term_records_before_and_after(glossary, repo):
    concept = _kyiv(glossary)
    kiev = concept.terms[1]
    updated = glossary.update_term(kiev.id, who="bob", status=F, context_exceptions=["Dynamo"])
    assert updated.status == F and updated.context_exceptions == ("Dynamo",)
    assert updated.modified_by == "bob" and updated.created_by == "ann"
    event = _glossary_events(repo)[-1]
    assert event.action == "glossary.update_term" and event.who == "bob" and event.lang == "en"
    assert event.before["status"] == "deprecated" and event.after["status"] == "forbidden"
    # no change, no event
    glossary.update_term(kiev.id, who="bob", status=F, context_exceptions=["Dynamo"])
    assert len(_glossary_events(repo)) == 2


def test_concept_edit_and_deletes_are_audited(glossary, repo):
    concept = _kyiv(glossary)
    glossary.update_concept(concept.id, who="bob", kind="org", note="  ")
    changed = glossary.concept(concept.id)
    assert changed.kind == ConceptKind.ORG and changed.note is None
    glossary.add_term(concept.id, Term("ru", "Кыив", A), who="bob")
    glossary.delete_term(changed.terms[1].id, who="bob")
    glossary.delete_concept(concept.id, who="cy")
    assert [e.action for e in _glossary_events(repo)] == [
        "glossary.add_concept", "glossary.update_concept", "glossary.add_term",
        "glossary.delete_term", "glossary.delete_concept"]
    assert _glossary_events(repo)[-1].before["terms"][0]["text"] == "Kyiv"
    with pytest.raises(GlossaryError, match="not in the glossary"):
        glossary.concept(concept.id)
    assert glossary.count() == 0


def test_invalid_terms_are_refused_with_a_message(glossary, repo):
    concept = _kyiv(glossary)
    with pytest.raises(GlossaryError, match="already in this concept"):
        glossary.add_term(concept.id, Term("en", "  KYIV "))
    with pytest.raises(GlossaryError, match="cannot be empty"):
        glossary.add_concept("place", [Term("en", " ")])
    with pytest.raises(GlossaryError, match="not a glossary language"):
        glossary.add_concept("place", [Term("de", "Kiew")])
    assert len(_glossary_events(repo)) == 1


def test_conflicts_are_reported_not_resolved(glossary):
    kyiv = _kyiv(glossary)
    other = glossary.add_concept("org", [Term("en", "KYIV"), Term("ru", "Кыив"),
                                         Term("ru", "Киев ", A)])
    glossary.add_term(kyiv.id, Term("ru", "Кыйив", P))
    conflicts = glossary.conflicts()
    assert {(c.kind, c.lang, c.concept_ids) for c in conflicts} == {
        (ConflictKind.TWO_PREFERRED, "ru", (kyiv.id,)),
        (ConflictKind.SHARED_TERM, "en", (kyiv.id, other.id)),
        (ConflictKind.SHARED_TERM, "ru", (kyiv.id, other.id)),
    }
    assert glossary.conflicts(other.id) == [c for c in conflicts
                                            if c.kind == ConflictKind.SHARED_TERM]
    two = next(c for c in conflicts if c.kind == ConflictKind.TWO_PREFERRED)
    assert "2 preferred ru terms (Киев, Кыйив)" in two.message()
    # still both preferred: nothing was changed to make the conflict go away
    assert [t.status for t in glossary.concept(kyiv.id).terms_in("ru")] == [P, P]


def test_search_and_filters(glossary):
    _kyiv(glossary)
    glossary.add_concept("person", [Term("en", "Volodymyr Zelensky"),
                                    Term("uk", "Володимир Зеленський")])
    glossary.add_concept("place", [Term("en", "Kharkiv"), Term("en", "Kharkov", F)])
    labels = lambda **kw: [c.label() for c in glossary.concepts(**kw)]  # noqa: E731
    assert labels(query="Kyi") == ["Kyiv"]  # prefix
    assert labels(query="київ") == ["Kyiv"]  # Cyrillic, any case
    assert labels(query="Зеленськ") == ["Volodymyr Zelensky"]
    assert labels(query="lensky") == ["Volodymyr Zelensky"]  # inside a word
    assert labels(query='"') == []  # quotes are harmless
    assert labels(status="forbidden") == ["Kharkiv"]
    assert labels(status="deprecated", lang="en") == ["Kyiv"]
    assert labels(kind="person") == ["Volodymyr Zelensky"]
    assert labels(kind="place", query="Kh") == ["Kharkiv"]
    assert glossary.count(kind="place") == 2
    assert labels(limit=1, offset=1) == ["Volodymyr Zelensky"]
    assert [t.text for t in glossary.find_terms("KHARKOV")] == ["Kharkov"]
