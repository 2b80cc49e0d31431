"""``reviewdesk glossary add|list|export|import``: the project glossary from the command line.

- ``add --project P --en TEXT [--ru TEXT] [--uk TEXT] [--status S] [--kind K] [--note TEXT]``
- ``list --project P [--format json|text]``; json is
  ``{"concepts": [{"id", "kind", "note", "terms": [{"lang", "text", "status"}]}]}``
- ``export --project P --format tbx|tbx2|csv|json|tmx|xliff -o FILE [--no-bom] [--lang ru|uk]``
  (tbx: TBX v3 TBX-Basic; tbx2: TBX v2 / MARTIF for OmegaT and translate-toolkit; csv: for
  Excel, with a byte-order mark unless --no-bom)
  (tmx: approved translations; xliff: one file per target language, ``FILE`` gets ``.ru``/``.uk``
  before its extension when both are written)
- ``import FILE --project P [--dry-run] [--on-conflict refuse|demote]`` prints the merge report
  before/after writing.
- ``share --project P --to-user|--from-user [--dry-run]`` merges the project glossary into the
  user-level glossary shared by all projects, or that one into the project (same merge engine).

Expected failures print a message on stderr and exit with 2; the project is left unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

STATUSES = ("preferred", "admitted", "deprecated", "forbidden")
KINDS = ("place", "person", "org", "other")
EXPORT_FORMATS = ("tbx", "tbx2", "csv", "json", "tmx", "xliff")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "glossary", help="add, list, export and import glossary terms",
        description="Work with the project glossary of approved spellings.",
    )
    sub = parser.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)

    def project_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--project", "-p", type=Path, required=True, help="project file (.rdproj)")
        p.add_argument("--reviewer", help="name for the audit trail (default: saved reviewer)")

    add = sub.add_parser("add", help="add a concept with its terms")
    project_arg(add)
    add.add_argument("--en", required=True, help="English term")
    add.add_argument("--ru", help="Russian term")
    add.add_argument("--uk", help="Ukrainian term")
    add.add_argument("--status", choices=STATUSES, default="preferred",
                     help="status of the given terms (default preferred)")
    add.add_argument("--kind", choices=KINDS, default="other", help="what the concept is")
    add.add_argument("--note", help="a note for editors")
    add.set_defaults(handler=run_add)

    lst = sub.add_parser("list", help="print the glossary")
    project_arg(lst)
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.set_defaults(handler=run_list)

    exp = sub.add_parser("export", help="write the glossary or the reviewed translations")
    project_arg(exp)
    exp.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exp.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    exp.add_argument("--bom", action=argparse.BooleanOptionalAction, default=True,
                     help="CSV: start with a byte-order mark so Excel shows Cyrillic (default); "
                     "--no-bom writes plain UTF-8 for scripts")
    exp.add_argument("--lang", choices=("ru", "uk"), help="XLIFF: only this target language")
    exp.set_defaults(handler=run_export)

    imp = sub.add_parser("import", help="merge a TBX, CSV or JSON glossary into the project")
    imp.add_argument("file", type=Path, help="glossary file (.tbx, .csv, .json)")
    project_arg(imp)
    imp.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.add_argument("--on-conflict", choices=("refuse", "demote"), default="refuse",
                     help="a concept with two preferred terms for one language: leave it out "
                     "(refuse, default) or import it with the later ones admitted (demote)")
    imp.set_defaults(handler=run_import)

    share = sub.add_parser("share", help="merge with the user glossary shared by all projects")
    project_arg(share)
    direction = share.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to-user", action="store_true", help="project -> user glossary")
    direction.add_argument("--from-user", action="store_true", help="user glossary -> project")
    share.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    share.set_defaults(handler=run_share)


def _fail(message: object) -> int:
    print(f"reviewdesk glossary: {message}", file=sys.stderr)
    return 2


def _who(args: argparse.Namespace) -> str | None:
    from app.core.settings import Settings

    return args.reviewer or Settings().get("reviewer") or None


def _guarded(action):
    """Run ``action(args)`` turning expected failures into exit code 2."""

    def handler(args: argparse.Namespace) -> int:
        from app.core.glossary_model import GlossaryError
        from app.storage.errors import ProjectError

        try:
            return action(args)
        except (GlossaryError, ProjectError) as exc:
            return _fail(exc)
        except BrokenPipeError:
            raise  # the reader closed the pipe: app.cli ends quietly
        except OSError as exc:
            return _fail(f"{exc.strerror or exc} ({exc.filename or ''}).")

    return handler


def _open(args: argparse.Namespace, *, read_only: bool = False):
    from app.storage.database import open_project

    return open_project(args.project, read_only=read_only)


@_guarded
def run_add(args: argparse.Namespace) -> int:
    from app.core.glossary_model import Term, TermStatus
    from app.storage.glossary_repo import GlossaryRepository

    status = TermStatus(args.status)
    terms = [Term(lang, text, status) for lang, text in
             (("en", args.en), ("ru", args.ru), ("uk", args.uk)) if text is not None]
    with _open(args) as pdb:
        repo = GlossaryRepository(pdb)
        concept = repo.add_concept(args.kind, terms, note=args.note, who=_who(args))
        spelled = " / ".join(t.text for t in concept.terms)
        print(f"Added concept #{concept.id} ({concept.kind.value}): {spelled} ({status.value})")
        for conflict in repo.conflicts(concept.id):
            print(f"warning: {conflict.message()}", file=sys.stderr)
    return 0


@_guarded
def run_list(args: argparse.Namespace) -> int:
    from app.storage.glossary_repo import GlossaryRepository

    with _open(args, read_only=True) as pdb:
        concepts = list(GlossaryRepository(pdb).iter_concepts())
    if args.format == "json":
        data = {"concepts": [
            {"id": c.id, "kind": c.kind.value, "note": c.note,
             "terms": [{"lang": t.lang, "text": t.text, "status": t.status.value}
                       for t in c.terms]}
            for c in concepts
        ]}
        print(json.dumps(data, ensure_ascii=False))
        return 0
    for c in concepts:
        terms = "; ".join(f"{t.lang}: {t.text} ({t.status.value})" for t in c.terms)
        note = f" - {c.note}" if c.note else ""
        print(f"#{c.id} [{c.kind.value}] {terms}{note}")
    print(f"{len(concepts)} concepts")
    return 0


def _xliff_paths(output: Path, langs: list[str]) -> list[tuple[str, Path]]:
    if len(langs) == 1:
        return [(langs[0], output)]
    return [(lang, output.with_name(f"{output.stem}.{lang}{output.suffix or '.xlf'}"))
            for lang in langs]


@_guarded
def run_export(args: argparse.Namespace) -> int:
    with _open(args, read_only=True) as pdb:
        if args.format in ("tmx", "xliff"):
            from app.storage.project_repo import ProjectRepository

            repo = ProjectRepository(pdb)
            if args.format == "tmx":
                from app.formats.tmx_writer import write_tmx

                count = write_tmx(repo, args.output)
                print(f"Wrote {count} approved translation units to {args.output}")
                return 0
            from app.formats.xliff_writer import write_xliff

            langs = [args.lang] if args.lang else list(repo.languages)
            for lang, path in _xliff_paths(args.output, langs):
                count = write_xliff(repo, path, lang)
                print(f"Wrote {count} {lang} segments to {path}")
            return 0
        from collections import Counter

        from app.formats.glossary_files import export_glossary
        from app.storage.glossary_repo import GlossaryRepository

        left_out: Counter = Counter()
        count = export_glossary(GlossaryRepository(pdb), args.format, args.output, bom=args.bom,
                                left_out=left_out)
    print(f"Wrote {count} concepts to {args.output}")
    if left_out:
        lost = ", ".join(f"{k} ({n})" for k, n in sorted(left_out.items()))
        print(f"Not in the CSV (it has no columns for them; export TBX or JSON to keep them): "
              f"{lost}.", file=sys.stderr)
    return 0


@_guarded
def run_import(args: argparse.Namespace) -> int:
    from app.formats.glossary_files import import_glossary_file
    from app.storage.glossary_repo import GlossaryRepository

    with _open(args, read_only=args.dry_run) as pdb:
        report = import_glossary_file(
            GlossaryRepository(pdb), args.file, who=_who(args), dry_run=args.dry_run,
            on_conflict=args.on_conflict,
        )
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print("\n".join(report.lines()))
    return 0


@_guarded
def run_share(args: argparse.Namespace) -> int:
    from app.formats.glossary_files import merge_glossaries
    from app.storage.glossary_repo import GlossaryRepository, open_user_glossary

    with _open(args) as pdb, open_user_glossary() as user_pdb:
        project, user = GlossaryRepository(pdb), GlossaryRepository(user_pdb)
        if args.to_user:
            report = merge_glossaries(project, user, who=_who(args), dry_run=args.dry_run,
                                      label=f"{args.project.name} -> user glossary")
        else:
            report = merge_glossaries(user, project, who=_who(args), dry_run=args.dry_run,
                                      label=f"user glossary -> {args.project.name}")
    print("\n".join(report.lines()))
    return 0
