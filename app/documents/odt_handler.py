"""OpenDocument text (.odt), read and written with lxml over ``content.xml`` (odfpy's
element API is no easier for rebuilding mixed content, and lxml is already a dependency).

Blocks are the headings and paragraphs of the body (``text:h``, ``text:p``: list items, table
cells, notes and text frames included) and of the page headers and footers (styles.xml).
Inside a paragraph ``text:span`` and ``text:a`` are paired tags; notes, line breaks, tabs,
frames (images), bookmarks, fields and annotations are isolated tags. A note's own paragraphs
are blocks too: they are written first, so the note the paragraph carries is already
translated. ``fo:language``/``fo:country`` are set in the default and the existing styles,
``dc:language`` in meta.xml; every other part is copied as it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from app.core.model import Status
from app.documents.inline_codes import strip_tags
from app.documents.mixed_content import Markup, Run, code_run, rebuild_run
from app.documents.model import Block, DocumentFormatError, ExtractedDocument
from app.documents.zip_package import ZipPackage, serialize

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
MIMETYPE = b"application/vnd.oasis.opendocument.text"
PARTS = ("content.xml", "styles.xml")  # the body; the page headers and footers
COUNTRIES = {"ru": "RU", "uk": "UA", "en": "US"}
_PAIRED = {TEXT + "span", TEXT + "a"}
_LABELS = {"note": "fn", "line-break": "br", "tab": "tab", "frame": "image", "a": "link",
           "span": "fmt", "s": "space", "bookmark": "bookmark", "bookmark-start": "bookmark",
           "bookmark-end": "bookmark", "annotation": "comment", "soft-page-break": "page"}


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else "comment"


MARKUP = Markup(
    paired=lambda el: el.tag in _PAIRED,
    label=lambda el: _LABELS.get(_local(el), _local(el)),
    data=lambda el: {"element": _local(el),
                     **{k.rsplit("}", 1)[-1]: v for k, v in el.attrib.items()
                        if k.endswith(("style-name", "href"))}},
)


def _open(data: bytes, filename: str) -> ZipPackage:
    package = ZipPackage(data, filename, "OpenDocument text")
    mimetype = package.read("mimetype").strip() if package.has("mimetype") else b""
    if mimetype != MIMETYPE or not package.has("content.xml"):
        raise DocumentFormatError(
            f"{filename} is not an OpenDocument text (.odt). Save it as .odt in your word "
            "processor and import it again."
        )
    if any(name.startswith("Basic/") and name.endswith(".xml") and "script-lc" not in name
           for name in package.names):
        raise DocumentFormatError(
            f"{filename} contains macros. Review Desk does not import files with macros; save "
            "a copy without macros and import that."
        )
    return package


def _paragraphs(root: etree._Element) -> list[etree._Element]:
    """The paragraphs of the body (content.xml) or of the page headers and footers
    (styles.xml), in document order."""
    holder = root.find(f"{OFFICE}body")
    if holder is None:
        holder = root.find(f"{OFFICE}master-styles")
    if holder is None:
        return []
    return [el for el in holder.iter(TEXT + "p", TEXT + "h")]


def _kind(p: etree._Element) -> str:
    ancestors = {a.tag for a in p.iterancestors()}
    for place in ("header", "footer"):
        if any(tag.startswith(STYLE + place) for tag in ancestors):
            return place
    if TEXT + "note" in ancestors:
        return "footnote"
    if TABLE + "table-cell" in ancestors:
        return "cell"
    if p.tag == TEXT + "h":
        return "heading"
    if TEXT + "list-item" in ancestors:
        return "list"
    return "paragraph"


def _run(p: etree._Element, part: str, n: int) -> Run:
    return Run(p, 0, len(p), f"{part}#{n}")


def _set_language(root: etree._Element, lang: str) -> bool:
    country = COUNTRIES.get(lang, "")
    changed = False
    for props in root.iter(STYLE + "text-properties"):
        if props.get(FO + "language") is not None:
            props.set(FO + "language", lang)
            props.set(FO + "country", country)
            changed = True
    for default in root.iter(STYLE + "default-style"):
        if default.get(STYLE + "family") == "paragraph":
            props = default.find(STYLE + "text-properties")
            if props is None:
                props = etree.SubElement(default, STYLE + "text-properties")
            props.set(FO + "language", lang)
            props.set(FO + "country", country)
            changed = True
    return changed


class OdtHandler:
    name = "odt"
    suffixes = (".odt",)
    description = "OpenDocument text"

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        package = _open(data, filename)
        blocks: list[Block] = []
        replaced = 0
        for part in PARTS:
            if not package.has(part):
                continue
            for n, p in enumerate(_paragraphs(package.xml(part))):
                coded = code_run(_run(p, part, n), MARKUP)
                replaced += coded.replaced
                if not strip_tags(coded.text).strip():
                    continue
                style = p.get(TEXT + "style-name", "")
                blocks.append(Block(f"{part}#{n}", coded.block_text, _kind(p), coded.codes,
                                    {"style": style} if style else {}))
        if not blocks:
            raise DocumentFormatError(f"{filename} has no text to translate.")
        warnings = [f"{replaced} private-use characters were replaced by U+FFFD."] if (
            replaced) else []
        return ExtractedDocument(self.name, blocks, warnings=warnings)

    def write(self, data: bytes, filename: str, translations: Mapping[str, str],
              lang: str, *, statuses: Mapping[str, Status] | None = None) -> bytes:
        package = _open(data, filename)
        replacements: dict[str, bytes] = {}
        for part in PARTS:
            if not package.has(part):
                continue
            root = package.xml(part)
            paragraphs = _paragraphs(root)
            for n in range(len(paragraphs) - 1, -1, -1):  # a note's paragraphs first
                text = translations.get(f"{part}#{n}")
                if text is not None:
                    rebuild_run(_run(paragraphs[n], part, n), text, MARKUP)
            if _set_language(root, lang) or any(k.startswith(part + "#") for k in translations):
                replacements[part] = serialize(root)
        if package.has("meta.xml"):
            meta = package.xml("meta.xml")
            holder = meta.find(f"{OFFICE}meta")
            if holder is not None:
                language = holder.find(DC + "language")
                if language is None:
                    language = etree.SubElement(holder, DC + "language")
                language.text = f"{lang}-{COUNTRIES.get(lang, '')}".rstrip("-")
                replacements["meta.xml"] = serialize(meta)
        return package.rewrite(replacements)
