"""Month names in dates as placeables: "on 3 March" in the memory, "on 5 April" in the segment.

English month names (written out, capitalised) are masked in the scoring like numbers. In the
memory's Russian or Ukrainian translation the old month is found in any form and replaced by
the new one in the same form. The forms come from CLDR through Babel: the *format* wide names
are the genitive a day number takes ("5 апреля", "5 квітня"), the *stand-alone* ones the
nominative ("апрель", "квітень"); any other case ("в марте", "у березні") is inflected by
pymorphy3 (``app.memory.inflection``). Babel's data are read on first use.
"""

from __future__ import annotations

from functools import cache

from app.memory.inflection import find_term, inflect_like

ENGLISH_MONTHS = {name: number for number, name in enumerate(
    "January February March April May June July August September October November "
    "December".split(), 1)}


def month_number(token: str) -> int | None:
    """1..12 for a capitalised English month name, else None."""
    return ENGLISH_MONTHS.get(token)


@cache
def month_forms(lang: str) -> dict[int, tuple[str, str]]:
    """{month: (genitive "апреля", nominative "апрель")} from CLDR (Babel) for ru or uk."""
    from babel.dates import get_month_names

    genitive = get_month_names("wide", context="format", locale=lang)
    nominative = get_month_names("wide", context="stand-alone", locale=lang)
    return {m: (str(genitive[m]), str(nominative[m])) for m in range(1, 13)}


def adapt_months(target: str, months: list[tuple[str, str]], lang: str
                 ) -> tuple[str, list[tuple[str, str]], bool]:
    """Replace each old month of ``months`` (English names) in ``target`` by the new one in
    the same case. Returns (target, replaced pairs, all found)."""
    if lang not in ("ru", "uk"):
        return target, [], not months
    forms = month_forms(lang)
    replaced: list[tuple[str, str]] = []
    complete = True
    for old, new in months:
        old_number, new_number = month_number(old), month_number(new)
        if old_number is None or new_number is None:
            complete = False
            continue
        old_gen, old_nom = forms[old_number]
        new_gen, new_nom = forms[new_number]
        spot = find_term(target, old_nom, lang)
        if spot is None:
            complete = False
            continue
        start, end = spot.start, spot.end
        found = target[start:end]
        if found.casefold() == old_gen:
            written = new_gen
        elif found.casefold() == old_nom:
            written = new_nom
        else:
            result = inflect_like(spot, new_nom, lang)
            if result is None:
                complete = False
                continue
            written = result
        if found[:1].isupper():
            written = written[:1].upper() + written[1:]
        target = target[:start] + written + target[end:]
        replaced.append((found, written))
    return target, replaced, complete
