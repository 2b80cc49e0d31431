"""Inline tags around machine translation: engines see tag-free text, the project gets tags.

The translation service sends ``engine_text(source)`` (the source without its tags) to the
engine and keys the cache by it, so a sentence translates the same with or without formatting.
``with_tags`` then puts each source's tags into its translation (``app.documents.tag_transfer``):
an engine that can tell where words went offers ``place_tags(items, source, target)``, items
being (coded source, plain translation), answering the coded translation or None per item
(Argos: attention of the model; LibreTranslate: its HTML mode); otherwise, and for drafts and
alternatives, the tags go by the text alone (edges kept, the rest before the final punctuation).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from app.documents.inline_codes import has_tags, strip_tags
from app.documents.tag_transfer import transfer_tags
from app.mt.engine import Candidate, Engine, MTError, SegmentTranslation

log = logging.getLogger(__name__)


def engine_text(source: str) -> str:
    """What the engine and the cache see of a segment's source."""
    return strip_tags(source)


def _placed(source: str, candidate: Candidate, coded: str | None = None) -> Candidate:
    if coded is None or strip_tags(coded) != candidate.text:
        coded = transfer_tags(source, candidate.text)
    return replace(candidate, text=coded)


def with_tags(engine: Engine, key: Any, results: Sequence[tuple]) -> list[tuple]:
    """``results`` — tuples (segment, translation, is draft, ...) — with every tagged source's
    tags put into its translation (the best text and the alternatives)."""
    tagged = [n for n, (segment, *_rest) in enumerate(results) if has_tags(segment.source)]
    if not tagged:
        return list(results)
    hinted = [n for n in tagged if not (len(results[n]) > 2 and results[n][2])]  # not drafts
    hints: dict[int, str | None] = {}
    placer = getattr(engine, "place_tags", None)
    if placer is not None and hinted:
        items = [(results[n][0].source, results[n][1].best.text) for n in hinted]
        try:
            hints = dict(zip(hinted, placer(items, key.source_lang, key.target_lang),
                             strict=True))
        except MTError as exc:  # placement is a nicety: the text is there already
            log.warning("The engine could not place the tags (%s); placed by the text", exc)
    out = list(results)
    for n in tagged:
        segment, translation, *rest = results[n]
        source = segment.source
        translated: SegmentTranslation = replace(
            translation,
            best=_placed(source, translation.best, hints.get(n)),
            alternatives=tuple(_placed(source, c) for c in translation.alternatives),
        )
        out[n] = (segment, translated, *rest)
    return out
