"""Word documents (.docx): blocks are the paragraphs of the body (headings, list items, table
cells, text boxes), footnotes, endnotes, headers and footers, read with lxml over the OOXML
parts (python-docx has no footnotes, no text boxes and no way to rebuild a paragraph's runs
around translated text; its tests' files are in our tests).

Inline codes (``docx_runs``): runs whose formatting differs from the paragraph's main formatting
become paired tags, hyperlinks and tracked insertions paired tags around their runs, and
everything else inside a sentence (line breaks, tabs, images, footnote references, fields,
bookmarks) an isolated tag. Writing rebuilds the runs of each translated paragraph from its
coded text and sets ``w:lang`` on them and in the document defaults; everything else in the
package (styles, numbering, tables, images, relationships) is copied byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from lxml import etree

from app.core.model import Status
from app.documents.docx_runs import W, extract_paragraph, rebuild_paragraph, set_lang
from app.documents.model import Block, DocumentFormatError, ExtractedDocument
from app.documents.zip_package import ZipPackage, serialize

MAIN_PART = "word/document.xml"
_NOTE_PARTS = ("word/footnotes.xml", "word/endnotes.xml")
_HEADER_FOOTER = re.compile(r"^word/(header|footer)\d*\.xml$")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MACRO_CONTENT = re.compile(rb"macroEnabled", re.I)
LANGUAGE_TAGS = {"ru": "ru-RU", "uk": "uk-UA", "en": "en-US"}


def _open(data: bytes, filename: str) -> ZipPackage:
    if filename.lower().endswith((".docm", ".dotm")):
        raise DocumentFormatError(
            f"{filename} is a macro-enabled Word document. Review Desk does not import files "
            "with macros; save it as a Word document (.docx) without macros and import that."
        )
    package = ZipPackage(data, filename, "Word document")
    if not package.has(MAIN_PART):
        raise DocumentFormatError(
            f"{filename} is not a Word document (it has no {MAIN_PART}). Save it as .docx "
            "in your word processor and import it again."
        )
    types = package.read("[Content_Types].xml") if package.has("[Content_Types].xml") else b""
    if package.has("word/vbaProject.bin") or _MACRO_CONTENT.search(types):
        raise DocumentFormatError(
            f"{filename} contains macros. Review Desk does not import files with macros; save "
            "it as a Word document (.docx) without macros and import that."
        )
    return package


def _parts(package: ZipPackage) -> list[str]:
    headers = sorted(n for n in package.names if _HEADER_FOOTER.match(n))
    return [MAIN_PART] + [n for n in _NOTE_PARTS if package.has(n)] + headers


def _paragraphs(root: etree._Element) -> Iterator[etree._Element]:
    """Every paragraph in document order, except the fallback copies of text boxes."""
    for p in root.iter(W + "p"):
        if any(a.tag == _MC_FALLBACK for a in p.iterancestors()):
            continue
        yield p


def _kind(part: str, p: etree._Element) -> tuple[str, dict]:
    meta: dict = {}
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is not None:
        meta["style"] = style.get(W + "val", "")
    if part != MAIN_PART:
        return part.split("/")[1].rstrip(".xml0123456789").rstrip("s") or "note", meta
    if any(a.tag == W + "txbxContent" for a in p.iterancestors()):
        return "textbox", meta
    if any(a.tag == W + "tc" for a in p.iterancestors()):
        return "cell", meta
    name = meta.get("style", "").lower()
    if name.startswith(("heading", "title", "subtitle")) or p.find(
            f"{W}pPr/{W}outlineLvl") is not None:
        return "heading", meta
    if p.find(f"{W}pPr/{W}numPr") is not None or "list" in name:
        return "list", meta
    return "paragraph", meta


class DocxHandler:
    name = "docx"
    suffixes = (".docx", ".docm", ".dotm")
    description = "Word document"

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        package = _open(data, filename)
        blocks: list[Block] = []
        replaced = 0
        for part in _parts(package):
            root = package.xml(part)
            for n, p in enumerate(_paragraphs(root)):
                extracted = extract_paragraph(p)
                replaced += extracted.replaced
                if not extracted.text:
                    continue
                kind, meta = _kind(part, p)
                blocks.append(Block(f"{part}#{n}", extracted.text, kind, extracted.codes, meta))
        if not blocks:
            raise DocumentFormatError(f"{filename} has no text to translate.")
        warnings = [f"{replaced} private-use characters (symbol fonts) were replaced by U+FFFD."
                    ] if replaced else []
        return ExtractedDocument(self.name, blocks, warnings=warnings)

    def write(self, data: bytes, filename: str, translations: Mapping[str, str],
              lang: str, *, statuses: Mapping[str, Status] | None = None) -> bytes:
        package = _open(data, filename)
        language = LANGUAGE_TAGS.get(lang, lang)
        replacements: dict[str, bytes] = {}
        for part in _parts(package):
            keys = {k for k in translations if k.startswith(part + "#")}
            if not keys:
                continue
            root = package.xml(part)
            paragraphs = list(_paragraphs(root))
            # inner paragraphs (text boxes) before the paragraph that holds them
            for n in range(len(paragraphs) - 1, -1, -1):
                text = translations.get(f"{part}#{n}")
                if text is not None:
                    rebuild_paragraph(paragraphs[n], text, language)
            replacements[part] = serialize(root)
        if package.has("word/styles.xml"):
            styles = package.xml("word/styles.xml")
            defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
            if defaults is not None:
                set_lang(defaults, language)
                replacements["word/styles.xml"] = serialize(styles)
        return package.rewrite(replacements)
