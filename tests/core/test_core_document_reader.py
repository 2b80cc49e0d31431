"""Reading documents: encodings are detected, non-text files are refused with a clear message."""

from __future__ import annotations

import codecs
import zipfile

import pytest

from app.core.document_reader import DocumentError, read_document

ENGLISH = 'Dear president, my child … is in captivity.\n"Bring him back," she says.\n'
RUSSIAN = (
    "Уважаемый президент, мой ребёнок … находится в плену на украинской территории.\n"
    "«Верните его живым», — говорит она.\n"
)
UKRAINIAN = "Міністерство оборони України повідомило про затримання. Їх утримують у Києві.\n"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("raw", "expected_encoding"),
    [
        (ENGLISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), "utf-16-be"),
        (RUSSIAN.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, native order
        (ENGLISH.encode("utf-16-le"), "utf-16-le"),  # no BOM, recognised by its NUL bytes
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (UKRAINIAN.encode("cp1251"), "cp1251"),
    ],
)
def test_encodings_are_detected_and_text_is_exact(tmp_path, raw, expected_encoding):
    path = write(tmp_path, "doc.txt", raw)
    doc = read_document(path)
    assert doc.encoding == expected_encoding
    original = next(t for t in (ENGLISH, RUSSIAN, UKRAINIAN) if t[:5] in doc.text)
    assert doc.text == original
    assert "\ufeff" not in doc.text


def test_cp1251_russian_with_windows_newlines(tmp_path):
    path = write(tmp_path, "новость.txt", RUSSIAN.replace("\n", "\r\n").encode("cp1251"))
    doc = read_document(path)
    assert doc.encoding == "cp1251"
    assert doc.text == RUSSIAN
    assert "\r" not in doc.text


def test_english_cp1252_punctuation_reads_the_same_through_cp1251(tmp_path):
    raw = "“Bring him back,” she says … – right away.".encode("cp1252")
    doc = read_document(write(tmp_path, "quotes.txt", raw))
    assert doc.text == "“Bring him back,” she says … – right away."


def test_latin1_accented_text_is_refused_not_misread_as_cyrillic(tmp_path):
    raw = "Le café était fermé à Genève, où l'été est très chaud.".encode("latin-1")
    with pytest.raises(DocumentError, match="save it as UTF-8"):
        read_document(write(tmp_path, "french.txt", raw))


def test_old_mac_and_windows_newlines_are_normalised(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", b"One.\r\nTwo.\rThree.\n"))
    assert doc.text == "One.\nTwo.\nThree.\n"


def test_pdf_is_refused(tmp_path):
    path = write(tmp_path, "article.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(DocumentError, match="article.txt looks like a PDF"):
        read_document(path)


def test_word_document_is_refused_with_advice(tmp_path):
    path = tmp_path / "article.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert str(info.value) == (
        "article.docx looks like a Word document; save it as plain text (.txt) first."
    )


def test_zip_and_binary_files_are_refused(tmp_path):
    path = tmp_path / "bundle.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.bin", b"\x00\x01")
    with pytest.raises(DocumentError, match="ZIP archive"):
        read_document(path)
    png = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(DocumentError, match="image.txt contains binary data"):
        read_document(png)


def test_random_bytes_without_nul_are_not_taken_for_cp1251(tmp_path):
    import random

    raw = bytes(b for b in random.Random(7).randbytes(4000) if b not in (0, 0x98))
    with pytest.raises(DocumentError):
        read_document(write(tmp_path, "noise.txt", raw))


def test_other_extensions_are_refused(tmp_path):
    with pytest.raises(DocumentError, match=r"not a \.txt or \.md file"):
        read_document(write(tmp_path, "page.html", b"<p>Hello.</p>"))


@pytest.mark.parametrize("raw", [b"", b"   \r\n\n\t \n", codecs.BOM_UTF8])
def test_empty_file_is_refused(tmp_path, raw):
    with pytest.raises(DocumentError, match="empty.txt is empty"):
        read_document(write(tmp_path, "empty.txt", raw))


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        read_document(tmp_path / "nope.txt")


def test_markdown_keeps_the_text_and_drops_the_markup(tmp_path):
    md = (
        "# Soldiers' mothers appeal\n\n"
        "A *video* claiming to show the **mothers** of\n"
        "Russian soldiers went [viral](https://example.com) on `Wednesday`.\n\n"
        "> \"Bring him back alive,\" she says.\n\n"
        "- First point.\n"
        "- Second point with snake_case_name.\n\n"
        "Subtitle\n--------\n\n***\n\n"
        "[ref]: https://example.com\n"
    )
    doc = read_document(write(tmp_path, "story.md", md.encode("utf-8")))
    assert doc.text.split("\n\n") == [
        "Soldiers' mothers appeal",
        "A video claiming to show the mothers of Russian soldiers went viral on Wednesday.",
        '"Bring him back alive," she says.',
        "First point.",
        "Second point with snake_case_name.",
        "Subtitle",
    ]


def test_markdown_with_only_markup_is_empty(tmp_path):
    with pytest.raises(DocumentError, match="is empty"):
        read_document(write(tmp_path, "rules.md", b"---\n\n***\n"))
