"""Office packages (DOCX, ODT): a ZIP of XML parts, opened defensively and rewritten in place.

Before anything is decompressed, the central directory is checked: an encrypted Office file
(an OLE compound file, not a ZIP), a corrupt archive, too many entries, a declared total size
over ``MAX_UNPACKED`` or an entry that expands more than ``MAX_RATIO`` times (a zip bomb) are
refused with a ``DocumentFormatError``. Reading an entry never returns more than its declared
size. Writing copies every entry as it was (order, compression, dates), replacing only the
parts that changed.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

from lxml import etree

from app.documents.model import DocumentFormatError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ENTRIES = 10_000
MAX_UNPACKED = 1 << 30  # 1 GiB declared in total
MAX_RATIO = 200  # an XML part compresses 5-20 times; a bomb hundreds or thousands of times
_RATIO_FLOOR = 1 << 20  # small entries may compress as well as they like


class ZipPackage:
    def __init__(self, data: bytes, filename: str, kind: str) -> None:
        self.filename = filename
        self.kind = kind  # "Word document", "OpenDocument text" (for messages)
        if data.startswith(OLE_SIGNATURE):
            raise DocumentFormatError(
                f"{filename} is password-protected (encrypted) or an old binary Office file, "
                f"not a {kind} Review Desk can read. Open it in your word processor, remove the "
                "password (or save it in the current format) and import it again."
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
            raise DocumentFormatError(
                f"{filename} is damaged: it is not a readable {kind} ({exc}). Open it in your "
                "word processor, save a new copy and import that."
            ) from exc
        if len(infos) > MAX_ENTRIES:
            raise self._bomb(f"it holds {len(infos)} files")
        total = sum(info.file_size for info in infos)
        if total > MAX_UNPACKED:
            raise self._bomb(f"it would unpack to {total // (1 << 20)} MB")
        for info in infos:
            if info.file_size > _RATIO_FLOOR and (
                info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise self._bomb(
                    f"{info.filename} expands {info.file_size // max(info.compress_size, 1)} "
                    "times"
                )
            if info.flag_bits & 0x1:
                raise DocumentFormatError(
                    f"{filename} is encrypted; remove the password and import it again."
                )
        self.names = [info.filename for info in infos]

    def _bomb(self, why: str) -> DocumentFormatError:
        return DocumentFormatError(
            f"{self.filename} is not a normal {self.kind}: {why}, which is how a zip bomb is "
            "built. Nothing was imported. If the file is genuine, open it in your word "
            "processor and save a new copy."
        )

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        info = self.zip.getinfo(name)
        try:
            with self.zip.open(info) as fh:
                data = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise DocumentFormatError(
                f"{self.filename} is damaged ({name}: {exc}). Open it in your word processor, "
                "save a new copy and import that."
            ) from exc
        if len(data) > info.file_size:
            raise self._bomb(f"{name} is larger than it declares")
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), f"{self.filename}:{name}")

    def rewrite(self, replacements: Mapping[str, bytes]) -> bytes:
        """The package with the given parts replaced; every other entry copied as it was."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in self.zip.infolist():
                data = replacements.get(info.filename)
                if data is None:
                    data = self.read(info.filename)
                target.writestr(info, data, compress_type=info.compress_type)
        return out.getvalue()


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
    remove_blank_text=False,
)


def parse_xml(data: bytes, where: str) -> etree._Element:
    """An XML part of an office package. Such parts never carry a DOCTYPE: one is refused
    (it could declare entities: XXE, 'billion laughs'); nothing is fetched from the network."""
    head = data[:4096].lstrip()
    if b"<!DOCTYPE" in data[:65536].upper() or b"<!ENTITY" in head.upper():
        raise DocumentFormatError(
            f"{where} contains a DOCTYPE declaration, which office documents never have; "
            "Review Desk does not read it (it could pull in other files). Save a new copy of "
            "the document in your word processor and import that."
        )
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocumentFormatError(
            f"{where} is damaged: {exc}. Open the document in your word processor, save a new "
            "copy and import that."
        ) from exc


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
