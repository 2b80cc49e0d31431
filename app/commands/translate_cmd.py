"""``reviewdesk translate --project P [--to ru,uk] [--engine argos|libretranslate] [--url URL]``.

Fills what the translation memory knows first (exact and context matches, fuzzy ones above
the ``memory_fill_threshold`` setting), then machine-translates the rest through its cache: a
progress bar on stderr, a summary line on stdout, then how many came from memory, cache and
engine. Machine output goes beside the reviewer's text and never replaces it. Exit status: 0 done,
1 some segments failed, 2 nothing could be done (no project, model missing, server down),
130 cancelled with Ctrl+C (what was translated so far is kept).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from typing import TextIO

API_KEY_VARIABLE = "REVIEWDESK_LIBRETRANSLATE_API_KEY"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "translate",
        help="machine-translate a project (cached; never overwrites reviewers)",
        description=(
            "Machine-translate every segment of a project into the target languages. Segments "
            "translated before with the same engine and model come from the project's cache. "
            "Machine output is stored beside the reviewer's text and never replaces it."
        ),
        epilog=(
            f"The LibreTranslate API key comes from the system keyring or ${API_KEY_VARIABLE}."
        ),
    )
    parser.add_argument("--project", "-p", required=True, help="project file (.rdproj)")
    parser.add_argument("--to", help="target languages, comma-separated (default: ru,uk)")
    parser.add_argument(
        "--engine", choices=("argos", "libretranslate"),
        help="argos (offline, default) or libretranslate (a server)",
    )
    parser.add_argument("--url", help="LibreTranslate server URL (with --engine libretranslate)")
    parser.add_argument(
        "--alternatives", type=int, metavar="N", help="alternatives per segment (default 3)"
    )
    parser.set_defaults(handler=run)


class ProgressBar:
    """``Translating [#####.....]  45/144`` redrawn on one line of stderr."""

    def __init__(self, stream: TextIO, width: int = 30, label: str = "Translating") -> None:
        self.stream = stream
        self.label = label
        self.width = width
        self.last = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1 and self.drawn:
            return
        self.last = now
        filled = self.width * done // total if total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _fail(message: str) -> int:
    print(f"reviewdesk translate: {message}", file=sys.stderr)
    return 2


def _make_engine(args: argparse.Namespace, settings):
    name = args.engine or settings.get("mt_engine")
    if name == "libretranslate":
        from app.mt import secrets
        from app.mt.libretranslate_engine import LibreTranslateEngine

        url = args.url or settings.get("libretranslate_url")
        if not url:
            raise ValueError(
                "no LibreTranslate server configured: pass --url http://HOST:PORT "
                "(or use --engine argos)."
            )
        key = os.environ.get(API_KEY_VARIABLE) or secrets.load_api_key(url)
        return LibreTranslateEngine(url, key)
    from app.mt.argos_engine import ArgosEngine

    return ArgosEngine()


def run(args: argparse.Namespace) -> int:
    from app.core.model import SOURCE_LANGUAGE
    from app.core.settings import Settings
    from app.memory.pretranslate import fill_before_mt
    from app.mt.engine import MTError
    from app.mt.translation_service import cache_key, translate_project
    from app.storage.database import open_project
    from app.storage.errors import ProjectError
    from app.storage.project_repo import ProjectRepository

    settings = Settings()
    wanted = args.to or ",".join(settings.get("target_languages"))
    targets = [t for t in dict.fromkeys(t.strip() for t in wanted.split(",")) if t]
    if not targets:
        return _fail("--to needs at least one language code, e.g. --to ru,uk.")
    alternatives = args.alternatives
    if alternatives is None:
        alternatives = settings.get("mt_alternatives")
    if alternatives < 0:
        return _fail("--alternatives must be 0 or more.")
    try:
        engine = _make_engine(args, settings)
    except ValueError as exc:
        return _fail(str(exc))
    try:
        pdb = open_project(args.project)
    except ProjectError as exc:
        return _fail(str(exc))

    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    bar = ProgressBar(sys.stderr)
    try:
        repo = ProjectRepository(pdb, targets)
        for lang in targets:  # a missing model stops the run before memory fills anything
            cache_key(engine, SOURCE_LANGUAGE, lang)
        memory = fill_before_mt(repo, targets, settings, cancel=cancel)
        summary = translate_project(
            repo, engine, targets, alternatives, cancel, bar, skip=memory.filled
        )
        summary.from_memory = memory.count
    except MTError as exc:
        bar.finish()
        return _fail(str(exc))
    finally:
        signal.signal(signal.SIGINT, previous)
        pdb.close()
        close = getattr(engine, "close", None)
        if close is not None:
            close()
    bar.finish()
    print(f"{', '.join(targets)}: {summary.line()} [{engine.name}]")
    print(f"From memory: {summary.from_memory}, from cache: {summary.from_cache}, "
          f"from the engine: {summary.translated}")
    for message in summary.errors:
        print(f"reviewdesk translate: {message}", file=sys.stderr)
    if summary.cancelled:
        return 130
    return 1 if summary.failed else 0
