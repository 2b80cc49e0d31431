"""A translation found in an XLIFF or PO file shows in the grid with the status its state
means, and an exported file gets the state word of the reviewer's decision."""

from __future__ import annotations

import pytest

from app.core.model import Status
from app.documents.target_states import (
    block_status,
    po_fuzzy,
    status_for,
    xliff2_state,
    xliff12_state,
)


@pytest.mark.parametrize(("word", "status"), [
    ("new", Status.TRANSLATED),
    ("needs-translation", Status.TRANSLATED),
    ("needs-review-translation", Status.TRANSLATED),
    ("needs-review-l10n", Status.TRANSLATED),
    ("translated", Status.EDITED),
    ("signed-off", Status.APPROVED),
    ("final", Status.APPROVED),
    ("initial", Status.TRANSLATED),
    ("reviewed", Status.EDITED),
    ("fuzzy", Status.TRANSLATED),
    (" Final ", Status.APPROVED),
    ("rejected", Status.REJECTED),
    ("x-pending-legal", Status.TRANSLATED),  # 1.2 allows x- extensions: a draft
    (None, Status.EDITED),  # a target without a state is a person's translation
    ("", Status.EDITED),
])
def test_file_state_to_status(word, status):
    assert status_for(word) is status


def test_export_states_round_trip_for_decisions():
    for status in (Status.TRANSLATED, Status.EDITED, Status.APPROVED):
        assert status_for(xliff12_state(status)) is status
    for status in (Status.EDITED, Status.APPROVED):
        assert status_for(xliff2_state(status)) is status
    # XLIFF 2.0 has no "machine draft" state: machine output is exported as "translated"
    # (as app.formats.xliff_writer always did) and comes back as a person's translation.
    assert xliff2_state(Status.TRANSLATED) == "translated"
    assert xliff12_state(Status.APPROVED) == "final"
    assert xliff2_state(Status.EDITED) == "reviewed"
    assert xliff12_state(Status.REJECTED) == "needs-translation"


def test_po_fuzzy_unless_a_person_accepted_it():
    assert [po_fuzzy(s) for s in Status] == [
        s not in (Status.EDITED, Status.APPROVED) for s in Status]
    assert po_fuzzy(Status.TRANSLATED) and not po_fuzzy(Status.APPROVED)


def test_block_takes_the_weakest_segment_status():
    assert block_status([Status.APPROVED, Status.EDITED]) is Status.EDITED
    assert block_status([Status.APPROVED, Status.TRANSLATED, Status.EDITED]) is Status.TRANSLATED
    assert block_status([Status.APPROVED, Status.REJECTED]) is Status.REJECTED
    assert block_status([Status.APPROVED]) is Status.APPROVED
    assert block_status([]) is Status.NEW
