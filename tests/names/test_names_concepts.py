"""Grouping forms into concepts: one person or place, one concept id."""

from __future__ import annotations

from app.names.checker import check_english


def _concepts(text):
    groups: dict[str, set[str]] = {}
    for mention in check_english(text).mentions:
        groups.setdefault(mention.concept, set()).add(mention.text)
    return groups


def test_place_spellings_share_one_concept():
    groups = _concepts("KIEV, May 1 - In Kiev and Kyiv, and in Kyyiv too.")
    assert groups["place:UA:Kyiv"] == {"KIEV", "Kiev", "Kyiv", "Kyyiv"}


def test_person_forms_share_one_concept():
    groups = _concepts(
        "Aleksei Navalny returned. Alexei had been poisoned. Navalny, Navalnyy said. "
        '"Lyosha, we love you," his wife said.'
    )
    (concept,) = [c for c, forms in groups.items() if "Aleksei Navalny" in forms]
    assert groups[concept] == {"Aleksei Navalny", "Alexei", "Navalny", "Navalnyy", "Lyosha"}


def test_two_people_with_one_surname_stay_apart():
    groups = _concepts("Vitali Klitschko met Wladimir Klitschko. Later Klitschko spoke.")
    vitali = next(c for c, forms in groups.items() if "Vitali Klitschko" in forms)
    wladimir = next(c for c, forms in groups.items() if "Wladimir Klitschko" in forms)
    assert vitali != wladimir
    assert "Klitschko" in groups[wladimir]  # a lone surname goes to the nearest full name


def test_river_and_city_of_one_name_are_different_concepts():
    groups = _concepts("Boats on the Dnieper reached Dnipro.")
    assert groups["place:UA:Dnipro:river"] == {"Dnieper"}
    assert groups["place:UA:Dnipro"] == {"Dnipro"}


def test_titles_inside_a_run_split_it():
    groups = _concepts("officials said St Petersburg Governor Alexander Beglov agreed.")
    assert any(forms == {"Alexander Beglov"} for forms in groups.values())


def test_surname_of_a_person_is_not_the_city_of_that_name():
    groups = _concepts("Analyst Alexei Nikolaev said that Nikolaev expected no talks.")
    (forms,) = [f for f in groups.values() if "Alexei Nikolaev" in f]
    assert forms == {"Alexei Nikolaev", "Nikolaev"}
    assert check_english("Analyst Alexei Nikolaev said that Nikolaev expected.").flags == []


def test_given_name_in_the_other_language_is_the_same_person_and_inconsistent():
    text = "Volodymyr Zelensky spoke. Volodymyr Zelensky left. Vladimir Zelensky said."
    result = check_english(text)
    assert len({m.concept for m in result.mentions}) == 1
    assert [(f.text, f.kind, f.suggestion) for f in result.flags] == [
        ("Vladimir", "inconsistent_spelling", "Volodymyr")
    ]


def test_diminutive_with_the_surname_is_the_same_person_and_not_flagged():
    result = check_english("Aleksei Navalny spoke. His friends call him Lyosha Navalny.")
    assert len({m.concept for m in result.mentions}) == 1
    assert result.flags == []
