"""TMX 1.4b holds approved translations only; XLIFF 2.0 carries each segment's review state."""

from __future__ import annotations

import pytest
from formats_schemas import tmx14_errors, xliff20_errors
from lxml import etree

from app.core.model import SegmentDraft, Status
from app.formats.tmx_writer import write_tmx
from app.formats.xliff_writer import write_xliff
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

XL = "{urn:oasis:names:tc:xliff:document:2.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def reviewed(tmp_path):
    pdb = create_project(tmp_path / "news.rdproj")
    repo = ProjectRepository(pdb)
    repo.add_document("news.txt", [
        SegmentDraft("Kyiv is the capital.", 0, 0),
        SegmentDraft("Zelensky spoke.", 0, 1),
        SegmentDraft("Kharkiv was shelled.", 1, 0),
        SegmentDraft("Nothing yet.", 1, 1),
    ])
    repo.set_machine_translations("ru", [
        (1, "Киев — столица.", [], None), (2, "Зеленский выступил.", [], None),
        (3, "Харьков обстреляли.", [], None)], engine="argos", model="test")
    repo.set_machine_translations("uk", [(1, "Київ — столиця.", [], None)],
                                  engine="argos", model="test")
    repo.decide(1, "ru", Status.APPROVED, None, "ann")
    repo.decide(2, "ru", Status.REJECTED, None, "ann")
    repo.decide(3, "ru", Status.EDITED, "Харьков подвергся обстрелу.", "bob")
    repo.decide(1, "uk", Status.APPROVED, "Київ є столицею.", "bob")
    repo.set_comment(3, "ru", "check the verb", "bob")
    yield repo
    pdb.close()


def test_tmx_contains_only_approved_translations(reviewed, tmp_path):
    path = tmp_path / "out.tmx"
    assert write_tmx(reviewed, path) == 1
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("creationtool") == "Review Desk"
    assert (header.get("srclang"), header.get("adminlang")) == ("en", "en")
    assert header.get("segtype") == "sentence" and header.get("o-tmf")
    (tu,) = root.iter("tu")
    tuvs = {tuv.get(XML_LANG): tuv for tuv in tu.iter("tuv")}
    assert {lang: tuv.findtext("seg") for lang, tuv in tuvs.items()} == {
        "en": "Kyiv is the capital.", "ru": "Киев — столица.", "uk": "Київ є столицею."}
    assert tuvs["uk"].get("changeid") == "bob"
    assert len(tuvs["uk"].get("changedate")) == 16  # YYYYMMDDThhmmssZ
    text = path.read_text(encoding="utf-8")
    for not_approved in ("Зеленский выступил.", "Харьков подвергся обстрелу."):
        assert not_approved not in text


def test_xliff_states_per_segment(reviewed, tmp_path):
    path = tmp_path / "out.ru.xlf"
    assert write_xliff(reviewed, path, "ru") == 4
    root = etree.parse(str(path)).getroot()
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "ru")
    assert root.find(XL + "file").get("original") == "news.txt"
    segments = {s.findtext(XL + "source"): s for s in root.iter(XL + "segment")}
    state = {src: (s.get("state"), s.get("subState"), s.findtext(XL + "target"))
             for src, s in segments.items()}
    assert state == {
        "Kyiv is the capital.": ("final", None, "Киев — столица."),
        "Zelensky spoke.": ("initial", "reviewdesk:rejected", "Зеленский выступил."),
        "Kharkiv was shelled.": ("reviewed", None, "Харьков подвергся обстрелу."),
        "Nothing yet.": ("initial", None, None),
    }
    rejected_unit = segments["Zelensky spoke."].getparent()
    assert "Rejected by ann" in rejected_unit.findtext(f"{XL}notes/{XL}note")
    edited_unit = segments["Kharkiv was shelled."].getparent()
    assert edited_unit.findtext(f"{XL}notes/{XL}note[@category='comment']") == "check the verb"


def test_xliff_machine_output_is_translated_state(reviewed, tmp_path):
    reviewed.set_machine_translations("uk", [(3, "Харків обстріляли.", [], None)],
                                      engine="argos", model="test")
    path = tmp_path / "out.uk.xlf"
    write_xliff(reviewed, path, "uk")
    root = etree.parse(str(path)).getroot()
    states = [s.get("state") for s in root.iter(XL + "segment")]
    assert states == ["final", "initial", "translated", "initial"]


def test_exports_are_valid_against_the_official_schemas(reviewed, tmp_path):
    tmx, xliff = tmp_path / "out.tmx", tmp_path / "out.xlf"
    write_tmx(reviewed, tmx)
    assert tmx14_errors(tmx) == []
    for lang in ("ru", "uk"):
        write_xliff(reviewed, xliff, lang)
        assert xliff20_errors(xliff) == []


def test_xliff_keeps_line_breaks_and_double_spaces_for_readers(reviewed, tmp_path):
    text = "Первая строка,\nвторая  с двумя пробелами."
    reviewed.decide(4, "ru", Status.EDITED, text, "ann")
    path = tmp_path / "out.xlf"
    write_xliff(reviewed, path, "ru")
    assert xliff20_errors(path) == []
    target = etree.parse(str(path)).getroot().find(f".//{XL}unit[@id='u4']//{XL}target")
    assert target.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    from translate.storage import xliff2

    store = xliff2.Xliff2File.parsefile(str(path))
    unit = next(u for u in store.units if u.getid().endswith("4") or "u4" in u.getid())
    assert unit.target == text
