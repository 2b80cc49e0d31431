"""XLIFF 1.2 and 2.0 exchange files from a CMS or a CAT tool: sources in, existing Russian or
Ukrainian targets imported with their state, reviewed targets written back into the same file.

Read and written with lxml over the kept original (``xml_document``), not through
translate-toolkit's ``xliff``/``xliff2`` stores: those re-indent the whole file when they save
(``XMLindent``), have no way to carry an inline element's exact XML, and the 2.0 store has no
``final`` state. translate-toolkit reads the files we write in the tests, as an independent
check."""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from app.core.model import Status
from app.documents import xml_document
from app.documents.model import DocumentFormatError, ExtractedDocument
from app.documents.xliff1_document import Xliff1Document
from app.documents.xliff2_document import Xliff2Document


def _document(tree: etree._ElementTree, filename: str) -> Xliff1Document | Xliff2Document:
    root = tree.getroot()
    if etree.QName(root).localname != "xliff":
        raise DocumentFormatError(
            f"{filename} is XML but not XLIFF (its root element is "
            f"<{etree.QName(root).localname}>, not <xliff>).")
    version = root.get("version") or ""
    namespace = etree.QName(root).namespace or ""
    if version.startswith("2") or namespace.endswith(":2.0"):
        return Xliff2Document(tree, filename)
    if version and not version.startswith("1"):
        raise DocumentFormatError(f"{filename} is XLIFF version {version}; Review Desk reads "
                                  "XLIFF 1.0-1.2 and 2.0.")
    return Xliff1Document(tree, filename)


class XliffHandler:
    name = "xliff"
    suffixes = (".xlf", ".xliff", ".sdlxliff")
    description = "XLIFF 1.2 / 2.0"

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        return _document(xml_document.parse(data, filename), filename).read()

    def write(self, data: bytes, filename: str, translations: Mapping[str, str], lang: str,
              *, statuses: Mapping[str, Status] | None = None) -> bytes:
        tree = xml_document.parse(data, filename)
        _document(tree, filename).write(translations, lang, statuses)
        return xml_document.serialize(tree, data)
