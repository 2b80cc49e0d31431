"""``reviewdesk import`` and ``reviewdesk status`` as a user runs them."""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3

import pytest

from app.commands import import_cmd, status_cmd
from app.core.model import Status
from app.core.resources import sample_article
from app.storage.database import create_project, open_project
from app.storage.project_repo import ProjectRepository


def run_cli(*argv: str) -> int:
    """Parse and dispatch exactly as app.cli does, with only these two commands registered."""
    parser = argparse.ArgumentParser(prog="reviewdesk")
    subparsers = parser.add_subparsers(dest="command")
    import_cmd.register(subparsers)
    status_cmd.register(subparsers)
    args = parser.parse_args(list(argv))
    return args.handler(args)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_segments(project) -> int:
    with open_project(project) as pdb:
        return ProjectRepository(pdb).segment_count()


def test_import_sample_creates_project_and_reports_the_segments_added(tmp_path, capsys):
    project = tmp_path / "appeal.rdproj"
    assert run_cli("import", str(sample_article()), "--project", str(project)) == 0
    out = capsys.readouterr().out.strip()
    assert out == f"Added 39 segments from soldiers_mothers_appeal.en.txt to {project}"
    assert count_segments(project) == 39


def test_import_again_extends_the_project(tmp_path, capsys):
    project = tmp_path / "appeal.rdproj"
    doc = tmp_path / "note.txt"
    doc.write_text("Bring him back alive. Son, boys, we are with you.\n", encoding="utf-8")
    assert run_cli("import", str(sample_article()), "-p", str(project)) == 0
    assert run_cli("import", str(doc), "-p", str(project), "--reviewer", "Olga") == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == f"Added 2 segments from note.txt to {project}"
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        assert repo.segment_count() == 41
        assert [d.name for d in repo.documents()] == ["soldiers_mothers_appeal.en.txt", "note.txt"]
        assert repo.segments(39)[0].source == "Bring him back alive."
        assert repo.events()[-1].who == "Olga"


def test_import_of_a_bad_file_exits_2_and_creates_nothing(tmp_path, capsys):
    project = tmp_path / "new.rdproj"
    pdf = tmp_path / "article.txt"
    pdf.write_bytes(b"%PDF-1.4\n...")
    assert run_cli("import", str(pdf), "--project", str(project)) == 2
    err = capsys.readouterr().err
    assert "article.txt looks like a PDF" in err
    assert not project.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_import_where_no_project_can_be_created_exits_2(tmp_path, capsys):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    assert run_cli("import", str(sample_article()), "--project", str(blocker / "p.rdproj")) == 2
    assert "Cannot create p.rdproj" in capsys.readouterr().err


def test_import_of_an_empty_file_leaves_an_existing_project_untouched(tmp_path, capsys):
    project = tmp_path / "p.rdproj"
    assert run_cli("import", str(sample_article()), "--project", str(project)) == 0
    before = digest(project)
    empty = tmp_path / "empty.md"
    empty.write_text("# \n\n---\n", encoding="utf-8")
    assert run_cli("import", str(empty), "--project", str(project)) == 2
    assert "empty.md is empty" in capsys.readouterr().err
    assert digest(project) == before


def test_import_into_a_project_from_a_newer_version_is_refused(tmp_path, capsys):
    project = tmp_path / "newer.rdproj"
    create_project(project).close()
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.close()
    before = digest(project)
    assert run_cli("import", str(sample_article()), "--project", str(project)) == 2
    assert "newer version of Review Desk" in capsys.readouterr().err
    assert digest(project) == before


def test_status_json_counts_per_language_and_status(tmp_path, capsys):
    project = tmp_path / "p.rdproj"
    run_cli("import", str(sample_article()), "--project", str(project))
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        first = repo.segments(0, 1)[0].id
        repo.decide(first, "ru", Status.APPROVED, "Видео...", "Olga")
    capsys.readouterr()
    assert run_cli("status", "--project", str(project), "--format", "json") == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts == {
        "segments": 39,
        "ru": {"new": 38, "translated": 0, "edited": 0, "approved": 1, "rejected": 0},
        "uk": {"new": 39, "translated": 0, "edited": 0, "approved": 0, "rejected": 0},
    }


def test_status_text_is_a_small_table(tmp_path, capsys):
    project = tmp_path / "p.rdproj"
    run_cli("import", str(sample_article()), "--project", str(project))
    capsys.readouterr()
    assert run_cli("status", "--project", str(project)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Segments: 39"
    assert lines[1].split() == ["lang", "new", "translated", "edited", "approved", "rejected"]
    assert lines[2].split() == ["ru", "39", "0", "0", "0", "0"]
    assert lines[3].split() == ["uk", "39", "0", "0", "0", "0"]


@pytest.mark.parametrize("content", [None, b"just some notes\n"])
def test_status_of_a_missing_or_invalid_project_exits_2(tmp_path, capsys, content):
    project = tmp_path / "p.rdproj"
    if content is not None:
        project.write_bytes(content)
    assert run_cli("status", "--project", str(project), "--format", "json") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "p.rdproj" in captured.err
    assert project.exists() == (content is not None)


@pytest.mark.parametrize("command", ["import", "status"])
def test_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        run_cli(command, "--help")
    assert info.value.code == 0
    assert "--project" in capsys.readouterr().out


def test_import_help_lists_the_formats_without_slowing_other_commands(capsys):
    import subprocess
    import sys

    with pytest.raises(SystemExit):
        run_cli("import", "--help")
    out = capsys.readouterr().out
    assert "Formats: Word document (.docx" in out and "WebVTT" in out
    # building the command line (every command does) loads no document handler
    code = "import sys; from app.cli import build_command_parser; build_command_parser(); " \
           "print('app.documents.registry' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
