"""The spelling checker of one project: the shared dictionaries plus the project's own words
(project dictionary and glossary terms). Call from a worker thread: loading takes seconds."""

from __future__ import annotations

from collections.abc import Callable

from app.qa.spelling import Speller
from app.storage.database import ProjectDatabase
from app.storage.project_dictionary_repo import ProjectDictionaryRepository


def accepted_words(pdb: ProjectDatabase) -> dict[str, set[str]]:
    repo = ProjectDictionaryRepository(pdb)
    words = repo.words()
    for lang, terms in repo.glossary_words().items():
        words.setdefault(lang, set()).update(terms)
    return words


def project_speller(pdb: ProjectDatabase, speller: Speller | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Speller:
    """``speller`` (or a new one) loaded, accepting this project's words. Raises
    ``SpellingUnavailableError`` when the dictionaries cannot be loaded."""
    if speller is None:  # the command line: English as the settings say (the window's own
        from app.core.settings import Settings  # speller follows its menu)

        speller = Speller(english=bool(Settings().get("qa_english_spelling")))
    speller.load(cancelled)
    speller.set_accepted(accepted_words(pdb))
    return speller
