"""Find names in Russian and Ukrainian text and bring every form to its nominative.

Capitalised Cyrillic words are analysed with the morphology dictionaries (through the cached
:class:`~app.names.name_data.NameData`): Києві -> Київ, Киеве -> Киев, Лёшу/Лёш -> Лёша,
Хохловой -> Хохлова (the gender is kept). A capitalised word the dictionaries do not know as a
name is kept as it stands unless it only starts a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.names.name_data import NameData

_WORD = re.compile(r"[\u0400-\u04ff]+(?:['’ʼ\-][\u0400-\u04ff]+)*")
_SENTENCE_END = frozenset(".!?…:;\"“”«»—–\n(")
NAME_KINDS = frozenset({"given", "surname", "patronymic", "place", "org"})


@dataclass(frozen=True)
class CyrillicMention:
    text: str
    start: int
    end: int
    lang: str
    nominative: str
    kind: str  # "given" | "surname" | "patronymic" | "place" | "org" | "name"
    gender: str | None
    case: str
    sentence_initial: bool


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def find_cyrillic_mentions(text: str, lang: str, data: NameData) -> list[CyrillicMention]:
    """Capitalised Cyrillic words that name someone or something, with their nominatives."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[:1].isupper() or len(word) < 2:
            continue
        initial = _sentence_start(text, match.start())
        parses = data.analyze(word, lang)
        if parses:
            best = parses[0]
            found.append(
                CyrillicMention(
                    word, match.start(), match.end(), lang, best.lemma, best.kind,
                    best.gender, best.case, initial,
                )
            )
        elif not initial and not (len(word) > 1 and word.isupper() and len(word) <= 4):
            found.append(
                CyrillicMention(
                    word, match.start(), match.end(), lang, word, "name", None, "", initial
                )
            )
    return found


def cyrillic_words(text: str) -> list[tuple[str, int, int]]:
    """Every Cyrillic word with its offsets (for stem checks on adjectives: киевские)."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
