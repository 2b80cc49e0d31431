"""Ukrainian <-> Russian equivalents of given names (Сергій <-> Сергей, Олексій <-> Алексей) and
their English spellings under every romanization scheme.

The pairs come from ``resources/names/given_names.tsv``, built by
``scripts/build_given_names.py`` from names-translator and filtered through the pymorphy3
dictionaries. The table is read on first use.
"""

from __future__ import annotations

import threading

from app.core.resources import resource_path
from app.names.romanize import romanize_all

GIVEN_NAMES_FILE = ("names", "given_names.tsv")

_lock = threading.Lock()
_index: dict[str, dict[str, list[str]]] | None = None


def name_key(name: str) -> str:
    return name.strip().lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def _load() -> dict[str, dict[str, list[str]]]:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                index: dict[str, dict[str, list[str]]] = {"uk": {}, "ru": {}}
                text = resource_path(*GIVEN_NAMES_FILE).read_text(encoding="utf-8")
                for line in text.splitlines()[1:]:
                    uk, _, ru = line.partition("\t")
                    if not ru:
                        continue
                    index["uk"].setdefault(name_key(uk), [uk]).append(ru)
                    index["ru"].setdefault(name_key(ru), [ru]).append(uk)
                _index = index
    return _index


def _other(lang: str) -> str:
    if lang not in ("uk", "ru"):
        raise ValueError(f"Given-name equivalents exist for 'uk' and 'ru', not {lang!r}.")
    return "ru" if lang == "uk" else "uk"


def _lookup(name: str, lang: str) -> list[str] | None:
    """[own spelling, equivalents...] for a nominative name, or via its nominative."""
    index = _load()[lang]
    found = index.get(name_key(name))
    if found is None:
        from app.names.morphology import analyze

        for parse in analyze(name, lang):
            if parse.kind == "given":
                found = index.get(name_key(parse.lemma))
                if found is not None:
                    break
    return found


def equivalents(name: str, lang: str) -> dict[str, list[str]]:
    """Forms of the given name ``name`` (written in ``lang``) in Ukrainian, Russian and English.

    Returns ``{"uk": [...], "ru": [...], "en": [...]}``; the most usual equivalent comes first
    and the English list holds every romanization of every form (Serhii, Serhiy, Sergei,
    Sergey, ...). Unknown names give their own form and its romanizations only.
    """
    other = _other(lang)
    found = _lookup(name, lang)
    own = [found[0]] if found else [name.strip()]
    result: dict[str, list[str]] = {lang: own, other: list(dict.fromkeys(found[1:])) if found
                                    else []}
    spellings: list[str] = []
    for code in ("uk", "ru"):
        for form in result[code]:
            spellings.extend(romanize_all(form, code).values())
    result["en"] = list(dict.fromkeys(spellings))
    return {"uk": result["uk"], "ru": result["ru"], "en": result["en"]}


def translate(name: str, source: str, target: str) -> list[str]:
    """Equivalents of ``name`` from ``source`` in ``target`` ("uk" or "ru"), best first."""
    if source == target:
        return [name]
    return equivalents(name, source)[target]
