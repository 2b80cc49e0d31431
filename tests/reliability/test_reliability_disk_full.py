"""A full disk: every write is refused with "the disk is full", nothing already saved is lost.

The project lives on a small tmpfs the test mounts (root only: CI runs as root), filled up with
a file before each command and emptied after, then the project is checked unchanged.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from pathlib import Path

import pytest
from reliability_helpers import content, make_project, run_reviewdesk

from app.core.model import Status
from app.mt.engine import Candidate, SegmentTranslation
from app.mt.translation_service import translate_project
from app.storage.database import open_project
from app.storage.errors import DiskFull
from app.storage.project_repo import ProjectRepository


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root): run the tests as root "
                    "to include the full-disk cases")
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs for the full-disk tests: {done.stderr}")
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); CI runs these")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


@contextlib.contextmanager
def full(disk: Path):
    """Fill the disk to the last byte, and empty it again afterwards."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    try:
        yield
    finally:
        filler.unlink()


@pytest.fixture
def project_on_disk(small_disk):
    project = make_project(small_disk / "p.rdproj", segments=50)
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        repo.decide(repo.segments(0, 1)[0].id, "ru", Status.APPROVED, "Уже одобрено.", "ann")
    return project


def assert_disk_full_message(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "is full" in result.stderr and "Nothing was lost" in result.stderr, result.stderr


def test_glossary_import_and_add_on_a_full_disk(project_on_disk, small_disk, tmp_path):
    glossary = tmp_path / "big.csv"
    rows = ["kind,note,en,en_status,ru,ru_status,uk,uk_status"] + [
        f"place,,Place {n},preferred,Место {n},preferred,Місце {n},preferred"
        for n in range(3000)
    ]
    glossary.write_text("\n".join(rows), encoding="utf-8")
    before = content(project_on_disk)
    with full(small_disk):
        assert_disk_full_message(run_reviewdesk("glossary", "import", glossary, "--project",
                                                project_on_disk))
        assert_disk_full_message(run_reviewdesk("glossary", "add", "--project",
                                                project_on_disk, "--en", "Kyiv"))
    assert content(project_on_disk) == before
    assert run_reviewdesk("glossary", "add", "--project", project_on_disk,
                          "--en", "Kyiv").returncode == 0  # with space again, it works


def test_decisions_on_a_full_disk_are_refused_and_earlier_ones_kept(project_on_disk, small_disk):
    with open_project(project_on_disk) as pdb:
        repo = ProjectRepository(pdb)
        first = repo.segments(0, 1)[0].id
        with full(small_disk):
            with pytest.raises(DiskFull, match="is full"):
                for segment in repo.segments():  # the WAL has some room left: fill it up
                    repo.decide(segment.id, "uk", Status.EDITED, "Текст " * 400, "bob")
        assert repo.cell(first, "ru").text == "Уже одобрено."
        assert repo.cell(first, "ru").status == Status.APPROVED


class UpperEngine:
    """A stand-in engine: the storage of its results is what is tested here."""

    name = "upper"

    def model_id(self, source: str, target: str) -> str:
        return "upper-1"

    def translate(self, segments, source, target, alternatives=0, cancel=None, progress=None,
                  **kwargs):
        return [SegmentTranslation(Candidate(s.upper() * 50)) for s in segments]


def test_translation_results_on_a_full_disk(project_on_disk, small_disk):
    # Batches written before the disk filled may stay (machine output, as after a cancel);
    # the reviewer's decisions are untouched.
    with open_project(project_on_disk) as pdb, full(small_disk):
        with pytest.raises(DiskFull, match="is full"):
            translate_project(ProjectRepository(pdb), UpperEngine(), ["ru"], 0,
                              threading.Event())
    with open_project(project_on_disk) as pdb:
        assert ProjectRepository(pdb).cell(
            ProjectRepository(pdb).segments(0, 1)[0].id, "ru").text == "Уже одобрено."


def test_opening_a_project_on_a_full_disk_says_so(project_on_disk, small_disk):
    before = content(project_on_disk)
    with full(small_disk):
        status = run_reviewdesk("status", "--project", project_on_disk)
        add = run_reviewdesk("glossary", "add", "--project", project_on_disk, "--en", "Kyiv")
    assert status.returncode == 0 and "Segments: 50" in status.stdout  # reading still works
    assert_disk_full_message(add)
    assert "locked" not in add.stderr and "damaged" not in add.stderr
    assert content(project_on_disk) == before
