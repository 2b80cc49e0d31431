"""English names of places in Ukraine that belong to one event's history (the Crimean War).

"Balaclava" and "Sebastopol" are how British histories of 1854-1855 name Balaklava and
Sevastopol, and how the suburbs, towns and streets named after that war (Balaclava in
Melbourne, Sebastopol Street) are called. In a document that names the event and never speaks
of today's Ukraine, such a spelling is the event's or the namesake's; flagging it would ask the
editor to rewrite history or an address. The list is resources/names/historical_exonyms.tsv
(spelling, KMU name, event pattern, why).
"""

from __future__ import annotations

import re
from functools import cache

from app.core.resources import resource_path


@cache
def _table() -> dict[str, re.Pattern[str]]:
    """Casefolded spelling -> the event a document must name."""
    table: dict[str, re.Pattern[str]] = {}
    path = resource_path("names", "historical_exonyms.tsv")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            spelling, _, event = line.rstrip("\n").split("\t")[:3]
            table[spelling.casefold()] = re.compile(event, re.IGNORECASE)
    return table


def event_of(spelling: str) -> re.Pattern[str] | None:
    """The event whose history writes ``spelling`` this way, if it is listed."""
    return _table().get(spelling.casefold())
