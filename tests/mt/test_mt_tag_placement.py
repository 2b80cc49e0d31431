"""Machine translation of tagged segments: the engine and the cache see tag-free text, the
project's machine column gets the tags back."""

from __future__ import annotations

from app.core.model import SegmentDraft
from app.documents.inline_codes import close_tag, display, isolated_tag, open_tag
from app.documents.tag_check import check_tags
from app.mt.engine import Candidate, SegmentTranslation
from app.mt.translation_service import translate_project
from app.storage.database import open_project
from app.storage.mt_cache_repo import CacheKey, MTCacheRepository
from app.storage.project_repo import ProjectRepository

O1, C1, O2, C2, I3 = open_tag(1), close_tag(1), open_tag(2), close_tag(2), isolated_tag(3)
TAGGED = f"The {O1}mayor{C1} of Kyiv spoke on {O2}Monday{C2}.{I3}"
PLAIN = "The mayor of Kyiv spoke on Monday."
RUSSIAN = {PLAIN: "Мэр Киева выступил в понедельник.", "Heavy rain.": "Сильный дождь."}


class DictionaryEngine:
    name = "dictionary"

    def __init__(self, placer: bool = False) -> None:
        self.sent: list[str] = []
        if placer:
            self.place_tags = self._place_tags
        self.placed: list[tuple[str, str]] = []

    def model_id(self, source, target):
        return "dictionary-v1"

    def translate(self, segments, source, target, alternatives=0, cancel=None, progress=None,
                  **options):
        self.sent += segments
        return [SegmentTranslation(Candidate(RUSSIAN[s], -1.0),
                                   tuple(Candidate(RUSSIAN[s][:-1] + "!", -2.0)
                                         for _ in range(alternatives)))
                for s in segments]

    def _place_tags(self, items, source, target):
        self.placed += items
        from app.documents.tag_transfer import transfer_tags

        alignment = [(0, 0), (1, 0), (2, 1), (3, 1), (4, 2), (5, 3), (6, 4)]
        return [transfer_tags(coded, plain, alignment) for coded, plain in items]


def tagged_project(tmp_path, sources):
    pdb = open_project(tmp_path / "p.rdproj", create=True)
    repo = ProjectRepository(pdb)
    repo.add_document("a.docx", [SegmentDraft(s, n, 0) for n, s in enumerate(sources)], who="t")
    return repo


def machine(repo, lang="ru"):
    return [repo.machine_translation(s.id, lang) for s in repo.segments()]


def test_the_engine_and_the_cache_see_no_tags_and_the_cell_gets_them_back(tmp_path):
    repo = tagged_project(tmp_path, [TAGGED, PLAIN, f"{O1}Heavy rain.{C1}"])
    engine = DictionaryEngine()
    summary = translate_project(repo, engine, ["ru"], alternatives=1)
    assert engine.sent == [PLAIN, "Heavy rain."]  # once per distinct tag-free text
    assert summary.translated == 3
    texts = [m.text for m in machine(repo)]
    assert display(texts[0]) == "Мэр Киева выступил в понедельник<1></1><2></2>.<3/>"
    assert texts[1] == "Мэр Киева выступил в понедельник."
    assert display(texts[2]) == "<1>Сильный дождь.</1>"
    assert all(f.severity == "info" for f in check_tags(TAGGED, texts[0]))
    alternative = repo.machine_alternatives(repo.segments()[0].id, "ru")[0]["text"]
    assert display(alternative) == "Мэр Киева выступил в понедельник<1></1><2></2>!<3/>"
    key = CacheKey("dictionary", "dictionary-v1", "en", "ru")
    cached = MTCacheRepository(repo.pdb).get_many(key, [PLAIN, TAGGED], 0)
    assert list(cached) == [PLAIN]  # keyed by the tag-free text
    assert cached[PLAIN].best.text == "Мэр Киева выступил в понедельник."


def test_an_engine_that_places_tags_puts_pairs_on_their_words(tmp_path):
    repo = tagged_project(tmp_path, [TAGGED, PLAIN])
    engine = DictionaryEngine(placer=True)
    translate_project(repo, engine, ["ru"])
    assert engine.placed == [(TAGGED, "Мэр Киева выступил в понедельник.")]  # tagged only
    assert display(machine(repo)[0].text) == (
        "<1>Мэр</1> Киева выступил в <2>понедельник</2>.<3/>")
    # A second run comes from the cache: the tags are placed again, by the engine.
    translate_project(repo, engine, ["ru"])
    assert engine.sent == [PLAIN] and len(engine.placed) == 2
