"""Helpers for the reliability probes: a project, the real command line, a content digest."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from app.core.model import SegmentDraft
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

REPO_ROOT = Path(__file__).resolve().parents[2]


def make_project(path: Path, segments: int = 20) -> Path:
    drafts = [SegmentDraft(f"Sentence number {n} about Kyiv.", n, 0) for n in range(segments)]
    with create_project(path) as pdb:
        ProjectRepository(pdb).add_document("doc.txt", drafts, who="importer")
    return path




def run_reviewdesk(*argv: str, env: dict | None = None, timeout: float = 120,
                   **kwargs) -> subprocess.CompletedProcess:
    """``python -m app ARGS`` in a new process (for locks held by another program)."""
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, argv)], capture_output=True, text=True,
        cwd=REPO_ROOT, env={**os.environ, **(env or {})}, timeout=timeout, **kwargs,
    )


def content(path: Path) -> str:
    """A digest of what a project holds (not how SQLite lays it out on disk)."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        lines = [line for line in conn.iterdump() if "_fts_" not in line]
    finally:
        conn.close()
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
