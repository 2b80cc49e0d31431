"""``reviewdesk export --project P --lang ru|uk [-o FILE] [--only-approved] [--format text]``.

Writes each document of the project in its own format (or as plain text) with every segment
replaced by its best text; one summary line per document on stdout, the segments that need
attention after it. Exit status: 0 written, 2 nothing written (no project, bad option, cannot
write).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the translated document (same format as the original, or plain text)",
        description=(
            "Write the Russian or Ukrainian version of the project's documents in their "
            "original format (Word, OpenDocument, HTML, Markdown, text ...), formatting kept and "
            "the language set, each segment replaced by its best text: approved, else edited, "
            "else machine, else the English."
        ),
        epilog=(
            "Without -o the file is written beside the project file, named after the "
            "document: article.docx -> article.ru.docx (article.ru.txt with --format text). "
            "With several documents in the project, -o names a folder."
        ),
    )
    parser.add_argument("--project", "-p", type=Path, required=True, help="project file")
    parser.add_argument("--lang", "-l", required=True, choices=("ru", "uk"),
                        help="target language")
    parser.add_argument("-o", "--output", type=Path,
                        help="output file (a folder when the project has several documents)")
    parser.add_argument(
        "--only-approved", action="store_true",
        help="use approved translations only; every other segment stays in English",
    )
    parser.add_argument(
        "--format", choices=("original", "text"), default="original",
        help="original: the document's own format (default); text: plain text, any format",
    )
    parser.add_argument("--document", help="export only the document with this name")
    parser.set_defaults(handler=run)


def _fail(message: str) -> int:
    print(f"reviewdesk export: {message}", file=sys.stderr)
    return 2


def summary_line(report, path: Path) -> str:
    counts = report.counts
    parts = [f"{counts['approved']} approved"]
    if not report.only_approved:
        parts += [f"{counts['edited']} edited", f"{counts['machine']} machine"]
    parts.append(f"{report.left_in_english} left in English")
    return f"Wrote {path} ({report.lang}): " + ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    from app.core.document_reader import DocumentError
    from app.documents.export import export_document, write_atomically
    from app.documents.inline_codes import display
    from app.documents.model import DocumentFormatError
    from app.storage.database import open_project
    from app.storage.errors import ProjectError
    from app.storage.project_repo import ProjectRepository

    if not args.project.exists():
        return _fail(f"{args.project} does not exist.")
    try:
        pdb = open_project(args.project)
    except ProjectError as exc:
        return _fail(str(exc))
    try:
        documents = ProjectRepository(pdb).documents()
        if args.document:
            documents = [d for d in documents if d.name == args.document]
            if not documents:
                return _fail(f"the project has no document named {args.document}.")
        if not documents:
            return _fail("the project has no documents.")
        folder = None
        if args.output is not None and (len(documents) > 1 or args.output.is_dir()):
            folder = args.output
            if not folder.is_dir():
                return _fail(f"the project has {len(documents)} documents: -o must be an "
                             "existing folder (or pass --document NAME).")
        results = []
        for document in documents:
            try:
                exported = export_document(pdb, document.id, document.name, args.lang,
                                           only_approved=args.only_approved,
                                           as_text=args.format == "text")
            except (DocumentFormatError, DocumentError) as exc:
                return _fail(f"{document.name}: {exc}")
            if folder is not None:
                target = folder / exported.name
            elif args.output is not None:
                target = args.output
            else:
                target = args.project.resolve().parent / exported.name
            if document.source_path and target.resolve() == Path(document.source_path).resolve():
                return _fail(f"{target} is the original {document.name}; it is not overwritten. "
                             "Pass -o with another name.")
            results.append((target, exported))
    finally:
        pdb.close()
    try:
        for target, exported in results:
            write_atomically(target, exported.data)
    except OSError as exc:
        return _fail(f"cannot write {exc.filename or ''}: {exc.strerror or exc}.")
    try:
        for target, exported in results:
            print(summary_line(exported.report, target))
            for item in exported.report.attention:
                print(f"  segment {item.number}: {'; '.join(item.problems)}: "
                      f"{display(item.source)[:60]}")
        sys.stdout.flush()
    except BrokenPipeError:  # `| head -1`: a normal end
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    return 0
