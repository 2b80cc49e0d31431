"""The reason of each name flag in plain words, keyed by a stable code.

Qt-free, like ``app.qa.reasons``: the templates are English with ``%1``, ``%2`` for the flag's
arguments (names, Cyrillic forms, years). A flag carries its English ``reason`` (the command
line, reports, the audit trail) and ``reason_parts``: the (code, arguments) pairs it was made
from, one per sentence group, so the window can show the reason in the interface language
(``QCoreApplication.translate("NameReasons", template)`` in app/ui/flag_presentation.py).
``QT_TRANSLATE_NOOP`` only marks the templates for ``pyside6-lupdate``.
"""

from __future__ import annotations

from typing import Any

from app.qa.reasons import fill

CONTEXT = "NameReasons"

ReasonPart = tuple[str, tuple[str, ...]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    return text


REASONS: dict[str, str] = {
    # places (app/names/place_rules.py)
    "place_russian_name": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 romanizes the Russian name %2; %3 in the official Ukrainian system "
        "(KMU 2010) is %4."),
    "place_russian_derived": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the Russian-derived English name of %2 (%3 in Ukrainian); the official "
        "Ukrainian romanization (KMU 2010) is %2."),
    "place_russian_derived_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the Russian-derived English name of %2 (%3 in Ukrainian, %4 in "
        "Russian); the official Ukrainian romanization (KMU 2010) is %2."),
    "place_other_romanization": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is another romanization of the Ukrainian name %2; the official Ukrainian "
        "system (KMU 2010) gives %3."),
    "place_renamed_several": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is a former name of several places in Ukraine, now %2; the text does not "
        "say which one, so check the place before replacing the name."),
    "place_renamed_until": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is a former name (until %2) of %3; the place is now officially %4, %3 in "
        "the official Ukrainian system (KMU 2010)."),
    "place_renamed": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is a former name (no longer official) of %2; the place is now officially "
        "%3, %2 in the official Ukrainian system (KMU 2010)."),
    "place_marks": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 marks letters the official Ukrainian system (KMU 2010) does not mark (soft "
        "sign, diacritics); %2 is %3."),
    # second look (app/names/flag_review.py)
    "review_organisation": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is part of the name %2; organisations and works keep their registered or "
        "published names."),
    "review_quotation": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is inside a quotation, which keeps the speaker's spelling."),
    "review_renaming_cited": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is cited as the former name in a text about the renaming."),
    "review_place_itself": QT_TRANSLATE_NOOP(
        CONTEXT, "The place itself is %1 in the official Ukrainian system (KMU 2010)."),
    # consistency (app/names/consistency_rules.py)
    "same_place_two_spellings": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 and %2 name the same place in this text; use one spelling (%2 is the "
        "canonical or most used one)."),
    "text_also_writes": QT_TRANSLATE_NOOP(CONTEXT, "This text also writes %1."),
    "same_person_two_spellings_once": QT_TRANSLATE_NOOP(
        CONTEXT, "This text spells the same person two ways: %1 here, %2 once elsewhere. Use "
        "one spelling (the person's own, if known)."),
    "same_person_two_spellings": QT_TRANSLATE_NOOP(
        CONTEXT, "This text spells the same person two ways: %1 here, %2 %3 times elsewhere. "
        "Use one spelling (the person's own, if known)."),
    # people (app/names/person_rules.py)
    "given_name_scheme": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 and %2 both romanize the Ukrainian name %3: %1 follows %4, %2 is the "
        "official Ukrainian system (KMU 2010). Keep the spelling this person uses; the editor "
        "decides."),
    "given_name_common": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 and %2 both romanize the Ukrainian name %3: %1 is a common English "
        "spelling, %2 is the official Ukrainian system (KMU 2010). Keep the spelling this "
        "person uses; the editor decides."),
    "vocative_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the Russian vocative (the form used to address someone) of %2 (%3 -> "
        "%4); English uses the nominative %2."),
    "vocative_uk": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the Ukrainian vocative (the form used to address someone) of %2 (%3 -> "
        "%4); English uses the nominative %2."),
    "surname_case_form": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 looks like a Russian case form of the surname %2, which this text also "
        "uses for the same person; English uses the nominative %2. If %1 is a woman's surname, "
        "keep it."),
    "place_case_form": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 looks like a Russian case form of %2, which this text also writes; English "
        "uses the nominative %2."),
    # glossary (app/names/glossary_rules.py); %3 is the glossary's own note, as written there
    "glossary_forbidden": QT_TRANSLATE_NOOP(CONTEXT, "The glossary forbids %1. %3"),
    "glossary_forbidden_use": QT_TRANSLATE_NOOP(CONTEXT, "The glossary forbids %1; use %2. %3"),
    "glossary_deprecated": QT_TRANSLATE_NOOP(CONTEXT, "The glossary marks as deprecated %1. %3"),
    "glossary_deprecated_use": QT_TRANSLATE_NOOP(
        CONTEXT, "The glossary marks as deprecated %1; use %2. %3"),
    # translations (app/names/translation_rules.py)
    "wrong_language_form_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the Ukrainian form (%2); the Russian name of this place is %3."),
    "wrong_language_form_uk": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the Russian form (%2); the Ukrainian name of this place is %3."),
    "wrong_letters_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is spelled with Ukrainian letters that Russian does not use."),
    "wrong_letters_uk": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is spelled with Russian letters that Ukrainian does not use."),
    "mangled_name": QT_TRANSLATE_NOOP(CONTEXT, "%1 looks like a misspelling of %2."),
    "mangled_name_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 looks like a misspelling of %2 (%3 in Russian)."),
    "mangled_name_uk": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 looks like a misspelling of %2 (%3 in Ukrainian)."),
    "dropped_name_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "The Russian translation does not mention %1."),
    "dropped_name_uk": QT_TRANSLATE_NOOP(
        CONTEXT, "The Ukrainian translation does not mention %1."),
    "dropped_name_form_ru": QT_TRANSLATE_NOOP(
        CONTEXT, "The Russian translation does not mention %1 (%2)."),
    "dropped_name_form_uk": QT_TRANSLATE_NOOP(
        CONTEXT, "The Ukrainian translation does not mention %1 (%2)."),
}


def english(parts: tuple[ReasonPart, ...]) -> str:
    """The English reason of ``parts`` (sentence groups joined by a space)."""
    return " ".join(fill(REASONS[code], args).strip() for code, args in parts)


def why(code: str, *args: Any) -> dict[str, Any]:
    """``reason`` and ``reason_parts`` keyword arguments for a Flag: ``Flag(..., **why(...))``."""
    parts = ((code, tuple(str(a) for a in args)),)
    return {"reason": english(parts), "reason_parts": parts}


def with_more(first: Any, more: tuple[ReasonPart, ...], more_text: str) -> dict[str, Any]:
    """The keyword arguments of ``first``'s reason followed by another one (``more`` with its
    English ``more_text``), for ``dataclasses.replace``."""
    return {"reason": f"{first.reason} {more_text}".strip(),
            "reason_parts": (*first.reason_parts, *more) if first.reason_parts and more else ()}
