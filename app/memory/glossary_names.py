"""Names through the glossary: a name that differs is replaced only with the glossary's terms.

When a memory source and the current segment differ in a name ("Macron" / "Scholz"), the
project glossary, then the user glossary shared by all projects, is asked for the concept each
English name belongs to and its Russian or Ukrainian terms (preferred first, then admitted;
deprecated and forbidden terms are never written). The old name's term is found in the
memory's translation in whatever case it stands in and the new name's term is inflected into
that case (``app.memory.inflection``). Without a glossary entry for both names, or when the
inflection is not safe, nothing is replaced and the reason is given (``NameNote``).

News names a person in full once and by the surname after that ("Emmanuel Macron ... Macron
said"), while the glossary holds the full name. A surname alone is therefore also looked up as
the last word of a person's English term; when exactly one person concept has it (two
Klitschkos: none), the last words of that person's Russian and Ukrainian terms are the terms
("Макрон"), and only terms of as many words as the English one are used, so a given name is
never left behind or guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.glossary_model import Concept, ConceptKind, TermStatus
from app.memory.inflection import replace_term
from app.storage.database import ProjectDatabase

#: Why a differing name was not replaced (the window words each one).
NOT_IN_GLOSSARY = "not_in_glossary"  # no glossary concept with ru/uk terms for the name
NOT_IN_TARGET = "not_in_target"  # the old name's term is not in the memory's translation
NOT_INFLECTED = "not_inflected"  # the new term cannot be put in that case safely


@dataclass(frozen=True)
class NameNote:
    """A differing name: replaced (``reason`` empty) or why not."""

    old: str  # English, as in the memory's source
    new: str  # English, as in the segment
    reason: str = ""
    old_term: str = ""
    new_term: str = ""


class GlossaryNames:
    """English name -> its glossary concept, from the project glossary then the user's.

    The user glossary is opened on the first name the project glossary lacks; answers are
    kept for the life of the object (one lookup run)."""

    def __init__(self, project: ProjectDatabase) -> None:
        self.project = project
        self._user: ProjectDatabase | None = None
        self._user_tried = False
        self._found: dict[str, tuple[Concept, bool] | None] = {}

    def _concept(self, english: str) -> tuple[Concept, bool] | None:
        """(concept, True when ``english`` is only its person's surname) or None."""
        if english not in self._found:
            self._found[english] = self._lookup(self.project, english) or (
                self._lookup(user, english) if (user := self._user_glossary()) else None)
        return self._found[english]

    @staticmethod
    def _lookup(pdb: ProjectDatabase, english: str) -> tuple[Concept, bool] | None:
        from app.storage.glossary_repo import GlossaryRepository

        repo = GlossaryRepository(pdb)
        for term in repo.find_terms(english, "en"):
            if not term.status.discouraged and term.concept_id is not None:
                return repo.concept(term.concept_id), False
        if len(english.split()) != 1:
            return None
        people = repo.persons_with_surname(english)
        return (repo.concept(people[0]), True) if len(people) == 1 else None

    def _user_glossary(self) -> ProjectDatabase | None:
        if not self._user_tried:
            self._user_tried = True
            from app.core import paths

            if paths.user_glossary_path().exists():  # never made just to be asked
                from app.storage.glossary_repo import open_user_glossary

                self._user = open_user_glossary()
        return self._user

    def close(self) -> None:
        if self._user is not None:
            self._user.close()
            self._user = None

    def adapt(self, target: str, old: str, new: str, lang: str) -> tuple[str, NameNote]:
        """``target`` with the term of ``old`` replaced by the term of ``new`` (same case)."""
        old_found, new_found = self._concept(old), self._concept(new)
        old_concept = old_found[0] if old_found else None
        new_concept = new_found[0] if new_found else None
        old_terms = _terms(old_found, lang)
        new_terms = _terms(new_found, lang)
        if not old_terms or not new_terms:
            return target, NameNote(old, new, NOT_IN_GLOSSARY)
        person = ConceptKind.PERSON in (getattr(old_concept, "kind", None),
                                        getattr(new_concept, "kind", None))
        replaced, reason = replace_term(target, old_terms, new_terms[0], lang, person=person)
        if replaced is None:
            return target, NameNote(old, new, reason, old_terms[0], new_terms[0])
        return replaced, NameNote(old, new, "", old_terms[0], new_terms[0])


def _terms(found: tuple[Concept, bool] | None, lang: str) -> list[str]:
    """The concept's usable terms in ``lang``: preferred first, then admitted; for a surname
    alone, the last word of each term written in as many words as the English name."""
    if found is None:
        return []
    concept, surname = found
    order = {TermStatus.PREFERRED: 0, TermStatus.ADMITTED: 1}
    usable = sorted((t for t in concept.terms if t.lang == lang and t.status in order),
                    key=lambda t: order[t.status])
    if not surname:
        return [t.text for t in usable]
    lengths = {len(t.text.split()) for t in concept.terms if t.lang == "en"}
    return list(dict.fromkeys(t.text.split()[-1] for t in usable
                              if len(t.text.split()) in lengths and len(t.text.split()) > 1))
