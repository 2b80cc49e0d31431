"""Fast recognition of Latin spellings of Slavic given names and surnames.

The Latin -> Cyrillic candidate search is thorough but costs milliseconds per word; a long
document has thousands of distinct capitalised words. Here:

- given names come from an index built once from the given-name and diminutive tables: every
  romanization of every Russian and Ukrainian form, by spelling key (Andriy, Andrii -> Андрій;
  Lyosha -> Лёша);
- surnames are recognised by one greedy Russian reading of the Latin spelling checked against
  the morphology dictionary (Putin -> Путин: Surn; Lysenko -> Лысенко: Surn).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.core.resources import resource_path
from app.names.spelling_key import spelling_key

GIVEN_NAMES_FILE = ("names", "given_names.tsv")
DIMINUTIVES_FILE = ("names", "diminutives.tsv")

Romanizer = Callable[[str, str], Iterable[str]]


def _table_forms() -> list[tuple[str, str]]:
    """(lang, Cyrillic nominative) for every given name and diminutive in the tables."""
    forms: list[tuple[str, str]] = []
    text = resource_path(*GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        uk, _, ru = line.partition("\t")
        if uk.strip():
            forms.append(("uk", uk.strip()))
        if ru.strip():
            forms.append(("ru", ru.strip()))
    text = resource_path(*DIMINUTIVES_FILE).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in rows[1:]:
        fields = line.split("\t")
        if len(fields) < 4:
            continue
        lang, full, _, shorts = fields[:4]
        forms.append((lang, full))
        forms.extend((lang, short) for short in shorts.split("|") if short)
    return list(dict.fromkeys(forms))


def build_given_index(romanize: Romanizer) -> dict[str, tuple[tuple[str, str], ...]]:
    """Spelling key -> ((lang, Cyrillic name), ...) over every romanization of every form."""
    index: dict[str, list[tuple[str, str]]] = {}
    for lang, form in _table_forms():
        for latin in romanize(form, lang):
            entries = index.setdefault(spelling_key(latin), [])
            if (lang, form) not in entries:
                entries.append((lang, form))
    return {key: tuple(entries) for key, entries in index.items()}


_GREEDY = (
    ("shch", "щ"), ("sch", "щ"), ("skiy", "ский"), ("skyi", "ский"), ("skyy", "ский"),
    ("sky", "ский"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tch", "ч"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iu", "ю"), ("ia", "я"),
    ("iy", "ий"), ("yi", "ый"), ("ei", "ей"), ("ey", "ей"), ("ai", "ай"), ("ay", "ай"),
    ("oi", "ой"), ("oy", "ой"), ("ui", "уй"), ("x", "кс"), ("a", "а"), ("b", "б"), ("c", "к"),
    ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "й"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("y", "ы"),
    ("z", "з"), ("'", "ь"), ("’", "ь"),
)
_GREEDY_RE = re.compile("|".join(re.escape(latin) for latin, _ in _GREEDY))
_GREEDY_MAP = dict(_GREEDY)


def greedy_russian(latin: str) -> str | None:
    """One Russian reading of a Latin name ("Shoigu" -> "Шоигу"), or None if not plain Latin."""
    lower = latin.lower()
    if not lower.isascii() or not lower.replace("'", "").isalpha():
        return None
    cyrillic = _GREEDY_RE.sub(lambda m: _GREEDY_MAP[m.group()], lower)
    return cyrillic[:1].upper() + cyrillic[1:]
