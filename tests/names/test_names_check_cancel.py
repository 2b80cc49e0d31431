"""A names check can be stopped between segments (Qt-free)."""

from __future__ import annotations

import pytest

from app.names.checker import CheckCancelled, NameChecker, SegmentText


def test_check_segments_stops_once_cancelled_and_runs_to_the_end_otherwise():
    texts = [SegmentText("Officials in Kiev met Vladimir Putin.")] * 50
    checker = NameChecker()
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 10  # stop part-way through the first pass over the texts

    with pytest.raises(CheckCancelled):
        checker.check_segments(texts, cancelled)
    assert len(asked) == 11  # asked between texts, stopped at the first True
    results = checker.check_segments(texts, lambda: False)
    assert len(results) == 50 and results[0].en.flags  # "Kiev" is flagged
