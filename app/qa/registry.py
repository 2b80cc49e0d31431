"""Every QA check, registered once (the pofilter ``checks.py`` / LanguageTool rule list shape).

A *unit* check is a function ``(Unit, CheckContext) -> findings`` run on each cell; ``columns``
says whether it also runs on the English source column (text-only checks: invisible characters,
mixed scripts, repeated words). A *project* check sees every cell at once (consistency). Add a
check by writing its function and one line here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.documents.inline_codes import has_tags
from app.documents.tag_check import check_tags as tag_findings
from app.qa import findings as k
from app.qa.completeness_check import check_empty, check_length, check_untranslated
from app.qa.consistency_check import check_consistency
from app.qa.entity_check import check_entities
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
from app.qa.script_check import check_alphabet, check_invisible, check_mixed_scripts
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
class UnitCheck:
    name: str
    kinds: tuple[str, ...]
    run: PairCheck
    source_too: bool = False  # also check the English source column
    coded: bool = False  # sees the stored text with its inline codes (the tag check); runs
    # only on cells whose source or target has inline codes


@dataclass(frozen=True)
class WholeProjectCheck:
    name: str
    kinds: tuple[str, ...]
    run: ProjectCheck


UNIT_CHECKS: list[UnitCheck] = [
    UnitCheck("empty", (k.EMPTY,), check_empty),
    UnitCheck("untranslated", (k.UNTRANSLATED,), check_untranslated),
    UnitCheck("length", (k.LENGTH,), check_length),
    UnitCheck("numbers", (k.NUMBERS, k.UNITS, k.DATES), check_numbers),
    UnitCheck("end_punctuation", (k.PUNCTUATION,), check_end_punctuation),
    UnitCheck("brackets", (k.PUNCTUATION,), check_brackets),
    UnitCheck("quotes", (k.QUOTES,), check_quotes),
    UnitCheck("spaces", (k.SPACES,), check_spaces),
    UnitCheck("initial_capital", (k.CAPITALIZATION,), check_initial_capital),
    UnitCheck("repeated_words", (k.REPEATED_WORD,), check_repeated_words, source_too=True),
    UnitCheck("mixed_scripts", (k.MIXED_SCRIPT,), check_mixed_scripts, source_too=True),
    UnitCheck("alphabet", (k.WRONG_ALPHABET,), check_alphabet),
    UnitCheck("invisible", (k.INVISIBLE,), check_invisible, source_too=True),
    UnitCheck("entities", (k.ENTITIES,), check_entities),
    UnitCheck("spelling", (k.SPELLING,), check_spelling, source_too=True),
    UnitCheck("tags", (k.TAGS,), check_tags, coded=True),
]

PROJECT_CHECKS: list[WholeProjectCheck] = [
    WholeProjectCheck("consistency", (k.CONSISTENCY,), check_consistency),
]


def unit_checks() -> list[UnitCheck]:
    """The registered unit checks, in the order they run."""
    return list(UNIT_CHECKS)
