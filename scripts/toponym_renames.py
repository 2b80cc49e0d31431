"""Former names of renamed places in Ukraine for the toponym build (scripts/build_toponyms.py).

Reads resources/names/toponyms_renamed.tsv: per former name, the official romanizations of its
Ukrainian form (KMU 2010, BGN/PCGN, National 1996) become aliases, those of its Russian form
(Wikipedia, ICAO, BGN/PCGN) Russian-derived spellings, and every one of them is marked a former
name with the year it was dropped (Kirovograd: 2016 -> Kropyvnytskyi). The Cyrillic former
names are kept too, so Russian or Ukrainian text using them still finds the place.
"""

from __future__ import annotations

import csv

from toponym_names import ROOT, Row, clean_latin, norm_apostrophe, ru_spellings, similarity
from translitua import UkrainianNational1996, translit

from app.names.romanize import fold_latin, romanize

RENAMED = ROOT / "resources" / "names" / "toponyms_renamed.tsv"


class RenameDataError(RuntimeError):
    """A row of toponyms_renamed.tsv names a place the table does not hold."""


def _uk_official(name: str) -> list[str]:
    out = [romanize(name, "uk", "kmu2010"), romanize(name, "uk", "bgn"),
           translit(name, UkrainianNational1996)]
    return list(dict.fromkeys(clean_latin(s) for s in out))


def _move(row: Row, spelling: str, russian: bool) -> None:
    folded = fold_latin(spelling)
    row.aliases = [a for a in row.aliases if fold_latin(a) != folded]
    row.russian = [a for a in row.russian if fold_latin(a) != folded]
    (row.russian if russian else row.aliases).append(spelling)


def apply_renames(rows: dict[str, Row]) -> int:
    """Add the former names to ``rows``; returns how many former names were applied."""
    lines = [ln for ln in RENAMED.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    count = 0
    for rec in csv.DictReader(lines, delimiter="\t"):
        row = rows.get(rec["id"])
        if row is None or norm_apostrophe(row.uk or "") != norm_apostrophe(rec["uk"]):
            raise RenameDataError(
                f"{RENAMED.name}: {rec['id']} is not {rec['uk']} in the table "
                f"(found {row.uk if row else 'nothing'}); fix the id or the name."
            )
        former_uk, former_ru, until = rec["former_uk"], rec["former_ru"], int(rec["until"] or 0)
        uk_set = _uk_official(former_uk)
        ru_set = list(ru_spellings(former_ru, official_only=True)) if former_ru else []
        uk_folded = {fold_latin(s) for s in uk_set}
        ru_folded = {fold_latin(s) for s in ru_set}
        extras = [clean_latin(s) for s in rec["extra_en"].split("|") if s]
        canonical = fold_latin(row.en)
        done = {fold_latin(s) for s, _ in row.former}
        for spelling in [*uk_set, *ru_set, *extras]:
            folded = fold_latin(spelling)
            if folded in done or folded == canonical:
                continue
            done.add(folded)
            if folded in uk_folded:
                russian = False
            elif folded in ru_folded:
                russian = True
            else:
                to_uk = max(similarity(spelling, s) for s in uk_set)
                to_ru = max((similarity(spelling, s) for s in ru_set), default=0.0)
                russian = to_ru > to_uk
            _move(row, spelling, russian)
            row.former.append((spelling, until))
        row.former_uk.append(former_uk)
        if former_ru and former_ru != row.ru and former_ru not in row.former_ru:
            row.former_ru.append(former_ru)
        count += 1
    return count
