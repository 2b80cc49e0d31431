"""Name-flag reasons are templates the window can translate (app/names/reasons.py)."""

from __future__ import annotations

import csv
from pathlib import Path

from app.names.checker import NameChecker
from app.names.reasons import CONTEXT, REASONS, english

ROOT = Path(__file__).resolve().parents[2]


def test_every_flag_reason_is_built_from_templates():
    texts = [
        'Shelling hit Kharkov and Zaporizhzhya. "Kiev is calm," he said. Dynamo Kiev won.',
        "Andriy Yermak met reporters. Later, Andrii Yermak said the talks went well.",
        "Drones hit Kirovograd; Artemivsk, Luhansk Oblast, was quiet. Komsomolske too.",
        "Morozov scored. A cross from Morozova went wide. Kharkiv and Kharkov both.",
    ]
    flags = [f for result in NameChecker().check_english_texts(texts) for f in result.flags]
    assert len({f.kind for f in flags}) >= 5
    for flag in flags:
        assert flag.reason_parts, flag
        assert all(code in REASONS for code, _ in flag.reason_parts)
        assert english(flag.reason_parts) == flag.reason


def test_every_template_has_a_russian_and_ukrainian_translation_waiting():
    rows = {}
    for path in (ROOT / "translations" / "pending").glob("*.tsv"):
        with path.open(encoding="utf-8") as f:
            rows.update({(r[0], r[1]): r[2:]
                         for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)})
    for template in REASONS.values():
        ru, uk = rows[(CONTEXT, template)]
        for translated in (ru, uk):
            assert {p for p in ("%1", "%2", "%3", "%4") if p in template} == {
                p for p in ("%1", "%2", "%3", "%4") if p in translated}
