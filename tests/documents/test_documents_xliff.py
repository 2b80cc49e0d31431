"""XLIFF 1.2 files written by a CMS (TYPO3 news), Angular and Okapi: read into blocks with
their inline codes and existing targets, written back into the same structure, valid against
the official XLIFF 1.2 schemas and readable by translate-toolkit."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from translate.storage.xliff import xlifffile
from xliff_schemas import assert_valid

from app.core.model import Status
from app.documents.inline_codes import close_tag, display, isolated_tag, open_tag, strip_tags
from app.documents.model import DocumentFormatError
from app.documents.registry import handler_for
from app.documents.target_states import status_for

DATA = Path(__file__).parent / "data" / "xliff"
XL = "{urn:oasis:names:tc:xliff:document:1.2}"


def load(name: str) -> tuple[bytes, object]:
    data = (DATA / name).read_bytes()
    return data, handler_for(name)


def c14n(data: bytes) -> bytes:
    # C14N 2.0: C14N 1.0 refuses the relative namespace URI ("myNamespace") of an OASIS file
    return etree.tostring(etree.fromstring(data), method="c14n2")


def with_target_language(data: bytes, lang: str) -> bytes:
    root = etree.fromstring(data)
    for file_el in root.iter(f"{XL}file", "file"):
        file_el.set("target-language", lang)
    return c14n(etree.tostring(root))


def without_target_language(data: bytes) -> bytes:
    """An Okapi test file (French or German targets) as a CMS would send it for a new
    language: the same units, no target language."""
    return data.replace(b' target-language="fr"', b"").replace(b' target-language="de"', b"")


def inline_elements(element) -> list[tuple]:
    """Name and attributes of each inline element below ``element`` (the text of a g varies
    with the language, its attributes do not)."""
    return [(etree.QName(c).localname, dict(c.attrib)) for c in element.iter()
            if etree.QName(c).localname in {"g", "x", "bx", "ex", "bpt", "ept", "ph", "it"}]


def test_typo3_news_labels_with_final_russian_targets():
    data, handler = load("typo3-news-ru.locallang.xlf")
    doc = handler.read(data, "ru.locallang.xlf")
    assert len(doc.blocks) == 43 and doc.target_langs == ("ru",)
    first = doc.blocks[0]
    # printf placeholders are tags, so neither MT nor a reviewer can break them
    assert first.text == f'There are {isolated_tag(1)} results for "{isolated_tag(2)}".'
    assert [first.codes[n].data["text"] for n in (1, 2)] == ["%1$s", "%2$s"]
    assert not first.split  # the target belongs to the whole unit
    (target,) = first.targets
    assert (target.lang, target.state) == ("ru", "final")
    assert target.text == (f"Найдено {isolated_tag(1)} результатов для &quot;"
                           f"{isolated_tag(2)}&quot;.")  # the file's own double escaping
    assert status_for(target.state) is Status.APPROVED
    by_id = {b.meta["id"]: b for b in doc.blocks}
    assert by_id["newsNotFound"].targets[0].text == "Запись новостей более недоступна."
    # Written back unchanged: canonically the same document, most lines byte for byte.
    out = handler.write(data, "ru.locallang.xlf", {}, "ru")
    assert c14n(out) == c14n(data)
    assert out.splitlines()[:4] == data.splitlines()[:4]


def test_typo3_source_file_gets_russian_targets_in_place():
    data, handler = load("typo3-news-locallang.xlf")
    doc = handler.read(data, "locallang.xlf")
    assert len(doc.blocks) == 43 and doc.target_langs == ()
    assert all(b.split and not b.targets for b in doc.blocks)
    keys = {b.meta["id"]: b.key for b in doc.blocks}
    out = handler.write(data, "locallang.xlf", {
        keys["search-start"]: "Начать поиск",
        keys["more-link"]: "Далее",
    }, "ru", statuses={keys["search-start"]: Status.APPROVED,
                       keys["more-link"]: Status.TRANSLATED})
    root = etree.fromstring(out)
    assert root.find("file").get("target-language") == "ru"
    units = {u.get("id"): u for u in root.iter("trans-unit")}
    start = units["search-start"]
    assert [c.tag for c in start] == ["source", "target"]
    assert (start.findtext("target"), start.find("target").get("state")) == (
        "Начать поиск", "final")
    assert start.get("approved") == "yes"
    assert units["more-link"].find("target").get("state") == "needs-review-translation"
    assert units["back-link"].find("target") is None  # not translated: left alone
    again = handler.read(out, "locallang.xlf")
    assert {b.meta["id"]: [t.text for t in b.targets] for b in again.blocks
            if b.targets} == {"search-start": ["Начать поиск"], "more-link": ["Далее"]}


def test_angular_file_without_target_language_takes_it_from_its_name():
    data, handler = load("angular-suzuki-messages.ru.xlf")
    doc = handler.read(data, "messages.ru.xlf")
    assert doc.target_langs == ("ru",)
    assert any("file name" in w for w in doc.warnings)
    spaced = next(b for b in doc.blocks if b.text == "or")
    assert spaced.targets[0].text == "или"
    assert spaced.targets[0].state == "translated"  # no state: a person's translation
    out = handler.write(data, "messages.ru.xlf", {spaced.key: "либо"}, "ru")
    assert c14n(out) != c14n(data)
    unit = next(u for u in etree.fromstring(out).iter(f"{XL}trans-unit")
                if u.get("id") == spaced.key.split(":", 1)[1])
    assert unit.findtext(f"{XL}target") == " либо "  # the source's spacing is kept
    assert_valid(out, "xliff-core-1.2-strict")
    store = xlifffile.parsestring(out)
    assert {u.source: u.target for u in store.units}["or"] == "либо"  # tt trims spaces


def test_okapi_inline_codes_survive_a_russian_translation():
    data, handler = load("okapi-TS09-12-Test01.xlf")
    data = without_target_language(data)
    doc = handler.read(data, "TS09-12-Test01.xlf")
    # An SDL Trados (SDLXLIFF) file: formatting as g/x, segments as seg-source mrk.
    labels = {c.label for b in doc.blocks for c in b.codes.values()}
    assert labels == {"g", "x"}
    segmented = [b for b in doc.blocks if b.kind == "segment"]
    assert segmented and not any(b.split for b in segmented)
    # Translate every block keeping its tags in order (what the tag check asks of a reviewer).
    translations = {}
    for block in doc.blocks:
        tags = [c for c in block.text if strip_tags(c) == ""]
        translations[block.key] = "Перевод" + "".join(tags)
    out = handler.write(data, "TS09-12-Test01.xlf", translations, "ru")
    assert_valid(out, "xliff-core-1.2-transitional")
    again = handler.read(out, "TS09-12-Test01.xlf")
    assert again.target_langs == ("ru",)
    for before, after in zip(doc.blocks, again.blocks, strict=True):
        assert after.text == before.text and after.codes == before.codes
        assert after.targets[0].text == translations[before.key]
    # The inline elements of each target are the source's own elements, attribute for
    # attribute (ph/bpt/ept keep their native code).
    root = etree.fromstring(out)
    for unit in root.iter(f"{XL}trans-unit"):
        target = unit.find(f"{XL}target")
        source = unit.find(f"{XL}seg-source")
        source = source if source is not None else unit.find(f"{XL}source")
        if target is None:
            continue
        assert inline_elements(target) == inline_elements(source)


def test_okapi_codes_and_seg_source_in_one_small_file():
    data, handler = load("okapi-RB-12-Test02.xlf")
    data = without_target_language(data)
    doc = handler.read(data, "RB-12-Test02.xlf")
    texts = {b.key: b.text for b in doc.blocks}
    assert texts["0:4"] == f"Text with {open_tag(1)}code{close_tag(1)} and {open_tag(2)}bold" \
                           f"{close_tag(2)}."
    assert texts["0:7"] == f"Text with {open_tag(1)}{isolated_tag(2)}{close_tag(1)} and more text."
    assert texts["0:11|0"] == "Sentence 1." and texts["0:11|1"] == "Sentence 2."
    # French targets in a file that no longer says they are French: not imported, said so.
    assert not any(b.targets for b in doc.blocks)
    assert any("not imported" in w for w in doc.warnings)
    out = handler.write(data, "RB-12-Test02.xlf", {
        "0:4": f"Текст с {open_tag(1)}кодом{close_tag(1)} и {open_tag(2)}жирным{close_tag(2)}.",
        "0:11|1": "Предложение 2.",
    }, "ru")
    assert out.startswith(b'<?xml version="1.0" encoding="windows-1252"?>')
    assert_valid(out, "xliff-core-1.2-transitional")
    root = etree.fromstring(out)
    unit4 = next(u for u in root.iter(f"{XL}trans-unit") if u.get("id") == "4")
    target = unit4.find(f"{XL}target")
    assert target.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert etree.tostring(target, encoding="unicode", with_tail=False).count('<g id="1">') == 1
    assert "".join(target.itertext()) == "Текст с кодом и жирным."
    unit11 = next(u for u in root.iter(f"{XL}trans-unit") if u.get("id") == "11")
    marks = {m.get("mid"): m.text for m in unit11.find(f"{XL}target").iter(f"{XL}mrk")}
    assert marks == {"0": None, "1": "Предложение 2."}  # no English in the target


@pytest.mark.parametrize(("name", "message"), [
    ("okapi-RB-12-Test02.xlf", "target language is French (fr)"),
    ("okapi-TS09-12-Test01.xlf", "target language is German (de)"),
])
def test_targets_other_than_russian_or_ukrainian_are_refused(name, message):
    data, handler = load(name)
    with pytest.raises(DocumentFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        handler.read(data, name)


def test_source_language_other_than_english_is_refused():
    data, handler = load("okapi-RB-12-Test02.xlf")
    german = data.replace(b'source-language="en"', b'source-language="de-DE"')
    with pytest.raises(DocumentFormatError, match=r"source language is German \(de-DE\)"):
        handler.read(without_target_language(german), "news.xlf")


@pytest.mark.parametrize("tag", ["ru-RU", "uk_UA", "RU", "uk"])
def test_russian_and_ukrainian_region_tags_count(tag):
    data, handler = load("typo3-news-ru.locallang.xlf")
    doc = handler.read(data.replace(b'target-language="ru"', f'target-language="{tag}"'.encode()),
                       "news.xlf")
    assert doc.target_langs == (tag[:2].lower(),)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en"
 datatype="plaintext" original="x"><body><trans-unit id="1"><source>&lol3;</source></trans-unit>
</body></file></xliff>"""


@pytest.mark.parametrize(("data", "message"), [
    (BILLION_LAUGHS, "declares XML entities"),
    (b"", "is empty"),
    (b"   \n", "is empty"),
    (b"<xliff version='1.2'><file source-language='en'><body><trans-unit id='1'><source>Hi",
     "not well-formed XML"),
    (b"<html><body>Hello</body></html>", "not XLIFF"),
    (b"<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file "
     b"source-language='en' original='x' datatype='plaintext'><body/></file></xliff>",
     "no text to translate"),
])
def test_bad_files_are_refused_with_a_message(data, message):
    with pytest.raises(DocumentFormatError, match=message):
        handler_for("bad.xlf").read(data, "bad.xlf")


def test_exporting_ukrainian_from_a_russian_file_drops_the_russian_targets():
    data, handler = load("typo3-news-ru.locallang.xlf")
    doc = handler.read(data, "ru.locallang.xlf")
    first = doc.blocks[0].key
    out = handler.write(data, "uk.locallang.xlf", {
        first: f"Знайдено {isolated_tag(1)} результатів для «{isolated_tag(2)}»"}, "uk")
    root = etree.fromstring(out)
    assert root.find("file").get("target-language") == "uk"
    targets = [u.findtext("target") for u in root.iter("trans-unit")]
    assert targets[0] == "Знайдено %1$s результатів для «%2$s»" and targets[1:] == [None] * 42
    assert display(doc.blocks[1].text) == doc.blocks[1].text  # no codes in plain labels


def test_okapi_placeholder_with_nested_sub_and_untranslatable_units():
    data, handler = load("okapi-Manual-12-AltTrans.xlf")
    data = without_target_language(data)
    doc = handler.read(data, "Manual-12-AltTrans.xlf")
    assert [b.meta["id"] for b in doc.blocks] == ["6", "1", "2", "3", "4", "5"]  # 0: no
    first = doc.blocks[0]
    assert first.text == f"Text {isolated_tag(1)} text."
    assert "<sub>[nested<ph id=\"2\">ph-in-sub</ph>still in sub]</sub>" in \
        first.codes[1].data["xml"]
    out = handler.write(data, "Manual-12-AltTrans.xlf",
                        {first.key: f"Текст {isolated_tag(1)} текст."}, "ru")
    assert_valid(out, "xliff-core-1.2-strict")
    units = {u.get("id"): u for u in etree.fromstring(out).iter(f"{XL}trans-unit")}
    target = units["6"].find(f"{XL}target")
    source = units["6"].find(f"{XL}source")
    assert etree.tostring(target[0], with_tail=False) == etree.tostring(source[0], with_tail=False)
    assert "".join(target.itertext()) == (
        "Текст startCode[nestedph-in-substill in sub]endCode текст.")
    # The French targets (the file no longer says they are French) are not passed off as
    # Russian; the alt-trans suggestion is left as it was.
    assert units["2"].find(f"{XL}target") is None and units["3"].find(f"{XL}target") is None
    assert units["4"].find(f"{XL}alt-trans/{XL}target").text == "Le texte numéro quatre."
    assert units["0"].findtext(f"{XL}source") == "Do not translate this."


@pytest.mark.parametrize("name", [
    "typo3-news-locallang.xlf", "typo3-news-ru.locallang.xlf", "angular-suzuki-messages.ru.xlf",
    "okapi-RB-12-Test02.xlf", "okapi-TS09-12-Test01.xlf", "okapi-Manual-12-AltTrans.xlf",
    "oasis20-sourceOnly.xlf", "oasis20-everything-core.xlf", "oasis20-withReorderedCodes.xlf",
    "oasis20-withCDataSections.xlf",
])
def test_unchanged_export_is_canonically_the_same_document(name):
    """Written back without translations, every file is the same XML (C14N) apart from the
    target language it now names (the Okapi and OASIS files are read as Russian files)."""
    data = (DATA / name).read_bytes()
    for other in (b"fr", b"de"):
        data = data.replace(b'target-language="' + other + b'"', b'target-language="ru"')
        data = data.replace(b'trgLang="' + other + b'"', b'trgLang="ru"')
    handler = handler_for(name)
    doc = handler.read(data, name)
    out = handler.write(data, name, {}, "ru")
    root = etree.fromstring(data)
    if root.get("version", "").startswith("2"):
        root.set("trgLang", "ru")
    else:
        for file_el in root.iter(f"{XL}file", "file"):
            file_el.set("target-language", "ru")
    assert c14n(out) == c14n(etree.tostring(root))
    assert [b.key for b in handler.read(out, name).blocks] == [b.key for b in doc.blocks]


def test_sdl_trados_segment_confirmation_is_the_state():
    data, handler = load("okapi-TS09-12-Test01.xlf")
    data = data.replace(b' target-language="de"', b' target-language="ru"')
    doc = handler.read(data, "TS09.sdlxliff")
    first = next(b for b in doc.blocks if b.targets)
    assert first.targets[0].state == "Translated"  # sdl:seg conf
    assert status_for("ApprovedTranslation") is Status.APPROVED
    assert status_for("Draft") is Status.TRANSLATED
    out = handler.write(data, "TS09.sdlxliff", {first.key: first.targets[0].text}, "ru",
                        statuses={first.key: Status.APPROVED})
    again = handler.read(out, "TS09.sdlxliff")
    assert next(b for b in again.blocks if b.key == first.key).targets[0].state == \
        "ApprovedTranslation"


CMS_HTML_UNIT = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="en" target-language="ru" datatype="plaintext" original="news">
<body>
<trans-unit id="tt_content/13141787/bodytext" datatype="html" xml:space="preserve">
  <source><![CDATA[<p>Text with <strong>markup</strong>.<br/>Next line</p>]]></source>
  <target state="needs-translation"><![CDATA[]]></target>
</trans-unit>
</body></file></xliff>
"""


def test_html_a_cms_puts_in_a_unit_as_text_becomes_tags():
    """The shape TYPO3's l10nmgr and WPML export: a unit's HTML as CDATA text."""
    handler = handler_for("news.xlf")
    doc = handler.read(CMS_HTML_UNIT, "news.xlf")
    (block,) = doc.blocks
    assert block.text == (f"{open_tag(1)}Text with {open_tag(2)}markup{close_tag(2)}."
                          f"{isolated_tag(3)}Next line{close_tag(1)}")
    assert block.codes[2].data == {"open": "<strong>", "close": "</strong>"}
    assert block.codes[3].data == {"text": "<br/>"}
    translated = (f"{open_tag(1)}Текст с {open_tag(2)}разметкой{close_tag(2)}."
                  f"{isolated_tag(3)}Следующая строка{close_tag(1)}")
    out = handler.write(CMS_HTML_UNIT, "news.xlf", {block.key: translated}, "ru",
                        statuses={block.key: Status.APPROVED})
    target = etree.fromstring(out).find(f".//{XL}target")
    assert target.text == "<p>Текст с <strong>разметкой</strong>.<br/>Следующая строка</p>"
    assert target.get("state") == "final"
    again = handler.read(out, "news.xlf").blocks[0]
    assert again.codes == block.codes and again.targets[0].text == translated
    assert_valid(out, "xliff-core-1.2-strict")
