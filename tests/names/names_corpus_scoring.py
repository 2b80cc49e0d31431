"""Score the name checker against a hand-annotated folder of English news texts.

The folder holds the texts as .txt files and an annotations.tsv with one row per name:
file, text, occurrence (1-based among exact matches, or * for all), expect (flag / ok / any /
info) and, for flag rows, the suggestion the flag must carry. Header lines start with ``#``;
``# scoring: strict`` and ``# scoring: quiet`` choose the stricter modes described in
tests/names/README.md, and ``# first-run: ...`` records the figures of the engine's first run.
Every .txt file of the folder is checked, with or without rows: a flag on a span no row covers
is false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.names.checker import check_english

#: A quiet set's figure is flags per this many words.
QUIET_WORDS = 20_000


@dataclass
class Score:
    variants: int = 0
    found: int = 0
    flags: int = 0
    false_flags: int = 0
    misses: list[str] = field(default_factory=list)
    ok_rows: int = 0
    words: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.variants if self.variants else 0.0

    @property
    def false_rate(self) -> float:
        return self.false_flags / self.flags if self.flags else 0.0

    @property
    def flags_per_quiet_words(self) -> float:
        """False flags per 20,000 words (the quiet sets' figure)."""
        return self.false_flags * QUIET_WORDS / self.words if self.words else 0.0

    def summary(self, mode: str) -> str:
        if mode == "quiet":
            return (
                f"{self.false_flags} flags in {self.words} words = "
                f"{self.flags_per_quiet_words:.2f} per {QUIET_WORDS:,}"
            )
        return (
            f"recall {self.found}/{self.variants} = {self.recall:.1%}; "
            f"false flags {self.false_flags}/{self.flags} = {self.false_rate:.1%}"
        )


@dataclass(frozen=True)
class SetHeader:
    mode: str = "plain"  # plain (the older sets), strict or quiet
    first_run: str | None = None


def read_header(folder: Path) -> SetHeader:
    mode, first_run = "plain", None
    for line in (folder / "annotations.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            continue
        text = line.lstrip("#").strip()
        if text.startswith("scoring:"):
            mode = text.partition(":")[2].strip()
        elif text.startswith("first-run:"):
            first_run = text.partition(":")[2].strip()
    return SetHeader(mode, first_run)


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
    header = read_header(folder)
    strict = header.mode == "strict"
    by_file: dict[str, list] = {path.name: [] for path in folder.glob("*.txt")}
    for row in read_annotations(folder):
        by_file.setdefault(row[0], []).append(row)
    score = Score()
    for file, rows in sorted(by_file.items()):
        content = (folder / file).read_text(encoding="utf-8")
        score.words += len(content.split())
        result = check_english(content)
        expected: dict[tuple[int, int], str | None] = {}
        tolerated: set[tuple[int, int]] = set()
        info_only: set[tuple[int, int]] = set()
        for _, text, occurrence, expect, suggestion in rows:
            for span in spans(content, text, occurrence):
                if expect == "flag":
                    expected[span] = suggestion
                elif expect == "any":
                    tolerated.add(span)
                elif expect == "info":
                    info_only.add(span)
                else:
                    score.ok_rows += 1
        flagged = {(f.start, f.end): f for f in result.flags}
        for span, suggestion in expected.items():
            score.variants += 1
            flag = flagged.get(span)
            shown = flag is not None and not (strict and flag.severity == "info")
            if shown and flag is not None and flag.suggestion == suggestion:
                score.found += 1
            else:
                got = f"{flag.kind} [{flag.severity}] -> {flag.suggestion}" if flag else "no flag"
                score.misses.append(f"{file}: {content[span[0]:span[1]]} ({got})")
        for span, flag in flagged.items():
            score.flags += 1
            if span in expected or span in tolerated:
                continue
            if span in info_only and flag.severity == "info":
                continue
            score.false_flags += 1
            score.misses.append(
                f"{file}: false flag {flag.text} [{flag.kind} {flag.severity}] -> {flag.suggestion}"
            )
    return score


def main(argv: list[str]) -> int:
    """Print the figures and the misses of each folder named on the command line
    (``python tests/names/names_corpus_scoring.py tests/names/blind6``)."""
    for name in argv:
        folder = Path(name)
        header = read_header(folder)
        score = score_folder(folder)
        print(f"{folder.name}: {score.summary(header.mode)}")
        print("\n".join(f"  {miss}" for miss in score.misses))
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
