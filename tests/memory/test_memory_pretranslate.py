"""Pre-translation: the memory fills what it knows, the engine gets only the rest."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core.model import SegmentDraft, Status
from app.core.settings import Settings
from app.memory.pretranslate import MEMORY_ENGINE, fill_before_mt
from app.mt.engine import Candidate, SegmentTranslation
from app.mt.translation_service import translate_project
from app.storage.database import create_project, open_project
from app.storage.project_repo import ProjectRepository

sys.path.insert(0, str(Path(__file__).parents[1] / "mt"))

YESTERDAY = [
    SegmentDraft("Russia captured 10 soldiers near Bakhmut on Monday.", 0, 0),
    SegmentDraft("Officials in Kyiv did not comment.", 0, 1),
    SegmentDraft("The ministry said the shelling stopped.", 0, 2),
]
TODAY = [
    SegmentDraft("Russia captured 12 soldiers near Bakhmut on Monday.", 0, 0),
    SegmentDraft("Officials in Kyiv did not comment.", 0, 1),
    SegmentDraft("Prices rose sharply.", 0, 2),
    SegmentDraft("Officials in Kyiv did not comment.", 0, 3),
]


class CountingEngine:
    """A predictable engine that records every text it is asked to translate."""

    name = "counting"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def model_id(self, source, target):
        return f"counting-{source}-{target}"

    def translate(self, segments, source, target, alternatives=0, cancel=None, progress=None,
                  **options):
        self.texts.extend(segments)
        return [SegmentTranslation(Candidate(f"{target}:{s}", -1.0), ()) for s in segments]


@pytest.fixture
def yesterday(tmp_path):
    """An approved project: its decisions are in the user memory once it was opened."""
    with create_project(tmp_path / "yesterday.rdproj") as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("monday.txt", YESTERDAY)
        ids = [s.id for s in repo.segments()]
        repo.decide(ids[0], "ru", Status.APPROVED,
                    "Россия взяла в плен 10 солдат под Бахмутом в понедельник.", "ann")
        repo.decide(ids[1], "ru", Status.APPROVED, "Чиновники в Киеве не комментировали.", "ann")
        repo.decide(ids[2], "uk", Status.APPROVED, "Міністерство заявило, що обстріл припинився.",
                    "ann")
        from app.memory.lookup import TranslationMemory

        TranslationMemory.open(pdb).close()  # records the decisions into the user memory
    return tmp_path / "yesterday.rdproj"


@pytest.fixture
def today(tmp_path, yesterday):
    path = tmp_path / "today.rdproj"
    with create_project(path) as pdb:
        ProjectRepository(pdb).add_document("tuesday.txt", TODAY)
    return path


def _cells(path, lang):
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        return [(r.cells[lang].text, r.cells[lang].status,
                 repo.machine_translation(r.segment.id, lang)) for r in repo.rows()]


def test_exact_matches_are_filled_and_only_the_rest_reaches_the_engine(today):
    engine = CountingEngine()
    with open_project(today) as pdb:
        repo = ProjectRepository(pdb, ["ru"])
        filled = fill_before_mt(repo, ["ru"], Settings())
        summary = translate_project(repo, engine, ["ru"], skip=filled.filled)
    assert filled.count == 2 and dict(filled.by_score) == {100: 2}
    assert engine.texts == [TODAY[0].source, TODAY[2].source]  # each once, nothing else
    assert summary.translated == 2
    cells = _cells(today, "ru")
    assert [c[0] for c in cells] == [
        f"ru:{TODAY[0].source}", "Чиновники в Киеве не комментировали.",
        f"ru:{TODAY[2].source}", "Чиновники в Киеве не комментировали."]
    assert all(status == Status.TRANSLATED for _, status, _ in cells)
    with open_project(today) as pdb:  # the grid's badge
        origins = [r.cells["ru"].machine_origin for r in ProjectRepository(pdb).rows()]
    assert origins == [None, "memory 100%", None, "memory 100%"]
    assert [(m.engine, m.model) for _, _, m in cells] == [
        ("counting", "counting-en-ru"), (MEMORY_ENGINE, "memory 100%"),
        ("counting", "counting-en-ru"), (MEMORY_ENGINE, "memory 100%")]


def test_threshold_lets_fuzzy_matches_fill_with_numbers_adapted(today):
    settings = Settings()
    settings.set("memory_fill_threshold", 95)
    engine = CountingEngine()
    with open_project(today) as pdb:
        repo = ProjectRepository(pdb, ["ru"])
        filled = fill_before_mt(repo, ["ru"], settings)
        translate_project(repo, engine, ["ru"], skip=filled.filled)
    assert dict(filled.by_score) == {99: 1, 100: 2}
    assert engine.texts == [TODAY[2].source]
    first = _cells(today, "ru")[0]
    assert first[0] == "Россия взяла в плен 12 солдат под Бахмутом в понедельник."
    assert first[2].model == "memory 99%"


def test_a_reviewers_text_is_never_replaced_and_stale_fills_go_back_to_the_engine(today):
    with open_project(today) as pdb:
        repo = ProjectRepository(pdb, ["ru"], repetitions=False)  # the 4th repeats the 2nd
        second = repo.segments()[1].id
        repo.decide(second, "ru", Status.EDITED, "Мой собственный перевод.", "bob")
        fill_before_mt(repo, ["ru"], Settings())
        assert repo.machine_translation(second, "ru") is None
        assert repo.cell(second, "ru").text == "Мой собственный перевод."
        fourth = repo.segments()[3].id
        assert repo.machine_translation(fourth, "ru").engine == MEMORY_ENGINE
    # The approval behind the fill is withdrawn: the next run leaves the cell to the engine.
    with open_project(today.with_name("yesterday.rdproj")) as old:
        old_repo = ProjectRepository(old)
        old_repo.decide(old_repo.segments()[1].id, "ru", Status.REJECTED, None, "ann")
        from app.memory.lookup import TranslationMemory

        TranslationMemory.open(old).close()
    engine = CountingEngine()
    with open_project(today) as pdb:
        repo = ProjectRepository(pdb, ["ru"])
        filled = fill_before_mt(repo, ["ru"], Settings())
        translate_project(repo, engine, ["ru"], skip=filled.filled)
        assert filled.count == 0
        assert repo.machine_translation(fourth, "ru").engine == "counting"


def test_translate_command_reports_memory_cache_and_engine(today, capsys):
    from tiny_argos import build_argos_package

    from app.mt.model_manager import install_file

    install_file(build_argos_package(today.parent / "pkg", "en", "ru", seed=5))
    assert main(["translate", "--project", str(today), "--to", "ru", "--engine", "argos"]) == 0
    out = capsys.readouterr().out.rstrip().splitlines()
    assert out[-1] == "From memory: 2, from cache: 0, from the engine: 2"
    assert main(["translate", "--project", str(today), "--to", "ru", "--engine", "argos"]) == 0
    out = capsys.readouterr().out.rstrip().splitlines()
    assert out[-1] == "From memory: 2, from cache: 2, from the engine: 0"
