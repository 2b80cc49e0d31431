"""Reading TMX (1.1 to 1.4b) as a stream of English -> Russian/Ukrainian pairs.

lxml ``iterparse`` through ``app.formats.safe_xml`` (no entities, no DTD, no network): each
``<tu>`` is read when it ends and then freed, so a million units never sit in memory (a
translate-toolkit ``tmxfile`` builds the whole tree; see benchmarks/translation_memory.py).
Languages are matched on their primary subtag, any case: ``EN-US``, ``en_GB`` are English,
``ru-RU``, ``RU`` Russian, ``uk-UA`` Ukrainian; ``lang`` (TMX 1.1) and ``xml:lang`` both work.
Inline codes become Review Desk's one-character tags: ``<bpt i=n>``/``<ept i=n>`` a pair,
``<ph>``, ``<it>``, ``<ut>`` an isolated tag, numbered alike in source and target; the native
code inside them is dropped and ``<hi>`` keeps its text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from app.core.glossary_model import GlossaryFormatError
from app.documents.inline_codes import (
    MAX_CODE,
    RESERVED_PATTERN,
    close_tag,
    isolated_tag,
    open_tag,
    sanitize,
)
from app.formats.safe_xml import iter_elements
from app.memory.model import MEMORY_LANGUAGES, TMXError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ISOLATED = {"ph", "it", "ut", "x"}
_OMEGAT_TAG = re.compile(r"</?[a-z]+\d+/?>", re.IGNORECASE)  # OmegaT's shortcut tags: <f0>


class TMXPair(NamedTuple):  # a tuple: a million of them are made per import
    lang: str
    source: str
    target: str
    reviewer: str | None
    changed_at: str | None
    previous: str | None = None
    following: str | None = None


@dataclass
class TMXUnit:
    """One ``<tu>``: its pairs, or why it gives none."""

    pairs: list[TMXPair]
    languages: list[str] = field(default_factory=list)  # primary subtags of every tuv


@dataclass
class TMXHeader:
    creation_tool: str | None = None
    source_language: str | None = None


def primary_language(tag: str | None) -> str:
    return (tag or "").strip().replace("_", "-").split("-")[0].lower()


_PRIMARY: dict[str | None, str] = {}  # language attribute -> primary subtag (a file has few)


@lru_cache(maxsize=4096)
def tmx_date(value: str | None) -> str | None:
    """TMX's ``YYYYMMDDThhmmssZ`` as ISO 8601 UTC (None when absent or malformed).

    Sliced by hand: ``datetime.strptime`` costs more than the rest of reading a unit.
    """
    if not value:
        return None
    v = value.strip()
    if len(v) != 16 or v[8] != "T" or v[15] != "Z" or not (v[:8] + v[9:15]).isdigit():
        return None
    return f"{v[:4]}-{v[4:6]}-{v[6:8]}T{v[9:11]}:{v[11:13]}:{v[13:15]}.000+00:00"


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def read_tmx(path: Path | str, header: TMXHeader | None = None) -> Iterator[TMXUnit]:
    """Every ``<tu>`` of the file in order. Raises TMXError for unsafe or malformed XML."""
    path = Path(path)
    try:
        for name, element in iter_elements(path, ("header", "tu")):
            if name == "tu":
                yield _unit(element)
            elif name == "root":
                if etree.QName(element).localname != "tmx":
                    raise TMXError(
                        f"{path.name} is not a TMX file (its root element is "
                        f"<{etree.QName(element).localname}>). Export a TMX from the other tool "
                        "and import that."
                    )
            elif header is not None:
                header.creation_tool = element.get("creationtool")
                header.source_language = element.get("srclang")
    except GlossaryFormatError as exc:
        raise TMXError(str(exc)) from exc
    except OSError as exc:
        raise TMXError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def _unit(tu: etree._Element) -> TMXUnit:
    """One ``<tu>``. This runs once per unit of files with millions of them: attribute reads
    and tag tests are inlined rather than spread over small helpers."""
    numbers: dict[tuple[str, str], int] = {}
    variants: list[tuple[str, str, etree._Element]] = []
    props: dict[str | None, str] | None = None
    for tuv in tu:
        tag = tuv.tag
        if tag != "tuv" and (not isinstance(tag, str) or tag.rpartition("}")[2] != "tuv"):
            if isinstance(tag, str) and tag.rpartition("}")[2] == "prop":
                if props is None:
                    props = {}
                props[tuv.get("type")] = tuv.text or ""
            continue
        attr = tuv.get(XML_LANG) or tuv.get("lang")
        lang = _PRIMARY.get(attr)
        if lang is None:
            lang = _PRIMARY.setdefault(attr, primary_language(attr))
        for seg in tuv:
            tag = seg.tag
            if tag == "seg" or (isinstance(tag, str) and tag.rpartition("}")[2] == "seg"):
                if len(seg):
                    text = _coded(seg, numbers)
                else:  # plain text, the usual case
                    text = seg.text or ""
                    if not text.isascii() and RESERVED_PATTERN.search(text):
                        text = sanitize(text)[0]
                variants.append((lang, text, tuv))
                break
    languages = [v[0] for v in variants]
    source = None
    for lang, text, _ in variants:
        if lang == "en" and text and not text.isspace():  # isspace: no stripped copy made
            source = text
            break
    if source is None:
        return TMXUnit([], languages)
    tu_reviewer = tu.get("changeid") or tu.get("creationid")
    tu_date = tu.get("changedate") or tu.get("creationdate")
    previous = following = None
    if props is not None:
        previous, following = unit_context(props)
    pairs = []
    for lang, text, tuv in variants:
        if lang not in MEMORY_LANGUAGES or not text or text.isspace():
            continue
        pairs.append(TMXPair(
            lang, source, text,
            tuv.get("changeid") or tuv.get("creationid") or tu_reviewer,
            tmx_date(tuv.get("changedate") or tuv.get("creationdate") or tu_date),
            previous, following,
        ))
    return TMXUnit(pairs, languages)


def unit_context(props: dict[str | None, str]) -> tuple[str | None, str | None]:
    """The neighbouring sources a ``<tu>``'s props give (for 101% context matches):
    ``x-context-pre``/``x-context-post`` (Okapi, Review Desk's export) or OmegaT's ``prev``/
    ``next`` (its alternative translations), whose OmegaT tags (``<br0/>``, ``<f0>``) are
    dropped as the memory drops tags from every text it compares."""
    if "x-context-pre" in props or "x-context-post" in props:
        return props.get("x-context-pre"), props.get("x-context-post")
    previous, following = props.get("prev"), props.get("next")
    return (previous if previous is None else _OMEGAT_TAG.sub("", previous),
            following if following is None else _OMEGAT_TAG.sub("", following))


def _coded(seg: etree._Element, numbers: dict[tuple[str, str], int]) -> str:
    """The text of a ``<seg>`` with inline codes as tag characters."""
    if not len(seg):  # plain text, the usual case
        return _clean(seg.text or "")
    parts = [_clean(seg.text or "")]
    ordinal = Counter[str]()
    for child in seg:
        name = _local(child)
        if name:
            if name in ("bpt", "ept"):
                number = _number(numbers, ("pair", child.get("i") or ""))
                parts.append(open_tag(number) if name == "bpt" else close_tag(number))
            elif name in _ISOLATED:
                ordinal[name] += 1
                key = child.get("x") or f"{name}{ordinal[name]}"
                parts.append(isolated_tag(_number(numbers, ("x", key))))
            elif name == "hi":
                parts.append(_coded(child, numbers))
        parts.append(_clean(child.tail or ""))
    return "".join(parts)


def _clean(text: str) -> str:
    return sanitize(text)[0] if RESERVED_PATTERN.search(text) else text


def _number(numbers: dict[tuple[str, str], int], key: tuple[str, str]) -> int:
    if key not in numbers:
        numbers[key] = min(len(numbers) + 1, MAX_CODE)
    return numbers[key]
