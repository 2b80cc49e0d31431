"""``reviewdesk translate``: progress on stderr, a summary line, clear errors with status 2."""

from __future__ import annotations

import argparse

import pytest
from libretranslate_server import free_port
from tiny_argos import build_argos_package

from app.commands import translate_cmd
from app.core.model import SegmentDraft, Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository

SOURCES = [
    "The president met the prime minister in Kyiv.",
    "Prices rose sharply.",
    "Parliament approved the budget.",
    "Prices rose sharply.",
    "Thousands gathered in the square.",
]


def main(argv: list[str]) -> int:
    """``reviewdesk ARGV`` with just this command registered (as app.cli does it)."""
    parser = argparse.ArgumentParser(prog="reviewdesk")
    translate_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "article.rdproj"
    with open_project(path, create=True) as pdb:
        ProjectRepository(pdb).add_document(
            "article", [SegmentDraft(s, 0, i) for i, s in enumerate(SOURCES)]
        )
    return path


@pytest.fixture
def en_ru_model(tmp_path):
    from app.mt.model_manager import install_file

    return install_file(build_argos_package(tmp_path / "pkg", "en", "ru", seed=5))


def _machine(path, lang):
    with open_project(path) as pdb:
        return [row.cells[lang] for row in ProjectRepository(pdb).rows()]


def test_mt_cli_translates_with_argos_then_uses_the_cache(project, en_ru_model, capsys):
    code = main(["translate", "--project", str(project), "--to", "ru", "--engine", "argos",
                 "--alternatives", "2"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("ru: 5 translated, 0 from cache, 0 skipped, 0 failed in ")
    summary_line, counts = out.rstrip().splitlines()
    assert summary_line.endswith("[argos]")
    assert counts == "From memory: 0, from cache: 0, from the engine: 5"
    assert "Translating [" in err and "5/5" in err
    cells = _machine(project, "ru")
    assert all(c.machine_text and c.status == Status.TRANSLATED for c in cells)
    assert cells[1].machine_text == cells[3].machine_text  # same sentence, same output

    code = main(["translate", "-p", str(project), "--to", "ru", "--engine", "argos",
                 "--alternatives", "2"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert out.startswith("ru: 0 translated, 5 from cache, 0 skipped, 0 failed in ")
    assert [c.machine_text for c in _machine(project, "ru")] == [c.machine_text for c in cells]


def test_mt_cli_keeps_the_reviewers_text(project, en_ru_model, capsys):
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        first = repo.rows()[0].segment.id
        repo.decide(first, "ru", Status.EDITED, "Президент встретился с премьером.", "ivan")
    assert main(["translate", "-p", str(project), "--to", "ru", "--engine", "argos"]) == 0
    cell = _machine(project, "ru")[0]
    assert cell.text == "Президент встретился с премьером." and cell.status == Status.EDITED
    assert cell.machine_text and cell.machine_text != cell.text


def test_mt_cli_missing_model_is_a_clear_error(project, en_ru_model, capsys):
    code = main(["translate", "-p", str(project), "--to", "ru,uk", "--engine", "argos"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "No translation model for en->uk is installed" in err
    assert "reviewdesk models download en uk" in err
    assert all(c.machine_text is None for c in _machine(project, "ru"))  # checked before work


def test_mt_cli_server_down_is_a_clear_error(project, capsys):
    url = f"http://127.0.0.1:{free_port()}"
    code = main(["translate", "-p", str(project), "--engine", "libretranslate", "--url", url])
    _, err = capsys.readouterr()
    assert code == 2
    assert f"The LibreTranslate server at {url} cannot be reached" in err
    assert all(c.machine_text is None for c in _machine(project, "ru"))


def test_mt_cli_libretranslate_needs_a_url(project, capsys):
    code = main(["translate", "-p", str(project), "--engine", "libretranslate"])
    assert code == 2
    assert "no LibreTranslate server configured: pass --url" in capsys.readouterr().err


def test_mt_cli_missing_project_is_a_clear_error(tmp_path, capsys):
    code = main(["translate", "-p", str(tmp_path / "nope.rdproj"), "--engine", "argos"])
    assert code == 2
    assert "nope.rdproj does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope.rdproj").exists()


def test_mt_cli_no_model_prints_the_error_without_an_empty_progress_bar(project, capsys):
    code = main(["translate", "-p", str(project), "--engine", "argos"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "Translating [" not in err  # the route is checked before the bar is drawn
    assert err.startswith("reviewdesk translate: No translation model for en->ru is installed")


def test_mt_cli_server_down_prints_no_progress_bar(project, capsys):
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["translate", "-p", str(project), "--engine", "libretranslate",
                 "--url", url]) == 2
    assert "Translating [" not in capsys.readouterr().err


def test_mt_cli_bar_is_drawn_once_the_route_exists(project, en_ru_model, capsys):
    assert main(["translate", "-p", str(project), "--to", "ru", "--engine", "argos"]) == 0
    assert "Translating [" in capsys.readouterr().err
