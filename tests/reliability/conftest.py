"""Fixtures for the reliability probes (helpers in reliability_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_helpers import make_project

from app.cli import main


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "p.rdproj")


@pytest.fixture
def cli(capsys):
    """Run ``reviewdesk ARGS`` in this process: (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out = capsys.readouterr()
        assert "Traceback" not in out.err
        return code, out.out, out.err

    return run
