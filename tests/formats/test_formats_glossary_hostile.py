"""Hostile or broken glossary files: a clear message, and the project is left as it was."""

from __future__ import annotations

import pytest

from app.core.glossary_model import GlossaryFormatError
from app.formats.glossary_files import import_glossary_file

SECRET = "TOP-SECRET-7f3a9c"


def _xxe(secret_file) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "{secret_file.as_uri()}"> ]>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&xxe;</term>
</termSec></langSec></conceptEntry></body></text></tbx>
"""


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<martif type="TBX"><text><body><termEntry><langSet xml:lang="en">
<tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>
"""

MALFORMED = """<?xml version="1.0"?>
<martif type="TBX"><text><body><termEntry><langSet xml:lang="en">
<tig><term>Kyiv</term></tig></langSet></termEntry>
"""

NOT_TBX = '<?xml version="1.0"?><html><body><p>Kyiv</p></body></html>'

CSV_WRONG_COLUMNS = "english,russian\nKyiv,Киев\n"
CSV_DUPLICATE_IDS = (
    "id,kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
    "7,place,,Lviv,preferred,Львов,preferred,Львів,preferred\n"
    "7,place,,Odesa,preferred,Одесса,preferred,Одеса,preferred\n"
)
CSV_BAD_STATUS = (
    "kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
    "place,,Lviv,approved,,,,\n"
)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("laughs.tbx", BILLION_LAUGHS, "declares XML entities"),
        ("broken.tbx", MALFORMED, "not well-formed XML"),
        ("page.xml", NOT_TBX, "not TBX"),
        ("wrong.csv", CSV_WRONG_COLUMNS,
         "Expected the header: id,kind,note,en,en_status,ru,ru_status,uk,uk_status"),
        ("dupes.csv", CSV_DUPLICATE_IDS, "id 7 appears twice"),
        ("status.csv", CSV_BAD_STATUS, "'approved' in en_status is not a status"),
        ("bad.json", '{"format": "reviewdesk-glossary", "version": 1, "concepts": [{}]}',
         "incomplete"),
    ],
)
def test_hostile_files_are_refused_and_change_nothing(glossary, dump, tmp_path, name, content,
                                                      message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = dump(glossary)
    with pytest.raises(GlossaryFormatError, match=message):
        import_glossary_file(glossary, path, who="mallory")
    assert dump(glossary) == before


def test_xxe_entity_is_not_resolved(glossary, dump, tmp_path):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET, encoding="utf-8")
    path = tmp_path / "xxe.tbx"
    path.write_text(_xxe(secret_file), encoding="utf-8")
    before = dump(glossary)
    with pytest.raises(GlossaryFormatError) as caught:
        import_glossary_file(glossary, path, who="mallory", dry_run=True)
    assert "declares XML entities" in str(caught.value)
    assert SECRET not in str(caught.value)
    assert dump(glossary) == before
    assert not glossary.find_terms(SECRET)


def test_wrong_columns_message_names_what_is_wrong(glossary, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text(CSV_WRONG_COLUMNS, encoding="utf-8")
    with pytest.raises(GlossaryFormatError) as caught:
        import_glossary_file(glossary, path, who="x")
    assert "missing kind, note, en, en_status" in str(caught.value)
    assert "unexpected english, russian" in str(caught.value)


def test_external_dtd_is_never_loaded(glossary, dump, tmp_path):
    """An external DTD that would define the entity is not fetched; the reference is refused."""
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET, encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    path = tmp_path / "external.tbx"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "{dtd.as_uri()}">
<martif type="TBX"><text><body><termEntry><langSet xml:lang="en">
<tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>
""", encoding="utf-8")
    before = dump(glossary)
    with pytest.raises(GlossaryFormatError) as caught:
        import_glossary_file(glossary, path, who="mallory")
    assert SECRET not in str(caught.value)
    assert dump(glossary) == before


def test_format_is_detected_from_content_without_extension(new_glossary, tmp_path):
    from app.formats.glossary_files import read_glossary_file

    tbx = tmp_path / "glossary.dat"
    tbx.write_text('<?xml version="1.0"?><martif type="TBX"><text><body><termEntry>'
                   '<langSet xml:lang="en"><tig><term>Lviv</term></tig></langSet></termEntry>'
                   "</body></text></martif>", encoding="utf-8")
    assert read_glossary_file(tbx).format == "TBX v2 (MARTIF)"
    csv_file = tmp_path / "glossary.txt"
    csv_file.write_text("kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
                        "place,,Lviv,,,,,\n", encoding="utf-8")
    assert read_glossary_file(csv_file).format == "CSV, comma-separated"
