"""Matches for a segment from the project's memory and the user memory, best first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from app.memory.glossary_names import GlossaryNames
from app.memory.model import CONTEXT, EXACT, Match, MemoryUnit, StoreKind, UnitStatus
from app.memory.months import adapt_months
from app.memory.recorder import record_decisions
from app.memory.scoring import MISSING_NUMBER_PENALTY, adapt_numbers, score
from app.memory.store import MemoryStore, open_user_memory
from app.memory.text import context_key, normalize
from app.storage.database import ProjectDatabase

DEFAULT_MIN_SCORE = 50
SHORTLIST = 20
_DIGITS = re.compile(r"\d")

_NEIGHBOURS = """
SELECT s.source,
  (SELECT p.source FROM segments p WHERE p.document_id = s.document_id AND p.idx < s.idx
   ORDER BY p.idx DESC LIMIT 1),
  (SELECT n.source FROM segments n WHERE n.document_id = s.document_id AND n.idx > s.idx
   ORDER BY n.idx LIMIT 1)
FROM segments s WHERE s.id = ?
"""


@dataclass(frozen=True)
class SegmentQuery:
    """A source to look up, with its neighbours (for 101% context matches) when known."""

    source: str
    previous: str | None = None
    following: str | None = None
    segment_id: int | None = None  # its own unit is left out of its matches


def segment_query(pdb: ProjectDatabase, segment_id: int) -> SegmentQuery:
    source, previous, following = pdb.conn.execute(_NEIGHBOURS, (segment_id,)).fetchone()
    return SegmentQuery(source, previous, following, segment_id)


class TranslationMemory:
    """The memories a project sees: its own, then the user's (shared by all projects)."""

    def __init__(
        self, project: ProjectDatabase, user: ProjectDatabase | None = None, *,
        include_edited: bool = False, own_user: bool = False,
    ) -> None:
        self.project = project
        self.user = user
        self._own_user = own_user
        self.project_uid = project.meta("project_id")
        self.stores = [MemoryStore(project, StoreKind.PROJECT)]
        if user is not None:
            self.stores.append(MemoryStore(user, StoreKind.USER))
        self.names = GlossaryNames(project)
        self.statuses = [UnitStatus.APPROVED.value, UnitStatus.IMPORTED.value]
        if include_edited:
            self.statuses.append(UnitStatus.EDITED.value)

    @classmethod
    def open(cls, project: ProjectDatabase, settings=None, *, user: bool = True
             ) -> TranslationMemory:
        """Project and user memory with the settings' choices; decisions recorded so far
        are applied first."""
        include_edited = bool(settings.get("memory_include_edited")) if settings else False
        user_db = open_user_memory() if user else None
        memory = cls(project, user_db, include_edited=include_edited, own_user=user)
        memory.sync()
        return memory

    def sync(self) -> int:
        return record_decisions(self.project, self.user)

    def close(self) -> None:
        self.names.close()
        if self._own_user and self.user is not None:
            self.user.close()
            self.user = None

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def matches(
        self, query: SegmentQuery | str, lang: str, *, limit: int = 5,
        min_score: int = DEFAULT_MIN_SCORE, fuzzy: bool = True,
    ) -> list[Match]:
        if isinstance(query, str):
            query = SegmentQuery(query)
        if not normalize(query.source):
            return []
        wanted_context = (
            context_key(query.previous, query.following)
            if query.previous is not None or query.following is not None else None
        )
        found: list[Match] = []
        seen: set[tuple[StoreKind, int | None]] = set()
        for store in self.stores:
            for unit in store.exact(query.source, lang, self.statuses):
                if self._own(unit, query) or normalize(unit.source) != normalize(query.source):
                    continue
                seen.add((store.kind, unit.id))
                exact = CONTEXT if wanted_context is not None and unit.context_key == (
                    wanted_context) else EXACT
                found.append(Match(exact, unit, unit.target))
            if not fuzzy:
                continue
            units = [u for u in store.candidates(query.source, lang, self.statuses)
                     if (store.kind, u.id) not in seen and not self._own(u, query)]
            for unit in _shortlist(query.source, units, min_score):
                match = self._fuzzy(query.source, unit)
                if match is not None and match.score >= min_score:
                    found.append(match)
        return _best(found, limit)

    def _fuzzy(self, source: str, unit: MemoryUnit) -> Match | None:
        """The unit scored against ``source`` with its placeables carried into the target:
        numbers, month names and (through the glossary only) names."""
        result = score(source, unit.source)
        if result.score >= EXACT:  # the same text: the exact lookup has it (or the own unit)
            return None
        target, replaced, numbers_found = adapt_numbers(unit.target, result.numbers)
        target, months, months_found = adapt_months(target, result.months, unit.lang)
        value = result.score
        notes = []
        if result.names:
            named = target
            for old, new in result.names:
                named, note = self.names.adapt(named, old, new, unit.lang)
                notes.append(note)
            if not any(note.reason for note in notes):  # every name replaced: like a number
                target, value = named, result.adapted
        value -= 0 if numbers_found and months_found else MISSING_NUMBER_PENALTY
        return Match(max(0, value), unit, target, replaced + months, tuple(notes))

    def _own(self, unit: MemoryUnit, query: SegmentQuery) -> bool:
        return (query.segment_id is not None and unit.segment_id == query.segment_id
                and unit.project_uid == self.project_uid)


def _rough(text: str) -> str:
    return _DIGITS.sub("0", normalize(text).casefold())


def _shortlist(source: str, units: list[MemoryUnit], min_score: int) -> list[MemoryUnit]:
    """The candidates worth the token scoring: a character-level ratio (rapidfuzz, in C, with
    digits blurred so numbers do not count) keeps the best ``SHORTLIST``."""
    if len(units) <= SHORTLIST:
        return units
    best = process.extract(
        _rough(source), [_rough(u.source) for u in units], scorer=fuzz.ratio,
        limit=SHORTLIST, score_cutoff=max(0, min_score - 15),
    )
    return [units[index] for _, _, index in best]


def _best(found: Sequence[Match], limit: int) -> list[Match]:
    ordered = sorted(
        found,
        key=lambda m: (-m.score, m.unit.store != StoreKind.PROJECT,
                       _newest_first(m.unit.changed_at)),
    )
    unique: list[Match] = []
    keys: set[tuple[str, str]] = set()
    for match in ordered:
        key = (normalize(match.unit.source), match.target)
        if key in keys:
            continue
        keys.add(key)
        unique.append(match)
        if len(unique) == limit:
            break
    return unique


def _newest_first(at: str | None) -> str:
    # ISO timestamps sort as text; invert each character so newer sorts first.
    return "".join(chr(0x10FFFF - ord(c)) for c in (at or ""))
