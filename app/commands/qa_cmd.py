"""``reviewdesk qa --project P [--format json|csv|html] [-o FILE]``: the project's QA report.

Every QA check on every cell plus the name flags; findings an editor ignored are left out (the
HTML report lists them as ignored). Without ``-o`` the report goes to standard output; with it,
the file is written whole or not at all (a temporary file renamed into place). Exit 0 whether
or not anything was found, 2 with a message when the project cannot be read or the file
cannot be written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "qa",
        help="check numbers, punctuation, quotes, spelling, names ... and print the findings",
        description=(
            "Run every QA check (numbers, units and dates kept, punctuation and quotes, "
            "untranslated or empty cells, mixed scripts, addresses kept, consistency, "
            "spelling) and the name checks over the project and report the findings."
        ),
    )
    parser.add_argument("--project", "-p", type=Path, required=True,
                        help="project file (.rdproj)")
    parser.add_argument("--format", choices=("json", "csv", "html"), default="json",
                        help="report format (default json)")
    parser.add_argument("-o", "--output", type=Path, help="write the report to this file")
    parser.add_argument("--no-names", action="store_true", help="leave out the name flags")
    parser.set_defaults(handler=run)


def _fail(message: object) -> int:
    print(f"reviewdesk qa: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from app.qa.parallel_runner import default_workers
    from app.qa.project_report import build_report
    from app.storage.database import open_project
    from app.storage.errors import ProjectError

    try:
        with open_project(args.project) as pdb:
            context = _context(pdb)
            report = build_report(pdb, names=not args.no_names,
                                  keep_ignored=args.format == "html", context=context,
                                  workers=default_workers())
    except ProjectError as exc:
        return _fail(exc)
    text = render(report, args.format, title=args.project.name)
    if args.output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head -1`: the reader had enough
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    try:
        write_whole(args.output, text)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}.")
    print(f"Wrote {len(report.items)} findings to {args.output}", file=sys.stderr)
    return 0


def _context(pdb):
    """Checks' context with the project's speller; without dictionaries, one message on
    stderr and the other checks still run."""
    from app.qa.project_spelling import project_speller
    from app.qa.spelling import SpellingUnavailableError
    from app.qa.unit import CheckContext

    context = CheckContext(extras={"spelling_suggestions": True})
    try:
        context.speller = project_speller(pdb)
    except SpellingUnavailableError as exc:
        print(f"reviewdesk qa: {exc}", file=sys.stderr)
    return context


def render(report, fmt: str, title: str = "") -> str:
    if fmt == "json":
        from app.qa.report_formats import to_json

        return to_json(report)
    if fmt == "csv":
        from app.qa.report_formats import to_csv

        return to_csv(report)
    from app.qa.report_html import to_html

    return to_html(report, title=title)


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it: all or nothing."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
