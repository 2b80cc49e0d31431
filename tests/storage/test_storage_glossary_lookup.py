"""The name checker consults the project glossary through RepositoryGlossaryLookup."""

from __future__ import annotations

import threading

import pytest

from app.core.glossary_model import Term, TermStatus
from app.names.glossary_rules import GlossaryLookup
from app.storage.glossary_lookup import RepositoryGlossaryLookup
from app.storage.glossary_repo import GlossaryRepository


@pytest.fixture
def glossary(repo):
    g = GlossaryRepository(repo.pdb)
    g.add_concept("place", [Term("en", "Kyiv"), Term("en", "Kiev", TermStatus.FORBIDDEN),
                            Term("en", "Kyjiw", TermStatus.DEPRECATED), Term("uk", "Київ")],
                  note="Since 2019 style guide.")
    g.add_concept("org", [Term("en", "Dynamo Kiev", TermStatus.ADMITTED)])
    return g


def test_lookup_implements_the_protocol_and_answers(glossary):
    lookup = RepositoryGlossaryLookup(glossary)
    assert isinstance(lookup, GlossaryLookup)
    hit = lookup.preferred("KIEV", "en")
    assert (hit.term, hit.status, hit.preferred) == ("Kiev", "forbidden", "Kyiv")
    assert hit.note == "Since 2019 style guide." and not hit.approved
    assert hit.concept == lookup.preferred("Kyiv", "en").concept
    assert lookup.preferred("Київ", "uk").approved
    assert lookup.preferred("Київ", "ru") is None  # languages are separate
    dynamo = lookup.preferred("dynamo  kiev", "en")
    assert dynamo.approved and dynamo.preferred is None  # no preferred term in that concept


def test_lookup_is_a_snapshot_usable_from_another_thread(glossary):
    lookup = RepositoryGlossaryLookup(glossary)
    glossary.add_concept("place", [Term("en", "Lviv")])
    assert lookup.preferred("Lviv", "en") is None
    lookup.reload()
    found = []
    worker = threading.Thread(target=lambda: found.append(lookup.preferred("Lviv", "en")))
    worker.start()
    worker.join()
    assert found[0].status == "preferred"



def test_checker_flags_a_forbidden_glossary_term_with_the_preferred_one(glossary):
    from app.names.checker import check_english

    result = check_english("Officials in Kiev said so.", RepositoryGlossaryLookup(glossary))
    (flag,) = [f for f in result.flags if f.text == "Kiev"]
    assert flag.severity == "error" and flag.suggestion == "Kyiv"
    assert "Since 2019 style guide." in flag.reason


def test_checker_accepts_an_admitted_glossary_phrase(glossary):
    from app.names.checker import check_english

    result = check_english("Dynamo Kiev fans celebrated.", RepositoryGlossaryLookup(glossary))
    assert not [f for f in result.flags if "Kiev" in f.text]
