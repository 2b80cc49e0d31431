"""Diminutive and short forms of Russian and Ukrainian given names (Лёша, Алёша -> Алексей).

The curated table ``resources/names/diminutives.tsv`` is read on first use. Inflected forms are
resolved through morphology first, so the vocative Лёш finds Лёша and then Алексей; a
diminutive known only in the other language is mapped through the given-name equivalents
(Лёша in Ukrainian text -> Олексій).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from app.core.resources import resource_path
from app.names.given_names import name_key

DIMINUTIVES_FILE = ("names", "diminutives.tsv")
LANGUAGES = ("ru", "uk")


@dataclass
class _Table:
    full_by_short: dict[str, list[str]] = field(default_factory=dict)
    short_by_full: dict[str, list[str]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)


_lock = threading.Lock()
_tables: dict[str, _Table] | None = None


def _load() -> dict[str, _Table]:
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                tables = {lang: _Table() for lang in LANGUAGES}
                text = resource_path(*DIMINUTIVES_FILE).read_text(encoding="utf-8")
                rows = [line for line in text.splitlines() if line and not line.startswith("#")]
                for line in rows[1:]:
                    lang, full, gender, shorts = line.split("\t")
                    table = tables[lang]
                    table.gender[name_key(full)] = gender
                    forms = table.short_by_full.setdefault(name_key(full), [])
                    for short in shorts.split("|"):
                        forms.append(short)
                        names = table.full_by_short.setdefault(name_key(short), [])
                        if full not in names:
                            names.append(full)
                _tables = tables
    return _tables


def _check(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"Diminutives are known for 'ru' and 'uk', not {lang!r}.")


def _given_lemmas(word: str, lang: str) -> list[str]:
    """The word itself, then the nominatives of its given-name readings (Лёш -> Лёша)."""
    from app.names.morphology import analyze

    lemmas = [word]
    for parse in analyze(word, lang):
        if parse.kind == "given" and parse.lemma not in lemmas:
            lemmas.append(parse.lemma)
    return lemmas


def _own_full_names(word: str, lang: str) -> list[str]:
    table = _load()[lang]
    found: list[str] = []
    for lemma in _given_lemmas(word, lang):
        for full in table.full_by_short.get(name_key(lemma), []):
            if full not in found:
                found.append(full)
        if found:
            break
    return found


def full_names(diminutive: str, lang: str) -> list[str]:
    """Full given names (in ``lang``) that ``diminutive`` is a short form of; [] if none.

    ``full_names("Лёш", "ru") == ["Алексей"]``, ``full_names("Саша", "ru") == ["Александр",
    "Александра"]``, ``full_names("Лёша", "uk") == ["Олексій"]``.
    """
    _check(lang)
    found = _own_full_names(diminutive.strip(), lang)
    if found:
        return found
    other = "uk" if lang == "ru" else "ru"
    from app.names.given_names import translate

    result: list[str] = []
    for full in _own_full_names(diminutive.strip(), other):
        for equivalent in translate(full, other, lang)[:1]:
            if equivalent not in result:
                result.append(equivalent)
    return result


def diminutives_of(full: str, lang: str) -> list[str]:
    """Diminutive and short forms of the full given name ``full`` in ``lang`` (inflected ok)."""
    _check(lang)
    table = _load()[lang]
    for lemma in _given_lemmas(full.strip(), lang):
        forms = table.short_by_full.get(name_key(lemma))
        if forms:
            return list(forms)
    return []


def is_diminutive(word: str, lang: str) -> bool:
    return bool(full_names(word, lang))


def is_listed_short_form(word: str, lang: str) -> bool:
    """Whether ``word`` itself, uninflected, is a listed short form (Мишко, not Лёш)."""
    _check(lang)
    return name_key(word.strip()) in _load()[lang].full_by_short
