"""Reading back the stored machine output of a cell, with its engine and pivot route."""

from __future__ import annotations


def first_ids(repo):
    return [s.id for s in repo.segments()]


def test_machine_translation_returns_text_alternatives_and_pivot_route(repo):
    direct, pivoted, untouched = first_ids(repo)
    repo.set_machine_translations(
        "ru", [(direct, "Верни его живым.", [{"text": "Верните его.", "score": -0.4}], None)],
        engine="argos", model="en_ru 1.9",
    )
    repo.set_machine_translations(
        "uk", [(pivoted, "Сину, хлопці, ми з вами.", [], "en->ru->uk")],
        engine="argos", model="en_ru 1.9 + ru_uk 1.9",
    )

    ru = repo.machine_translation(direct, "ru")
    assert (ru.text, ru.engine, ru.model, ru.pivot) == (
        "Верни его живым.", "argos", "en_ru 1.9", None)
    assert ru.alternatives == [{"text": "Верните его.", "score": -0.4}]
    assert ru.pivot_languages == [] and ru.created_at
    uk = repo.machine_translation(pivoted, "uk")
    assert uk.pivot == "en->ru->uk" and uk.pivot_languages == ["ru"]
    assert uk.text == "Сину, хлопці, ми з вами." and uk.alternatives == []
    # Nothing stored: no object, and the other language of a translated segment is separate.
    assert repo.machine_translation(untouched, "ru") is None
    assert repo.machine_translation(direct, "uk") is None
    # The older reader keeps working.
    assert repo.machine_alternatives(direct, "ru") == ru.alternatives


def test_a_direct_rerun_clears_the_pivot_label(repo):
    sid = first_ids(repo)[0]
    repo.set_machine_translations("uk", [(sid, "Поверни.", [], "en->ru->uk")],
                                  engine="argos", model="pivot")
    repo.set_machine_translations("uk", [(sid, "Поверніть його.", [], None)],
                                  engine="argos", model="en_uk")
    stored = repo.machine_translation(sid, "uk")
    assert stored.pivot is None and stored.text == "Поверніть його."
