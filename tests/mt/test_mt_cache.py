"""The machine translation cache in the project database (schema step 2)."""

from __future__ import annotations

from app.mt.engine import Candidate, SegmentTranslation
from app.storage.database import open_project
from app.storage.mt_cache_repo import CacheKey, MTCacheRepository

KEY = CacheKey("argos", "translate-en_ru-1.9", "en", "ru")


def _tr(text: str, *alts: str, pivot: str | None = None) -> SegmentTranslation:
    return SegmentTranslation(
        best=Candidate(text, -0.5),
        alternatives=tuple(Candidate(a, -1.0 - i) for i, a in enumerate(alts)),
        pivot=pivot,
    )


def test_mt_cache_round_trip_survives_reopening(tmp_path):
    path = tmp_path / "p.rdproj"
    with open_project(path, create=True) as pdb:
        MTCacheRepository(pdb).put_many(
            KEY, [("Hello.", _tr("Привет.", "Здравствуйте.")), ("Bye.", _tr("Пока."))], 1
        )
    with open_project(path) as pdb:
        found = MTCacheRepository(pdb).get_many(KEY, ["Hello.", "Bye.", "New text."])
    assert set(found) == {"Hello.", "Bye."}
    assert found["Hello."].best == Candidate("Привет.", -0.5)
    assert [c.text for c in found["Hello."].alternatives] == ["Здравствуйте."]
    assert found["Bye."].alternatives == ()


def test_mt_cache_is_keyed_by_engine_model_languages_and_exact_text(tmp_path):
    with open_project(tmp_path / "p.rdproj", create=True) as pdb:
        repo = MTCacheRepository(pdb)
        repo.put_many(KEY, [("Hello.", _tr("Привет."))])
        assert repo.get_many(KEY, ["Hello."])
        other_keys = [
            CacheKey("libretranslate", KEY.model_id, "en", "ru"),
            CacheKey("argos", "translate-en_ru-2.0", "en", "ru"),
            CacheKey("argos", KEY.model_id, "en", "uk"),
        ]
        for key in other_keys:
            assert repo.get_many(key, ["Hello."]) == {}
        assert repo.get_many(KEY, ["Hello. ", "hello."]) == {}


def test_mt_cache_entry_with_fewer_alternatives_is_a_miss(tmp_path):
    with open_project(tmp_path / "p.rdproj", create=True) as pdb:
        repo = MTCacheRepository(pdb)
        repo.put_many(KEY, [("Hello.", _tr("Привет."))], alternatives_requested=0)
        assert repo.get_many(KEY, ["Hello."], min_alternatives=2) == {}
        repo.put_many(KEY, [("Hello.", _tr("Привет.", "A", "B"))], alternatives_requested=2)
        hit = repo.get_many(KEY, ["Hello."], min_alternatives=2)["Hello."]
        assert [c.text for c in hit.alternatives] == ["A", "B"]
        assert repo.count() == 1


def test_mt_cache_handles_more_texts_than_sqlite_parameters(tmp_path):
    texts = [f"Sentence number {i}." for i in range(1500)]
    with open_project(tmp_path / "p.rdproj", create=True) as pdb:
        repo = MTCacheRepository(pdb)
        repo.put_many(KEY, [(t, _tr(t.upper(), pivot="en->ru")) for t in texts])
        found = repo.get_many(KEY, texts)
    assert len(found) == 1500
    assert found[texts[1234]].best.text == texts[1234].upper()
    assert found[texts[0]].pivot == "en->ru"
