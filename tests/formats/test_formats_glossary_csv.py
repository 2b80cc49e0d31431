"""Glossary CSV as Excel reads it: BOM for Cyrillic, formulas neutralised, exact round trip."""

from __future__ import annotations

import codecs
import csv
import io

import pytest

from app.core.glossary_model import Concept, ConceptKind, Term
from app.formats.glossary_csv import COLUMNS, neutralise, read_csv, restore, write_csv
from app.formats.glossary_files import export_glossary, import_glossary_file


def _excel_rows(path) -> list[list[str]]:
    """Excel honours a UTF-8 BOM; utf-8-sig is how it decodes such a file."""
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_csv_for_people_has_a_bom_by_default_so_excel_shows_cyrillic(glossary, tmp_path):
    with_bom, without = tmp_path / "bom.csv", tmp_path / "plain.csv"
    export_glossary(glossary, "csv", with_bom)
    export_glossary(glossary, "csv", without, bom=False)
    assert with_bom.read_bytes().startswith(codecs.BOM_UTF8)
    assert not without.read_bytes().startswith(codecs.BOM_UTF8)
    rows = _excel_rows(with_bom)
    assert rows[0] == COLUMNS
    kyiv = next(r for r in rows if r[3].startswith("Kyiv"))
    assert (kyiv[5], kyiv[7]) == ("Киев", "Київ")
    assert kyiv[3].split("\n") == ["Kyiv", "Kiev"]
    assert kyiv[4].split("\n") == ["preferred", "forbidden"]


def test_formula_cells_come_out_inert(glossary, tmp_path):
    path = tmp_path / "g.csv"
    export_glossary(glossary, "csv", path, bom=True)
    rows = _excel_rows(path)
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"x\")" in cells
    assert "'+7 канал" in cells and "'@канал" in cells and "'-minus note" in cells
    # nothing a spreadsheet would evaluate
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y",
                                  "'plain", "plain", ""])
def test_neutralise_is_reversed_exactly(text):
    written = neutralise(text)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert restore(written) == text


def test_csv_round_trip(glossary, new_glossary, tmp_path, shape_of):
    first = tmp_path / "first.csv"
    export_glossary(glossary, "csv", first, bom=True)
    target = new_glossary("target")
    report = import_glossary_file(target, first, who="carol")
    assert report.counts() == {"new": 4, "updated": 0, "unchanged": 0, "conflicting": 0}
    assert shape_of(target) == shape_of(glossary)
    second = tmp_path / "second.csv"
    export_glossary(target, "csv", second, bom=True)
    again = new_glossary("again")
    import_glossary_file(again, second, who="carol")
    assert shape_of(again) == shape_of(glossary)


def test_terms_with_quotes_survive(tmp_path):
    concept = Concept(ConceptKind.OTHER, (Term("en", "'=odd"), Term("ru", "'текст")))
    path = tmp_path / "q.csv"
    write_csv([concept], path)
    (back,) = read_csv(path).concepts
    assert [t.text for t in back.terms] == ["'=odd", "'текст"]


def test_hand_made_csv_without_id_or_statuses(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text("en,en_status,ru,ru_status,uk,uk_status,kind,note\n"
                    "\"Lviv\nLvov\",,Львов,,Львів,,place,\n", encoding="utf-8")
    (concept,) = read_csv(path).concepts
    assert [(t.text, t.status.value) for t in concept.terms_in("en")] == [
        ("Lviv", "preferred"), ("Lvov", "admitted")]
    assert concept.kind == ConceptKind.PLACE
