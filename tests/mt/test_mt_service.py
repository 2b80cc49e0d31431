"""Translating a project: cache first, misses only, streamed per chunk, reviewer text untouched."""

from __future__ import annotations

import threading

import pytest
from tiny_argos import build_argos_package

from app.core.model import SegmentDraft, Status
from app.mt.engine import Candidate, EngineUnavailable, MTError, SegmentTranslation
from app.mt.translation_service import translate_project
from app.storage.database import open_project
from app.storage.mt_cache_repo import MTCacheRepository
from app.storage.project_repo import ProjectRepository


class CountingEngine:
    """Wraps an engine and counts what reaches it."""

    def __init__(self, inner, name: str | None = None) -> None:
        self.inner = inner
        self.name = name or inner.name
        self.calls: list[tuple[str, list[str]]] = []

    def model_id(self, source, target):
        return self.inner.model_id(source, target)

    def translate(self, segments, source, target, alternatives=0, cancel=None, progress=None):
        self.calls.append((target, list(segments)))
        return self.inner.translate(segments, source, target, alternatives, cancel, progress)

    @property
    def texts_sent(self) -> int:
        return sum(len(texts) for _, texts in self.calls)


class SegmentRefused(MTError):
    segment_specific = True


class ReversingEngine:
    """A predictable stand-in for the service's bookkeeping tests."""

    name = "reverse"

    def __init__(self, refuse: str | None = None, down: bool = False) -> None:
        self.refuse = refuse
        self.down = down

    def model_id(self, source, target):
        return f"reverse-{source}-{target}-v1"

    def translate(self, segments, source, target, alternatives=0, cancel=None, progress=None):
        if self.down:
            raise EngineUnavailable("The server at http://x says: down")
        if self.refuse and any(self.refuse in s for s in segments):
            raise SegmentRefused(f"The server at http://x says: '{self.refuse}' is too long")
        return [
            SegmentTranslation(
                Candidate(f"{target}:{s[::-1]}", -1.0),
                tuple(Candidate(f"{target}:{s[::-1]}#{i}", -2.0 - i) for i in range(alternatives)),
            )
            for s in segments
        ]


def _project(tmp_path, sources):
    pdb = open_project(tmp_path / "p.rdproj", create=True)
    repo = ProjectRepository(pdb)
    repo.add_document("article", [SegmentDraft(s, 0, i) for i, s in enumerate(sources)])
    return repo


SOURCES = [f"Sentence number {i} about the budget." for i in range(70)] + ["   ", "Hello."]


def test_mt_service_translates_every_segment_and_streams_chunks(tmp_path):
    repo = _project(tmp_path, SOURCES)
    engine = CountingEngine(ReversingEngine())
    batches, progress = [], []
    summary = translate_project(
        repo, engine, ["ru", "uk"], alternatives=2,
        progress=lambda d, t: progress.append((d, t)),
        on_batch=lambda lang, ids: batches.append((lang, len(ids))),
        chunk_size=32,
    )
    assert (summary.translated, summary.from_cache, summary.skipped, summary.failed) == (
        142, 0, 2, 0
    )
    assert [n for lang, n in batches if lang == "ru"] == [32, 32, 7]
    assert progress[0] == (0, 144) and progress[-1] == (144, 144)
    assert all(len(texts) <= 32 for _, texts in engine.calls)
    rows = repo.rows()
    assert rows[5].cells["ru"].machine_text == "ru:" + SOURCES[5][::-1]
    assert rows[5].cells["uk"].status == Status.TRANSLATED
    assert rows[70].cells["ru"].machine_text is None  # blank source: nothing stored
    alts = repo.machine_alternatives(rows[0].segment.id, "uk")
    best = "uk:" + SOURCES[0][::-1]
    assert [a["text"] for a in alts] == [best + "#0", best + "#1"]
    assert summary.models == {"ru": "reverse-en-ru-v1", "uk": "reverse-en-uk-v1"}


def test_mt_service_rerun_never_asks_the_engine_again(tmp_path):
    repo = _project(tmp_path, SOURCES)
    translate_project(repo, ReversingEngine(), ["ru"], alternatives=1)
    repo.pdb.close()
    # Re-open the project: the cache lives in the project file.
    repo = ProjectRepository(open_project(tmp_path / "p.rdproj"))
    engine = CountingEngine(ReversingEngine())
    summary = translate_project(repo, engine, ["ru"], alternatives=1)
    assert engine.calls == []
    assert summary.from_cache == 71 and summary.translated == 0
    # Wanting more alternatives than were cached is a reason to ask again; fewer is not.
    translate_project(repo, engine, ["ru"], alternatives=0)
    assert engine.calls == []
    translate_project(repo, engine, ["ru"], alternatives=3)
    assert engine.texts_sent == 71


def test_mt_service_sends_each_distinct_text_once(tmp_path):
    repo = _project(tmp_path, ["Same words.", "Other words.", "Same words.", "Same words."])
    engine = CountingEngine(ReversingEngine())
    summary = translate_project(repo, engine, ["uk"])
    assert engine.calls == [("uk", ["Same words.", "Other words."])]
    assert summary.translated == 4
    assert len({c.cells["uk"].machine_text for c in repo.rows()}) == 2


def test_mt_service_never_overwrites_the_reviewer(tmp_path):
    repo = _project(tmp_path, ["The first.", "The second.", "The third."])
    translate_project(repo, ReversingEngine(), ["ru"])
    first, second, third = (row.segment.id for row in repo.rows())
    repo.decide(first, "ru", Status.EDITED, "Первое, как решил редактор.", "olena")
    repo.decide(second, "ru", Status.APPROVED, None, "olena")
    events_before = repo.events()
    # A different engine translates again: machine column changes, human text does not.
    other = ReversingEngine()
    other.name = "other"
    translate_project(repo, other, ["ru"], alternatives=1)
    edited, approved, untouched = (row.cells["ru"] for row in repo.rows())
    assert edited.text == "Первое, как решил редактор." and edited.status == Status.EDITED
    assert edited.machine_text == "ru:" + "The first."[::-1]
    assert approved.status == Status.APPROVED and approved.text == "ru:" + "The second."[::-1]
    assert untouched.status == Status.TRANSLATED
    assert repo.events() == events_before  # machine output is not a human decision


def test_mt_service_isolates_a_refused_segment(tmp_path):
    repo = _project(tmp_path, ["Fine one.", "A LONG one.", "Fine two."])
    summary = translate_project(repo, ReversingEngine(refuse="LONG"), ["ru"])
    assert (summary.translated, summary.failed) == (2, 1)
    assert summary.errors == ["The server at http://x says: 'LONG' is too long"]
    texts = [row.cells["ru"].machine_text for row in repo.rows()]
    assert texts[1] is None and texts[0] and texts[2]


def test_mt_service_stops_on_an_error_that_is_not_about_one_segment(tmp_path):
    class Refusing(ReversingEngine):
        def translate(self, segments, *args, **kwargs):
            raise MTError("The server at http://x says: Invalid API key")

    repo = _project(tmp_path, SOURCES)
    engine = CountingEngine(Refusing())
    with pytest.raises(MTError, match="Invalid API key"):
        translate_project(repo, engine, ["ru"])
    assert len(engine.calls) == 1  # not retried segment by segment


def test_mt_service_stops_when_the_engine_is_unavailable(tmp_path):
    repo = _project(tmp_path, ["One.", "Two."])
    with pytest.raises(EngineUnavailable, match="down"):
        translate_project(repo, ReversingEngine(down=True), ["ru"])
    assert MTCacheRepository(repo.pdb).count() == 0


def test_mt_service_cancel_between_chunks(tmp_path):
    repo = _project(tmp_path, SOURCES)
    cancel = threading.Event()
    summary = translate_project(
        repo, ReversingEngine(), ["ru", "uk"], cancel=cancel,
        on_batch=lambda lang, ids: cancel.set(), chunk_size=10,
    )
    assert summary.cancelled and summary.translated == 10
    assert sum(1 for row in repo.rows() if row.cells["ru"].machine_text) == 10


def test_mt_service_with_the_real_argos_engine_caches_and_keeps_order(tmp_path):
    from app.mt.argos_engine import ArgosEngine
    from app.mt.model_manager import install_file

    install_file(build_argos_package(tmp_path / "pkg", "en", "ru", seed=3))
    sources = [f"The minister met {n} officials in Kyiv." for n in range(6)] + ["Prices rose."]
    repo = _project(tmp_path, sources)
    engine = CountingEngine(ArgosEngine())
    first = translate_project(repo, engine, ["ru"], alternatives=2, chunk_size=3)
    assert first.translated == 7 and engine.texts_sent == 7
    machine = [row.cells["ru"].machine_text for row in repo.rows()]
    assert all(machine)
    # The last chunk held "Prices rose." alone: stored output is the engine's answer for it
    # with the same settings (multi-segment batches are padded, so only this is exact).
    assert engine.calls[-1] == ("ru", ["Prices rose."])
    alone = engine.inner.translate(["Prices rose."], "en", "ru", alternatives=2)[0]
    assert alone.best.text == machine[6]
    assert [a["text"] for a in repo.machine_alternatives(repo.rows()[6].segment.id, "ru")] == [
        a.text for a in alone.alternatives
    ]
    again = translate_project(repo, engine, ["ru"], alternatives=2, chunk_size=4)
    assert again.from_cache == 7 and again.translated == 0
    assert engine.texts_sent == 7  # the engine was not asked again
    assert [row.cells["ru"].machine_text for row in repo.rows()] == machine
    assert first.models["ru"] == engine.model_id("en", "ru")
