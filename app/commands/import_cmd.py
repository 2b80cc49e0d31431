"""``reviewdesk import FILE --project P``: create or extend a project from a document."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="split a document into sentences and add them to a project",
        description=(
            "Split FILE (.txt or .md; UTF-8, UTF-16 or Windows-1251) into paragraphs and "
            "sentences and append them to project P, creating P if it does not exist."
        ),
    )
    parser.add_argument("file", type=Path, help="document to import (.txt or .md)")
    parser.add_argument(
        "--project", "-p", type=Path, required=True, help="project file (.rdproj)"
    )
    parser.add_argument(
        "--reviewer", help="name recorded in the audit trail (default: the saved reviewer name)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.core.document_import import prepare_document, store_document
    from app.core.document_reader import DocumentError
    from app.core.settings import Settings
    from app.storage.database import open_project, sidecar_files
    from app.storage.errors import ProjectError
    from app.storage.project_repo import ProjectRepository

    project: Path = args.project
    who = args.reviewer or Settings().get("reviewer") or None
    try:
        prepared = prepare_document(args.file)  # before the project is touched
    except DocumentError as exc:
        print(f"reviewdesk import: {exc}", file=sys.stderr)
        return 2
    created = not project.exists()
    try:
        pdb = open_project(project, create=True)
    except ProjectError as exc:
        print(f"reviewdesk import: {exc}", file=sys.stderr)
        return 2
    try:
        store_document(ProjectRepository(pdb), prepared, who)
    except BaseException as exc:
        pdb.close()
        if created:  # never leave a half-made project behind
            for path in (project, *sidecar_files(project)):
                path.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.OperationalError):  # locked meanwhile, disk full...
            print(f"reviewdesk import: could not write to {project.name}: {exc}; nothing was "
                  "added.", file=sys.stderr)
            return 2
        raise
    pdb.close()
    count = len(prepared.drafts)
    noun = "segment" if count == 1 else "segments"
    print(f"Added {count} {noun} from {args.file.name} to {project}")
    return 0
