"""Decisions feed the project and user memories; matches are scored the way news needs."""

from __future__ import annotations

from app.core.model import SegmentDraft, Status
from app.core.settings import Settings
from app.documents.inline_codes import close_tag, open_tag
from app.memory.lookup import SegmentQuery, TranslationMemory
from app.memory.store import MemoryStore, open_user_memory
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

CAPTURED_RU = "Россия взяла в плен 10 солдат под Бахмутом в понедельник."


def _ids(repo):
    return [s.id for s in repo.segments()]


def _units(pdb):
    return [(u.lang, u.source, u.target, u.status.value) for u in MemoryStore(pdb).iter_units()]


def test_approval_goes_into_project_and_user_memory_and_follows_changes(repo):
    first, second, _ = _ids(repo)
    repo.decide(first, "ru", Status.APPROVED, CAPTURED_RU, "ann")
    with TranslationMemory.open(repo.pdb) as memory:
        (match,) = memory.matches("Russia captured 10 soldiers near Bakhmut on Monday.", "ru")
        assert (match.score, match.target) == (100, CAPTURED_RU)
        assert match.unit.reviewer == "ann" and match.unit.document == "monday.txt"
        assert match.unit.project == "news.rdproj"
    with open_user_memory() as user:
        assert _units(user) == [("ru", repo.segment(first).source, CAPTURED_RU, "approved")]

    # Changing the approved text updates the unit; rejecting removes it everywhere.
    repo.decide(first, "ru", Status.APPROVED, "Россия пленила 10 солдат.", "bob")
    repo.decide(second, "uk", Status.APPROVED, "Міноборони заявило, що обстріли припинилися.",
                "bob")
    with TranslationMemory.open(repo.pdb) as memory:
        assert [u[2] for u in _units(repo.pdb)] == [
            "Россия пленила 10 солдат.", "Міноборони заявило, що обстріли припинилися."]
    repo.decide(first, "ru", Status.REJECTED, None, "bob")
    with TranslationMemory.open(repo.pdb) as memory:
        assert memory.matches(repo.segment(first).source, "ru") == []
    with open_user_memory() as user:
        assert [u[0] for u in _units(user)] == ["uk"]
    repo.undo_last_decision("bob")  # the rejection: approved again
    with TranslationMemory.open(repo.pdb) as memory:
        assert memory.matches(repo.segment(first).source, "ru")[0].target == (
            "Россия пленила 10 солдат.")


def test_edited_cells_count_only_when_the_setting_says_so(repo):
    first = _ids(repo)[0]
    repo.decide(first, "ru", Status.EDITED, CAPTURED_RU, "ann")
    settings = Settings()
    with TranslationMemory.open(repo.pdb, settings) as memory:
        assert memory.matches(repo.segment(first).source, "ru") == []
    settings.set("memory_include_edited", True)
    with TranslationMemory.open(repo.pdb, settings) as memory:
        assert memory.matches(repo.segment(first).source, "ru")[0].target == CAPTURED_RU


def test_user_memory_serves_another_project(repo, tmp_path):
    repo.decide(_ids(repo)[2], "uk", Status.APPROVED, "Посадовці в Києві не коментували.", "ann")
    with TranslationMemory.open(repo.pdb):
        pass  # recorded into the user memory
    with create_project(tmp_path / "tuesday.rdproj") as other:
        with TranslationMemory.open(other) as memory:
            (match,) = memory.matches("Officials in Kyiv did not comment.", "uk")
    assert match.score == 100 and match.unit.origin_label == "news.rdproj / monday.txt"


def test_context_match_beats_exact_and_the_segment_itself_is_left_out(repo, tmp_path):
    first, second, _ = _ids(repo)
    repo.decide(second, "ru", Status.APPROVED, "Минобороны Украины заявило в среду...", "ann")
    source = repo.segment(second).source
    other = ProjectRepository(repo.pdb)
    doc = other.add_document("elsewhere.txt", [SegmentDraft(source, 0, 0)])
    lone = [s for s in repo.segments() if s.document_id == doc.id][0]
    other.decide(lone.id, "ru", Status.APPROVED, "Министерство обороны Украины в среду...", "bob")
    with TranslationMemory.open(repo.pdb) as memory:
        query = SegmentQuery(source, repo.segment(first).source,
                             "Officials in Kyiv did not comment.")
        scores = [(m.score, m.target) for m in memory.matches(query, "ru")]
        assert scores == [(101, "Минобороны Украины заявило в среду..."),
                          (100, "Министерство обороны Украины в среду...")]
        own = memory.matches(SegmentQuery(source, None, None, segment_id=second), "ru")
        assert [m.target for m in own] == ["Министерство обороны Украины в среду..."]


def test_number_only_difference_scores_high_and_is_adapted(repo):
    first, second, _ = _ids(repo)
    repo.decide(first, "ru", Status.APPROVED, CAPTURED_RU, "ann")
    repo.decide(second, "ru", Status.APPROVED, "Министерство заявило в среду.", "ann")
    with TranslationMemory.open(repo.pdb) as memory:
        (match,) = memory.matches("Russia captured 12 soldiers near Bakhmut on Monday.", "ru")
        assert (match.score, match.adapted) == (99, [("10", "12")])
        assert match.target == "Россия взяла в плен 12 солдат под Бахмутом в понедельник."
        # The same change in a sentence with another word changed too: adapted, lower.
        (fuzzy,) = memory.matches("Russia captured 12 soldiers near Bakhmut on Sunday.", "ru")
        assert fuzzy.score < 99 and "12 солдат" in fuzzy.target
    repo.decide(first, "ru", Status.APPROVED, "Россия взяла в плен десять солдат.", "ann")
    with TranslationMemory.open(repo.pdb) as memory:
        (unadapted,) = memory.matches("Russia captured 12 soldiers near Bakhmut on Monday.", "ru")
    # "десять" is not a number the memory can find: the target is left, the score drops.
    assert unadapted.target == "Россия взяла в плен десять солдат." and unadapted.score == 94


def test_english_grouping_becomes_russian_grouping(repo):
    first = _ids(repo)[0]
    repo.decide(first, "ru", Status.APPROVED, CAPTURED_RU, "ann")
    with TranslationMemory.open(repo.pdb) as memory:
        (match,) = memory.matches("Russia captured 1,000 soldiers near Bakhmut on Monday.", "ru")
    assert match.score == 99 and match.adapted == [("10", "1\u00a0000")]
    assert match.target == "Россия взяла в плен 1\u00a0000 солдат под Бахмутом в понедельник."


def test_a_different_name_is_never_guessed(repo):
    third = _ids(repo)[2]
    repo.decide(third, "ru", Status.APPROVED, "Чиновники в Киеве не комментировали.", "ann")
    with TranslationMemory.open(repo.pdb) as memory:
        (match,) = memory.matches("Officials in Kharkiv did not comment.", "ru")
        (word,) = memory.matches("Officials in town did not comment.", "ru")
    assert match.target == "Чиновники в Киеве не комментировали."  # left for the reviewer
    assert match.score < word.score < 99


def test_tags_do_not_count_and_stay_in_the_target(repo):
    first = _ids(repo)[0]
    coded_ru = f"Россия взяла в плен {open_tag(1)}10 солдат{close_tag(1)} под Бахмутом."
    repo.decide(first, "ru", Status.APPROVED, coded_ru, "ann")
    plain = "Russia captured 10 soldiers near Bakhmut on Monday."
    coded = f"Russia captured {open_tag(1)}10 soldiers{close_tag(1)} near Bakhmut on Monday."
    with TranslationMemory.open(repo.pdb) as memory:
        assert [(m.score, m.target) for m in memory.matches(coded, "ru")] == [(100, coded_ru)]
        assert memory.matches(plain, "ru")[0].score == 100
