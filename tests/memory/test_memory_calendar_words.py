"""Weekdays and abbreviated months are placeables like numbers and written-out months: news
sentences recur with another day ("told reporters on Tuesday"), and a match that differs only in
it comes back with the day rewritten in the case and with the preposition the sentence needs."""

from __future__ import annotations

import pytest

from app.core.model import SegmentDraft, Status
from app.memory.lookup import TranslationMemory
from app.memory.months import adapt_months, calendar_masks
from app.memory.scoring import score
from app.storage.database import create_project
from app.storage.project_repo import ProjectRepository

SAID = "The spokesman told reporters on Monday that the talks would continue."
SAID_RU = "Представитель сообщил журналистам в понедельник, что переговоры продолжатся."
SAID_UK = "Речник повідомив журналістам у понеділок, що переговори триватимуть."
DATED = "The ceasefire took effect on Dec. 3, officials said."
DATED_RU = "Перемирие вступило в силу 3 декабря, сообщили чиновники."


@pytest.fixture
def memory(tmp_path):
    pdb = create_project(tmp_path / "days.rdproj")
    repo = ProjectRepository(pdb, repetitions=False)
    repo.add_document("a.txt", [SegmentDraft(SAID, 0, 0), SegmentDraft(DATED, 0, 1)])
    said, dated = (s.id for s in repo.segments())
    repo.decide(said, "ru", Status.APPROVED, SAID_RU, "ann")
    repo.decide(said, "uk", Status.APPROVED, SAID_UK, "ann")
    repo.decide(dated, "ru", Status.APPROVED, DATED_RU, "ann")
    with TranslationMemory.open(pdb) as tm:
        yield tm
    pdb.close()


def test_another_weekday_is_written_in_its_case_with_the_right_preposition(memory):
    ru = memory.matches(SAID.replace("Monday", "Tuesday"), "ru")[0]
    assert ru.target == "Представитель сообщил журналистам во вторник, что переговоры продолжатся."
    assert ru.score == 99  # like a number-only difference
    uk = memory.matches(SAID.replace("Monday", "Wednesday"), "uk")[0]
    assert uk.target == "Речник повідомив журналістам у середу, що переговори триватимуть."
    friday = memory.matches(SAID.replace("Monday", "Friday"), "uk")[0]
    assert friday.target == (  # CLDR's apostrophe when the text has none of its own
        "Речник повідомив журналістам у пʼятницю, що переговори триватимуть.")


def test_an_abbreviated_month_in_a_date_is_adapted(memory):
    match = memory.matches("The ceasefire took effect on Nov. 5, officials said.", "ru")[0]
    assert match.target == "Перемирие вступило в силу 5 ноября, сообщили чиновники."
    assert match.score == 98  # a day number and a month


def test_an_abbreviation_that_is_a_name_stays_a_name():
    assert calendar_masks(["Jan", "Kowalski", "said"]) == [None, None, None]
    assert calendar_masks(["on", "Jan", ".", "5"]) == [None, "month", None, None]
    assert calendar_masks(["on", "5", "Sept"]) == [None, None, "month"]
    assert calendar_masks(["on", "Monday"]) == [None, "day"]
    # a different given name is a name difference (three points), not a month placeable
    assert score("Jan Kowalski said it.", "Piotr Kowalski said it.").months == []


def test_the_preposition_decides_the_case_pymorphy3_leaves_open():
    # "среды" is genitive singular or nominative/accusative plural: "до" says genitive
    assert adapt_months("Торги продлятся до среды.", [("Wednesday", "Monday")], "ru")[0] == (
        "Торги продлятся до понедельника.")
    assert adapt_months("Торги триватимуть до п’ятниці.", [("Friday", "Sunday")], "uk")[0] == (
        "Торги триватимуть до неділі.")
    # the old day is found whatever apostrophe the translation uses; the new one takes it
    assert adapt_months("Це сталося в п’ятницю.", [("Friday", "Monday")], "uk")[0] == (
        "Це сталося в понеділок.")
    assert adapt_months("Це сталося в понеділок.", [("Monday", "Friday")], "uk")[0] == (
        "Це сталося в пʼятницю.")
    assert adapt_months("Во вторник было тихо.", [("Tuesday", "Sunday")], "ru")[0] == (
        "В воскресенье было тихо.")


def test_a_weekday_that_cannot_be_found_costs_points_and_is_left_alone():
    text, replaced, found = adapt_months("Переговоры продолжатся.", [("Monday", "Friday")], "ru")
    assert (text, replaced, found) == ("Переговоры продолжатся.", [], False)
