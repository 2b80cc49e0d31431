"""``reviewdesk export``: the translated file beside the project, a summary line, exit 2 on bad
input with a message and nothing written."""

from __future__ import annotations

import zipfile

from project_helpers import DATA, import_into_project

from app.cli import main
from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository


def _approve_first(project, text):
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        row = repo.rows()[1]
        repo.decide(row.segment.id, "ru", Status.APPROVED, text, "tester")


def test_export_cli_writes_beside_the_project_and_reports(tmp_path, capsys, monkeypatch):
    project = import_into_project(tmp_path, DATA / "mammoth-tables.docx")
    _approve_first(project, "Вверху слева")
    monkeypatch.chdir(tmp_path.parent)
    assert main(["export", "--project", str(project), "--lang", "ru", "--only-approved"]) == 0
    out = capsys.readouterr().out
    written = tmp_path / "mammoth-tables.ru.docx"
    assert out.startswith(f"Wrote {written} (ru): 1 approved, 5 left in English")
    document = zipfile.ZipFile(written).read("word/document.xml").decode()
    assert "Вверху слева" in document and "Top right" in document

    text_out = tmp_path / "plain.txt"
    assert main(["export", "-p", str(project), "-l", "ru", "-o", str(text_out),
                 "--format", "text"]) == 0
    assert text_out.read_text(encoding="utf-8").split("\n\n")[:3] == [
        "Above", "Вверху слева", "Top right"]


def test_export_cli_bad_input_exits_2_with_a_message(tmp_path, capsys):
    missing = tmp_path / "nope.rdproj"
    assert main(["export", "--project", str(missing), "--lang", "ru"]) == 2
    assert "does not exist" in capsys.readouterr().err
    project = import_into_project(tmp_path, DATA / "mammoth-tables.docx")
    with open_project(project) as pdb:
        from app.core.document_import import import_document

        import_document(ProjectRepository(pdb), DATA / "par-hyperlinks.docx", "tester")
    target = tmp_path / "one-file.docx"
    assert main(["export", "--project", str(project), "--lang", "uk", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "2 documents" in err and "Traceback" not in err
    assert not target.exists()
    assert main(["export", "--project", str(project), "--lang", "uk", "-o", str(tmp_path)]) == 0
    assert (tmp_path / "par-hyperlinks.uk.docx").exists()
    assert (tmp_path / "mammoth-tables.uk.docx").exists()


def test_export_cli_help_says_where_the_file_goes(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "beside the project file" in help_text and "--only-approved" in help_text
    assert "plain text" in help_text


def test_export_cli_names_replace_a_language_and_never_overwrite_the_original(tmp_path, capsys):
    from app.documents.export import output_name

    assert output_name("article.docx", "ru", False, "docx") == "article.ru.docx"
    assert output_name("article.en.docx", "uk", False, "docx") == "article.uk.docx"
    assert output_name("messages.ru.xlf", "ru", False, "xliff") == "messages.ru.xlf"
    assert output_name("story.md", "ru", True, "markdown") == "story.ru.txt"
    source = tmp_path / "report.ru.docx"
    source.write_bytes((DATA / "mammoth-tables.docx").read_bytes())
    project = import_into_project(tmp_path, source)
    before = source.read_bytes()
    assert main(["export", "--project", str(project), "--lang", "ru"]) == 2
    assert "is the original" in capsys.readouterr().err
    assert source.read_bytes() == before
