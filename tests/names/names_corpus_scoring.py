"""Score the name checker against a hand-annotated folder of English news paragraphs.

The folder holds the paragraphs as .txt files and an annotations.tsv with one row per name:
file, text, occurrence (1-based among exact matches, or * for all), expect (flag / ok / any)
and, for flag rows, the suggestion the flag must carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.names.checker import check_english


@dataclass
class Score:
    variants: int = 0
    found: int = 0
    flags: int = 0
    false_flags: int = 0
    misses: list[str] = field(default_factory=list)
    ok_rows: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.variants if self.variants else 0.0

    @property
    def false_rate(self) -> float:
        return self.false_flags / self.flags if self.flags else 0.0


def read_annotations(folder: Path) -> list[tuple[str, str, str, str, str | None]]:
    rows = []
    for line in (folder / "annotations.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        file, text, occurrence, expect = fields[:4]
        suggestion = fields[4] if len(fields) > 4 else None
        rows.append((file, text, occurrence, expect, suggestion))
    return rows


def spans(content: str, text: str, occurrence: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w])" + re.escape(text) + r"(?![\w])")
    found = [(m.start(), m.end()) for m in pattern.finditer(content)]
    assert found, f"annotation {text!r} not found in the paragraph"
    return found if occurrence == "*" else [found[int(occurrence) - 1]]


def score_folder(folder: Path) -> Score:
    by_file: dict[str, list] = {}
    for row in read_annotations(folder):
        by_file.setdefault(row[0], []).append(row)
    score = Score()
    for file, rows in sorted(by_file.items()):
        content = (folder / file).read_text(encoding="utf-8")
        result = check_english(content)
        expected: dict[tuple[int, int], str | None] = {}
        tolerated: set[tuple[int, int]] = set()
        for _, text, occurrence, expect, suggestion in rows:
            for span in spans(content, text, occurrence):
                if expect == "flag":
                    expected[span] = suggestion
                elif expect == "any":
                    tolerated.add(span)
                else:
                    score.ok_rows += 1
        flagged = {(f.start, f.end): f for f in result.flags}
        for span, suggestion in expected.items():
            score.variants += 1
            flag = flagged.get(span)
            if flag is not None and flag.suggestion == suggestion:
                score.found += 1
            else:
                got = f"{flag.kind} -> {flag.suggestion}" if flag else "no flag"
                score.misses.append(f"{file}: {content[span[0]:span[1]]} ({got})")
        for span, flag in flagged.items():
            score.flags += 1
            if span not in expected and span not in tolerated:
                score.false_flags += 1
                score.misses.append(
                    f"{file}: false flag {flag.text} [{flag.kind}] -> {flag.suggestion}"
                )
    return score
