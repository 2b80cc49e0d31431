"""Word documents written by Word and by python-docx (see data/SOURCES.md): import, export
unchanged, translate, approve, export; the structure survives and LibreOffice opens the result."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest
from docx_shape import W, document_shapes, entries, paragraph_texts, part_xml
from project_helpers import (
    DATA,
    convert_to_pdf,
    export,
    import_into_project,
    stored_blocks,
    translate_and_approve,
)

from app.documents.docx_handler import DocxHandler
from app.documents.inline_codes import has_tags, strip_tags

DOCX_FILES = sorted(DATA.glob("*.docx"))
PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")


def test_docx_test_files_are_there():
    assert len(DOCX_FILES) >= 10


@pytest.mark.parametrize("source", DOCX_FILES, ids=lambda p: p.name)
def test_docx_unchanged_export_keeps_every_run_style_and_element(tmp_path, source):
    project = import_into_project(tmp_path, source)
    original = source.read_bytes()
    exported = export(project).data
    before, after = entries(original), entries(exported)
    assert list(before) == list(after)  # same parts, same order
    for name in before:
        if name in PARTS:
            assert document_shapes(original, name) == document_shapes(exported, name), name
        elif name != "word/styles.xml":
            assert before[name] == after[name], name  # images, numbering, rels: byte for byte


@pytest.mark.parametrize("source", DOCX_FILES, ids=lambda p: p.name)
def test_docx_segments_and_separators_give_back_every_block(tmp_path, source):
    project = import_into_project(tmp_path, source)
    read = DocxHandler().read(source.read_bytes(), source.name).blocks
    stored = stored_blocks(project)
    assert [b.key for b in stored] == [b.key for b in read if strip_tags(b.text).strip()]
    texts = {b.key: b.text for b in read}
    for block in stored:
        assert block.text == texts[block.key]
        assert all(s.source.strip() for s in block.segments)


def test_docx_blocks_have_their_roles():
    def kinds(name):
        return [(b.kind, b.text) for b in DocxHandler().read((DATA / name).read_bytes(),
                                                             name).blocks]

    assert ("cell", "Top left") in kinds("mammoth-tables.docx")
    assert ("list", "Apple") in kinds("mammoth-simple-list.docx")
    assert ("heading", "Heading 1") in kinds("par-known-styles.docx")
    assert ("footnote", " A tachyon walks into a bar.") in kinds("mammoth-footnotes.docx")
    assert ("endnote", " Fin.") in kinds("mammoth-endnotes.docx")
    assert ("textbox", "Datum plane") in kinds("mammoth-text-box.docx")
    linked = [t for _, t in kinds("par-hyperlinks.docx") if has_tags(t)]
    assert linked and all(t.count("\ue001") == 1 for t in linked)  # each link is a tag pair


@pytest.mark.parametrize("name", ["par-hyperlinks.docx", "mammoth-tables.docx",
                                  "mammoth-footnotes.docx", "txt-font-props.docx",
                                  "mammoth-text-box.docx"])
def test_docx_translated_export_puts_russian_in_the_same_structure(tmp_path, name, en_ru_engine):
    source = DATA / name
    project = import_into_project(tmp_path, source)
    approved = translate_and_approve(project, en_ru_engine)
    result = export(project)
    assert result.report.counts["approved"] == len(approved)
    original, exported = source.read_bytes(), result.data
    for part in PARTS:
        if part not in entries(original):
            continue
        old, new = part_xml(original, part), part_xml(exported, part)
        assert len(old.findall(f".//{W}p")) == len(new.findall(f".//{W}p"))
        for tag in ("tbl", "tc", "hyperlink", "drawing", "footnoteReference", "txbxContent"):
            assert len(old.findall(f".//{W}{tag}")) == len(new.findall(f".//{W}{tag}")), tag
        old_styles = [p.find(f"{W}pPr") for p in old.iter(f"{W}p")]
        new_styles = [p.find(f"{W}pPr") for p in new.iter(f"{W}p")]
        assert [s is None for s in old_styles] == [s is None for s in new_styles]
    texts = paragraph_texts(exported) + (
        paragraph_texts(exported, "word/footnotes.xml") if "footnotes" in name else [])
    blocks = stored_blocks(project)
    for block in blocks:
        expected = strip_tags("".join(approved[s.id] + s.separator for s in block.segments))
        assert expected in texts, (block.key, expected)
        assert expected != strip_tags(block.text)
    langs = {el.get(f"{W}val") for el in part_xml(exported, "word/document.xml").iter(f"{W}lang")}
    assert "ru-RU" in langs


def test_docx_export_opens_in_libreoffice(tmp_path, soffice, en_ru_engine):
    outputs = []
    for name in ("par-hyperlinks.docx", "mammoth-tables.docx", "mammoth-footnotes.docx",
                 "mammoth-text-box.docx", "comments-rich-para.docx"):
        folder = tmp_path / name
        folder.mkdir()
        project = import_into_project(folder, DATA / name)
        translate_and_approve(project, en_ru_engine)
        out = folder / f"{(DATA / name).stem}.ru.docx"
        out.write_bytes(export(project).data)
        outputs.append(out)
    pdfs = convert_to_pdf(soffice, outputs, tmp_path / "pdf")
    for pdf in pdfs:
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), pdf.name


def test_docx_only_approved_keeps_the_rest_in_english(tmp_path):
    from app.core.model import Status
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    project = import_into_project(tmp_path, DATA / "mammoth-tables.docx")
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        rows = repo.rows()
        repo.set_machine_translations(
            "ru", [(r.segment.id, f"Машина {n}", [], None) for n, r in enumerate(rows)],
            engine="test", model="m")
        repo.decide(rows[1].segment.id, "ru", Status.APPROVED, "Вверху слева", "tester")
    result = export(project, only_approved=True)
    assert result.report.counts["approved"] == 1
    assert result.report.left_in_english == 5
    texts = paragraph_texts(result.data)
    assert "Вверху слева" in texts and "Top right" in texts and "Машина 2" not in texts
    everything = export(project)
    assert "Машина 2" in paragraph_texts(everything.data)
    assert everything.report.counts["machine"] == 5


def test_docx_missing_tags_still_export_and_are_reported(tmp_path):
    from app.core.model import Status
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    project = import_into_project(tmp_path, DATA / "par-hyperlinks.docx")
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        row = next(r for r in repo.rows() if r.segment.source.startswith("One"))
        # the reviewer dropped the closing tags of the link
        repo.decide(row.segment.id, "ru", Status.APPROVED, "Одна \ue001\ue002чудесная ссылка.",
                    "tester")
    result = export(project)
    assert [a.number for a in result.report.attention] == [row.segment.index + 1] * 2
    assert {a.problems[0] for a in result.report.attention} == {"unclosed tag </1>",
                                                                "unclosed tag </2>"}
    root = part_xml(result.data, "word/document.xml")
    link = root.findall(f".//{W}hyperlink")[0]
    assert "".join(t.text for t in link.iter(f"{W}t")) == "чудесная ссылка."
    with zipfile.ZipFile(BytesIO(result.data)) as z:
        assert z.testzip() is None
