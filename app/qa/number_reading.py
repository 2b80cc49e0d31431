"""Numbers as English and as Russian/Ukrainian write them, with their values.

English: ``1,000.5`` (comma groups, decimal point). Russian and Ukrainian: ``1 000,5`` (groups
separated by a space, a no-break space U+00A0, a narrow no-break space U+202F or a thin space
U+2009; decimal comma); four-digit numbers are often written without a separator (``2024``,
``2500``). A target written the English way keeps its value but gets a format warning.

A number also has a *scaled* value when a magnitude word follows it (``1.5 million`` = 1,5 млн
= 1 500 000), and numbers may be written as words (``three`` / ``три`` / ``трьох``) or Roman
numerals (``XXI век``); the tables below recognise the common ones.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

GROUP_SPACES = " \u00a0\u202f\u2009"
NBSP = "\u00a0"

#: A run of digits joined by separators (grouping or decimal); read it with ``readings``.
#: (``\d(?<!\d\d)`` is ``(?<!\d)\d`` written digit first, so the scan jumps from digit to
#: digit instead of testing the look-behind at every character: twice as fast.)
NUMBER_TOKEN = re.compile(
    rf"\d(?<!\d\d)\d*(?:(?:[.,]|[{GROUP_SPACES}](?=\d{{3}}(?![\d])))\d+)*(?![\d])"
)
_EN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_LOCAL_NUMBER = re.compile(rf"\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?")
_PART = re.compile(r"\d+")
ROMAN = re.compile(r"(?<![\w])(?=[IVXLC]{1,7}(?![\w]))M{0,3}(?:C[MD]|D?C{0,3})"
                   r"(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})(?![\w])")


class Number:
    """A number found in a text: span, text, value, and the value times the magnitude word
    after it (``scaled``). A plain slotted class: a project check makes hundreds of
    thousands of them; ``values`` is built only when asked (most numbers are kept digit
    for digit and never looked for among others)."""

    __slots__ = ("start", "end", "text", "value", "scaled", "foreign_format")

    def __init__(self, start: int, end: int, text: str, value: Decimal,
                 scaled: Decimal | None = None, foreign_format: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.scaled = scaled  # with the magnitude word that follows
        self.foreign_format = foreign_format  # written the other convention's way

    @property
    def values(self) -> frozenset[Decimal]:
        """The value, and the scaled value when there is one (asked only when a number has
        to be looked for among others)."""
        return frozenset((self.value,)) if self.scaled is None else frozenset(
            (self.value, self.scaled))

    def __repr__(self) -> str:
        return (f"Number({self.start}, {self.end}, {self.text!r}, {self.value!r}, "
                f"{self.scaled!r}, {self.foreign_format!r})")


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def read_english(token: str) -> Decimal | None:
    if token.isdigit():
        return Decimal(token)
    if _EN_NUMBER.fullmatch(token):
        return _decimal(token.replace(",", ""))
    return None


_NO_GROUP_SPACES = str.maketrans("", "", GROUP_SPACES)


def read_local(token: str) -> Decimal | None:
    if _LOCAL_NUMBER.fullmatch(token):
        return _decimal(token.translate(_NO_GROUP_SPACES).replace(",", "."))
    return None


def parts(token: str, offset: int) -> list[tuple[int, int, str, Decimal]]:
    """The digit groups of a token as separate integers (a date 05.03.2024, a list 1,2)."""
    return [(offset + m.start(), offset + m.end(), m.group(), Decimal(m.group()))
            for m in _PART.finditer(token)]


_MAGNITUDES_EN = {
    "thousand": 1000, "k": 1000, "million": 10**6, "mln": 10**6, "m": 10**6, "mn": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
}
_MAGNITUDES_LOCAL = [
    (re.compile(r"тыс|тис"), 1000), (re.compile(r"млн|миллион|мільйон"), 10**6),
    (re.compile(r"млрд|миллиард|мільярд"), 10**9), (re.compile(r"трлн|триллион|трильйон"),
                                                    10**12),
]
_NEXT_WORD = re.compile(rf"[{GROUP_SPACES}]?-?([^\W\d_]+)")


def magnitude(text: str, end: int, lang: str) -> int | None:
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return None
    word = match.group(1).casefold()
    if lang == "en":
        value = _MAGNITUDES_EN.get(word.rstrip("s"))
        # "5m" / "5bn" are glued; a lone "m" after a space is metres.
        if word in {"m", "b", "k"} and match.start(1) != end:
            return None
        return value
    for pattern, value in _MAGNITUDES_LOCAL:
        if pattern.match(word):
            return value
    return None


def scaled(value: Decimal, factor: int | None) -> Decimal | None:
    return value * factor if factor else None


# -- numbers written as words ---------------------------------------------------------------

_EN_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 10**6, "billion": 10**9, "dozen": 12, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "twice": 2, "once": 1, "both": 2, "single": 1, "double": 2, "triple": 3,
    "hundreds": 100, "thousands": 1000, "millions": 10**6, "dozens": 12,
}
_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
_EN_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                  "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

_RU_WORDS = {
    0: r"ноль|нол[яюе]|нуль|нул[яюе]",
    1: r"од(?:ин|на|но|ного|ной|ним|ному|ну|ном|ною|ни|них)|перв\w*|единиц\w*",
    2: r"дв(?:а|е|ух|ум|умя|ое|оих)|втор\w*|пар[аеуы]|оба|обе|обоих|обеих",
    3: r"тр(?:и|[её]х|[её]м|емя|ое|оих)|трет\w*",
    4: r"четыр(?:е|[её]х|[её]м|ьмя)|четвер\w*|четв[её]рт\w*",
    5: r"пят(?:ь|и|ью|еро|ер\w*|ый|ого|ому|ом|ая|ой|ую|ое|ые|ых)",
    6: r"шест(?:ь|и|ью|еро|ер\w*|ой|ого|ому|ом|ая|ую|ое|ые|ых)",
    7: r"сем(?:ь|и|ью|еро|ер\w*)|седьм\w*",
    8: r"восем(?:ь|ью)|восьм(?:и|ью|ой|ого|ому|ом|ая|ую|ое|ые|ых|еро|ер\w*)",
    9: r"девят(?:ь|и|ью|ый|ого|ому|ом|ая|ой|ую|ое|ые|ых|еро)",
    10: r"десят(?:ь|и|ью|ый|ого|ому|ом|ая|ой|ую|ое|ые|ых|еро|ок|ка|ки)|десятк\w*",
    11: r"одиннадцат\w*", 12: r"двенадцат\w*|дюжин\w*", 13: r"тринадцат\w*",
    14: r"четырнадцат\w*", 15: r"пятнадцат\w*", 16: r"шестнадцат\w*", 17: r"семнадцат\w*",
    18: r"восемнадцат\w*", 19: r"девятнадцат\w*", 20: r"двадцат\w*", 30: r"тридцат\w*",
    40: r"сорок\w*", 50: r"пят(?:ьдесят|идесят)\w*", 60: r"шест(?:ьдесят|идесят)\w*",
    70: r"сем(?:ьдесят|идесят)\w*", 80: r"вос(?:емьдесят|ьмидесят)\w*", 90: r"девяност\w*",
    100: r"сто|ста|сотн\w*|сот(?:ый|ого|ом|ая|ой|ую|ое)", 1000: r"тысяч\w*",
    10**6: r"миллион\w*", 10**9: r"миллиард\w*",
}
_A = "['’ʼ]"
_UK_WORDS = {
    0: r"нуль|нул[яюі]|нол[ья]",
    1: r"од(?:ин|на|не|но|ного|нієї|ній|ним|ному|ну|ною|ні|них)|перш\w*|одиниц\w*",
    2: r"дв(?:а|і|ох|ом|ома|оє|ої)|друг(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их)|пар[аиуі]"
       r"|обидва|обидві|обох",
    3: r"тр(?:и|ьох|ьом|ьома|оє)|трет\w*",
    4: r"чотир(?:и|ьох|ьом|ма|ьома)|четвер\w*|четверт\w*",
    5: rf"п{_A}ят(?:ь|и|ьох|ьом|ьма|ьома|ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|еро)",
    6: r"шіст(?:ь|ьох|ьма)|шест(?:и|ьох|ьом|ьма|ьома|еро)|шост\w*",
    7: r"сім|сем(?:и|ох|ом|ома|еро)|сьом\w*",
    8: r"вісім|вісьм(?:ох|ома|ом)|восьм\w*",
    9: rf"дев{_A}ят(?:ь|и|ьох|ьом|ьма|ьома|ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|еро)",
    10: r"десят(?:ь|и|ьох|ьом|ьма|ьома|ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|еро|ок|ка|ки)"
        r"|десятк\w*",
    11: r"одинадцят\w*", 12: r"дванадцят\w*|дюжин\w*", 13: r"тринадцят\w*",
    14: r"чотирнадцят\w*", 15: rf"п{_A}ятнадцят\w*", 16: r"шістнадцят\w*|шістнадцят\w*",
    17: r"сімнадцят\w*", 18: r"вісімнадцят\w*", 19: rf"дев{_A}ятнадцят\w*",
    20: r"двадцят\w*", 30: r"тридцят\w*", 40: r"сорок\w*", 50: rf"п{_A}ятдесят\w*",
    60: r"шістдесят\w*", 70: r"сімдесят\w*", 80: r"вісімдесят\w*", 90: r"дев{_A}яност\w*",
    100: r"сто|ста|сотн\w*|сот(?:ий|ого|ому|им|а|ої|ій|у|е)", 1000: r"тисяч\w*",
    10**6: r"мільйон\w*", 10**9: r"мільярд\w*",
}
_ru_month_words = {
    1: "январ", 2: "феврал", 4: "апрел", 6: "июн", 7: "июл", 9: "сентябр", 10: "октябр",
    11: "ноябр", 12: "декабр",
}
_RU_MONTHS = {m: rf"{stem}(?:ь|я|е|ю|ём|ем)" for m, stem in _ru_month_words.items()}
_RU_MONTHS.update({3: r"март(?:а|е|у|ом)?", 5: r"ма(?:й|я|е|ю|ем)", 8: r"август(?:а|е|у|ом)?"})
_uk_month_words = ["січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес",
                   "жовт", "листопад", "груд"]
_UK_MONTHS = {m + 1: rf"{stem}(?:ень|ня|ні|ий|ого|ому|ім)" for m, stem in
              enumerate(_uk_month_words)}
_UK_MONTHS[11] = r"листопад(?:а|і|у|ом)?"


def _compile(table: dict[int, str]) -> list[tuple[int, re.Pattern[str]]]:
    return [(value, re.compile(rf"(?<![\w'’ʼ])(?:{pattern})(?![\w'’ʼ])", re.IGNORECASE))
            for value, pattern in table.items()]


_WORD_PATTERNS = {"ru": _compile(_RU_WORDS), "uk": _compile(_UK_WORDS)}
#: Keyed by int; a Decimal of the same value finds its entry (equal numbers hash alike).
_WORD_PATTERN_BY_VALUE: dict[str, dict[object, re.Pattern[str]]] = {
    lang: dict(table) for lang, table in _WORD_PATTERNS.items()}
MONTH_PATTERNS = {"ru": _compile(_RU_MONTHS), "uk": _compile(_UK_MONTHS)}
_EN_WORD = re.compile(r"[A-Za-z]+")


def local_number_word(text: str, value: Decimal, lang: str) -> re.Match[str] | None:
    """Where ``text`` writes ``value`` as a word (None: it does not, or we cannot tell)."""
    if value != value.to_integral_value():
        return None
    pattern = _WORD_PATTERN_BY_VALUE.get(lang, {}).get(value)
    return pattern.search(text) if pattern is not None else None


@lru_cache(maxsize=4096)
def english_word_values(text: str) -> frozenset[Decimal]:
    """Values the English text states in words (three, dozen, March = 3)."""
    values: set[Decimal] = set()
    for match in _EN_WORD.finditer(text):
        word = match.group().casefold()
        if word in _EN_WORDS:
            values.add(Decimal(_EN_WORDS[word]))
        elif word in _EN_MONTHS and (word != "may" or match.group()[0].isupper()):
            values.add(Decimal(_EN_MONTHS.index(word) + 1))
        elif word in _EN_MONTH_ABBR and match.group()[0].isupper():
            values.add(Decimal(_EN_MONTH_ABBR[word]))
    return frozenset(values)


#: Without a leading ``\b`` (the scan then jumps to the months' first letters, 2.5 times
#: faster); ``english_months`` checks the word boundary before the match itself.
_EN_MONTH_PATTERN = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_WORD_CHAR = re.compile(r"\w")
_NEAR_NUMBER = re.compile(r"\d")


@lru_cache(maxsize=4096)
def english_months(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, month) of month names written next to a number (May 5, 5 May 2024)."""
    found = []
    for match in _EN_MONTH_PATTERN.finditer(text):
        if match.start() and _WORD_CHAR.match(text, match.start() - 1):
            continue  # inside a word (no month starts inside another month's letters)
        before = text[max(0, match.start() - 4):match.start()]
        after = text[match.end():match.end() + 4]
        if not (_NEAR_NUMBER.search(before) or _NEAR_NUMBER.search(after)):
            continue
        word = match.group(1).casefold()
        month = (_EN_MONTHS.index(word) + 1 if word in _EN_MONTHS
                 else _EN_MONTH_ABBR[word])
        found.append((match.start(), match.start() + len(match.group(1)), month))
    return tuple(found)


_NUMERIC_DATE = re.compile(r"(?<![\d.])\d{1,2}\.(\d{1,2})\.\d{2,4}(?![\d])")


def local_months(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, month) of month names and numeric dates (05.03.2024) in a ru/uk text."""
    found = [(m.start(), m.end(), value) for value, pattern in MONTH_PATTERNS.get(lang, [])
             for m in pattern.finditer(text)]
    found += [(m.start(1), m.end(1), int(m.group(1))) for m in _NUMERIC_DATE.finditer(text)]
    return sorted(found)


def roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, char in enumerate(text):
        value = values[char]
        if i + 1 < len(text) and values[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total or None


def format_local(source_text: str, value: Decimal) -> str:
    """``value`` written the Russian/Ukrainian way, grouped like the English source was."""
    integer, _, fraction = format(value, "f").partition(".")
    sign = ""
    if integer.startswith("-"):
        sign, integer = "-", integer[1:]
    if "," in source_text or len(integer) > 4:
        groups: list[str] = []
        while len(integer) > 3:
            groups.insert(0, integer[-3:])
            integer = integer[:-3]
        integer = NBSP.join([integer, *groups])
    decimals = source_text.partition(".")[2] if "." in source_text else ""
    if decimals and not fraction:
        fraction = "0" * len(decimals)
    return sign + integer + ("," + fraction if fraction else "")
