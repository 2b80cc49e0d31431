"""The name checker's view of the glossary: ``GlossaryLookup`` over a ``GlossaryRepository``.

The lookup is a snapshot taken when it is built (or on ``reload()``): a dictionary from
(language, normalised term) to the hit, so the checker may use it from any thread (SQLite
connections may not cross threads) and each lookup costs one dictionary access.

If one term text belongs to two concepts (a conflict the glossary panel shows), the concept
with the lowest id answers; the conflict itself stays reported by ``conflicts()``.
"""

from __future__ import annotations

from app.core.glossary_model import Concept, normalize_term
from app.names.glossary_rules import GlossaryHit
from app.storage.glossary_repo import GlossaryRepository


def concept_key(concept_id: int | None) -> str:
    """The concept name a glossary hit carries into the checker's flags."""
    return f"glossary:{concept_id}"


def _hits(concept: Concept) -> dict[tuple[str, str], GlossaryHit]:
    hits = {}
    for term in concept.terms:
        preferred = concept.preferred(term.lang)
        hits[term.key] = GlossaryHit(
            term=term.text,
            status=term.status.value,  # type: ignore[arg-type]
            preferred=preferred.text if preferred else None,
            concept=concept_key(concept.id),
            note=concept.note or "",
        )
    return hits


class RepositoryGlossaryLookup:
    """Implements ``app.names.glossary_rules.GlossaryLookup``."""

    def __init__(self, repo: GlossaryRepository) -> None:
        self.repo = repo
        self._index: dict[tuple[str, str], GlossaryHit] = {}
        self.reload()

    def reload(self) -> None:
        """Read the glossary again (after edits or an import)."""
        index: dict[tuple[str, str], GlossaryHit] = {}
        for concept in self.repo.iter_concepts():  # id order: the lowest id wins
            for key, hit in _hits(concept).items():
                index.setdefault(key, hit)
        self._index = index

    def preferred(self, text: str, lang: str) -> GlossaryHit | None:
        return self._index.get((lang, normalize_term(text)))

    def __len__(self) -> int:
        return len(self._index)
