"""Concordance: a word or phrase across the memory in English, Russian and Ukrainian.

English words are looked up as they are (and as prefixes: "sanction" finds "sanctions").
Russian and Ukrainian words are inflection-aware: pymorphy3 (``app.names.morphology``) gives
every form of every reading of the word, and the memory's ``memory_fts`` index is asked for any
of them, so "Київ" finds "Києві" and "Путин" finds "Путину". A phrase needs all its words, in
order, next to each other (checked on the text, where the hit's offsets come from).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.memory.model import MEMORY_LANGUAGES, MemoryUnit
from app.memory.store import MemoryStore

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HITS = 200


@dataclass(frozen=True)
class Hit:
    lang: str  # the language the text was found in: en, ru or uk
    unit: MemoryUnit
    start: int  # offsets of the hit in the source (en) or the target (ru/uk)
    end: int

    @property
    def text(self) -> str:
        return self.unit.source if self.lang == "en" else self.unit.target


@lru_cache(maxsize=512)
def word_forms(word: str, lang: str) -> frozenset[str]:
    """Every inflected form of ``word`` in ``lang`` (lower case), the word itself included."""
    from app.names.morphology import get_analyzer

    forms = {word.lower()}
    if lang in MEMORY_LANGUAGES:
        parses = get_analyzer(lang).parse(word)
        best = max((p.score for p in parses), default=0.0)
        for parse in parses:
            if parse.score < best / 2:  # "Київ" is the city, not the plural of "кий"
                continue
            forms.update(f.word.replace("ё", "е") for f in parse.lexeme)
            forms.update(f.word for f in parse.lexeme)
    return frozenset(forms)


def search(stores: list[MemoryStore], text: str, *, limit: int = _HITS) -> list[Hit]:
    """Hits of ``text`` in every store: English when the query is Latin, Russian and Ukrainian
    when it is Cyrillic."""
    words = _WORD.findall(text)
    if not words:
        return []
    langs = list(MEMORY_LANGUAGES) if _CYRILLIC.search(text) else ["en"]
    hits: list[Hit] = []
    seen: set[tuple[str, str, str]] = set()  # the same pair in project and user memory
    for lang in langs:
        groups = [word_forms(w, lang) if lang != "en" else frozenset({w.lower()})
                  for w in words]
        pattern = _phrase_pattern(groups, prefix=lang == "en")
        for store in stores:
            for unit in _units(store, lang, groups, limit):
                where = unit.source if lang == "en" else unit.target
                found = pattern.search(where)
                key = (lang, unit.source, unit.target)
                if found and key not in seen:
                    seen.add(key)
                    hits.append(Hit(lang, unit, found.start(), found.end()))
                if len(hits) >= limit:
                    return hits
    return hits


def _units(store: MemoryStore, lang: str, groups: list[frozenset[str]], limit: int):
    column = "source" if lang == "en" else "target"
    star = "*" if lang == "en" else ""
    query = " AND ".join(
        "(" + " OR ".join(f'"{f.replace(chr(34), chr(34) * 2)}"{star}' for f in sorted(g)) + ")"
        for g in groups
    )
    sql = ("SELECT rowid FROM memory_fts WHERE memory_fts MATCH ? LIMIT ?")
    ids = [r[0] for r in store.conn.execute(sql, (f"{column} : ({query})", limit * 4))]
    if not ids:
        return []
    return [u for u in store.units_by_ids(ids) if lang == "en" or u.lang == lang]


def _phrase_pattern(groups: list[frozenset[str]], *, prefix: bool) -> re.Pattern[str]:
    tail = r"\w*" if prefix else ""
    parts = [
        "(?:" + "|".join(re.escape(f) for f in sorted(g, key=len, reverse=True)) + ")" + tail
        for g in groups
    ]
    return re.compile(r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)", re.IGNORECASE)
