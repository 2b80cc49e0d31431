"""Russian and Ukrainian terms in inflected text: find one in any form, put another in its place.

A glossary term (a name: "Макрон", "Владимир Зеленский"; a month: "март") is written in the
nominative, but a translation uses it in whatever case the sentence needs ("встретился с
Макроном"). pymorphy3 (``app.names.morphology.get_analyzer``, loaded on first use) finds the
term in the text by lemma, word for word, and tells which case and number the text uses; the
new term is then inflected into that case and number.

Only what is safe is done. The new term must come out as one form for every reading of the old
one (the case of "Зеленского" may be genitive or accusative: fine when the new name's two forms
agree); a new word whose gender differs from the old one's is not put in the nominative (the
verbs and adjectives that agree with the subject would be wrong); people are animate, so an
accusative that pymorphy3 reads as inanimate ("Макрон" the diacritic) is read as a person's.
Anything else returns None and the caller leaves the text as it is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from app.names.morphology import get_analyzer

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}


@dataclass(frozen=True)
class Spot:
    """Where a term stands in a text, and what its words' grammar may be there."""

    start: int
    end: int
    cases: frozenset[tuple[str, str]]  # (case, number) readings shared by all its words
    genders: frozenset[str]  # genders of its last word's readings (masc, femn, neut, ms-f)
    words: tuple[str, ...] = ()  # its words as the text writes them


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _lemmas(word: str, lang: str) -> set[str]:
    """Lemmas of a term word, read as the nominative it is written in ("март" is the month,
    not the genitive plural of Марта)."""
    parses = get_analyzer(lang).parse(word)
    return {_fold(p.normal_form) for p in [p for p in parses if p.tag.case == "nomn"] or parses}


def _readings(word: str, lemmas: set[str], lang: str, person: bool,
              genders: frozenset[str] = frozenset()) -> list:
    found = []
    for parse in get_analyzer(lang).parse(word):
        if _fold(parse.normal_form) not in lemmas or parse.tag.case is None:
            continue
        if person and parse.tag.case == "accs" and "inan" in parse.tag.grammemes and \
                _gender(parse.tag) == "masc":
            continue  # a man's accusative is his genitive form, never his nominative one
        found.append(parse)
    agreeing = [p for p in found if _compatible(_gender(p.tag), genders)]
    return agreeing or found


def find_term(text: str, term: str, lang: str, *, person: bool = False,
              genders: frozenset[str] = frozenset()) -> Spot | None:
    """The first place ``term`` (its words in a row, each in any inflected form) stands in
    ``text``, or None. Readings of ``genders`` are preferred where a word has others too
    (Ukrainian "Макрон" is also read as an indeclinable woman's surname)."""
    wanted = term.split()
    if not wanted:
        return None
    lemmas = [_lemmas(w, lang) for w in wanted]
    words = list(_WORD.finditer(text))
    for i in range(len(words) - len(wanted) + 1):
        cases: set[tuple[str, str]] | None = None
        head_genders: set[str] = set()
        for k, lemma in enumerate(lemmas):
            readings = _readings(words[i + k].group(), lemma, lang, person, genders)
            here = {(str(p.tag.case), _number(p.tag)) for p in readings}
            cases = here if cases is None else cases & here
            if not cases:
                break
            if k == len(lemmas) - 1:
                head_genders = {g for p in readings if (g := _gender(p.tag))}
        if cases:
            return Spot(words[i].start(), words[i + len(wanted) - 1].end(), frozenset(cases),
                        frozenset(head_genders),
                        tuple(w.group() for w in words[i:i + len(wanted)]))
    return None


def _gender(tag) -> str | None:
    if "ms-f" in tag.grammemes:  # common gender (Порошенко): agrees with either
        return "ms-f"
    return str(tag.gender) if tag.gender else None


def _compatible(gender: str | None, genders: frozenset[str]) -> bool:
    return not genders or gender is None or gender in genders or "ms-f" in genders or \
        gender == "ms-f"


def _number(tag) -> str:
    return str(tag.number) if tag.number else "sing"  # the Ukrainian tags leave "sing" out


def _common_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _form(parse, case: str, number: str, old: str) -> str | None:
    """The form of ``parse``'s word in ``case`` and ``number``. Where the language has two
    (Ukrainian "Шольцу"/"Шольцові", "квітні"/"квітневі"), the one ending like the old word,
    and among those the one spelled like the term ("воскресенье", not "воскресение")."""
    gender = _gender(parse.tag)
    variants = sorted({_fold(f.word) for f in parse.lexeme
                       if f.tag.case == case and _number(f.tag) == number
                       and (f.tag.gender is None or _gender(f.tag) == gender)})
    if len(variants) <= 1:
        return variants[0] if variants else None
    best = max(_common_ending(v, _fold(old)) for v in variants)
    chosen = [v for v in variants if _common_ending(v, _fold(old)) == best]
    if len(chosen) > 1:  # then the spelling of the term itself ("воскресенье", not "-ение")
        word = _fold(parse.word)
        longest = max(len(os.path.commonprefix((v, word))) for v in chosen)
        chosen = [v for v in chosen if len(os.path.commonprefix((v, word))) == longest]
    return chosen[0] if len(chosen) == 1 else None


def _inflect_word(word: str, old: str, spot: Spot, lang: str, person: bool) -> str | None:
    parses = [p for p in get_analyzer(lang).parse(word) if p.tag.case == "nomn"]
    if not parses:
        return None
    same_gender = [p for p in parses if _compatible(_gender(p.tag), spot.genders)]
    if not same_gender and any(case == "nomn" for case, _ in spot.cases):
        return None  # a subject of another gender: the words agreeing with it would be wrong
    parses = same_gender or parses
    proper = [p for p in parses if _PROPER & set(p.tag.grammemes)]
    parses = proper or parses
    forms: set[str | None] = set()
    for parse in parses:
        for case, number in spot.cases:
            if person and case == "accs" and "inan" in parse.tag.grammemes and (
                    _gender(parse.tag) == "masc" or number == "plur"):
                case = "gent"  # animate: the accusative is the genitive form
            if "Fixd" in parse.tag.grammemes:
                forms.add(_fold(word))
            else:
                forms.add(_form(parse, case, number, old))
    if len(forms) != 1 or None in forms:
        return None
    form = forms.pop()
    assert form is not None
    return word if form == _fold(word) else _written_like(form, word)


def _written_like(form: str, model: str) -> str:
    """``form`` with the capitals of ``model`` (each hyphenated part: "Ивано-Франковска")."""
    parts, shapes = form.split("-"), model.split("-")
    if len(parts) != len(shapes):
        shapes = [model] * len(parts)
    return "-".join(p[:1].upper() + p[1:] if s[:1].isupper() else p
                    for p, s in zip(parts, shapes, strict=True))


def inflect_like(spot: Spot, term: str, lang: str, *, person: bool = False) -> str | None:
    """``term`` inflected into the case and number of ``spot``; None when not safe."""
    out = []
    words = term.split()
    for i, word in enumerate(words):
        old = spot.words[i] if len(words) == len(spot.words) else spot.words[-1]
        inflected = _inflect_word(word, old, spot, lang, person)
        if inflected is None:
            return None
        out.append(inflected)
    return " ".join(out)


def replace_term(text: str, old_terms: list[str], new_term: str, lang: str, *,
                 person: bool = False) -> tuple[str | None, str]:
    """(text with the first of ``old_terms`` found replaced by ``new_term`` in its form, "")
    or (None, reason): "not_in_target" or "not_inflected"."""
    head = new_term.split()[-1:] or [""]
    genders = frozenset(g for p in get_analyzer(lang).parse(head[0])
                        if p.tag.case == "nomn" and (g := _gender(p.tag)))
    for old in old_terms:
        spot = find_term(text, old, lang, person=person, genders=genders)
        if spot is None:
            continue
        written = inflect_like(spot, new_term, lang, person=person)
        if written is None:
            return None, "not_inflected"
        return text[:spot.start] + written + text[spot.end:], ""
    return None, "not_in_target"
