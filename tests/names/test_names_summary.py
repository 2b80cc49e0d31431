"""The Names panel's data: each person and place with its forms in the three columns."""

from __future__ import annotations

from app.names.checker import check_document
from app.names.name_summary import summarize


def test_forms_per_language_and_counts():
    results = check_document(
        [
            ("Kiev said Lyudmila Khokhlova spoke.", "Киев заявил, что Хохлова выступила.",
             "Київ заявив, що Хохлова виступила."),
            ("Officials in Kyiv and Khokhlova agreed.", "В Киеве и Хохлова согласились.", None),
        ]
    )
    summaries = {s.concept: s for s in summarize(results)}
    kyiv = summaries["place:UA:Kyiv"]
    assert kyiv.canonical == "Kyiv" and kyiv.kind == "place"
    assert kyiv.forms["en"] == {"Kiev": 1, "Kyiv": 1}
    assert kyiv.forms["ru"] == {"Киев": 1, "Киеве": 1}
    assert kyiv.forms["uk"] == {"Київ": 1}
    assert kyiv.segments == {0, 1} and kyiv.flags == 1  # Kiev -> Kyiv
    person = summaries["person:lyudmila-khokhlova"]
    assert person.forms["en"] == {"Lyudmila Khokhlova": 1, "Khokhlova": 1}
    assert person.mentions == 5


def test_other_names_only_on_request():
    results = check_document(["Putin told Interfax on Monday."])
    assert [s.kind for s in summarize(results)] == ["person"]
    assert "name" in {s.kind for s in summarize(results, include_other_names=True)}
