"""Cross-language flags: what the Russian or Ukrainian translation does with the English names.

- wrong_language_form (error): the Ukrainian column uses the Russian form of a place (Киеве for
  Києві) or Russian-only letters in a name (ы, э, ъ, ё), or the Russian column a Ukrainian form
  (Харків, letters і, ї, є, ґ). The suggestion is the right form in the same grammatical case.
- translation_mangled_name (warning): the translation has a name close to, but not, the
  expected one (Хохлава for Khokhlova).
- translation_dropped_name (warning): a person or place named in English does not appear in
  the translation at all, in any case form or as an adjective (киевские власти counts).
Matching is morphology-aware: inflected forms are compared by their nominatives.
"""

from __future__ import annotations

import re
from typing import Any

from app.names.concepts import best_place, lookup_name, place_concept, slug
from app.names.cyrillic_mentions import CyrillicMention, cyrillic_words, find_cyrillic_mentions
from app.names.findings import (
    TRANSLATION_DROPPED_NAME,
    TRANSLATION_MANGLED_NAME,
    WRONG_LANGUAGE_FORM,
    Flag,
    Mention,
)
from app.names.glossary_rules import GlossaryLookup, glossary_flag, lookup_span
from app.names.name_data import NameData
from app.names.reasons import why
from app.names.spelling_key import edit_distance, spelling_key

_FOREIGN_LETTERS = {"uk": re.compile("[ыэъёЫЭЪЁ]"), "ru": re.compile("[іїєґІЇЄҐ]")}
_OTHER = {"ru": "uk", "uk": "ru"}
_MANGLED_DISTANCE = 2


def check_translation(
    en_text: str,
    en_mentions: list[Mention],
    target: str,
    lang: str,
    data: NameData,
    glossary: GlossaryLookup | None = None,
) -> tuple[list[Flag], list[Mention], list[Flag]]:
    """(flags in the translation, mentions in the translation, flags on the English text)."""
    mentions = find_cyrillic_mentions(target, lang, data)
    flags: list[Flag] = []
    approved: set[int] = set()
    for mention in mentions:
        hit = lookup_span(glossary, target, mention.start, mention.end, lang)
        if hit is not None:
            if hit[0].approved:
                approved.add(mention.start)
            else:
                flag = glossary_flag(hit[0], target, hit[1], hit[2], "", lang)
                if flag is not None:
                    flags.append(flag)
                approved.add(mention.start)
    wrong: dict[int, Any] = {}  # mention start -> place it is the other language's form of
    for mention in mentions:
        if mention.start in approved:
            continue
        flag, place = _wrong_language(mention, data)
        if flag is not None:
            flags.append(flag)
            wrong[mention.start] = place
    concepts: dict[int, str] = {}
    en_flags = _compare(en_mentions, mentions, target, lang, data, wrong, concepts, flags)
    _attach_given_names(mentions, target, concepts)
    out_mentions = [
        Mention(m.text, m.start, m.end, concepts.get(m.start) or _own_concept(m, data),
                m.nominative, lang)
        for m in mentions
        if m.kind in {"given", "surname", "place", "org", "name"}
    ]
    return flags, out_mentions, en_flags


def _wrong_language(mention: CyrillicMention, data: NameData) -> tuple[Flag | None, Any]:
    lang, other = mention.lang, _OTHER[mention.lang]
    # A reading as a place of this language wins unless the other language's place is far
    # bigger (Харкова is a Russian hamlet, but in a Russian text it is Kharkiv in Ukrainian).
    own = [
        place.population or 1
        for parse in data.analyze(mention.text, lang)
        if parse.kind == "place"
        for place in data.places_by_cyrillic(parse.lemma, lang) or [None]
        if place is not None
    ] or [0]
    for parse in data.analyze(mention.text, other):
        if parse.kind != "place":
            continue
        for place in data.places_by_cyrillic(parse.lemma, other):
            right = getattr(place, lang, None)
            if (place.population or 1) <= 10 * max(own):
                continue
            if right and right.casefold() != parse.lemma.casefold():
                suggestion = _inflect(right, lang, parse.case, data) or right
                return _wrong_flag(mention, suggestion, parse.lemma, right, place), place
    if _FOREIGN_LETTERS[lang].search(mention.text):
        suggestion = None
        for parse in data.analyze(mention.text, other):
            if parse.kind == "given":
                russian, ukrainian = data.equivalents(parse.lemma, other)
                forms = ukrainian if lang == "uk" else russian
                suggestion = forms[0] if forms else None
                break
        return _wrong_flag(mention, suggestion, mention.nominative, None, None), None
    return None, None


def _wrong_flag(
    mention: CyrillicMention, suggestion: str | None, form: str, right: str | None, place: Any
) -> Flag:
    lang = mention.lang
    if right:
        reason = why(f"wrong_language_form_{lang}", mention.text, form, right)
    else:
        reason = why(f"wrong_letters_{lang}", mention.text)
    concept = place_concept(place) if place is not None else ""
    return Flag(
        text=mention.text, start=mention.start, end=mention.end, kind=WRONG_LANGUAGE_FORM,
        severity="error" if right else "warning", suggestion=suggestion, **reason,
        concept=concept, lang=lang,
    )


def _inflect(word: str, lang: str, case: str, data: NameData) -> str | None:
    """``word`` in grammatical ``case`` (Київ, loct -> Києві), or None if unsure."""
    if not case or case == "nomn":
        return word
    try:
        from app.names.morphology import get_analyzer

        parsed = get_analyzer(lang).parse(word)
        inflected = parsed[0].inflect({case}) if parsed else None
    except (ValueError, LookupError, AttributeError):
        return None
    if inflected is None:
        return None
    form = inflected.word
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def _stem(word: str) -> str:
    word = word.split()[0].casefold()
    return word[: max(3, len(word) - 1)]


def _compare(
    en_mentions: list[Mention],
    mentions: list[CyrillicMention],
    target: str,
    lang: str,
    data: NameData,
    wrong: dict[int, Any],
    concepts: dict[int, str],
    flags: list[Flag],
) -> list[Flag]:
    words = [w.casefold() for w, _, _ in cyrillic_words(target)]
    en_flags: list[Flag] = []
    seen: set[str] = set()
    for mention in en_mentions:
        concept = mention.concept
        if concept in seen or not concept.startswith(("place:", "person:")):
            continue
        seen.add(concept)
        expected, latin = _expected(mention, lang, data)
        matched = [m for m in mentions if _matches(m, expected, latin, lang, data)]
        if concept.startswith("place:"):
            matched += [m for m in mentions if m.start in wrong and _same(wrong[m.start], mention)]
        for m in matched:
            concepts[m.start] = concept
        if matched or any(w.startswith(_stem(e)) for e in expected for w in words):
            continue
        close = _closest(mentions, latin, lang, data, concepts)
        suggestion = expected[0] if expected else None
        if close is not None:
            concepts[close.start] = concept
            flags.append(Flag(
                text=close.text, start=close.start, end=close.end,
                kind=TRANSLATION_MANGLED_NAME, severity="warning",
                suggestion=_inflect(suggestion, lang, close.case, data) if suggestion else None,
                **(why(f"mangled_name_{lang}", close.text, mention.text, suggestion)
                   if suggestion else why("mangled_name", close.text, mention.text)),
                concept=concept, lang=lang,
            ))
            continue
        en_flags.append(Flag(
            text=mention.text, start=mention.start, end=mention.end,
            kind=TRANSLATION_DROPPED_NAME, severity="warning", suggestion=suggestion,
            **(why(f"dropped_name_form_{lang}", mention.text, suggestion) if suggestion
               else why(f"dropped_name_{lang}", mention.text)),
            concept=concept, lang="en", other_lang=lang,
        ))
    return en_flags


def _expected(mention: Mention, lang: str, data: NameData) -> tuple[list[str], str]:
    """Expected Cyrillic nominatives and the Latin spelling to compare by sound."""
    if mention.concept.startswith("place:"):
        places = data.places_by_latin(lookup_name(mention.text))
        if places:
            place = best_place(places)
            form = getattr(place, lang, None)
            return ([form] if form else []), place.en
        return [], mention.canonical
    surname = mention.canonical.split()[-1]
    forms = []
    for candidate in data.candidates(surname, lang):
        if any(p.kind == "surname" for p in data.analyze(candidate, lang)):
            forms.append(candidate)
    return forms[:3], surname


def _matches(m: CyrillicMention, expected: list[str], latin: str, lang: str, data) -> bool:
    if any(m.nominative.casefold() == e.casefold() for e in expected):
        return True
    key = spelling_key(latin)
    return any(
        key in data.spellings(word, code)
        for word in (m.nominative, m.text)
        for code in (lang, _OTHER[lang])  # a name in the other language's spelling is there
    )


def _same(place: Any, mention: Mention) -> bool:
    return place is not None and mention.concept == place_concept(place)


def _closest(mentions, latin: str, lang: str, data: NameData, taken: dict[int, str]):
    key = spelling_key(latin)
    if len(key) < 4:
        return None
    best, best_distance = None, _MANGLED_DISTANCE + 1
    for m in mentions:
        if m.start in taken or m.kind == "given":
            continue
        for _, romanized in data.romanize_all(m.nominative, lang):
            distance = edit_distance(spelling_key(romanized), key, limit=_MANGLED_DISTANCE)
            if distance < best_distance:
                best, best_distance = m, distance
    return best


def _attach_given_names(
    mentions: list[CyrillicMention], target: str, concepts: dict[int, str]
) -> None:
    """A given name right before a matched surname belongs to that person (Людмила Хохлова)."""
    for first, second in reversed(list(zip(mentions, mentions[1:], strict=False))):
        concept = concepts.get(second.start, "")
        if (
            first.start not in concepts
            and first.kind in {"given", "patronymic"}
            and concept.startswith("person:")
            and not target[first.end : second.start].strip()
        ):
            concepts[first.start] = concept


def _own_concept(m: CyrillicMention, data: NameData) -> str:
    if m.kind == "place":
        places = data.places_by_cyrillic(m.nominative, m.lang)
        if places:
            return place_concept(best_place(places))
    latin = data.romanize(m.nominative, m.lang, None)
    prefix = "person" if m.kind in {"given", "surname"} else "name"
    return f"{prefix}:{slug(latin)}"
