"""TBX v2 (MARTIF) export: what translate-toolkit (and tools built on it) and OmegaT read."""

from __future__ import annotations

from pathlib import Path

import pytest
from formats_schemas import tbx_v2_errors
from translate.storage import tbx

from app.core.glossary_model import TermStatus
from app.formats.glossary_files import export_glossary, import_glossary_file
from app.formats.tbx_reader import read_tbx

DATA = Path(__file__).parent / "data"


def _by_lang(concept) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for t in concept.terms:
        found.setdefault(t.lang, []).append(t.text)
    return found


@pytest.mark.parametrize("target", ["ru", "uk"])
def test_translate_toolkit_reads_the_v2_export_with_the_same_terms(glossary, tmp_path, target):
    path = tmp_path / "glossary.tbx"
    assert export_glossary(glossary, "tbx2", path) == 4
    assert tbx_v2_errors(path) == []
    store = tbx.tbxfile.parsefile(str(path))
    store.settargetlanguage(target)
    concepts = list(glossary.iter_concepts())
    assert len(store.units) == len(concepts)
    for unit, concept in zip(store.units, concepts, strict=True):
        terms = _by_lang(concept)
        assert [t.text for t in unit.get_source_terms()] == terms["en"]
        assert [t.text for t in unit.get_target_terms(target)] == terms.get(target, [])
        assert unit.source == terms["en"][0]
    kiev = next(t for u in store.units for t in u.get_source_terms() if t.text == "Kiev")
    assert kiev.deprecated  # forbidden travels as deprecated (+ a note) in TBX


def test_v2_export_of_a_real_file_keeps_everything_and_is_valid(new_glossary, tmp_path):
    repo = new_glossary()
    import_glossary_file(repo, DATA / "ltac_tbx_basic_astronomy_dca.tbx", who="tester")
    path = tmp_path / "astronomy_v2.tbx"
    export_glossary(repo, "tbx2", path)
    assert tbx_v2_errors(path) == []
    v3 = tmp_path / "astronomy_v3.tbx"
    export_glossary(repo, "tbx", v3)
    read2, read3 = read_tbx(path), read_tbx(v3)
    assert read2.version == "TBX v2 (MARTIF)" and read2.kept == read3.kept
    assert [(c.details, [(t.text, t.status, t.details) for t in c.terms])
            for c in read2.concepts] == \
        [(c.details, [(t.text, t.status, t.details) for t in c.terms]) for c in read3.concepts]
    store = tbx.tbxfile.parsefile(str(path))
    assert [u.source for u in store.units] == [c.terms[0].text for c in repo.iter_concepts()]
    statuses = {t.status for c in read2.concepts for t in c.terms}
    assert TermStatus.DEPRECATED in statuses  # supersededTerm in the file
