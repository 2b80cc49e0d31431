"""The glossary command line contract, through app.cli.main."""

from __future__ import annotations

import json

import pytest

import app.cli
from app.storage.database import create_project, open_project
from app.storage.glossary_repo import GlossaryRepository


@pytest.fixture
def cli(monkeypatch, capsys):
    # Only this command's module: the test must not depend on other commands being present.
    monkeypatch.setattr(app.cli, "COMMAND_MODULES", ["glossary_cmd"])

    def run(*argv: str) -> tuple[int, str, str]:
        code = app.cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _content(project: str) -> list[str]:
    with open_project(project) as pdb:
        return list(pdb.conn.iterdump())


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.rdproj"
    create_project(path).close()
    return str(path)


def test_add_then_list_json_contract(cli, project):
    code, out, _ = cli("glossary", "add", "--project", project, "--en", "Kyiv", "--ru", "Киев",
                       "--uk", "Київ", "--kind", "place", "--note", "capital")
    assert code == 0 and "Kyiv / Киев / Київ" in out
    code, _, _ = cli("glossary", "add", "--project", project, "--en", "Kiev", "--status",
                     "forbidden", "--kind", "place")
    assert code == 0
    code, out, _ = cli("glossary", "list", "--project", project, "--format", "json")
    assert code == 0
    assert json.loads(out) == {"concepts": [
        {"id": 1, "kind": "place", "note": "capital", "terms": [
            {"lang": "en", "text": "Kyiv", "status": "preferred"},
            {"lang": "ru", "text": "Киев", "status": "preferred"},
            {"lang": "uk", "text": "Київ", "status": "preferred"}]},
        {"id": 2, "kind": "place", "note": None, "terms": [
            {"lang": "en", "text": "Kiev", "status": "forbidden"}]},
    ]}


def test_add_warns_about_a_conflict_but_keeps_both(cli, project):
    cli("glossary", "add", "--project", project, "--en", "Kyiv")
    code, _, err = cli("glossary", "add", "--project", project, "--en", "kyiv", "--kind", "org")
    assert code == 0 and "belongs to concepts #1, #2" in err


@pytest.mark.parametrize("fmt", ["tbx", "csv", "json", "tmx", "xliff"])
def test_export_every_format(cli, project, tmp_path, fmt):
    cli("glossary", "add", "--project", project, "--en", "Kyiv", "--uk", "Київ")
    out_file = tmp_path / f"out.{fmt}"
    code, out, err = cli("glossary", "export", "--project", project, "--format", fmt,
                         "-o", str(out_file), "--bom")
    assert code == 0, err
    if fmt == "xliff":
        assert (tmp_path / "out.ru.xliff").exists() and (tmp_path / "out.uk.xliff").exists()
    else:
        assert out_file.stat().st_size > 0 and str(out_file) in out


def test_import_prints_report_and_dry_run_writes_nothing(cli, project, tmp_path):
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
                        "place,,Lviv,preferred,Львов,preferred,Львів,preferred\n",
                        encoding="utf-8")
    code, out, _ = cli("glossary", "import", str(csv_file), "--project", project, "--dry-run")
    assert code == 0 and "1 new" in out and "Nothing written yet." in out
    with open_project(project) as pdb:
        assert GlossaryRepository(pdb).count() == 0
    code, out, _ = cli("glossary", "import", str(csv_file), "--project", project)
    assert code == 0 and "Applied." in out
    with open_project(project) as pdb:
        assert GlossaryRepository(pdb).count() == 1


def test_expected_errors_exit_2_and_leave_project_unchanged(cli, project, tmp_path):
    cli("glossary", "add", "--project", project, "--en", "Kyiv")
    before = _content(project)
    bad = tmp_path / "bad.csv"
    bad.write_text("english\nKyiv\n", encoding="utf-8")
    code, out, err = cli("glossary", "import", str(bad), "--project", project)
    assert code == 2 and out == ""
    assert err.startswith("reviewdesk glossary: ") and "Expected the header" in err
    code, _, err = cli("glossary", "import", str(tmp_path / "missing.tbx"), "--project", project)
    assert code == 2 and "does not exist" in err
    code, _, err = cli("glossary", "add", "--project", str(tmp_path / "none.rdproj"),
                       "--en", "x")
    assert code == 2 and "does not exist" in err
    code, _, err = cli("glossary", "add", "--project", project, "--en", "   ")
    assert code == 2 and "cannot be empty" in err
    code, _, err = cli("glossary", "export", "--project", project, "--format", "tbx",
                       "-o", str(tmp_path / "no" / "dir" / "x.tbx"))
    assert code == 2
    assert _content(project) == before


def test_share_with_the_user_glossary(cli, project, tmp_path):
    cli("glossary", "add", "--project", project, "--en", "Kyiv", "--uk", "Київ")
    code, out, _ = cli("glossary", "share", "--project", project, "--to-user")
    assert code == 0 and "1 new" in out and "Applied." in out
    other = tmp_path / "other.rdproj"
    create_project(other).close()
    code, out, _ = cli("glossary", "share", "--project", str(other), "--from-user", "--dry-run")
    assert code == 0 and "1 new" in out and "Nothing written yet." in out
    cli("glossary", "share", "--project", str(other), "--from-user")
    code, out, _ = cli("glossary", "list", "--project", str(other), "--format", "json")
    assert [t["text"] for t in json.loads(out)["concepts"][0]["terms"]] == ["Kyiv", "Київ"]


def test_contract_with_every_command_registered(project, capsys):
    """The same contract through the real command list (no other command shadows ours)."""
    assert "glossary_cmd" in app.cli.COMMAND_MODULES
    assert app.cli.main(["glossary", "add", "--project", project, "--en", "Odesa",
                         "--uk", "Одеса", "--kind", "place"]) == 0
    capsys.readouterr()
    assert app.cli.main(["glossary", "list", "--project", project, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"concepts": [
        {"id": 1, "kind": "place", "note": None, "terms": [
            {"lang": "en", "text": "Odesa", "status": "preferred"},
            {"lang": "uk", "text": "Одеса", "status": "preferred"}]}]}
