"""The project dictionary: words the spelling check accepts in this project, with audit events."""

from __future__ import annotations

import sqlite3

from app.storage.database import ProjectDatabase, now
from app.storage.project_repo import ProjectRepository


def normalize_word(word: str) -> str:
    """The key a word is stored and looked up by: casefolded, apostrophes unified."""
    return word.strip().replace("’", "'").replace("ʼ", "'").casefold()


class ProjectDictionaryRepository:
    def __init__(self, pdb: ProjectDatabase) -> None:
        self.pdb = pdb
        self.conn: sqlite3.Connection = pdb.conn

    def words(self, lang: str | None = None) -> dict[str, set[str]]:
        """{lang: {normalized word, ...}} (one language when ``lang`` is given)."""
        query = "SELECT lang, norm FROM project_words"
        args: tuple = ()
        if lang is not None:
            query += " WHERE lang = ?"
            args = (lang,)
        found: dict[str, set[str]] = {}
        for row_lang, norm in self.conn.execute(query, args):
            found.setdefault(row_lang, set()).add(norm)
        return found

    def glossary_words(self) -> dict[str, set[str]]:
        """{lang: {term text, ...}} of the glossary's preferred and admitted terms (names and
        terms the editors approved are never misspelled)."""
        found: dict[str, set[str]] = {}
        for lang, text in self.conn.execute(
                "SELECT lang, text FROM terms WHERE status IN ('preferred', 'admitted')"):
            found.setdefault(lang, set()).add(text)
        return found

    def add(self, word: str, lang: str, *, who: str | None = None,
            segment_id: int | None = None) -> bool:
        """Accept ``word`` in ``lang``; False if it already was. One ``qa.dictionary_add``
        event (with the cell it was added from, if any)."""
        word = word.strip()
        if not word:
            raise ValueError("an empty word cannot be added to the project dictionary")
        at = now()
        with self.pdb.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO project_words(lang, word, norm, added_by, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (lang, word, normalize_word(word), who, at),
            )
            if cur.rowcount == 0:
                return False
            ProjectRepository._event(conn, who, "qa.dictionary_add", segment_id, lang, None,
                                     {"word": word}, at)
        return True

    def remove(self, word: str, lang: str, *, who: str | None = None) -> bool:
        """Stop accepting ``word``; False if it was not there. One ``qa.dictionary_remove``."""
        at = now()
        with self.pdb.transaction() as conn:
            cur = conn.execute("DELETE FROM project_words WHERE lang = ? AND norm = ?",
                               (lang, normalize_word(word)))
            if cur.rowcount == 0:
                return False
            ProjectRepository._event(conn, who, "qa.dictionary_remove", None, lang,
                                     {"word": word}, None, at)
        return True
