"""The official XLIFF schemas (tests/documents/data/schemas, see SOURCES.md there), loaded
offline: their import of xml.xsd is pointed at the local copy."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).parent / "data" / "schemas"
XSD = "{http://www.w3.org/2001/XMLSchema}"


@cache
def schema(name: str) -> etree.XMLSchema:
    """``xliff-core-1.2-strict``, ``xliff-core-1.2-transitional`` or ``xliff-core-2.0``."""
    doc = etree.parse(str(SCHEMAS / f"{name}.xsd"))
    for imported in doc.getroot().iter(f"{XSD}import"):
        if imported.get("namespace") == "http://www.w3.org/XML/1998/namespace":
            imported.set("schemaLocation", (SCHEMAS / "xml.xsd").as_uri())
    return etree.XMLSchema(doc)


def assert_valid(data: bytes, name: str) -> None:
    xsd = schema(name)
    doc = etree.fromstring(data)
    assert xsd.validate(doc), "\n".join(str(e) for e in xsd.error_log[:10])
