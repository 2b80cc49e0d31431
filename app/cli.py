"""Command line entry point: ``reviewdesk [PROJECT]`` opens the window, subcommands work headless.

Each subcommand lives in its own module under ``app/commands`` and exposes
``register(subparsers)``; registration must stay cheap (no heavy imports at module level), the
work happens in the handler the module sets with ``parser.set_defaults(handler=...)``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from app import __version__

# Module names under app.commands, in the order they appear in --help.
COMMAND_MODULES = [
    "import_cmd",
    "export_cmd",
    "status_cmd",
    "translate_cmd",
    "models_cmd",
    "names_cmd",
    "translit_cmd",
    "glossary_cmd",
    "qa_cmd",
    "memory_cmd",
]


def build_command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewdesk", description="Review Desk command line tools."
    )
    parser.add_argument("--version", action="version", version=f"reviewdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"app.commands.{name}")
        module.register(subparsers)
    return parser


def build_gui_parser(commands: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewdesk",
        description=(
            "Open the Review Desk window on PROJECT (a .rdproj file) or on a document to import. "
            "Without PROJECT it opens the last project, or the bundled sample article."
        ),
        epilog="Commands: " + ", ".join(commands) + ". Run 'reviewdesk COMMAND --help'.",
    )
    parser.add_argument("--version", action="version", version=f"reviewdesk {__version__}")
    parser.add_argument("project", nargs="?", help="project file or document to open")
    parser.add_argument("--reviewer", help="reviewer name for this session")
    parser.add_argument(
        "--sample", action="store_true", help="open the bundled sample article project"
    )
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand's handler. A reader that stops early (``reviewdesk ... | head -1``)
    closes the pipe: that is a normal end, exit 0 without a message, for every command."""
    from app.commands.command_errors import run_guarded  # storage failures, Ctrl+C

    try:
        code = run_guarded(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at /dev/null so that cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    command_parser = build_command_parser()
    commands = list(command_parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if args_list and args_list[0] in commands:
        args = command_parser.parse_args(args_list)
        return run_command(args)
    gui_args = build_gui_parser(commands).parse_args(args_list)
    from app.ui.application import run_gui  # Qt is imported only for the window

    return run_gui(gui_args)
