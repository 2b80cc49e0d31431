"""Each English name rule, on the real name data."""

from __future__ import annotations

from names_glossary_double import InMemoryGlossary

from app.names.checker import check_english
from app.names.glossary_rules import GlossaryLookup


def _flags(text, glossary=None):
    return {f.text: f for f in check_english(text, glossary).flags}


def test_russian_derived_place_is_an_error_with_kmu_suggestion():
    flags = _flags("Talks were held in Kharkov and Lugansk on Monday.")
    assert flags["Kharkov"].kind == "russian_derived_place"
    assert flags["Kharkov"].severity == "error"
    assert flags["Kharkov"].suggestion == "Kharkiv"
    assert "Харьков" in flags["Kharkov"].reason and "Харків" in flags["Kharkov"].reason
    assert flags["Lugansk"].suggestion == "Luhansk"


def test_dateline_in_capitals_keeps_capitals_in_the_suggestion():
    text = "ODESSA, Ukraine, May 2 - Fires broke out."
    (flag,) = check_english(text).flags
    assert (flag.text, flag.suggestion, flag.kind) == ("ODESSA", "ODESA", "russian_derived_place")
    assert text[flag.start : flag.end] == "ODESSA"


def test_possessive_flag_covers_the_name_only():
    text = "Kiev's response was swift."
    (flag,) = check_english(text).flags
    assert (flag.start, flag.end, flag.suggestion) == (0, 4, "Kyiv")


def test_other_romanization_of_a_place_is_a_warning():
    flag = _flags("Reconstruction of Kyyiv will take years.")["Kyyiv"]
    assert (flag.kind, flag.severity, flag.suggestion) == ("other_romanization", "warning", "Kyiv")


def test_ukrainian_given_name_in_bgn_style_is_only_info():
    flag = _flags("Governor Serhiy Haidai spoke on television.")["Serhiy"]
    assert (flag.kind, flag.severity, flag.suggestion) == ("other_romanization", "info", "Serhii")
    assert "editor decides" in flag.reason


def test_people_are_not_converted_between_nationalities():
    text = (
        "Vladimir Putin, Sergei Lavrov, Dmitry Peskov and Alexei Navalny were named, as were "
        "Vitali Klitschko, Yulia Tymoshenko and Petro Poroshenko."
    )
    assert check_english(text).flags == []


def test_ukrainian_surname_in_russian_style_is_not_an_error():
    flags = check_english("Volodymyr Zelensky met Dmytro Kuleba and Oleksandr Syrsky.").flags
    assert all(f.severity == "info" for f in flags)


def test_vocative_in_quoted_speech_is_an_inflected_form():
    flag = _flags('"Natash, I am coming home," he wrote.')["Natash"]
    assert (flag.kind, flag.suggestion) == ("inflected_form", "Natasha")
    assert "Наташ" in flag.reason


def test_english_word_that_spells_a_vocative_is_not_flagged():
    assert check_english('"Son, boys, we are with you. Van, come here!"').flags == []


def test_place_spelled_two_ways_in_one_text():
    text = "Shelling hit Kharkiv. Crews in Kharkov searched the rubble."
    flags = check_english(text).flags
    assert [(f.text, f.suggestion) for f in flags] == [("Kharkov", "Kharkiv")]
    assert "also writes Kharkiv" in flags[0].reason


def test_person_spelled_two_ways_in_one_text_suggests_the_majority():
    text = "Zelenskyy spoke. Later Volodymyr Zelenskyy left. Zelensky had met allies."
    result = check_english(text)
    (flag,) = result.flags
    assert (flag.text, flag.kind, flag.suggestion) == ("Zelensky", "inconsistent_spelling",
                                                       "Zelenskyy")
    concepts = {m.concept for m in result.mentions if m.text.endswith(("Zelensky", "Zelenskyy"))}
    assert len(concepts) == 1


def test_context_exceptions_stay_unflagged():
    text = (
        "She ordered chicken Kiev while reading about Kievan Rus. The family moved to "
        "Odessa, Texas, and later to Midland-Odessa."
    )
    assert check_english(text).flags == []
    assert check_english("Ships left Odessa on Friday.").flags[0].suggestion == "Odesa"


def test_russian_and_belarusian_places_keep_their_english_names():
    text = "Flights from Moscow to Minsk, Kostroma, Rostov-on-Don and Nizhny Novgorod resumed."
    result = check_english(text)
    assert result.flags == []
    assert {m.text for m in result.mentions} >= {"Moscow", "Minsk", "Kostroma"}


def test_glossary_approval_overrides_every_rule():
    glossary = InMemoryGlossary([("en", "Dynamo Kiev", "admitted", "Dynamo Kyiv"),
                                 ("en", "Kharkov", "preferred", "Kharkov")])
    assert isinstance(glossary, GlossaryLookup)
    text = "Dynamo Kiev won in Kharkov."
    assert check_english(text, glossary).flags == []
    assert [f.text for f in check_english(text).flags] == ["Kiev", "Kharkov"]


def test_glossary_deprecated_and_forbidden_terms():
    glossary = InMemoryGlossary([("en", "Kyyiv", "deprecated", "Kyiv"),
                                 ("en", "Lugansk", "forbidden", "Luhansk")])
    flags = _flags("From Kyyiv to Lugansk.", glossary)
    assert (flags["Kyyiv"].kind, flags["Kyyiv"].severity) == ("glossary_deprecated", "warning")
    assert flags["Lugansk"].kind == "glossary_forbidden"
    assert flags["Lugansk"].severity == "error"
    assert flags["Lugansk"].suggestion == "Luhansk"


def test_glossary_flag_keeps_the_concept_of_the_place_it_names():
    # The Names panel and check-names group flags with mentions by concept string.
    glossary = InMemoryGlossary([("en", "Kiev", "deprecated", "Kyiv")])
    result = check_english("Kiev said Kyiv would reply.", glossary)
    (flag,) = result.flags
    concepts = {m.text: m.concept for m in result.mentions}
    assert flag.kind == "glossary_deprecated"
    assert flag.concept == concepts["Kiev"] == concepts["Kyiv"]


def test_flag_offsets_index_the_text():
    text = "«KIEV» — Відповідь. Then Kiev’s and Lugansk's officials met in Zaporozhye."
    for flag in check_english(text).flags:
        assert text[flag.start : flag.end] == flag.text


def test_english_words_and_foreign_names_that_spell_small_ukrainian_villages():
    text = "Talks on Moldova, Georgia and Poland continued during Ramadan, Ray said."
    assert check_english(text).flags == []


def test_common_words_spelled_alike_are_not_one_name():
    text = "The License grants rights. The Licensee accepts them. PyPI hosts PyPy."
    assert check_english(text).flags == []


def test_region_after_a_name_means_the_oblast():
    flags = _flags("Residents of the Dnepropetrovsk region and the Kharkov region were told.")
    # The oblast kept its name when the city became Dnipro, so the suggestion differs.
    assert flags["Dnepropetrovsk"].suggestion == "Dnipropetrovsk"
    assert flags["Kharkov"].suggestion == "Kharkiv"
    assert "Харьков" in flags["Kharkov"].reason
    # Only the name is flagged, so the flag lines up with the misspelled word.
    oblast = _flags("Kharkov Oblast officials said.")["Kharkov"]
    assert (oblast.start, oblast.end, oblast.suggestion) == (0, 7, "Kharkiv")


def test_russian_or_former_name_cited_on_purpose_stays_unflagged():
    text = (
        "Bakhmut, which Russia calls Artemovsk, fell. Dnipro (formerly Dnepropetrovsk) "
        "and Kyiv, known in Russian as Kiev, were shelled."
    )
    assert check_english(text).flags == []
    # Artemovsk alone could be Bakhmut or Kypuche (Luhansk oblast): the oblast decides
    assert [f.suggestion for f in check_english("Artemovsk fell.").flags] == [None]
    assert [f.suggestion for f in check_english("Artemovsk, Donetsk Oblast, fell.").flags] == [
        "Bakhmut"
    ]


def test_soft_sign_apostrophes_and_diacritics_are_another_romanization():
    flags = _flags("Shelling hit Donets'k and Kyïv.")
    assert (flags["Donets'k"].kind, flags["Donets'k"].suggestion) == (
        "other_romanization", "Donetsk"
    )
    assert flags["Kyïv"].suggestion == "Kyiv"


def test_former_names_of_renamed_places_suggest_the_current_name():
    flags = _flags(
        "Drones hit Kirovograd. Shelling near Artemivsk and Krasnoarmeysk. "
        "The Yuzhnoukrainsk plant was inspected."
    )
    expected = {
        "Kirovograd": ("Kropyvnytskyi", "2016"),
        "Artemivsk": ("Bakhmut", "2016"),
        "Krasnoarmeysk": ("Pokrovsk", "2016"),
        "Yuzhnoukrainsk": ("Pivdennoukrainsk", "2024"),
    }
    for text, (suggestion, year) in expected.items():
        flag = flags[text]
        assert (flag.kind, flag.severity, flag.suggestion) == ("renamed_place", "error", suggestion)
        assert f"former name (until {year})" in flag.reason


def test_an_oblast_that_kept_its_name_is_not_a_renamed_place():
    flags = _flags("Officials in the Kirovohrad region said two people were hurt.")
    assert all(f.kind != "renamed_place" for f in flags.values())


def test_one_person_in_two_schemes_gets_one_consistent_suggestion():
    text = "Andriy Yermak met reporters. Later, Andrii Yermak said the talks went well."
    flags = check_english(text).flags
    assert [(f.text, f.kind, f.severity, f.suggestion) for f in flags] == [
        ("Andriy", "inconsistent_spelling", "warning", "Andrii")
    ]
    assert "KMU 2010" in flags[0].reason
