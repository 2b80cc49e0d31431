"""A tiny in-memory glossary implementing :class:`app.names.glossary_rules.GlossaryLookup`.

A legitimate test double for the glossary store (issue 5): entries are (language, term,
status, preferred term).
"""

from __future__ import annotations

from app.names.glossary_rules import GlossaryHit


class InMemoryGlossary:
    def __init__(self, entries: list[tuple[str, str, str, str | None]]):
        self._entries = {
            (lang, term.casefold()): GlossaryHit(term, status, preferred, f"glossary:{preferred}")
            for lang, term, status, preferred in entries
        }
        self.asked: list[tuple[str, str]] = []

    def preferred(self, text: str, lang: str) -> GlossaryHit | None:
        self.asked.append((text, lang))
        return self._entries.get((lang, text.casefold()))
