"""Place flags an editor can trust (issue 13): context decides whether a spelling is the
writer's to change. The texts here are written for the tests, in words other than the
evaluation sets' (tests/names/README.md: a fix comes with its own test)."""

from __future__ import annotations

import json

import pytest

from app.names.checker import NameChecker, check_english


def _flags(text: str, checker: NameChecker | None = None) -> list[tuple[str, str, str | None]]:
    result = (checker or NameChecker()).check_english_texts([text])[0]
    return [(f.text, f.severity, f.suggestion) for f in result.flags]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Supporters of Dynamo Kiev sang all night.", "Kiev"),
        ("Fans of Kiev \u201cDynamo\u201d filled the stands.", "Kiev"),
        ("ArcelorMittal Krivoy Rog raised output in May.", "Krivoy Rog"),
        ("She trained at the Odessa Academic Opera and Ballet Theatre.", "Odessa"),
        ("He joined the Kharkov Institute of Radio Electronics.", "Kharkov"),
        ("The film Chernigov Nights opens on Friday.", "Chernigov"),
    ],
)
def test_a_registered_name_keeps_its_spelling_with_a_note(text, name):
    assert _flags(text) == [(name, "info", _flags(f"Refugees reached {name}.")[0][2])]


def test_a_direct_quote_keeps_its_spelling_with_a_note():
    text = 'Shelling hit Kiev. "Nobody in Kiev slept that night," a resident said.'
    assert _flags(text) == [("Kiev", "error", "Kyiv"), ("Kiev", "info", "Kyiv")]


def test_a_town_abroad_is_read_from_the_document():
    text = "The rodeo in Odessa drew 4,000 riders, organisers in Texas said on Sunday."
    assert _flags(text) == []
    ukrainian = "The rodeo in Odessa drew 4,000 riders, organisers in Ukraine said on Sunday."
    assert _flags(ukrainian) == [("Odessa", "error", "Odesa")]


def test_a_headline_takes_the_reading_the_text_gives():
    text = "Flooding Closes Schools Across Odessa\nODESSA, Texas - Rain closed schools."
    assert _flags(text) == []


def test_a_surname_that_is_a_former_name_is_left_alone_abroad():
    text = "Dimitrov won in Sofia, the best result for Bulgaria this year; Spain is next."
    assert _flags(text) == []
    assert _flags("Russian forces shelled Dimitrov overnight.") == [
        ("Dimitrov", "error", "Myrnohrad")
    ]


def test_a_surname_that_speaks_is_a_person():
    text = "Grain prices rose in Europe this week, Nikolaev said, citing Spain."
    assert _flags(text) == []
    assert _flags("Grain prices rose in Nikolaev this week.") == [
        ("Nikolaev", "error", "Mykolaiv")
    ]


@pytest.mark.parametrize(
    "text",
    ["Floods reached Lvov, Wisconsin, on Tuesday, and Kyiv sent condolences.",
     "Odessa (Missouri) elected a mayor; Ukrainian media noticed."],
)
def test_a_state_or_country_after_the_name_places_it_abroad(text):
    assert _flags(text) == []


def test_a_handle_is_no_place():
    assert _flags("The band posts as @Kharkov_Sound and tours in Spain.") == []


def test_a_foreign_players_given_name_gets_no_ukrainian_romanization():
    assert _flags("Danilo Pereira scored twice as Porto beat Benfica in Portugal.") == []
    assert _flags("Danilo Pereira met refugees from Ukraine after the game.") == [
        ("Danilo", "info", "Danylo")
    ]


def test_a_former_name_of_several_places_lists_them_instead_of_guessing():
    flags = check_english("Shelling hit Komsomolske overnight.").flags
    assert [(f.severity, f.suggestion) for f in flags] == [("info", None)]
    assert "Kalmiuske" in flags[0].reason and "Slobozhanske" in flags[0].reason
    # Artemivsk was Bakhmut (Donetsk oblast) and Kypuche (Luhansk oblast): with no clue to the
    # oblast the flag lists both; the oblast the text names picks one.
    alone = check_english("Shelling hit Artemivsk.").flags
    assert [(f.severity, f.suggestion) for f in alone] == [("info", None)]
    assert "Bakhmut / Kypuche" in alone[0].reason


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Miners in Artemivsk, Luhansk Oblast, went on strike in 2014.", "Kypuche"),
        ("Miners in Artemivsk, Luhansk region, went on strike in 2014.", "Kypuche"),
        ("Salt from Artemivsk in the Donetsk region sold well.", "Bakhmut"),
        ("From Luhansk the convoy drove on to Artemivsk, near Alchevsk.", "Kypuche"),
    ],
)
def test_a_renamed_namesake_is_the_one_in_the_oblast_the_text_names(text, suggestion):
    flags = [f for f in check_english(text).flags if f.text == "Artemivsk"]
    assert [(f.severity, f.suggestion) for f in flags] == [("error", suggestion)]


def test_a_village_known_only_from_the_codifier_needs_a_word_saying_it_is_a_place():
    # Villages GeoNames' cities table lacks come from Ukraine's codifier (KATOTTG)
    text = "Buses stop at the Dityatki checkpoint, then at the village Dytyatky again."
    assert _flags(text) == [("Dityatki", "error", "Dytiatky"), ("Dytyatky", "warning", "Dytiatky")]
    # ...but a village named like an aircraft, a surname or a word is not read as one alone.
    assert _flags("Antonov said the new Mriya will fly from Kyiv next year.") == []
    assert _flags("In Kyiv, the commander who calls himself Strelkov spoke.") == []


def test_the_threshold_is_a_setting(tmp_path, monkeypatch):
    text = "The rodeo in Odessa drew 4,000 riders, organisers in Texas said on Sunday."
    assert _flags(text, NameChecker(threshold=0.0)) == [("Odessa", "error", "Odesa")]
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"name_flag_threshold": 0.0}), encoding="utf-8")
    monkeypatch.setattr("app.core.paths.config_dir", lambda: tmp_path)
    assert NameChecker().threshold == 0.0
    assert _flags(text, NameChecker()) == [("Odessa", "error", "Odesa")]


def test_a_former_name_in_news_of_the_renaming_is_cited():
    text = "Deputies renamed Dnepropetrovsk to Dnipro; Dnipro residents welcomed the change."
    assert _flags(text) == [("Dnepropetrovsk", "info", "Dnipro")]


@pytest.mark.parametrize(
    "text",
    [
        "The city of Lviv or Lvov has many churches.",
        "In Polish it is Lwow and in English Lvov, a student said.",
        "Deliveries to Dnipropetrovsk Regional Military Administration resumed.",
        "Floods hit the Dnipropetrovsk region on Monday.",
    ],
)
def test_cited_spellings_and_oblasts_stay_unflagged(text):
    assert _flags(text) == []


def test_another_romanization_after_a_namesake_person_is_the_city():
    text = (
        "Playwright Marko Kropyvnytskyy was honoured when deputies renamed the city of "
        "Kirovohrad to Kropyvnytskyy."
    )
    assert ("Kropyvnytskyy", "warning", "Kropyvnytskyi") in _flags(text)


def test_an_oblast_in_another_scheme_is_flagged_but_historical_regions_are_not():
    assert _flags("Mountain villages in Zakarpattya are cut off.") == [
        ("Zakarpattya", "warning", "Zakarpattia")
    ]
    assert _flags("Mountain villages in Bukovina and Podolia are cut off.") == []


def test_accents_alone_are_no_second_spelling():
    assert _flags("Fires reached Valparaíso. Valparaiso and Quilpué burned.") == []


# Invisible characters and look-alike letters -------------------------------------------
@pytest.mark.parametrize(
    "hidden",
    ["Ki\u200bev", "Ki\u00adev", "Ki\u2060ev", "Ki\ufeffev", "Ki\u0435v", "K\u0456ev",
     "\ue001Kiev\ue002", "Ki\ue003ev"],
)
def test_a_hidden_character_does_not_hide_a_name(hidden):
    text = f"Missiles hit {hidden} overnight."
    flags = check_english(text).flags
    assert [f.suggestion for f in flags] == ["Kyiv"]
    flag = flags[0]
    assert text[flag.start:flag.end] == flag.text
    assert flag.text.strip("\ue001\ue002") == hidden.strip("\ue001\ue002")


def test_cyrillic_words_are_not_touched():
    text = "Москва and Київ are both capitals; Kyiv is spelled correctly."
    assert check_english(text).flags == []


# Given names: linked only through a shared surname ------------------------------------
def test_given_names_alone_are_not_linked_across_romanizations():
    text = "Sergei spoke first. Later Sergey left, and Serhii stayed behind."
    assert check_english(text).flags == []


def test_a_shared_surname_links_two_spellings_of_a_given_name():
    text = "Sergei Ivanov spoke first. Later Sergey Ivanov left."
    assert _flags(text) == [("Sergey", "warning", "Sergei")]


def test_a_russian_case_form_of_a_surname_in_english_is_one_person():
    text = "Morozov opened the scoring. The header after a corner by Morozova went wide."
    assert _flags(text) == [("Morozova", "warning", "Morozov")]
    # a woman with that surname comes with her given name or a title, and keeps it
    assert _flags("Morozov opened the scoring. Anna Morozova, his sister, watched.") == []
    assert _flags("Morozov opened the scoring; Ms Morozova watched.") == []


def test_a_lone_name_after_a_place_word_is_no_person_to_make_consistent():
    # An old name of a city abroad the gazetteer lacks, in two spellings: not a person.
    text = "The family moved to Ekaterinodarr in 1890, then back to Ekaterinodar."
    assert [f for f in check_english(text).flags if f.kind == "inconsistent_spelling"] == []
    people = "Kovalenko spoke first. Later Kovalenko and Kowalenko spoke again."
    assert [f.kind for f in check_english(people).flags] == ["inconsistent_spelling"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She worked at the Odessa Hydro-Meteorological Institute for years.", "Odessa"),
        ("Lugansk Locomotive Works built its first engine in 1900.", "Lugansk"),
        ("The Kherson Cotton Spinning, Weaving, and Dyeing Factory shut down.", "Kherson"),
        ("A bottle from the Kiev Champagne Winery stood on the table.", "Kiev"),
    ],
)
def test_words_between_the_city_and_the_organisation_word(text, name):
    flags = [f for f in check_english(text).flags if f.text == name]
    assert [f.severity for f in flags] in ([], ["info"])


def test_a_power_plant_named_after_the_city_takes_the_city_spelling():
    flags = check_english("Drones hit the Zaporozhye Nuclear Power Plant again.").flags
    assert [(f.text, f.severity) for f in flags] == [("Zaporozhye", "error")]


def test_other_spellings_of_a_place_the_text_puts_abroad_are_the_namesake():
    text = ("Grain left the Ukrainian port of Odessa. Tourists reach Odesa, Texas, by bus; "
            "Odessa holds a rodeo in May.")
    flags = [(f.text, f.start) for f in check_english(text).flags]
    assert flags == [("Odessa", text.index("Odessa"))]  # only the earlier port, in Ukraine


def test_a_surname_case_form_after_a_man_s_given_name():
    text = "The shells fell at night, said Pavel Morozova. Later Morozov said the town was quiet."
    assert _flags(text) == [("Morozova", "warning", "Morozov")]
    assert _flags("The shells fell, said Anna Morozova. Morozov said it was quiet.") == []


def test_a_russian_case_form_of_a_place_the_text_also_names():
    text = "Rockets hit Poltava at night. Near Poltave, two houses burned, officials said."
    assert _flags(text) == [("Poltave", "warning", "Poltava")]


@pytest.mark.parametrize(
    "text",
    [
        "Serving Adams County since 1911. Odessa hosts a wheat fair every fall.",
        "The fair is held east of Spokane, WA. Odessa hosts it every fall.",
        "The longest-running fair in TX! Odessa hosts it every spring.",
    ],
)
def test_a_county_or_a_us_state_code_sets_the_text_abroad(text):
    # Ukraine has oblasts and raions, not counties; "WA" after a comma or "in" is a US state.
    assert _flags(text) == []
    assert _flags("Odessa hosts a wheat fair every fall.") == [("Odessa", "error", "Odesa")]


def test_a_village_known_only_from_the_codifier_is_a_place_before_its_oblast():
    text = "She was born on 3 May 1950, Zalyvanschyna, Vinnytsia Oblast."
    assert _flags(text) == [("Zalyvanschyna", "warning", "Zalyvanshchyna")]
    assert _flags("She was born on 3 May 1950 and met Zalyvanschyna later.") == []


def test_occupied_introduces_a_place_read_through_its_russian_name():
    text = "Partisans blew up a bridge near the recaptured Novaya Kakhovka road."
    assert ("Novaya Kakhovka", "error", "Nova Kakhovka") in _flags(text)
    assert _flags("Townspeople fled the occupied Novaya Kakhovka at dawn.") == [
        ("Novaya Kakhovka", "error", "Nova Kakhovka")
    ]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Bilhorod-Dnistrovskiy lies on an estuary.", "Bilhorod-Dnistrovskyi"),
        ("Bilhorod-Dnistrovskyy lies on an estuary.", "Bilhorod-Dnistrovskyi"),
    ],
)
def test_a_hyphenated_town_in_another_romanization_needs_no_place_word(text, suggestion):
    flags = _flags(text)
    assert len(flags) == 1 and flags[0][2] == suggestion and flags[0][1] != "info"
    assert _flags("Maria Lvova-Belova met Bilhorod-Dnistrovskyi officials.") == []


def test_a_name_after_an_elided_particle_is_not_a_vocative():
    # "Alene," after d' is the end of a place's name, not someone addressed (Alen's vocative)
    assert _flags("We camped past Coeur d'Alene, Idaho, and drove on.") == []
    assert _flags("We camped past Coeur d’Alene, Idaho, and drove on.") == []


# Round 4 (blind10): each fix with a text of its own.


def test_a_quotation_inside_a_quotation_does_not_end_it():
    text = "\u201cWho would buy a \u201cLviv torte\u201d baked in Kharkov?\u201d the baker asked."
    assert _flags(text) == [("Kharkov", "info", "Kharkiv")]


def test_a_dash_between_two_quoted_names_is_a_route_not_a_quotation():
    assert _flags('Buses on the "Lvov - Chop" road run twice a day.') == [
        ("Lvov", "error", "Lviv")
    ]


def test_a_short_title_line_takes_the_reading_the_text_gives():
    text = (
        "Odessa's Fall Fair\n\nVisitors crowded the fairground in Odessa, Missouri, on "
        "Saturday to see the tractors and the quilts."
    )
    assert _flags(text) == []
    # a text of title lines only has no title block: a lone heading keeps its flag
    assert _flags("Odessa\nFall Fair") == [("Odessa", "error", "Odesa")]


def test_a_name_said_to_be_a_town_of_a_state_abroad_is_the_namesake():
    assert _flags("Odessa is a Missouri town named after the port in Ukraine.") == []
    assert _flags("Odessa is a Ukrainian port of a million people.") == [
        ("Odessa", "error", "Odesa")
    ]


def test_the_place_in_ukraine_named_with_its_country_in_a_text_set_abroad():
    text = (
        "The rodeo in Odessa, Texas, drew riders from three states. A letter of greeting "
        "came from Odessa, Ukraine, and was read at the opening."
    )
    flags = _flags(text)
    assert flags == [("Odessa", "error", "Odesa")]
    assert text.index("Odessa, Ukraine") == check_english(text).flags[0].start


@pytest.mark.parametrize(
    "heading",
    ["Nikolaev, Prince Pavel Sergeyevich (1850-1921)", "Nikolaev, Pavel Sergeyevich (1850-1921)"],
)
def test_a_biographical_heading_makes_the_place_spelled_surname_a_person(heading):
    text = f"{heading}, statesman. Nikolaev's reforms failed, and Nikolaev retired to Nice."
    assert _flags(text) == []
    assert _flags("Refugees reached Nikolaev by train.") == [("Nikolaev", "error", "Mykolaiv")]


_YELTSIN = (
    "Boris Yeltsin ran the Communist Party organisation in Sverdlovsk from 1976 to 1985. "
    "He built a new party headquarters, pushed a road to the northern districts and had the "
    "Ipatiev House, where the last tsar and his family were shot in 1918, pulled down on "
    "orders from Moscow. Workers in Sverdlovsk remembered him as a boss who went down the "
    "mines and into the shops himself and answered questions from the floor for hours. In "
    "1985 Mikhail Gorbachev called him to the capital to run the city party committee, a "
    "post he lost two years later after a speech that attacked the slow pace of reform."
)


def test_a_soviet_era_former_name_needs_a_text_that_points_to_ukraine():
    assert len(_YELTSIN.split()) >= 100
    assert _flags(_YELTSIN) == []
    in_luhansk = _YELTSIN.replace("in Sverdlovsk from", "in Sverdlovsk, Luhansk Oblast, from")
    assert ("Sverdlovsk", "error", "Dovzhansk") in _flags(in_luhansk)
    # a sentence alone says too little: the former name keeps its flag
    assert _flags("Her grandfather was born in Sverdlovsk in 1931.") == [
        ("Sverdlovsk", "error", "Dovzhansk")
    ]


_FAIR_REPORT = (
    "The Odessa fair board met on Monday evening at the grange hall. The treasurer reported "
    "that ticket sales for the rodeo were up on last year and that the new bleachers had "
    "been paid for. Volunteers are still needed for the pie booth and the parking lot on "
    "both days; anyone who can help should call the fair office. The board agreed to move "
    "the tractor pull to Sunday afternoon so that it does not clash with the parade, and to "
    "ask the high school band to play at the opening. Posters will go up in the stores of "
    "Odessa and the neighbouring towns next week."
)


def test_a_namesake_in_a_long_text_that_never_names_the_region_is_the_one_abroad():
    assert len(_FAIR_REPORT.split()) >= 100
    assert _flags(_FAIR_REPORT) == []
    # a text that names Russia or the Black Sea keeps the reading of the city in Ukraine
    on_the_black_sea = _FAIR_REPORT.replace("the neighbouring towns", "the Black Sea coast")
    assert ("Odessa", "error", "Odesa") in _flags(on_the_black_sea)
    assert _flags("Refugees reached Odessa by train.") == [("Odessa", "error", "Odesa")]
    # a word that introduces a place ("in Odessa") leaves the choice to the editor
    to_the_town = _FAIR_REPORT.replace("stores of Odessa", "stores in Odessa")
    assert ("Odessa", "error", "Odesa") in _flags(to_the_town)


def test_a_club_name_alone_after_the_text_names_the_club_with_its_city():
    text = "Zorya Luhansk beat Kolos 2-0 in Kovalivka. Zorya scored both goals after the break."
    assert _flags(text) == []


def test_an_institution_of_a_city_keeps_its_name_with_a_note():
    assert _flags("The Museum of Lvov History reopened in May.") == [("Lvov", "info", "Lviv")]


@pytest.mark.parametrize(
    "text",
    [
        "In 1926 the city was renamed as Dnepropetrovsk after a party leader.",
        "Other names for the city have been Lugansk and Voroshilovgrad.",
    ],
)
def test_a_name_given_at_a_renaming_or_listed_among_the_names_is_cited(text):
    assert [f for f in _flags(text) if f[1] != "info"] == []


def test_a_hyphenated_district_town_in_another_romanization():
    assert _flags("The monastery of Novhorod-Siversky stands above the river.") == [
        ("Novhorod-Siversky", "error", "Novhorod-Siverskyi")
    ]


def test_a_namesake_named_after_the_city_in_ukraine_cites_its_name():
    text = "Odessa, Texas, was named after Odessa, Ukraine, by railway workers from Russia."
    assert [f for f in _flags(text) if f[1] != "info"] == []
