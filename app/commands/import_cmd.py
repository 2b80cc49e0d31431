"""``reviewdesk import FILE --project P``: create or extend a project from a document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _formats() -> str:
    from app.documents.registry import handlers

    return ", ".join(f"{h.description} ({' '.join(h.suffixes)})" for h in handlers())


class _FormatsListed(argparse.HelpFormatter):
    """Writes the list of document formats only when the help is shown: importing every
    handler takes 0.2-0.3 s, which every command would otherwise pay at start-up."""

    def add_text(self, text: str | None) -> None:
        super().add_text("Formats: " + _formats() + "." if text is _FORMATS else text)


_FORMATS = "Formats: the document handlers'."  # replaced by _FormatsListed


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="split a document into sentences and add them to a project",
        description=(
            "Split FILE into paragraphs and sentences (inside its paragraphs, headings, list "
            "items, table cells, notes) and append them to project P, creating P if it does "
            "not exist. The original file is kept in the project, so 'reviewdesk export' can "
            "write the translation in the same format. Plain text may be UTF-8, UTF-16 or "
            "Windows-1251."
        ),
        epilog=_FORMATS,
        formatter_class=_FormatsListed,
    )
    parser.add_argument("file", type=Path, help="document to import")
    parser.add_argument(
        "--project", "-p", type=Path, required=True, help="project file (.rdproj)"
    )
    parser.add_argument(
        "--reviewer", help="name recorded in the audit trail (default: the saved reviewer name)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.commands.translate_cmd import ProgressBar
    from app.core.document_import import (
        DuplicateDocument,
        check_not_imported,
        prepare_document,
        store_document,
    )
    from app.core.document_reader import DocumentError
    from app.core.settings import Settings
    from app.storage.database import building_project, open_project
    from app.storage.errors import ProjectError
    from app.storage.project_repo import ProjectRepository

    project: Path = args.project
    who = args.reviewer or Settings().get("reviewer") or None
    bar = ProgressBar(sys.stderr, label="Reading")
    try:
        prepared = prepare_document(args.file, bar)  # before the project is touched
    except DocumentError as exc:
        print(f"reviewdesk import: {exc}", file=sys.stderr)
        return 2
    finally:
        bar.finish()
    writing = ProgressBar(sys.stderr, label="Writing")
    note = None
    try:
        if project.exists():
            with open_project(project) as pdb:
                repo = ProjectRepository(pdb)
                note = check_not_imported(repo, prepared)
                store_document(repo, prepared, who, progress=writing)
        else:  # a new project appears under its name only when it is complete
            with building_project(project) as pdb:
                store_document(ProjectRepository(pdb), prepared, who, progress=writing)
    except DuplicateDocument as exc:
        print(f"reviewdesk import: {exc}", file=sys.stderr)
        return 0
    except ProjectError as exc:
        writing.finish()
        print(f"reviewdesk import: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        writing.finish()
        print(f"reviewdesk import: cancelled (Ctrl+C); nothing was added to {project.name}.",
              file=sys.stderr)
        return 130
    writing.finish()
    for message in ([note] if note else []) + prepared.warnings:
        print(f"reviewdesk import: {message}", file=sys.stderr)
    count = len(prepared.drafts)
    noun = "segment" if count == 1 else "segments"
    print(f"Added {count} {noun} from {args.file.name} to {project}")
    return 0
