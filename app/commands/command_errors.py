"""Running a subcommand: expected failures become one line on stderr and exit code 2.

Every subcommand runs through ``run_guarded`` (called by ``app.cli.run_command``, which also
ends quietly on a closed pipe). Whatever storage raises (locked, disk full, read-only, no
permission, damaged: ``ProjectError``, or a raw ``sqlite3.Error``/``OSError`` that slipped
through) is said in plain words with exit code 2, and Ctrl+C ends with 130 and a line saying so.
While a write waits for another program's lock, stderr shows "waiting for the project…".
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

EXIT_FAILED = 2
EXIT_CANCELLED = 130


def _name(args: argparse.Namespace) -> str:
    return f"reviewdesk {args.command}"


def report_wait(path: Path, waited: float, finished: bool) -> None:
    """The CLI's wait reporter: one line on stderr, redrawn, ended when the wait is over."""
    try:
        if finished:
            sys.stderr.write(f"\rwaiting for the project {path.name}… got it after "
                             f"{waited:.1f} s\n")
        else:
            sys.stderr.write(f"\rwaiting for the project {path.name}… {waited:.0f} s "
                             "(another program is writing to it)")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def run_guarded(args: argparse.Namespace) -> int:
    from app.storage.errors import ProjectError, storage_error
    from app.storage.lock_waits import set_wait_reporter

    name = _name(args)
    project = getattr(args, "project", None)
    set_wait_reporter(report_wait)
    try:
        return int(args.handler(args) or 0)
    except ProjectError as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        raise  # app.cli.run_command ends quietly
    except KeyboardInterrupt:
        print(f"\n{name}: cancelled (Ctrl+C).", file=sys.stderr)
        return EXIT_CANCELLED
    except (sqlite3.Error, OSError) as exc:
        print(f"{name}: {storage_error(exc, project)}", file=sys.stderr)
        return EXIT_FAILED
    except RecursionError:
        print(f"{name}: the input is nested too deeply to read; nothing was changed.",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        set_wait_reporter(None)
