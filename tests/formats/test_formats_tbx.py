"""TBX export and import on the project's own glossary; every export is validated against the
official TBX core RNG and TBX-Basic Schematron (``formats_schemas``). Files written by other
tools are in ``test_formats_tbx_real_files.py``."""

from __future__ import annotations

import re

import pytest
from formats_schemas import tbx_basic_errors
from lxml import etree

from app.core.glossary_model import GlossaryFormatError, TermStatus
from app.formats.glossary_files import export_glossary, import_glossary_file
from app.formats.tbx_reader import read_tbx
from app.formats.tbx_writer import write_tbx

NS = "urn:iso:std:iso:30042:ed-2"
T = f"{{{NS}}}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ADMN = {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts"}
POS = {"noun", "verb", "adjective", "adverb", "other"}
TYPES = {
    "descrip": {"context", "definition", "subjectField"},
    "admin": {"customerSubset", "projectSubset", "source"},
    "termNote": {"administrativeStatus", "grammaticalGender", "geographicalUsage",
                 "partOfSpeech", "termLocation", "termType"},
    "transac": {"transactionType"},
    "transacNote": {"responsibility"},
}
AUX = {"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}


def _local(el) -> str:
    return etree.QName(el).localname


@pytest.fixture
def tbx_file(glossary, tmp_path):
    path = tmp_path / "glossary.tbx"
    export_glossary(glossary, "tbx", path)
    return path


def test_tbx_header_and_processing_instructions(tbx_file):
    text = tbx_file.read_text(encoding="utf-8")
    models = re.findall(r"<\?xml-model ([^?]*)\?>", text)
    assert len(models) == 2
    # the schemas LTAC-Global publishes today (the integrated RNG was deleted in 2023)
    assert "LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" in models[0]
    assert 'schematypens="http://relaxng.org/ns/structure/1.0"' in models[0]
    assert "LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" in models[1]
    assert 'schematypens="http://purl.oclc.org/dsdl/schematron"' in models[1]
    root = etree.parse(str(tbx_file)).getroot()
    assert root.tag == T + "tbx"
    assert root.nsmap == {None: NS}  # DCA style: no other namespaces
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", "en")
    assert [_local(c) for c in root] == ["tbxHeader", "text"]
    header = root.find(T + "tbxHeader")
    assert header.find(f"{T}fileDesc/{T}sourceDesc/{T}p").text.startswith("Exported from")
    assert [_local(c) for c in root.find(T + "text")] == ["body"]


def test_tbx_export_is_valid_tbx_basic(tbx_file):
    assert tbx_basic_errors(tbx_file) == []
    root = etree.parse(str(tbx_file)).getroot()
    assert len(root.findall(f"{T}text/{T}body/{T}conceptEntry")) == 4
    for date in root.iter(T + "date"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.text)  # xsd:date


def test_tbx_forbidden_is_deprecated_with_a_note(tbx_file):
    root = etree.parse(str(tbx_file)).getroot()
    kiev = next(s for s in root.iter(T + "termSec") if s.findtext(T + "term") == "Kiev")
    assert kiev.find(f"{T}termNote[@type='administrativeStatus']").text == \
        "deprecatedTerm-admn-sts"
    assert any("forbidden" in n.text.lower() for n in kiev.findall(T + "note"))
    kyiv = next(s for s in root.iter(T + "termSec") if s.findtext(T + "term") == "Kyiv")
    assert kyiv.find(f"{T}termNote[@type='partOfSpeech']").text == "noun"
    assert kyiv.find(f"{T}admin[@type='source']").text == "Ukrainian gov"
    # the term was created with its concept: it inherits the concept's transactions
    assert kyiv.find(T + "transacGrp") is None
    entry = kyiv.getparent().getparent()
    assert entry.find(f"{T}transacGrp/{T}transacNote[@type='responsibility']").text == "ann"
    assert entry.find(f"{T}transacGrp/{T}transac").text == "origination"


def test_tbx_term_with_its_own_history_gets_its_own_transactions(glossary, tmp_path):
    kharkov = glossary.find_terms("Kharkov")[0]
    glossary.update_term(kharkov.id, who="zoe", status=TermStatus.FORBIDDEN)
    path = tmp_path / "g.tbx"
    export_glossary(glossary, "tbx", path)
    root = etree.parse(str(path)).getroot()

    def transactions(text):
        sec = next(s for s in root.iter(T + "termSec") if s.findtext(T + "term") == text)
        return {g.findtext(T + "transac"): g.findtext(T + "transacNote")
                for g in sec.iter(T + "transacGrp")}

    # the concept now reads "created by bob, modified by zoe", like the edited term
    assert transactions("Kharkov") == {}
    assert transactions("Kharkiv") == {"origination": "bob"}
    (concept,) = [c for c in read_tbx(path).concepts if c.label() == "Kharkiv"]
    by_text = {t.text: t for t in concept.terms}
    assert (by_text["Kharkov"].created_by, by_text["Kharkov"].modified_by) == ("bob", "zoe")
    assert (by_text["Kharkiv"].created_by, by_text["Kharkiv"].modified_by) == ("bob", None)


def test_tbx_round_trip_keeps_concepts_terms_and_statuses(glossary, new_glossary, tmp_path,
                                                           shape_of):
    first = tmp_path / "first.tbx"
    export_glossary(glossary, "tbx", first)
    target = new_glossary("target")
    report = import_glossary_file(target, first, who="carol")
    assert report.counts()["new"] == 4 and report.applied
    assert shape_of(target) == shape_of(glossary)
    kyiv = target.find_terms("Kyiv", "en")[0]
    assert (kyiv.scheme, kyiv.source, kyiv.part_of_speech) == ("KMU 2010", "Ukrainian gov", "noun")
    kiev = target.find_terms("Kiev", "en")[0]
    assert kiev.status == TermStatus.FORBIDDEN
    assert kiev.context_exceptions == ("chicken Kiev", "Dynamo Kiev")
    assert target.concept(kiev.concept_id).subject == "geography"
    second = tmp_path / "second.tbx"
    export_glossary(target, "tbx", second)
    again = new_glossary("again")
    import_glossary_file(again, second, who="carol")
    assert shape_of(again) == shape_of(glossary)


def test_empty_glossary_export_is_refused(new_glossary, tmp_path):
    with pytest.raises(GlossaryFormatError, match="empty"):
        write_tbx(new_glossary().iter_concepts(), tmp_path / "empty.tbx")
    assert not (tmp_path / "empty.tbx").exists()


OMEGAT_MARTIF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader>
    <fileDesc><sourceDesc><p>OmegaT glossary export</p></sourceDesc></fileDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="omegat-1">
        <descrip type="subjectField">news</descrip>
        <note>City in Ukraine</note>
        <langSet xml:lang="EN-US">
          <tig><term>Odesa</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <ntig><termGrp><term>Odessa</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp>
          </ntig>
        </langSet>
        <langSet xml:lang="ru-RU"><tig><term>Одесса</term></tig></langSet>
        <langSet xml:lang="uk"><tig><term>Одеса</term></tig></langSet>
        <langSet xml:lang="de"><tig><term>Odessa</term></tig></langSet>
      </termEntry>
      <termEntry id="omegat-2">
        <langSet xml:lang="en"><tig><term>Verkhovna Rada</term></tig>
          <tig><term>Rada</term></tig></langSet>
        <langSet xml:lang="uk"><tig><term>Верховна Рада</term>
          <termNote type="normativeAuthorization">preferredTerm</termNote></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""


def test_martif_v2_import_in_omegat_style(new_glossary, tmp_path):
    path = tmp_path / "omegat.tbx"
    path.write_text(OMEGAT_MARTIF, encoding="utf-8")
    read = read_tbx(path)
    assert read.version == "TBX v2 (MARTIF)"
    assert read.skipped_languages == {"de": 1}
    repo = new_glossary()
    report = import_glossary_file(repo, path, who="dan")
    assert report.counts()["new"] == 2
    odesa = repo.concept(repo.find_terms("Odesa")[0].concept_id)
    assert odesa.note == "City in Ukraine" and odesa.subject == "news"
    assert {(t.lang, t.text, t.status.value) for t in odesa.terms} == {
        ("en", "Odesa", "preferred"), ("en", "Odessa", "deprecated"),
        ("ru", "Одесса", "preferred"), ("uk", "Одеса", "preferred"),
    }
    rada = repo.concept(repo.find_terms("Rada", "en")[0].concept_id)
    # without statuses: first term of a language preferred, the others admitted
    assert [(t.text, t.status.value) for t in rada.terms_in("en")] == [
        ("Verkhovna Rada", "preferred"), ("Rada", "admitted")]
    assert "Skipped languages other than en/ru/uk: de (1)." in report.lines()


def test_control_characters_do_not_break_the_export(new_glossary, tmp_path):
    from app.core.glossary_model import Term

    repo = new_glossary()
    repo.add_concept("other", [Term("en", "Bell\x07 Tower")], note="pasted\x01 from Word")
    path = tmp_path / "ctl.tbx"
    write_tbx(repo.iter_concepts(), path)
    (concept,) = read_tbx(path).concepts
    assert concept.terms[0].text == "Bell Tower" and concept.note == "pasted from Word"
