"""The whole glossary as JSON: every concept with every term field, authors and dates.

``{"format": "reviewdesk-glossary", "version": 1, "concepts": [Concept.to_dict(), ...]}``.
Written concept by concept so large glossaries do not build one big string.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from app.core.glossary_model import Concept, GlossaryFormatError

FORMAT = "reviewdesk-glossary"
VERSION = 1


def write_json(concepts: Iterable[Concept], path: Path | str) -> int:
    count = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        fh.write(f'{{"format": "{FORMAT}", "version": {VERSION}, "concepts": [')
        for concept in concepts:
            fh.write(",\n" if count else "\n")
            fh.write(json.dumps(concept.to_dict(), ensure_ascii=False))
            count += 1
        fh.write("\n]}\n")
    return count


def read_json(path: Path | str) -> list[Concept]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GlossaryFormatError(f"{path.name} is not valid JSON ({exc}).") from exc
    except RecursionError as exc:
        raise GlossaryFormatError(
            f"{path.name} nests its JSON too deeply to be a glossary; nothing was imported."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GlossaryFormatError(
            f"{path.name} is JSON but not a Review Desk glossary (no \"format\": \"{FORMAT}\")."
        )
    if data.get("version") != VERSION:
        raise GlossaryFormatError(
            f"{path.name} is glossary format version {data.get('version')}; this Review Desk "
            f"reads version {VERSION}. Update Review Desk."
        )
    concepts = []
    seen: set[str] = set()
    for n, item in enumerate(data.get("concepts") or (), start=1):
        try:
            concept = Concept.from_dict(item)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise GlossaryFormatError(
                f"{path.name}: concept number {n} is incomplete or has a wrong value ({exc})."
            ) from exc
        if not concept.terms:
            raise GlossaryFormatError(
                f"{path.name}: concept number {n} is incomplete: it has no terms."
            )
        if concept.external_id is not None:
            if concept.external_id in seen:
                raise GlossaryFormatError(
                    f"{path.name}: id {concept.external_id} appears twice; each concept needs "
                    "its own id."
                )
            seen.add(concept.external_id)
        concepts.append(concept)
    return concepts
