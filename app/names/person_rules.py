"""Flags on English names of people.

People are never converted between nationalities: Vladimir Putin stays Vladimir, Sergei Lavrov
stays Sergei, and a Ukrainian spelled the Russian way is not an error. What is flagged:
- a Ukrainian given name in a romanization other than KMU 2010 (Andriy vs Andrii), as info:
  both are in use and the editor decides;
- a Russian or Ukrainian case form left in English, such as the vocative "Lyosh" of Lyosha;
- the same person spelled two ways in one document (see :mod:`app.names.consistency_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.names.concepts import Resolved
from app.names.english_given_names import given_name
from app.names.findings import INFLECTED_FORM, OTHER_ROMANIZATION, Flag, match_case
from app.names.name_data import UKRAINE, NameData
from app.names.reasons import why
from app.names.romanize import SCHEME_LABELS
from app.names.spelling_key import spelling_key
from app.names.western_given_names import is_western_given_name


def given_name_flag(item: Resolved, data: NameData) -> Flag | None:
    """Info on a Ukrainian-only given name not written the KMU 2010 way (Andriy -> Andrii)."""
    if item.given is None:
        return None
    given = item.given.text
    ukrainian = data.ukrainian_given_name(given)
    if ukrainian is None:
        return None  # not a Ukrainian name, or spelled like a Russian one: not ours to judge
    official = data.romanize(ukrainian, "uk", "kmu2010")
    if official.casefold() == given.casefold():
        return None
    if any(
        data.romanize(form, "uk", "kmu2010").casefold() == given.casefold()
        for form in data.given_name(given).uk
    ):
        return None  # the official spelling of another reading (Mishko: Мішко, not Мишко)
    scheme = _scheme_label(given, ukrainian, data)
    if scheme is None and is_western_given_name(given):
        return None  # a name of its own that no scheme produces (Pietro, not Petro)
    return Flag(
        text=given, start=item.given.start, end=item.given.end, kind=OTHER_ROMANIZATION,
        severity="info", suggestion=match_case(official, given),
        **(why("given_name_common", given, official, ukrainian) if scheme is None
           else why("given_name_scheme", given, official, ukrainian, scheme)),
        concept=item.concept,
    )


def _scheme_label(latin: str, cyrillic: str, data: NameData) -> str | None:
    """The romanization scheme ``latin`` follows (BGN/PCGN), or None for a common spelling
    no scheme produces."""
    for scheme, value in data.romanize_all(cyrillic, "uk"):
        if value.casefold() == latin.casefold() and scheme != "kmu2010":
            return SCHEME_LABELS.get(scheme, scheme)
    return None


def inflected_form_flag(item: Resolved) -> Flag | None:
    """Warning on a vocative left in English ("Lyosh" -> Lyosha)."""
    if item.vocative_of is None:
        return None
    lang, form, nominative, _ = item.vocative_of
    latin = item.notes.get("nominative") or item.canonical
    return Flag(
        text=item.text, start=item.start, end=item.end, kind=INFLECTED_FORM, severity="warning",
        suggestion=match_case(latin, item.text),
        **why(f"vocative_{lang}", item.text, latin, form, nominative),
        concept=item.concept,
    )


def truncated_vocative(latin: str, data: NameData) -> tuple[str, str, str, str] | None:
    """(lang, cyrillic, nominative, scheme) for a colloquial vocative the dictionary does not
    tag as one: "Seryozh" for Seryozha (Серёж -> Серёжа), the name with its final -а/-я cut.

    Only a given name that ends in -а/-я counts, and only when no reading of the word is a
    nominative (Ivan, Petro).
    """
    key = spelling_key(latin)
    for lang in ("ru", "uk"):
        for candidate in data.candidates(latin, lang):
            parses = [p for p in data.analyze(candidate, lang) if p.kind == "given"]
            if not parses or key not in data.spellings(candidate, lang):
                continue
            if any(p.case == "nomn" for p in parses):
                return None
            for parse in parses:
                lemma = parse.lemma
                if lemma[:-1].casefold() == candidate.casefold() and lemma[-1:] in "аяАЯ":
                    nominative = lemma[:1].upper() + lemma[1:]
                    return lang, candidate, nominative, _scheme_of(latin, candidate, lang, data)
    return None


def _scheme_of(latin: str, cyrillic: str, lang: str, data: NameData) -> str:
    schemes = data.romanize_all(cyrillic, lang)
    exact = [s for s, value in schemes if value.casefold() == latin.casefold()]
    if exact:
        return "wikipedia" if "wikipedia" in exact else exact[0]  # Zhen: Zhenya, not Zhenia
    for scheme, value in schemes:
        if spelling_key(value) == spelling_key(latin):
            return scheme
    return schemes[0][0] if schemes else "wikipedia"


def _male_given(latin: str, data: NameData | None) -> bool:
    """Whether ``latin`` is only ever a man's given name (Oleg, Sergei; not Sasha, Valya)."""
    if data is None:
        return False
    reading = given_name(data, latin)
    genders = {parse.gender for lang, forms in (("ru", reading.ru), ("uk", reading.uk))
               for form in forms for parse in data.analyze(form, lang) if parse.kind == "given"}
    return genders == {"masc"}


# Russian case endings of a man's surname in -ov/-ev/-in (genitive/accusative -a, dative -u,
# instrumental -ym): "the pass of Tsygankova" in machine-translated English.
_CASE_ENDINGS = ("a", "u", "ym")
_DECLINED_STEMS = ("ov", "ev", "yov", "in", "yn")
_FEMALE_TITLE = re.compile(r"\b(Ms|Mrs|Miss|Madame|Mme|Lady)\W*$")


def case_form_flags(
    texts: Sequence[str], resolved: Sequence[Sequence[Resolved]], data: NameData | None = None
) -> list[tuple[int, Flag]]:
    """Warnings on a Russian case form of a surname left in English ("a free kick from
    Tsygankova" where the text also names Tsygankov): one person, so the nominative is due.

    A lone surname counts, and one after a man's given name ("said Oleg Sinegubova" where the
    text also has Sinegubov: a genitive, the -ova form is no man's surname); a woman's surname
    (Maria Tsygankova, Ms Tsygankova) comes with her given name or a title and is left alone."""
    people = [(seg, item, item.surname) for seg, items in enumerate(resolved) for item in items
              if item.kind == "person" and item.surname is not None]
    # the nominative may stand alone where the checker could not tell a person ("Sinegubov
    # said" after a quotation reads as a bare name)
    lone = {item.text for items in resolved for item in items
            if item.kind == "name" and " " not in item.text}
    nominatives = {w for w in ({s.text for _, _, s in people} | lone)
                   if w.endswith(_DECLINED_STEMS)}
    with_woman = {s.text for _, item, s in people
                  if item.given is not None and not _male_given(item.given.text, data)}
    out = []
    for seg, item, surname in people:
        word = surname.text
        if word in with_woman or word in nominatives:
            continue
        nominative = next((word[: -len(end)] for end in _CASE_ENDINGS
                           if word.endswith(end) and word[: -len(end)] in nominatives), None)
        if nominative is None:
            continue
        before = texts[seg][max(0, surname.start - 12) : surname.start]
        if _FEMALE_TITLE.search(before):
            continue
        out.append((seg, Flag(
            text=word, start=surname.start, end=surname.end, kind=INFLECTED_FORM,
            severity="warning", suggestion=nominative,
            **why("surname_case_form", word, nominative),
            concept=item.concept,
        )))
    return out + _place_case_forms(texts, resolved)


# Russian case endings of a place name in -a (Мерефа: Мерефе, Мерефы, Мерефу, Мерефой).
_PLACE_CASE = re.compile(r"(e|i|y|u|oi|oy|oj)")


def _place_case_forms(
    texts: Sequence[str], resolved: Sequence[Sequence[Resolved]]
) -> list[tuple[int, Flag]]:
    """Warnings on a Russian case form of a place in Ukraine left in English ("the suburb of
    Kharkov - Merefe") where the text also writes the place in the nominative (Merefa)."""
    named = {item.text: item for items in resolved for item in items
             if item.kind == "place" and item.place is not None and item.place.country == UKRAINE
             and item.text.endswith("a") and " " not in item.text and len(item.text) > 4}
    if not named:
        return []
    taken = {(seg, item.start) for seg, items in enumerate(resolved) for item in items}
    stems = {nominative[:-1]: nominative for nominative in named}
    pattern = re.compile(  # one pass over the document for all its places in -a
        rf"\b({'|'.join(map(re.escape, sorted(stems, key=len, reverse=True)))})"
        rf"{_PLACE_CASE.pattern}\b"
    )
    out = []
    for seg, text in enumerate(texts):
        for match in pattern.finditer(text):
            if (seg, match.start()) in taken:
                continue
            word, nominative = match.group(), stems[match.group(1)]
            out.append((seg, Flag(
                text=word, start=match.start(), end=match.end(), kind=INFLECTED_FORM,
                severity="warning", suggestion=nominative,
                **why("place_case_form", word, nominative),
                concept=named[nominative].concept,
            )))
    return out
