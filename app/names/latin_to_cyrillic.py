"""Latin -> Cyrillic candidate generation, pruned by the pymorphy3 dictionaries.

English text spells one Cyrillic name many ways (Kharkov, Khar'kov, Charkow; Lyosha, Alyosha,
Lesha). To match such a spelling to Cyrillic names, every way of reading the Latin letters under
the romanization schemes is explored left to right, the soft and hard signs that English drops
are allowed back in, and a partial reading survives only while some word in the pymorphy3
dictionary starts with it. Whole readings the dictionary knows are the candidates.
"""

from __future__ import annotations

from app.names.romanize import fold_latin

# Latin chunk -> Cyrillic readings. Longer chunks are tried as well as their parts. English
# often drops the й of -ий (Dmitry, Yuri, Zelensky), so "y" and "i" may stand for -ий.
_COMMON: dict[str, tuple[str, ...]] = {
    "a": ("а",), "b": ("б",), "v": ("в",), "w": ("в",), "d": ("д",), "z": ("з",),
    "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",),
    "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "f": ("ф",), "c": ("ц", "к"),
    "q": ("к",), "x": ("кс", "х"), "zh": ("ж",), "kh": ("х",), "ts": ("ц",), "tz": ("ц",),
    "cz": ("ц",), "ch": ("ч",), "tch": ("ч",), "sh": ("ш",), "shch": ("щ",), "sch": ("щ", "ш"),
    "shh": ("щ",), "ck": ("к",), "ks": ("кс",), "ph": ("ф",), "th": ("т",),
}

_RU: dict[str, tuple[str, ...]] = {
    "g": ("г",), "h": ("х", "г"), "e": ("е", "э", "ё"), "ë": ("ё",), "yë": ("ё",),
    "i": ("и", "й", "ь", "ий"), "y": ("ы", "й", "и", "ь", "ий", "ый"), "j": ("й", "дж"),
    "yo": ("ё",), "jo": ("ё",), "io": ("ё",),
    "ye": ("е", "ье", "ъе"), "je": ("е",), "ie": ("ье", "ие", "ъе"), "yu": ("ю",),
    "ju": ("ю",), "iu": ("ю", "ью"), "ya": ("я",), "ja": ("я",), "ia": ("я", "ья", "ия"),
    "iy": ("ий",), "yy": ("ый", "ий"), "ii": ("ий",), "ei": ("ей",), "ey": ("ей",),
    "ai": ("ай",), "ay": ("ай",), "oi": ("ой",), "oy": ("ой",), "yi": ("ый",), "'": ("ь", "ъ"),
    "dzh": ("дж",),
}

_UK: dict[str, tuple[str, ...]] = {
    "g": ("ґ", "г"), "h": ("г", "х"), "e": ("е", "є"), "i": ("і", "и", "й", "ї", "ій"),
    "y": ("и", "й", "і", "ий"), "j": ("й",), "yi": ("ї", "ий"), "ji": ("ї",), "ye": ("є",),
    "ie": ("є", "ьє"), "je": ("є",), "yu": ("ю",), "iu": ("ю", "ью"), "ju": ("ю",),
    "ya": ("я",), "ia": ("я", "ья", "ія"), "ja": ("я",), "zgh": ("зг",), "ii": ("ій", "ії"),
    "iy": ("ій",), "yy": ("ий",), "'": ("ь", "'"), "dzh": ("дж",), "dz": ("дз",),
}

_TABLES = {"uk": {**_COMMON, **_UK}, "ru": {**_COMMON, **_RU}}
_MAX_CHUNK = 4
_BEAM = 3000
_CONSONANTS = set("бвгґджзклмнпрстфхцчшщ")
# Letters English spellings usually drop: the soft sign everywhere, the apostrophe in
# Ukrainian before я/ю/є/ї, the hard sign in Russian.
_SILENT = {"uk": ("ь", "'"), "ru": ("ь", "ъ")}
_NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn"}


def _has_prefix(words, prefix: str) -> bool:
    return next(iter(words.iterkeys(prefix)), None) is not None


def _word_candidates(latin: str, lang: str) -> list[str]:
    from app.names.morphology import get_analyzer

    analyzer = get_analyzer(lang)
    words = analyzer.dictionary.words
    table = _TABLES[lang]
    # ë keeps its meaning (BGN ё) although fold_latin strips other diacritics.
    marked = latin.replace("ë", "\0").replace("Ë", "\0")
    key = fold_latin(marked).replace("-", "").replace("\0", "ë")
    if not key:
        return []
    states: dict[int, set[str]] = {0: {""}}
    results: set[str] = set()
    seen_prefix: dict[str, bool] = {}

    def alive(prefix: str) -> bool:
        if prefix not in seen_prefix:
            variants = [prefix]
            if "е" in prefix:
                variants.append(prefix.replace("е", "ё"))
            seen_prefix[prefix] = any(_has_prefix(words, v) for v in variants)
        return seen_prefix[prefix]

    for pos in range(len(key) + 1):
        current = states.pop(pos, set())
        if pos == len(key):
            results = current
            break
        expanded: set[str] = set()
        for prefix in current:
            expanded.add(prefix)
            if prefix and prefix[-1] in _CONSONANTS:
                for silent in _SILENT[lang]:
                    if alive(prefix + silent):
                        expanded.add(prefix + silent)
        for prefix in sorted(expanded)[:_BEAM]:
            for size in range(1, _MAX_CHUNK + 1):
                chunk = key[pos : pos + size]
                if len(chunk) < size:
                    break
                for reading in table.get(chunk, ()):
                    candidate = prefix + reading
                    if alive(candidate):
                        states.setdefault(pos + size, set()).add(candidate)
    finals: set[str] = set()
    for word in results:
        finals.add(word)
        if word and word[-1] in _CONSONANTS:
            finals.add(word + "ь")
    return [w for w in finals if analyzer.word_is_known(w)]


def _rank(words: list[str], lang: str) -> list[str]:
    from app.names.morphology import get_analyzer

    analyzer = get_analyzer(lang)

    def key(word: str) -> tuple[int, int, int, float, str]:
        parses = analyzer.parse(word)
        named = [p for p in parses if _NAME_GRAMMEMES & set(p.tag.grammemes)]
        lemma = any(p.normal_form == word for p in named)
        nominative = any(p.tag.case == "nomn" for p in named)
        best = max((p.score for p in named), default=0.0)
        return (0 if named else 1, 0 if lemma else 1, 0 if nominative else 1, -best, word)

    return sorted(words, key=key)


def _match_case(word: str, latin: str) -> str:
    letters = [c for c in latin if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if letters and letters[0].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def candidates(latin: str, lang: str, limit: int = 20) -> list[str]:
    if lang not in _TABLES:
        raise ValueError(f"Unknown language {lang!r}: use 'uk' or 'ru'.")
    words = latin.split()
    if not words:
        return []
    per_word = []
    for word in words:
        ranked = _rank(_word_candidates(word, lang), lang)
        if not ranked:
            return []
        per_word.append([_match_case(w, word) for w in ranked])
    if len(per_word) == 1:
        return per_word[0][:limit]
    combined = [""]
    for options in per_word:
        combined = [f"{head} {tail}".strip() for head in combined for tail in options[:limit]]
        combined = combined[:limit]
    return combined
