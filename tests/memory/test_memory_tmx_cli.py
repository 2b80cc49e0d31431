"""TMX from other tools, the TMX round trip and the ``reviewdesk memory`` contract."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.cli import main
from app.core.model import Status
from app.documents.inline_codes import close_tag, isolated_tag, open_tag
from app.memory.store import MemoryStore, open_user_memory
from app.memory.tmx_import import import_tmx
from app.memory.tmx_reader import read_tmx
from app.storage.database import open_project

DATA = Path(__file__).parent / "data"


def _units(pdb):
    return list(MemoryStore(pdb).iter_units())


def test_tico19_memory_imports_every_unit_as_russian(repo, tmp_path):
    zipfile.ZipFile(DATA / "tico19_en-ru.tmx.zip").extract("all.en-ru.tmx", tmp_path)
    report = import_tmx(repo.pdb, tmp_path / "all.en-ru.tmx")
    # 3,071 units; one repeats an earlier unit exactly.
    assert (report.added, report.updated, report.skipped) == (3070, 0, 1)
    assert report.pairs == {"ru": 3070}
    units = _units(repo.pdb)
    assert len(units) == 3070 and {u.lang for u in units} == {"ru"}
    assert units[0].source == "about how long have these symptoms been going on?"
    assert units[0].target == "о том, как долго присутствуют эти симптомы?"
    assert units[0].origin_label == "TMX all.en-ru.tmx"
    again = import_tmx(repo.pdb, tmp_path / "all.en-ru.tmx")
    assert (again.added, again.updated, again.skipped) == (0, 0, 3071)
    # The units were indexed in bulk; the index is whole and its triggers are back.
    repo.pdb.conn.execute("INSERT INTO memory_fts(memory_fts) VALUES ('integrity-check')")
    triggers = {r[0] for r in repo.pdb.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'memory'")}
    assert triggers == {"memory_ai", "memory_ad", "memory_au"}


def test_olifant_upper_case_languages_and_several_translations(repo):
    report = import_tmx(repo.pdb, DATA / "rltc_olifant.tmx")
    # 10 units, xml:lang="EN"/"RU"; 22 Russian variants, all kept as alternatives.
    assert report.units == 10 and report.pairs["ru"] == 22
    assert report.creation_tool == "Olifant"
    units = _units(repo.pdb)
    kyle = [u for u in units if u.source == "By Kyle Smith"]
    assert sorted(u.target for u in kyle) == sorted(
        ["Кайл Смит", "RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR", "Келли Смит"])
    peregrine = [u for u in units if u.source.startswith("Don't visit")]
    # Two units carry the same translation; the later-dated one refreshes its date.
    assert report.updated == 1 and len(peregrine) == 4
    assert {u.reviewer for u in peregrine} == {"Марина", "y"}


def test_other_languages_are_skipped_and_counted(repo):
    report = import_tmx(repo.pdb, DATA / "omegat_en-US_en-GB_fr_sr.tmx")  # TMX 1.1 lang=
    assert (report.added, report.skipped, report.no_target) == (0, 1, 1)
    assert set(report.other_languages) == {"fr", "sr"}
    assert "without Russian or Ukrainian (fr, sr)" in report.line()
    level2 = import_tmx(repo.pdb, DATA / "omegat_test-level2.tmx")
    assert level2.skipped == 4 and set(level2.other_languages) == {"be"}
    assert _units(repo.pdb) == []


def test_inline_codes_of_another_tool_become_tags(tmp_path):
    units = list(read_tmx(DATA / "omegat_test-level2.tmx"))
    assert [u.languages for u in units] == [["en", "be"]] * 4
    # The same file with its Belarusian marked ru-RU: the codes come through as tags.
    copy = tmp_path / "level2-ru.tmx"
    text = (DATA / "omegat_test-level2.tmx").read_text(encoding="utf-8")
    copy.write_text(text.replace('xml:lang="be"', 'xml:lang="ru-RU"'), encoding="utf-8")
    sources = [u.pairs[0].source for u in read_tmx(copy)]
    assert sources[1] == f"First part {isolated_tag(1)} end."
    assert sources[2] == f"2 {isolated_tag(1)} zz {open_tag(2)}xx{close_tag(2)}"


def test_round_trip_keeps_pairs_tags_and_is_valid_tmx14(repo, tmp_path, capsys):
    first, second, _ = (s.id for s in repo.segments())
    coded = f"Россия взяла в плен {open_tag(1)}10 солдат{close_tag(1)}{isolated_tag(2)}."
    repo.decide(first, "ru", Status.APPROVED, coded, "ann")
    repo.decide(second, "uk", Status.APPROVED, "Міноборони України заявило в середу.", "bob")
    out = tmp_path / "memory.tmx"
    assert main(["memory", "export", "--project", str(repo.pdb.path), "-o", str(out)]) == 0
    assert "2 units written" in capsys.readouterr().out
    dtd = etree.DTD(str(DATA / "tmx14.dtd"))
    document = etree.parse(str(out))
    assert dtd.validate(document), dtd.error_log.filter_from_errors()
    ru = document.find(".//tuv[@{http://www.w3.org/XML/1998/namespace}lang='ru']/seg")
    assert [e.tag for e in ru] == ["bpt", "ept", "ph"]

    with open_project(tmp_path / "fresh.rdproj", create=True) as pdb:
        report = import_tmx(pdb, out)
        assert (report.added, report.skipped) == (2, 0)
        pairs = {(u.lang, u.source, u.target) for u in _units(pdb)}
    assert pairs == {(u.lang, u.source, u.target) for u in _units(repo.pdb)}


def test_cli_contract(repo, tmp_path, capsys):
    project = str(repo.pdb.path)
    first = repo.segments()[0].id
    repo.decide(first, "ru", Status.APPROVED,
                "Россия взяла в плен 1,000 солдат под Бахмутом в понедельник.", "ann")
    assert main(["memory", "matches", "Russia captured 1,500 soldiers near Bakhmut on Monday.",
                 "--project", project, "--to", "ru", "--format", "json"]) == 0
    (match,) = json.loads(capsys.readouterr().out)["matches"]
    assert set(match) == {"score", "source", "target", "origin"}
    # The memory's own source says 10 and its target "1,000": that number cannot be found.
    assert match["source"] == "Russia captured 10 soldiers near Bakhmut on Monday."
    assert match["origin"] == "news.rdproj / monday.txt"

    zipfile.ZipFile(DATA / "tico19_en-ru.tmx.zip").extract("all.en-ru.tmx", tmp_path)
    assert main(["memory", "import", str(tmp_path / "all.en-ru.tmx"), "--project", project,
                 "--user"]) == 0
    assert "3070 added, 0 updated, 1 skipped" in capsys.readouterr().out
    with open_user_memory() as user:
        assert MemoryStore(user).count() >= 3070
    assert main(["memory", "matches", "and along with a high fever", "--project", project,
                 "--to", "ru", "--format", "json"]) == 0
    best = json.loads(capsys.readouterr().out)["matches"][0]
    assert best["source"] == "and along with a fever" and 50 < best["score"] < 100
    assert best["origin"] == "TMX all.en-ru.tmx"

    assert main(["memory", "search", "fever", "--project", project, "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all(h["lang"] == "en" for h in hits)
    assert all(h["source"][h["start"]:h["end"]].lower().startswith("fever") for h in hits)


@pytest.mark.parametrize("args, message", [
    (["memory", "import", "missing.tmx"], "does not exist"),
    (["memory", "import", "conftest.py"], "not well-formed XML"),
])
def test_cli_refuses_bad_input_with_a_message(repo, capsys, monkeypatch, args, message):
    monkeypatch.chdir(Path(__file__).parent)
    assert main([*args, "--project", str(repo.pdb.path)]) == 2
    assert message in capsys.readouterr().err
    assert _units(repo.pdb) == []


def test_concordance_finds_inflected_forms(repo, capsys):
    ids = [s.id for s in repo.segments()]
    repo.decide(ids[2], "uk", Status.APPROVED, "Посадовці в Києві не коментували.", "ann")
    repo.decide(ids[1], "ru", Status.APPROVED, "Путину сообщили об обстреле.", "ann")
    assert main(["memory", "search", "Київ", "--project", str(repo.pdb.path),
                 "--format", "json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["hits"]
    assert hit["lang"] == "uk" and hit["target"][hit["start"]:hit["end"]] == "Києві"
    assert main(["memory", "search", "Путин", "--project", str(repo.pdb.path),
                 "--format", "json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["hits"]
    assert hit["target"][hit["start"]:hit["end"]] == "Путину"


def test_omegat_alternative_translations_give_context_matches(repo, tmp_path):
    """OmegaT keeps a segment's alternative translation with its neighbours as ``prev``/``next``
    props (tags written its own way, ``<br0/>``): in the same context it is the 101% match;
    elsewhere both translations are 100% (newest first, as for any two exact matches)."""
    from app.memory.lookup import SegmentQuery, TranslationMemory

    copy = tmp_path / "multiple-ru.tmx"  # OmegaT's file with its Corsican marked ru-RU
    text = (DATA / "omegat_test-multiple-entries.tmx").read_text(encoding="utf-8")
    copy.write_text(text.replace('lang="co"', 'lang="ru-RU"'), encoding="utf-8")
    report = import_tmx(repo.pdb, copy)
    assert (report.added, report.skipped) == (4, 0)
    with TranslationMemory.open(repo.pdb) as memory:
        between = memory.matches(SegmentQuery(
            "Other", "For installation on Linux.",
            "For installation on other operating systems (such as FreeBSD and Solaris)."), "ru")
        alone = memory.matches(SegmentQuery("Other", "Contact us.", None), "ru")
    assert [(m.score, m.target) for m in between[:2]] == [(101, "Altri"), (100, "Altre")]
    assert [(m.score, m.target) for m in alone] == [(100, "Altri"), (100, "Altre")]
