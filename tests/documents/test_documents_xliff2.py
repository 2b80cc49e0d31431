"""XLIFF 2.0 files of the OASIS XLIFF TC test suite: segments as blocks, pc/ph/mrk as tags
with their exact XML, segment states, translate inheritance, and output valid against the
official XLIFF 2.0 core schema and readable by translate-toolkit's xliff2 store."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from translate.storage.xliff2 import Xliff2File
from xliff_schemas import assert_valid

from app.core.model import Status
from app.documents.inline_codes import close_tag, isolated_tag, open_tag
from app.documents.model import DocumentFormatError
from app.documents.registry import handler_for
from app.documents.target_states import status_for

DATA = Path(__file__).parent / "data" / "xliff"
X2 = "{urn:oasis:names:tc:xliff:document:2.0}"


def load(name: str, trg_lang: str | None = None):
    data = (DATA / name).read_bytes()
    if trg_lang is not None:
        data = data.replace(b' trgLang="fr"', f' trgLang="{trg_lang}"'.encode() if trg_lang
                            else b"")
    return data, handler_for(name)


def segments(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(data)
    return {f"{u.get('id')}/{s.get('id')}": s for u in root.iter(f"{X2}unit")
            for s in u.iter(f"{X2}segment")}


def test_source_only_file_gets_a_russian_target():
    data, handler = load("oasis20-sourceOnly.xlf")
    doc = handler.read(data, "sourceOnly.xlf")
    (block,) = doc.blocks
    assert (block.key, block.text, block.split) == ("f1/1/s1", "source", True)
    out = handler.write(data, "sourceOnly.xlf", {block.key: "исходный текст"}, "ru",
                        statuses={block.key: Status.APPROVED})
    assert_valid(out, "xliff-core-2.0")
    root = etree.fromstring(out)
    assert root.get("trgLang") == "ru"
    segment = segments(out)["1/s1"]
    assert segment.get("state") == "final"
    assert [etree.QName(c).localname for c in segment] == ["source", "target"]
    assert segment.findtext(f"{X2}target") == "исходный текст"
    assert root.find(f".//{X2}ignorable/{X2}source").text == " "  # left alone
    store = Xliff2File.parsestring(out)
    assert [(u.source, u.target) for u in store.units] == [("source", "исходный текст")]


def test_everything_core_codes_inheritance_and_notes():
    data, handler = load("oasis20-everything-core.xlf", trg_lang="")
    doc = handler.read(data, "everything-core.xlf")
    # The file says translate="no", its unit and group say yes: the nearest one decides.
    assert [b.key for b in doc.blocks] == ["f1/tu1/1", "f1/tu1/2", "f1/tu3/1", "f1/tu3end/1",
                                           "f1/tu2/s1"]
    assert all(not b.targets for b in doc.blocks)  # French targets, no trgLang: not imported
    assert any("not imported" in w for w in doc.warnings)
    tu1 = doc.blocks[0]
    assert not tu1.split  # a unit of several segments is already segmented
    assert tu1.meta["name"] == "unit1"
    coded = doc.blocks[-1]
    assert coded.text == f"{open_tag(1)}special text{close_tag(1)} and more\n{isolated_tag(2)}."
    assert 'dataRefStart="d1"' in coded.codes[1].data["xml"]
    assert 'canCopy="no"' in coded.codes[2].data["xml"]
    translations = {b.key: f"перевод {b.key}" for b in doc.blocks}
    translations[coded.key] = (f"{open_tag(1)}особый текст{close_tag(1)} и ещё\n"
                               f"{isolated_tag(2)}.")
    out = handler.write(data, "everything-core.xlf", translations, "ru",
                        statuses={"f1/tu1/1": Status.TRANSLATED})
    assert_valid(out, "xliff-core-2.0")
    segs = segments(out)
    assert segs["tu1/1"].get("state") == "translated"
    assert segs["tu1/1"].get("subState") == "my:state"  # another tool's sub-state kept
    assert segs["tu1/2"].get("state") == "reviewed"  # a reviewer's edit (the default)
    assert segs["tu1/1"].find(f"{X2}target").get("order") == "3"  # target attributes kept
    target = segs["tu2/s1"].find(f"{X2}target")
    source = segs["tu2/s1"].find(f"{X2}source")
    assert [(etree.QName(c).localname, dict(c.attrib)) for c in target] == [
        (etree.QName(c).localname, dict(c.attrib)) for c in source]
    assert "".join(target.itertext()) == "особый текст и ещё\n."
    again = handler.read(out, "everything-core.xlf")
    assert [t.text for b in again.blocks for t in b.targets][:1] == ["перевод f1/tu1/1"]
    assert [t.state for b in again.blocks for t in b.targets][:2] == ["translated", "reviewed"]


def test_existing_targets_come_with_their_states():
    data, handler = load("oasis20-everything-core.xlf", trg_lang="ru")
    doc = handler.read(data, "everything-core.ru.xlf")
    states = {b.key: (b.targets[0].text, b.targets[0].state) for b in doc.blocks if b.targets}
    assert states == {"f1/tu1/1": ("Exemple de segment.", "translated"),
                      "f1/tu1/2": ("Contenu du segment.", "initial")}
    assert status_for("translated") is Status.EDITED
    assert status_for("initial") is Status.TRANSLATED  # XLIFF 2.0's default: a draft


def test_reordered_codes_keep_their_numbers_in_the_target():
    data, handler = load("oasis20-withReorderedCodes.xlf", trg_lang="ru")
    doc = handler.read(data, "reordered.xlf")
    first = doc.blocks[0]
    # Source: pc(1) [text ph(2)] ph(3); the target puts ph(3) first: same numbers.
    assert first.text.index(open_tag(1)) < first.text.index(isolated_tag(3))
    target = first.targets[0].text
    assert target.index(isolated_tag(3)) < target.index(open_tag(1))
    out = handler.write(data, "reordered.xlf", {first.key: target}, "ru")
    assert_valid(out, "xliff-core-2.0")


def test_cdata_sections_are_read_as_text():
    data, handler = load("oasis20-withCDataSections.xlf", trg_lang="")
    doc = handler.read(data, "cdata.xlf")
    assert doc.blocks and all("<![CDATA[" not in b.text for b in doc.blocks)
    out = handler.write(data, "cdata.xlf", {b.key: "текст" for b in doc.blocks}, "uk")
    assert_valid(out, "xliff-core-2.0")
    assert etree.fromstring(out).get("trgLang") == "uk"


def test_german_target_is_refused():
    data, handler = load("oasis20-sample1.xlf")
    with pytest.raises(DocumentFormatError, match=r"target language is German \(de\)"):
        handler.read(data, "sample1.xlf")


def test_rejected_and_untranslated_cells_write_no_target_text():
    """The export passes the English for a cell without a translation (NEW) or a rejected one:
    a CMS must not take it as the translation. A rejected existing target stays, marked the way
    Review Desk's own XLIFF marks it."""
    data, handler = load("oasis20-sourceOnly.xlf")
    out = handler.write(data, "s.xlf", {"f1/1/s1": "source"}, "ru",
                        statuses={"f1/1/s1": Status.NEW})
    assert segments(out)["1/s1"].find(f"{X2}target") is None
    data, handler = load("oasis20-everything-core.xlf", trg_lang="ru")
    out = handler.write(data, "e.xlf", {"f1/tu1/1": "Sample segment."}, "ru",
                        statuses={"f1/tu1/1": Status.REJECTED})
    segment = segments(out)["tu1/1"]
    assert (segment.get("state"), segment.get("subState")) == ("initial", "reviewdesk:rejected")
    assert segment.findtext(f"{X2}target") == "Exemple de segment."
    assert handler.read(out, "e.xlf").blocks[0].targets[0].state == "rejected"
    assert_valid(out, "xliff-core-2.0")
