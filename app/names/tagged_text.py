"""Names in coded text: the checker reads text without inline tags, offsets come back coded.

A segment from a Word or HTML document carries its inline formatting as tag characters
(``app.documents.inline_codes``): "<b>Kiev</b>" is "\\ue001Kiev\\ue401". The rules see the
tag-free text, so a tag never splits or hides a name, and every flag and mention is mapped back
to offsets in the stored text (``PlainText.coded_span``), where the grid underlines it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.documents.inline_codes import PlainText, has_tags, plain_with_offsets

if TYPE_CHECKING:
    from app.names.checker import SegmentText
    from app.names.findings import SegmentCheckResult

LANGS = ("en", "ru", "uk")


def without_tags(text: SegmentText) -> tuple[SegmentText, dict[str, PlainText]]:
    """The segment's texts without tags, and for each text that had tags the way back."""
    from app.names.checker import SegmentText

    maps: dict[str, PlainText] = {}
    plain: dict[str, str | None] = {}
    for lang in LANGS:
        value = getattr(text, lang)
        if value and has_tags(value):
            maps[lang] = plain_with_offsets(value)
            value = maps[lang].text
        plain[lang] = value
    if not maps:
        return text, maps
    return SegmentText(plain["en"] or "", plain["ru"], plain["uk"]), maps


def with_coded_offsets(result: SegmentCheckResult, text: SegmentText,
                       maps: dict[str, PlainText]) -> SegmentCheckResult:
    """``result`` with every flag and mention of a tagged text pointing into that text."""
    if not maps:
        return result
    for column in (result.en, result.ru, result.uk):
        column.flags = [_mapped(item, text, maps) for item in column.flags]
        column.mentions = [_mapped(item, text, maps) for item in column.mentions]
    return result


def _mapped(item, text: SegmentText, maps: dict[str, PlainText]):
    plain = maps.get(item.lang)
    if plain is None:
        return item
    start, end = plain.coded_span(item.start, item.end)
    return replace(item, start=start, end=end, text=getattr(text, item.lang)[start:end])
