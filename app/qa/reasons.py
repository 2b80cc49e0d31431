"""The reason of each finding in plain words, keyed by its stable code.

Qt-free: the templates are English with ``%1``, ``%2`` for the finding's arguments. The window
translates them with ``QCoreApplication.translate("QaReasons", template)``;
``QT_TRANSLATE_NOOP`` below only marks them for ``pyside6-lupdate``, which reads that name.
"""

from __future__ import annotations

from collections.abc import Sequence

CONTEXT = "QaReasons"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    return text


REASONS: dict[str, str] = {
    "number_missing": QT_TRANSLATE_NOOP(
        "QaReasons", "The translation lacks the number %1 of the source."),
    "number_changed": QT_TRANSLATE_NOOP(
        "QaReasons", "This number is not in the source; the source has %1 here."),
    "number_added": QT_TRANSLATE_NOOP(
        "QaReasons", "This number is not in the source."),
    "number_format": QT_TRANSLATE_NOOP(
        "QaReasons", "Written the English way: Russian and Ukrainian separate thousands with a "
        "space and decimals with a comma."),
    "unit_missing": QT_TRANSLATE_NOOP(
        "QaReasons", "The source gives this number in %1; the translation does not say so."),
    "month_missing": QT_TRANSLATE_NOOP(
        "QaReasons", "The translation lacks the month %1 of the source's date."),
    "month_changed": QT_TRANSLATE_NOOP(
        "QaReasons", "The source's date is in %1, not in this month."),
    "end_mark_missing": QT_TRANSLATE_NOOP(
        "QaReasons", "The source ends with \u201c%1\u201d; the translation has no closing mark."),
    "end_mark_changed": QT_TRANSLATE_NOOP(
        "QaReasons", "The source ends with \u201c%1\u201d."),
    "end_mark_added": QT_TRANSLATE_NOOP(
        "QaReasons", "The source has no closing punctuation here."),
    "bracket_unpaired": QT_TRANSLATE_NOOP(
        "QaReasons", "This bracket has no partner."),
    "quote_unpaired": QT_TRANSLATE_NOOP(
        "QaReasons", "This quotation mark has no partner."),
    "quote_style": QT_TRANSLATE_NOOP(
        "QaReasons", "Russian and Ukrainian quote with \u00ab \u00bb (and \u201e \u201c "
        "inside)."),
    "double_space": QT_TRANSLATE_NOOP("QaReasons", "Two spaces in a row."),
    "leading_space": QT_TRANSLATE_NOOP("QaReasons", "Space at the start of the translation."),
    "trailing_space": QT_TRANSLATE_NOOP("QaReasons", "Space at the end of the translation."),
    "repeated_word": QT_TRANSLATE_NOOP("QaReasons", "\u201c%1\u201d is written twice."),
    "space_before_mark": QT_TRANSLATE_NOOP(
        "QaReasons", "A space before \u201c%1\u201d: Russian and Ukrainian put none there."),
    "space_after_mark_missing": QT_TRANSLATE_NOOP("QaReasons", "No space after \u201c%1\u201d."),
    "initial_lowercase": QT_TRANSLATE_NOOP(
        "QaReasons", "The source starts with a capital letter; the translation does not."),
    "empty_target": QT_TRANSLATE_NOOP("QaReasons", "The translation is empty."),
    "untranslated": QT_TRANSLATE_NOOP(
        "QaReasons", "The translation is the English source, untranslated."),
    "target_too_long": QT_TRANSLATE_NOOP(
        "QaReasons", "The translation is %1% of the source's length: is something repeated?"),
    "target_too_short": QT_TRANSLATE_NOOP(
        "QaReasons", "The translation is %1% of the source's length: is something missing?"),
    "mixed_script_cyrillic": QT_TRANSLATE_NOOP(
        "QaReasons", "Latin letters in the Cyrillic word \u201c%1\u201d: it looks right but "
        "breaks search."),
    "mixed_script_latin": QT_TRANSLATE_NOOP(
        "QaReasons", "Cyrillic letters in the Latin word \u201c%1\u201d: it looks right but "
        "breaks search."),
    "russian_letter": QT_TRANSLATE_NOOP(
        "QaReasons", "A Russian letter in the Ukrainian text (\u201c%1\u201d)."),
    "ukrainian_letter": QT_TRANSLATE_NOOP(
        "QaReasons", "A Ukrainian letter in the Russian text (\u201c%1\u201d)."),
    "invisible_character": QT_TRANSLATE_NOOP(
        "QaReasons", "An invisible character (%1)."),
    "url_missing": QT_TRANSLATE_NOOP("QaReasons", "The translation lacks this address."),
    "url_changed": QT_TRANSLATE_NOOP("QaReasons", "The source's address is %1."),
    "email_missing": QT_TRANSLATE_NOOP(
        "QaReasons", "The translation lacks this e-mail address."),
    "email_changed": QT_TRANSLATE_NOOP("QaReasons", "The source's e-mail address is %1."),
    "handle_missing": QT_TRANSLATE_NOOP("QaReasons", "The translation lacks this handle."),
    "handle_changed": QT_TRANSLATE_NOOP("QaReasons", "The source's handle is %1."),
    "hashtag_missing": QT_TRANSLATE_NOOP("QaReasons", "The translation lacks this hashtag."),
    "hashtag_changed": QT_TRANSLATE_NOOP("QaReasons", "The source's hashtag is %1."),
    "translated_two_ways": QT_TRANSLATE_NOOP(
        "QaReasons", "The same source is translated %1 ways in this project."),
    "same_translation": QT_TRANSLATE_NOOP(
        "QaReasons", "%1 different sources have this same translation."),
    "misspelled": QT_TRANSLATE_NOOP(
        "QaReasons", "Not a known word: check its spelling (or add it to the project "
        "dictionary)."),
    "tag_missing": QT_TRANSLATE_NOOP("QaReasons", "An inline code of the source is missing."),
}


def fill(template: str, args: Sequence[str]) -> str:
    """Put ``args`` into ``%1``, ``%2`` ... (highest number first, so %1 never eats %10)."""
    for number in range(len(args), 0, -1):
        template = template.replace(f"%{number}", args[number - 1])
    return template


def reason_text(code: str, args: Sequence[str] = ()) -> str:
    """The English reason (the command line and reports); an unknown code is shown as is."""
    template = REASONS.get(code)
    return fill(template, args) if template is not None else code
