"""``reviewdesk memory import|export|matches|search``: the translation memory from the command line.

- ``import FILE.tmx --project P [--user]`` merges a TMX into the project's memory (or, with
  ``--user``, the user memory shared by all projects); prints units added, updated, skipped.
- ``export --project P -o FILE.tmx`` writes the project's memory as TMX 1.4b.
- ``matches TEXT --project P --to ru|uk [--format json]`` prints
  ``{"matches": [{"score", "source", "target", "origin"}]}`` best first (101 context, 100
  exact, below fuzzy; numbers that differ are already adapted in ``target``).
- ``search TEXT --project P [--format json]`` prints concordance hits
  ``{"hits": [{"lang", "source", "target", "start", "end"}]}`` (offsets of the hit in the text
  of ``lang``: the source for en, the target for ru/uk).

Expected failures print a message on stderr and exit with 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "memory", help="translation memory: import/export TMX, matches, concordance",
        description="Work with the translation memory (approved translations, reused).",
    )
    sub = parser.add_subparsers(dest="memory_command", metavar="ACTION", required=True)

    def project_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--project", "-p", type=Path, required=True, help="project file (.rdproj)")

    imp = sub.add_parser("import", help="merge a TMX file into the memory",
                         description="Merge a TMX (1.1-1.4b) file into the project's memory.")
    imp.add_argument("file", type=Path, help="TMX file")
    project_arg(imp)
    imp.add_argument("--user", action="store_true",
                     help="into the user memory shared by all projects instead")
    imp.set_defaults(handler=run_import)

    exp = sub.add_parser("export", help="write the project's memory as TMX 1.4b",
                         description="Write the project's memory as a TMX 1.4b file.")
    project_arg(exp)
    exp.add_argument("-o", "--output", type=Path, required=True, help="TMX file to write")
    exp.set_defaults(handler=run_export)

    mat = sub.add_parser("matches", help="memory matches for an English sentence",
                         description="Print the memory's matches for TEXT, best first.")
    mat.add_argument("text", help="English source sentence")
    project_arg(mat)
    mat.add_argument("--to", choices=("ru", "uk"), required=True, help="target language")
    mat.add_argument("--format", choices=("text", "json"), default="text")
    mat.add_argument("--limit", type=int, default=5, help="at most this many (default 5)")
    mat.set_defaults(handler=run_matches)

    sea = sub.add_parser("search", help="concordance: a word or phrase across the memory",
                         description="Find TEXT in the memory: English sources, or Russian and "
                                     "Ukrainian translations in any inflected form.")
    sea.add_argument("text", help="word or phrase (Latin: English; Cyrillic: ru and uk)")
    project_arg(sea)
    sea.add_argument("--format", choices=("text", "json"), default="text")
    sea.set_defaults(handler=run_search)


def _fail(message: str) -> int:
    print(f"reviewdesk memory: {message}", file=sys.stderr)
    return 2


def _emit(text: str) -> None:
    """Print; a closed pipe (``| head -1``) ends the command normally."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _open(project: Path):
    from app.storage.database import open_project

    return open_project(project)


def run_import(args: argparse.Namespace) -> int:
    from app.memory.model import TranslationMemoryError
    from app.memory.store import open_user_memory
    from app.memory.tmx_import import import_tmx
    from app.storage.errors import ProjectError

    if not args.file.is_file():
        return _fail(f"{args.file} does not exist or is not a file.")
    try:
        pdb = _open(args.project)
        target = open_user_memory() if args.user else pdb
    except ProjectError as exc:
        return _fail(str(exc))
    try:
        report = import_tmx(target, args.file)
    except TranslationMemoryError as exc:
        return _fail(str(exc))
    finally:
        if target is not pdb:
            target.close()
        pdb.close()
    where = "user memory" if args.user else args.project.name
    _emit(f"{args.file.name} -> {where}: {report.line()}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.memory.lookup import TranslationMemory
    from app.memory.tmx_writer import write_memory_tmx
    from app.storage.errors import ProjectError

    try:
        pdb = _open(args.project)
    except ProjectError as exc:
        return _fail(str(exc))
    try:
        # Pending decisions go into both memories (user=False would drop them from the shared).
        with TranslationMemory.open(pdb) as memory:
            count = write_memory_tmx(memory.stores[0], args.output)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}.")
    finally:
        pdb.close()
    _emit(f"{count} units written to {args.output}")
    return 0


def run_matches(args: argparse.Namespace) -> int:
    from app.core.settings import Settings
    from app.memory.lookup import TranslationMemory
    from app.storage.errors import ProjectError

    try:
        pdb = _open(args.project)
        with pdb, TranslationMemory.open(pdb, Settings()) as memory:
            found = memory.matches(args.text, args.to, limit=max(1, args.limit))
    except ProjectError as exc:
        return _fail(str(exc))
    if args.format == "json":
        _emit(json.dumps({"matches": [
            {"score": m.score, "source": m.source, "target": m.target,
             "origin": m.unit.origin_label} for m in found
        ]}, ensure_ascii=False))
    else:
        _emit("\n".join(f"{m.score:>3}%  {m.source}\n      {m.target}  [{m.unit.origin_label}]"
                        + "".join(f"\n      {_name_line(note)}" for note in m.names)
                        for m in found) or "no matches")
    return 0


_NAME_REASONS = {
    "not_in_glossary": "left: both names need glossary terms in this language",
    "not_in_target": "left: {old_term} is not in the translation",
    "not_inflected": "left: {new_term} cannot be put safely in the case {old_term} has here",
}


def _name_line(note) -> str:
    """A differing name of a match: replaced through the glossary, or why not."""
    if not note.reason:
        return f"name {note.old} -> {note.new}: replaced ({note.old_term} -> {note.new_term})"
    reason = _NAME_REASONS.get(note.reason, note.reason)
    return f"name {note.old} -> {note.new}: " + reason.format(old_term=note.old_term,
                                                              new_term=note.new_term)


def run_search(args: argparse.Namespace) -> int:
    from app.memory.concordance import search
    from app.memory.lookup import TranslationMemory
    from app.storage.errors import ProjectError

    try:
        pdb = _open(args.project)
        with pdb, TranslationMemory.open(pdb) as memory:
            hits = search(memory.stores, args.text)
    except ProjectError as exc:
        return _fail(str(exc))
    if args.format == "json":
        _emit(json.dumps({"hits": [
            {"lang": h.lang, "source": h.unit.source, "target": h.unit.target,
             "start": h.start, "end": h.end} for h in hits
        ]}, ensure_ascii=False))
    else:
        _emit("\n".join(
            f"[{h.lang}] {h.text[:h.start]}[{h.text[h.start:h.end]}]{h.text[h.end:]}"
            for h in hits) or "no hits")
    return 0
