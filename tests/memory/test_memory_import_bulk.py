"""Large TMX imports: streamed, written and indexed in batches, all or nothing."""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from xml.sax.saxutils import escape

import pytest

from app.memory.lookup import TranslationMemory
from app.memory.model import TMXError
from app.memory.store import MemoryStore
from app.memory.text import normalize
from app.memory.tmx_import import ImportCancelled, import_tmx


def _tmx(path, units: int, *, start: int = 0, tail: str = "</body></tmx>\n", head: str = ""):
    rows = "".join(
        f'<tu><tuv xml:lang="en"><seg>{escape(f"Unit {n} of the shelling report.")}</seg></tuv>'
        f'<tuv xml:lang="ru-RU" changedate="20250101T120000Z"><seg>Единица {n} отчёта.</seg>'
        "</tuv></tu>\n"
        for n in range(start, start + units)
    )
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{head}<tmx version="1.4">'
                    '<header srclang="en" creationtool="test"/><body>\n' + rows + tail,
                    encoding="utf-8")
    return path


def _state(pdb):
    conn = pdb.conn
    conn.execute("INSERT INTO memory_fts(memory_fts) VALUES ('integrity-check')")
    triggers = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'memory'")}
    assert triggers == {"memory_ai", "memory_ad", "memory_au"}
    hash_size = conn.execute("SELECT v FROM memory_fts_config WHERE k = 'hashsize'").fetchone()
    assert hash_size is None or hash_size[0] == 1 << 20  # the import's 32 MiB is put back
    return MemoryStore(pdb).count()


def test_many_batches_are_all_indexed_and_found(repo, tmp_path):
    report = import_tmx(repo.pdb, _tmx(tmp_path / "big.tmx", 3000))
    assert (report.added, report.skipped) == (3000, 0)
    assert _state(repo.pdb) == 3000
    memory = TranslationMemory(repo.pdb)
    best = memory.matches("Unit 2999 of the shelling report.", "ru")[0]
    assert (best.score, best.target) == (100, "Единица 2999 отчёта.")
    fuzzy = memory.matches("Unit 1234 of the shelling reports.", "ru")[0]
    assert 50 < fuzzy.score < 100
    # Units added by an approval after the import still reach the index (triggers are back).
    again = import_tmx(repo.pdb, _tmx(tmp_path / "more.tmx", 600, start=2900))
    assert (again.added, again.skipped) == (500, 100)
    assert _state(repo.pdb) == 3500


def test_cancel_in_the_middle_changes_nothing(repo, tmp_path):
    import_tmx(repo.pdb, _tmx(tmp_path / "first.tmx", 10))
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        cancel.set()  # the user presses Cancel when the bar first moves

    with pytest.raises(ImportCancelled, match="not changed"):
        import_tmx(repo.pdb, _tmx(tmp_path / "big.tmx", 6000), progress=progress,
                   cancel=cancel)
    assert seen and seen[0][1] == 6000 and seen[-1][0] < 6000
    assert _state(repo.pdb) == 10


def test_broken_xml_after_many_units_changes_nothing(repo, tmp_path):
    import_tmx(repo.pdb, _tmx(tmp_path / "first.tmx", 10))
    broken = _tmx(tmp_path / "broken.tmx", 4000, tail="<tu><tuv><seg>cut off")
    with pytest.raises(TMXError, match="not well-formed"):
        import_tmx(repo.pdb, broken)
    assert _state(repo.pdb) == 10


def test_entity_under_a_doctype_is_refused(repo, tmp_path):
    # Without a DOCTYPE an undeclared entity is a syntax error; with an external DTD named
    # the parser keeps it as a reference, which is refused (the DTD is never loaded).
    path = _tmx(tmp_path / "entity.tmx", 3, head='<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n')
    path.write_text(path.read_text(encoding="utf-8").replace("Unit 1 ", "Unit &ext; "),
                    encoding="utf-8")
    with pytest.raises(TMXError, match="entity references"):
        import_tmx(repo.pdb, path)
    plain = _tmx(tmp_path / "plain.tmx", 3, tail="<tu>&ext;</tu></body></tmx>")
    with pytest.raises(TMXError, match="not well-formed"):
        import_tmx(repo.pdb, plain)
    assert _state(repo.pdb) == 0


def test_normalize_collapses_exactly_the_white_space_a_regex_sees():
    # Keys stored by earlier versions were made with re.sub(r"\s+", " ", NFC text).strip().
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    assert spaces[-1] == "\u3000"  # Unicode has no white space after U+3000
    for code in range(0x3001):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = f" a{char}{char}b "
        expected = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
        if normalize(text) != expected:
            raise AssertionError(f"U+{code:04X}")
