"""``reviewdesk status --project P``: how many segments are new, translated, approved..."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "status",
        help="count segments per language and review status",
        description="Print the number of segments per target language and review status.",
    )
    parser.add_argument(
        "--project", "-p", type=Path, required=True, help="project file (.rdproj)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.storage.database import open_project
    from app.storage.errors import ProjectError
    from app.storage.project_repo import ProjectRepository

    try:
        pdb = open_project(args.project, read_only=True)  # status never writes
    except ProjectError as exc:
        print(f"reviewdesk status: {exc}", file=sys.stderr)
        return 2
    with pdb:
        counts = ProjectRepository(pdb).status_counts()
    if args.format == "json":
        print(json.dumps(counts, ensure_ascii=False))
    else:
        print(format_table(counts))
    return 0


def format_table(counts: dict) -> str:
    """Segments: N, then one row per language with a column per status."""
    languages = [key for key in counts if key != "segments"]
    statuses = list(counts[languages[0]]) if languages else []
    header = ["lang", *statuses]
    rows = [[lang, *(str(counts[lang][s]) for s in statuses)] for lang in languages]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [f"Segments: {counts['segments']}"]
    for row in [header, *rows]:
        lines.append("  ".join(cell.rjust(w) if i else cell.ljust(w)
                               for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
    return "\n".join(lines)
