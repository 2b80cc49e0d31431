"""Language tags found in exchange files (XLIFF ``source-language``/``trgLang``, the PO
``Language:`` header) checked against what Review Desk translates: English into Russian or
Ukrainian. ``ru-RU``, ``uk_UA``, ``RU`` all count."""

from __future__ import annotations

import re
from pathlib import PurePath

from app.core.model import SOURCE_LANGUAGE, TARGET_LANGUAGES
from app.documents.model import DocumentFormatError

_NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "de": "German", "fr": "French",
          "es": "Spanish", "it": "Italian", "pl": "Polish", "be": "Belarusian"}


def primary(tag: str | None) -> str:
    """``"ru"`` for ``ru-RU``, ``ru_RU``, ``RU``, ``ru@petr1708``; ``""`` for nothing."""
    if not tag:
        return ""
    return re.split(r"[-_@.]", tag.strip(), maxsplit=1)[0].lower()


def _named(tag: str) -> str:
    code = primary(tag)
    name = _NAMES.get(code)
    return f"{name} ({tag})" if name else repr(tag)


def check_source(tag: str | None, filename: str) -> None:
    """Refuse a file whose source language is given and is not English."""
    if tag and primary(tag) != SOURCE_LANGUAGE:
        raise DocumentFormatError(
            f"{filename}: its source language is {_named(tag)}. Review Desk translates "
            "English texts into Russian and Ukrainian; nothing was imported. Ask for the file "
            "with English as its source language."
        )


def check_target(tag: str | None, filename: str) -> str | None:
    """``"ru"``/``"uk"`` for a target language tag, None when there is none; refuses any
    other language."""
    if not tag or not tag.strip():
        return None
    code = primary(tag)
    if code not in TARGET_LANGUAGES:
        raise DocumentFormatError(
            f"{filename}: its target language is {_named(tag)}. Review Desk translates into "
            "Russian (ru) and Ukrainian (uk) only; nothing was imported. Ask for the file with "
            "ru or uk as its target language (or without a target language)."
        )
    return code


def from_filename(filename: str) -> str | None:
    """The target language a file's name gives, the way CMSs and frameworks name them
    (``messages.ru.xlf``, ``ru.locallang.xlf``, ``news_uk.po``, ``uk-UA.vtt``); None when the
    name gives none or both."""
    words = set(re.split(r"[-_.\s]+", PurePath(filename).name.lower()))
    found = [code for code in TARGET_LANGUAGES if code in words]
    return found[0] if len(found) == 1 else None
