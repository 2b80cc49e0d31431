"""Every QA check, registered once (the pofilter ``checks.py`` / LanguageTool rule list shape).

A *unit* check is a function ``(Unit, CheckContext) -> findings`` run on each cell; ``columns``
says whether it also runs on the English source column (text-only checks: invisible characters,
mixed scripts, repeated words). A *project* check sees every cell at once (consistency). Add a
check by writing its function and one line here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from app.documents.inline_codes import has_tags
from app.documents.tag_check import check_tags as tag_findings
from app.qa import findings as k
from app.qa.completeness_check import check_empty, check_length, check_untranslated
from app.qa.consistency_check import check_consistency
from app.qa.entity_check import MAYBE_ENTITY, check_entities
from app.qa.findings import Finding
from app.qa.number_check import check_numbers
from app.qa.punctuation_check import (
    check_brackets,
    check_end_punctuation,
    check_initial_capital,
    check_quotes,
    check_repeated_words,
    check_spaces,
)
from app.qa.script_check import (
    INVISIBLE_PATTERN,
    check_alphabet,
    check_invisible,
    check_mixed_scripts,
)
from app.qa.spelling import check_spelling
from app.qa.unit import CheckContext, PairCheck, ProjectCheck, Unit


def check_tags(unit: Unit, context: CheckContext) -> Iterator[Finding]:
    """The documents' tag check (app/documents/tag_check.py) as a QA check: missing, extra,
    duplicated and misordered inline codes, offsets into the coded target."""
    if unit.lang == "en" or not (has_tags(unit.source) or has_tags(unit.target)):
        return
    for item in tag_findings(unit.source, unit.target):
        yield Finding(unit.lang, item.kind, item.severity, item.start, item.end, item.text,
                      item.suggestion, item.reason)


@dataclass(frozen=True)
class Needs:
    r"""A necessary condition of a check: it finds nothing in a cell unless ``pattern`` is
    found in the cell's ``text`` (the translation; the source when the source column itself is
    checked), in its ``source``, or in ``either``. The runner scans a block of cells at once
    and runs the check only on the cells that pass (most cells have no quote, no bracket, no
    Latin letter ...). ``\x00`` stands for the text's edges (``(?<=\x00)\s``: a leading space);
    otherwise keep the pattern to characters inside one text. ``check_unit`` ignores these, so
    the guard test proves every condition on real text."""

    pattern: str
    where: Literal["text", "source", "either"] = "text"


@dataclass(frozen=True)
class UnitCheck:
    name: str
    kinds: tuple[str, ...]
    run: PairCheck
    source_too: bool = False  # also check the English source column
    coded: bool = False  # sees the stored text with its inline codes (the tag check); runs
    # only on cells whose source or target has inline codes
    needs: tuple[Needs, ...] = ()  # all must hold (see Needs)


@dataclass(frozen=True)
class WholeProjectCheck:
    name: str
    kinds: tuple[str, ...]
    run: ProjectCheck


#: Latin and Cyrillic letters (script_check's ranges), both needed for a mixed word.
_LATIN = Needs(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = Needs(r"[\u0400-\u052f]")

UNIT_CHECKS: list[UnitCheck] = [
    UnitCheck("empty", (k.EMPTY,), check_empty),
    # the source's lower-case English words, unchanged
    UnitCheck("untranslated", (k.UNTRANSLATED,), check_untranslated, needs=(Needs("[a-z]"),)),
    UnitCheck("length", (k.LENGTH,), check_length),
    # a number or a date needs a digit in the source (month names count only next to one)
    # or the translation (a number added)
    UnitCheck("numbers", (k.NUMBERS, k.UNITS, k.DATES), check_numbers,
              needs=(Needs(r"\d", "either"),)),
    UnitCheck("end_punctuation", (k.PUNCTUATION,), check_end_punctuation),
    UnitCheck("brackets", (k.PUNCTUATION,), check_brackets, needs=(Needs(r"[()\[\]{}]"),)),
    UnitCheck("quotes", (k.QUOTES,), check_quotes, needs=(Needs("[«»„“”\"]"),)),
    # a double space, a space before a mark, a mark glued to a word, a space at an edge
    UnitCheck("spaces", (k.SPACES,), check_spaces, needs=(Needs(
        r"  |[ \u00a0][,.;:!?]|[,;][^\W\d_]|(?<=\x00)\s|\s(?=\x00)"),)),
    # the translation's first letter is a small Cyrillic one
    UnitCheck("initial_capital", (k.CAPITALIZATION,), check_initial_capital,
              needs=(Needs(r"(?<=\x00)[\W\d_]*[а-яёіїєґ]"),)),
    UnitCheck("repeated_words", (k.REPEATED_WORD,), check_repeated_words, source_too=True),
    UnitCheck("mixed_scripts", (k.MIXED_SCRIPT,), check_mixed_scripts, source_too=True,
              needs=(_LATIN, _CYRILLIC)),
    UnitCheck("alphabet", (k.WRONG_ALPHABET,), check_alphabet),  # ы and і are everywhere
    UnitCheck("invisible", (k.INVISIBLE,), check_invisible, source_too=True,
              needs=(Needs(INVISIBLE_PATTERN),)),
    # an address, a handle or a hashtag of the source
    UnitCheck("entities", (k.ENTITIES,), check_entities,
              needs=(Needs(MAYBE_ENTITY, "source"),)),
    UnitCheck("spelling", (k.SPELLING,), check_spelling, source_too=True),
    UnitCheck("tags", (k.TAGS,), check_tags, coded=True),
]

PROJECT_CHECKS: list[WholeProjectCheck] = [
    WholeProjectCheck("consistency", (k.CONSISTENCY,), check_consistency),
]


def unit_checks() -> list[UnitCheck]:
    """The registered unit checks, in the order they run."""
    return list(UNIT_CHECKS)
