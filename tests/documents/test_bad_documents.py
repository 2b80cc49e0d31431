"""Bad input: a clear message, and nothing written to the project."""

from __future__ import annotations

import io
import zipfile

import pytest
from project_helpers import DATA

from app.commands import import_cmd
from app.core.document_import import prepare_document
from app.core.document_reader import DocumentError


def _zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


def _minimal_docx(document: bytes) -> dict[str, bytes]:
    source = zipfile.ZipFile(DATA / "test.docx")
    entries = {n: source.read(n) for n in source.namelist()}
    entries["word/document.xml"] = document
    return entries


def _import(tmp_path, name: str, data: bytes, capsys):
    path = tmp_path / name
    path.write_bytes(data)
    project = tmp_path / "p.rdproj"
    parser = __import__("argparse").ArgumentParser()
    import_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["import", str(path), "--project", str(project)])
    code = args.handler(args)
    err = capsys.readouterr().err
    return code, err, project


@pytest.mark.parametrize("name, data, message", [
    ("secret.docx", (DATA / "bad" / "example_password.docx").read_bytes(),
     "password-protected"),
    ("broken.docx", (DATA / "test.docx").read_bytes()[:5000], "damaged"),
    ("macros.docm", (DATA / "test.docx").read_bytes(), "macro"),
    ("bomb.docx", _zip(_minimal_docx(b"<w:document/>" + b" " * (30 << 20))), "zip bomb"),
    ("doctype.docx", _zip(_minimal_docx(
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')), "DOCTYPE"),
    ("notword.docx", _zip({"hello.txt": b"hi"}), "not a Word document"),
])
def test_bad_documents_are_refused_with_a_message_and_no_project(
        tmp_path, capsys, name, data, message):
    code, err, project = _import(tmp_path, name, data, capsys)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert not project.exists()


def test_bad_macro_content_inside_a_docx_name_is_refused(tmp_path):
    entries = _minimal_docx(zipfile.ZipFile(DATA / "test.docx").read("word/document.xml"))
    entries["word/vbaProject.bin"] = b"\x00" * 100
    path = tmp_path / "innocent.docx"
    path.write_bytes(_zip(entries))
    with pytest.raises(DocumentError, match="contains macros"):
        prepare_document(path)


def test_bad_unknown_format_lists_what_is_accepted(tmp_path):
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(DocumentError, match=r"\.docx"):
        prepare_document(path)
