"""Glossary fixtures: a project with a small glossary, empty projects, a database dump."""

from __future__ import annotations

import hashlib

import pytest

from app.core.glossary_model import ConceptKind, Term, TermStatus
from app.storage.database import create_project
from app.storage.glossary_repo import GlossaryRepository

P, A, D, F = (TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED,
              TermStatus.FORBIDDEN)


def fill(repo: GlossaryRepository) -> None:
    repo.add_concept(ConceptKind.PLACE, [
        Term("en", "Kyiv", P, part_of_speech="noun", scheme="KMU 2010", source="Ukrainian gov"),
        Term("en", "Kiev", F, context_exceptions=("chicken Kiev", "Dynamo Kiev")),
        Term("ru", "Киев", P), Term("uk", "Київ", P),
    ], note="Capital of Ukraine", subject="geography", who="ann")
    repo.add_concept(ConceptKind.PERSON, [
        Term("en", "Volodymyr Zelensky", P), Term("en", "Zelenskyy", A),
        Term("ru", "Владимир Зеленский", P), Term("uk", "Володимир Зеленський", P),
    ], who="ann")
    repo.add_concept(ConceptKind.PLACE, [
        Term("en", "Kharkiv", P), Term("en", "Kharkov", D), Term("ru", "Харьков", P),
        Term("uk", "Харків", P),
    ], who="bob")
    repo.add_concept(ConceptKind.ORG, [
        Term("en", '=HYPERLINK("x")', P), Term("ru", "+7 канал", P), Term("uk", "@канал", A),
    ], note="-minus note", who="bob")


def shape(repo: GlossaryRepository) -> list:
    """What a terminologist would compare: concepts with kind, note and (lang, text, status)."""
    return sorted(
        (c.kind.value, c.note or "", tuple(sorted((t.lang, t.text, t.status.value)
                                                  for t in c.terms)))
        for c in repo.iter_concepts()
    )


@pytest.fixture
def new_glossary(tmp_path):
    """Factory: an empty project's GlossaryRepository (closed after the test)."""
    opened = []

    def make(name: str = "empty") -> GlossaryRepository:
        pdb = create_project(tmp_path / f"{name}.rdproj")
        opened.append(pdb)
        return GlossaryRepository(pdb)

    yield make
    for pdb in opened:
        pdb.close()


@pytest.fixture
def glossary(new_glossary) -> GlossaryRepository:
    repo = new_glossary("filled")
    fill(repo)
    return repo


@pytest.fixture
def dump():
    """A hash of the whole database content, to prove a failed import changed nothing."""

    def digest(repo: GlossaryRepository) -> str:
        # Full-text index internals (its *_fts_* shadow tables) may keep merge segments after
        # rows are taken back out of a bulk write; what they index is checked by searching.
        text = "\n".join(line for line in repo.conn.iterdump()
                         if not line.startswith('INSERT INTO "terms_fts_'))
        return hashlib.sha256(text.encode()).hexdigest()

    return digest


@pytest.fixture
def shape_of():
    return shape
