"""English forms of Slavic given names: "Alexander" for Aleksandr / Oleksandr, "Eugene" for
Yevgeny.

News in English often writes a Russian or Ukrainian given name in its English form (Alexander
Lukashenko, Alexander Syrsky). The name tables hold romanizations only, so these forms are
mapped to one romanization of the Russian name before the tables are asked.
"""

from __future__ import annotations

from typing import Any

_RUSSIAN_SPELLING = {
    "alexander": "Aleksandr",
    "alexandr": "Aleksandr",
    "eugene": "Yevgeny",
    "eugenia": "Yevgenia",
    "peter": "Pyotr",
    "paul": "Pavel",
    "nicholas": "Nikolai",
    "michael": "Mikhail",
    "andrew": "Andrei",
    "george": "Georgy",
    "gregory": "Grigory",
    "catherine": "Yekaterina",
    "helen": "Yelena",
    "basil": "Vasily",
    "theodore": "Fyodor",
    "joseph": "Iosif",
    "jacob": "Yakov",
    "anthony": "Anton",
    "stephen": "Stepan",
    "matthew": "Matvei",
    "daniel": "Daniil",
}


def table_spelling(latin: str) -> str:
    """The spelling to look ``latin`` up by in the name tables (itself unless English)."""
    return _RUSSIAN_SPELLING.get(latin.casefold(), latin)


def given_name(data: Any, latin: str) -> Any:
    """``data.given_name`` that also reads English forms (Alexander -> Aleksandr)."""
    reading = data.given_name(latin)
    if reading.known:
        return reading
    spelling = table_spelling(latin)
    return data.given_name(spelling) if spelling != latin else reading
