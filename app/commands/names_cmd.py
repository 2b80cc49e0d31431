"""``reviewdesk check-names FILE [--format json|text]``: flag name variants in English text.

FILE is UTF-8 English text (a byte-order mark is accepted and is not part of the text). JSON
output is one object ``{"flags": [...], "mentions": [...]}`` whose ``start``/``end`` are Python
string indices into the decoded text. Exit status 0 whether or not anything is flagged, 2 with a
message on stderr when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


class UnreadableFileError(Exception):
    """The input file is missing, a directory, unreadable or not UTF-8 text."""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check-names",
        help="flag Russian-derived and inconsistent spellings of names in English text",
        description=(
            "Find the people and places in FILE (UTF-8 English text) and flag spellings to "
            "check: Russian-derived place names (Kiev -> Kyiv), other romanizations, Russian "
            "case forms, and names spelled two ways in one text."
        ),
    )
    parser.add_argument("file", type=Path, help="UTF-8 English text file")
    parser.add_argument(
        "--format", choices=("json", "text"), default="text", help="output format (default text)"
    )
    parser.set_defaults(handler=run)


def read_text(path: Path) -> str:
    """The decoded text of ``path`` (BOM dropped, line endings kept as they are)."""
    if path.is_dir():
        raise UnreadableFileError(f"{path} is a folder, not a text file; give a .txt file.")
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"{path} does not exist; check the file name.") from exc
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            f"{path} is not UTF-8 text (invalid byte at position {exc.start}); "
            "save it as UTF-8 and try again."
        ) from exc


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text(args.file)
    except UnreadableFileError as exc:
        print(f"reviewdesk check-names: {exc}", file=sys.stderr)
        return 2
    from app.core.collector import gc_paused

    # no cycle collection while the findings pile up (it would rescan them all, again and
    # again); they are freed before it resumes, or its first pass would scan them all once more
    with gc_paused():
        result = check_text(text, show_progress=sys.stderr.isatty())
        if args.format == "json":
            output = json.dumps(result.to_json(), ensure_ascii=False) + "\n"
        else:
            output = format_text(text, result)
        del result
    sys.stdout.write(output)
    return 0


def check_text(text: str, show_progress: bool = False):
    """Check ``text`` line by line as one document; offsets index the whole text."""
    import time

    from app.core.segmenter import bounded_pieces
    from app.names.checker import NameChecker
    from app.names.findings import CheckResult, shifted

    # A very long line (a 1 MB paste with no line break) is checked in bounded pieces, so the
    # work stays proportional to the text.
    lines = [piece for line in (text.splitlines(keepends=True) or [text])
             for piece in bounded_pieces(line)]
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        if show_progress and time.monotonic() - started > 0.5:
            print(f"\rChecking names: line {done} of {total}", end="", file=sys.stderr)

    results = NameChecker().check_english_texts(lines, progress)
    if show_progress and time.monotonic() - started > 0.5:
        print(f"\rChecking names: {len(lines)} lines done.   ", file=sys.stderr)
    combined = CheckResult()
    offset = 0
    for line, result in zip(lines, results, strict=True):
        combined.flags.extend(shifted(f, offset) for f in result.flags)
        combined.mentions.extend(shifted(m, offset) for m in result.mentions)
        offset += len(line)
    return combined


def format_text(text: str, result) -> str:
    """Human-readable report: one line per flag, then each name with its forms."""
    lines = []
    for flag in result.flags:
        line = text.count("\n", 0, flag.start) + 1
        column = flag.start - (text.rfind("\n", 0, flag.start) + 1) + 1
        arrow = f" -> {flag.suggestion}" if flag.suggestion else ""
        lines.append(
            f"{line}:{column}: {flag.severity} [{flag.kind}] {flag.text}{arrow}: {flag.reason}"
        )
    count = len(result.flags)
    lines.append(f"{count} flag{'s' if count != 1 else ''}.")
    forms: dict[str, dict[str, int]] = {}
    canonical: dict[str, str] = {}
    for mention in result.mentions:
        if mention.concept.startswith("name:"):
            continue
        forms.setdefault(mention.concept, {}).setdefault(mention.text, 0)
        forms[mention.concept][mention.text] += 1
        canonical.setdefault(mention.concept, mention.canonical)
    if forms:
        lines.append("Names:")
        for concept, spelled in forms.items():
            listed = ", ".join(f"{form} ({n})" for form, n in spelled.items())
            lines.append(f"  {canonical[concept]} [{concept}]: {listed}")
    return "\n".join(lines) + "\n"
