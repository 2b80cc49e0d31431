"""States of translations already in a file (XLIFF 1.2, XLIFF 2.0, PO) and Review Desk statuses.

Import (``status_for``): a target the file marks as finished (XLIFF 1.2 ``signed-off``/``final``,
XLIFF 2.0 ``final``) is APPROVED; a target a person wrote and the file calls done but not
signed off (1.2 ``translated``, 2.0 ``translated``/``reviewed``, a PO ``msgstr`` without the
fuzzy flag) is EDITED, so machine translation never overwrites it; a target the file itself
marks as unfinished (1.2 ``new``, ``needs-*``, 2.0 ``initial``, PO ``fuzzy``) is a draft to
review, TRANSLATED, the status of unreviewed machine output. ``rejected`` is what Review Desk's
own XLIFF export writes as ``subState="reviewdesk:rejected"``.

Export (``xliff12_state``, ``xliff2_state``, ``po_fuzzy``): the reverse, from the cell's status.
A block of several segments takes the weakest status of its segments (``block_status``).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.model import Status

#: XLIFF 1.2 ``state`` values (XLIFF 1.2 spec, section "state"), plus ``approved`` for a
#: ``<trans-unit approved="yes">`` whose target has no state.
XLIFF12_STATES = {
    "new": Status.TRANSLATED,
    "needs-translation": Status.TRANSLATED,
    "needs-adaptation": Status.TRANSLATED,
    "needs-l10n": Status.TRANSLATED,
    "needs-review-translation": Status.TRANSLATED,
    "needs-review-adaptation": Status.TRANSLATED,
    "needs-review-l10n": Status.TRANSLATED,
    "translated": Status.EDITED,
    "signed-off": Status.APPROVED,
    "final": Status.APPROVED,
    "approved": Status.APPROVED,
}
#: XLIFF 2.0 segment ``state`` values.
XLIFF2_STATES = {
    "initial": Status.TRANSLATED,
    "translated": Status.EDITED,
    "reviewed": Status.EDITED,
    "final": Status.APPROVED,
}
#: SDL Trados (SDLXLIFF) ``conf`` of a segment (``sdl:seg``), lower-cased.
SDL_CONF = {
    "draft": Status.TRANSLATED,
    "translated": Status.EDITED,
    "rejectedtranslation": Status.REJECTED,
    "approvedtranslation": Status.APPROVED,
    "rejectedsignoff": Status.REJECTED,
    "approvedsignoff": Status.APPROVED,
}
#: PO: a msgstr with the ``fuzzy`` flag, or without it.
PO_STATES = {"fuzzy": Status.TRANSLATED, "translated": Status.EDITED}
REJECTED = "rejected"
#: XLIFF 2.0 ``subState`` of a rejected translation (``state`` is then ``initial``).
REJECTED_SUBSTATE = "reviewdesk:rejected"

#: Export: the state word each format gets for a cell's status.
XLIFF12_STATE = {
    Status.NEW: "new",
    Status.TRANSLATED: "needs-review-translation",
    Status.EDITED: "translated",
    Status.APPROVED: "final",
    Status.REJECTED: "needs-translation",
}
XLIFF2_STATE = {
    Status.NEW: "initial",
    Status.TRANSLATED: "translated",
    Status.EDITED: "reviewed",
    Status.APPROVED: "final",
    Status.REJECTED: "initial",
}

SDL_CONF_FOR = {
    Status.NEW: "Draft",
    Status.TRANSLATED: "Draft",
    Status.EDITED: "Translated",
    Status.APPROVED: "ApprovedTranslation",
    Status.REJECTED: "RejectedTranslation",
}

_WEAKEST_FIRST = (Status.REJECTED, Status.NEW, Status.TRANSLATED, Status.EDITED, Status.APPROVED)


def status_for(format_state: str | None) -> Status:
    """The Review Desk status of a translation found in a file with this state word (any of
    the XLIFF 1.2, XLIFF 2.0 and PO words; case and surrounding spaces ignored). A target with
    no state at all is a person's translation: EDITED. An unknown word (1.2 allows ``x-...``
    extensions) is a draft: TRANSLATED."""
    if format_state is None or not format_state.strip():
        return Status.EDITED
    word = format_state.strip().lower()
    if word == REJECTED:
        return Status.REJECTED
    for table in (XLIFF12_STATES, XLIFF2_STATES, PO_STATES, SDL_CONF):
        if word in table:
            return table[word]
    return Status.TRANSLATED


def xliff12_state(status: Status) -> str:
    return XLIFF12_STATE[Status(status)]


def xliff2_state(status: Status) -> str:
    return XLIFF2_STATE[Status(status)]


def po_fuzzy(status: Status) -> bool:
    """Whether an exported PO entry keeps/gets the ``fuzzy`` flag: everything a person has not
    accepted (machine output, rejected) is fuzzy, so gettext does not use it."""
    return Status(status) not in (Status.EDITED, Status.APPROVED)


def block_status(statuses: Iterable[Status]) -> Status:
    """The status of a block from its segments' statuses: the weakest one (a block with one
    rejected sentence is rejected; one machine sentence makes the block machine output)."""
    found = {Status(s) for s in statuses}
    for status in _WEAKEST_FIRST:
        if status in found:
            return status
    return Status.NEW
