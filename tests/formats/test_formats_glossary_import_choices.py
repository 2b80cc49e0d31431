"""Import choices a user notices: Excel CSV in a Russian locale, two preferred terms demoted on
request, notes merged instead of overwritten, language sections without a language counted,
and ``glossary list | head -1`` ending quietly."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.glossary_model import Concept, ConceptKind, GlossaryFormatError, Term, TermStatus
from app.formats.glossary_files import import_glossary_file
from app.formats.glossary_merge import plan_merge
from app.formats.tbx_reader import read_tbx

P, A = TermStatus.PREFERRED, TermStatus.ADMITTED
HEADER = "id;kind;note;en;en_status;ru;ru_status;uk;uk_status"


def test_semicolon_csv_saved_by_excel_in_a_russian_locale_imports(new_glossary, tmp_path):
    """Excel (Russian or Ukrainian regional settings) saves "CSV UTF-8" with a byte-order
    mark, ';' between cells, CRLF line ends, and quotes cells holding ';', quotes or line
    breaks, writing a quote inside as two."""
    rows = [HEADER,
            '1;place;"Столица; не путать";Kyiv;preferred;"Киев\r\nКиев-град";"preferred\r\n'
            'admitted";Київ;preferred',
            '2;person;;Volodymyr Zelensky;;"Владимир ""Вова"" Зеленский";;;']
    path = tmp_path / "excel_ru.csv"
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(rows).encode("utf-8") + b"\r\n")
    repo = new_glossary()
    report = import_glossary_file(repo, path, who="ann")
    assert report.counts()["new"] == 2 and "semicolon" in report.source
    kyiv, zelensky = repo.iter_concepts()
    assert kyiv.note == "Столица; не путать"
    assert [(t.lang, t.text, t.status) for t in kyiv.terms] == [
        ("en", "Kyiv", P), ("ru", "Киев", P), ("ru", "Киев-град", A), ("uk", "Київ", P)]
    assert zelensky.terms[1].text == 'Владимир "Вова" Зеленский'


def test_extra_cells_are_warned_about(new_glossary, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
                    "place,,Lviv,,Львов,,Львів,,stray cell\n", encoding="utf-8")
    report = import_glossary_file(new_glossary(), path, who="ann")
    assert report.counts()["new"] == 1
    assert any("Row 2" in w and "stray cell" in w for w in report.warnings)
    assert any("stray cell" in line for line in report.lines())


def _two_preferred() -> Concept:
    return Concept(ConceptKind.PLACE, (Term("en", "Kyiv", P), Term("en", "Kiev", P),
                                       Term("uk", "Київ", P)))


def test_two_preferred_terms_are_refused_or_demoted_on_request(new_glossary):
    repo = new_glossary()
    refused = plan_merge(repo, [_two_preferred()])
    assert refused.counts()["conflicting"] == 1
    demoted = plan_merge(repo, [_two_preferred()], on_conflict="demote")
    (item,) = demoted.items
    assert item.action == "new"
    assert [(t.text, t.status) for t in item.result.terms] == [
        ("Kyiv", P), ("Kiev", A), ("Київ", P)]
    assert any("'Kiev' demoted to admitted" in line for line in demoted.lines())


def test_a_later_import_merges_the_note_instead_of_overwriting(new_glossary):
    repo = new_glossary()
    repo.add_concept("place", [Term("en", "Kyiv", P)], note="Capital of Ukraine", who="ann")
    later = Concept(ConceptKind.PLACE, (Term("en", "Kyiv", P),), note="Spelled Kyiv since 1995")
    report = plan_merge(repo, [later])
    (item,) = report.items
    assert item.result.note == "Capital of Ukraine\nSpelled Kyiv since 1995"
    assert "note merged" in item.changes
    again = plan_merge(repo, [Concept(ConceptKind.PLACE, (Term("en", "Kyiv", P),),
                                      note="Capital of Ukraine")])
    assert again.items[0].action == "unchanged"


def test_language_sections_without_a_language_are_counted(tmp_path):
    path = tmp_path / "nolang.tbx"
    path.write_text(
        '<martif type="TBX"><text><body>'
        + "".join(f'<termEntry id="e{i}"><langSet xml:lang="en"><tig><term>t{i}</term></tig>'
                  '</langSet><langSet><tig><term>x</term></tig></langSet></termEntry>'
                  for i in range(3))
        + "</body></text></martif>", encoding="utf-8")
    assert read_tbx(path).skipped_languages == {"?": 3}


def test_glossary_list_into_head_ends_quietly(new_glossary, tmp_path):
    """A closed pipe is a normal end: no 'Broken pipe', exit 0 (the output is far larger than
    the pipe buffer, so the writer really meets the closed pipe)."""
    repo = new_glossary("big")
    with repo.pdb.transaction() as conn:
        repo.insert_concepts(conn, [Concept(ConceptKind.OTHER, (Term("en", f"term {i}", P),))
                                    for i in range(6000)], "ann", "2026-01-01T00:00:00+00:00")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for fmt in ("text", "json"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "glossary", "list", "--project",
             str(repo.pdb.path), "--format", fmt],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0, err
        assert err == ""


def test_excel_plain_csv_in_windows_1251_imports_with_a_warning(new_glossary, tmp_path):
    """Excel's "CSV (разделители - запятые)" on a Russian Windows: cp1251, ';', no BOM."""
    rows = [HEADER, ";place;Столица Украины;Kyiv;;Киев;;Київ;",
            ";place;;Kharkiv;;Харьков;;Харків;"]
    path = tmp_path / "excel_ansi.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1251") + b"\r\n")
    report = import_glossary_file(new_glossary(), path, who="ann")
    assert report.counts()["new"] == 2
    assert any("Windows-1251" in w for w in report.warnings)
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
                       "place,Café Zürich déjà vu,Lviv,,,,,\n".encode("latin-1"))
    with pytest.raises(GlossaryFormatError, match="not UTF-8"):
        import_glossary_file(new_glossary("other"), latin1, who="ann")


def test_csv_export_says_what_its_columns_cannot_carry(new_glossary, tmp_path, capsys):
    import app.cli

    repo = new_glossary("sdl")
    import_glossary_file(repo, Path(__file__).parent / "data" / "okapi_sdl_tbx.tbx", who="t")
    out = tmp_path / "sdl.csv"
    assert app.cli.main(["glossary", "export", "--project", str(repo.pdb.path), "--format",
                         "csv", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Wrote 223 concepts" in captured.out
    assert "definition (223)" in captured.err and "termType (13)" in captured.err
    assert app.cli.main(["glossary", "export", "--project", str(repo.pdb.path), "--format",
                         "tbx", "-o", str(tmp_path / "sdl.tbx")]) == 0
    assert "Not in" not in capsys.readouterr().err
