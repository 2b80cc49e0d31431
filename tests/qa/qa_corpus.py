"""The QA benchmark corpus and a fingerprint of the findings on it (for the benchmark and the
regression test that the fast path finds exactly what the per-segment path finds).

The corpus is the WMT22 general test set (``data/wmt22_en_ru_uk.zip``, see SOURCES.md): 2,037
English sentences (news about Ukraine and Russia, e-commerce, conversation, social media) with a
professional Russian *and* Ukrainian translation of each, so every row has a real translation in
both columns. ``rows(count)`` cycles it; repeats get a number appended in all three columns so
the checks cannot coast on repeated text.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data" / "wmt22_en_ru_uk.zip"


def triples() -> list[tuple[str, str, str]]:
    """(English, Russian, Ukrainian) in the order of the en-ru file (the en-uk file has the
    same English sentences in another order)."""
    with zipfile.ZipFile(DATA) as archive:
        def lines(name: str) -> list[str]:
            return archive.read(name).decode("utf-8").split("\n")[:-1]
        en_ru = lines("generaltest2022.en-ru.src.en")
        ru = lines("generaltest2022.en-ru.ref.A.ru")
        uk_by_en: dict[str, str] = {}
        for en, uk in zip(lines("generaltest2022.en-uk.src.en"),
                          lines("generaltest2022.en-uk.ref.A.uk"), strict=True):
            uk_by_en.setdefault(en, uk)
    return [(en, r, uk_by_en[en]) for en, r in zip(en_ru, ru, strict=True)]


def rows(count: int, start: int = 0):
    """``count`` grid rows (segment ids from 1), ru machine output and an edited uk column."""
    from app.core.model import Cell, Row, Segment, Status

    found = triples()
    result = []
    for i in range(start, start + count):
        en, ru, uk = found[i % len(found)]
        if i >= len(found):  # vary repeats: a number every column keeps
            en, ru, uk = f"{en} ({i})", f"{ru} ({i})", f"{uk} ({i})"
        result.append(Row(Segment(i + 1, 1, i, i // 5, i % 5, en), {
            "ru": Cell(i + 1, "ru", Status.TRANSLATED, ru, ru),
            "uk": Cell(i + 1, "uk", Status.EDITED, uk, None),
        }))
    return result


def fingerprint(results) -> tuple[Counter, str]:
    """Findings per ``kind:reason`` and a SHA-256 of all findings sorted (cell, then every
    field), for ``runner.check_rows`` results."""
    items = sorted((sid, lang, repr(finding)) for (sid, lang), found in results.items()
                   for finding in found)
    counts = Counter(f"{finding.kind}:{finding.reason}" for found in results.values()
                     for finding in found)
    digest = hashlib.sha256("\n".join(map(repr, items)).encode("utf-8")).hexdigest()
    return counts, digest
