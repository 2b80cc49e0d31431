"""The bundled place-name table: KMU canonical spellings, Russian-derived aliases, lookups."""

from __future__ import annotations

import gzip

import pytest

from app.names.gazetteer import Gazetteer, GazetteerUnavailableError, Place, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def _first(gazetteer: Gazetteer, name: str) -> Place:
    found = gazetteer.by_latin(name)
    assert found, f"{name} not found"
    return found[0]


@pytest.mark.parametrize(
    ("spelling", "canonical", "uk", "ru"),
    [
        ("Kiev", "Kyiv", "Київ", "Киев"),
        ("Kharkov", "Kharkiv", "Харків", "Харьков"),
        ("Chernobyl", "Chornobyl", "Чорнобиль", "Чернобыль"),
        ("Odessa", "Odesa", "Одеса", "Одесса"),
        ("Lugansk", "Luhansk", "Луганськ", "Луганск"),
        ("Slavyansk", "Sloviansk", "Слов'янськ", "Славянск"),
        ("Nikolaev", "Mykolaiv", "Миколаїв", "Николаев"),
        ("Zaporozhye", "Zaporizhzhia", "Запоріжжя", "Запорожье"),
        ("Lvov", "Lviv", "Львів", "Львов"),
        ("Rovno", "Rivne", "Рівне", "Ровно"),
        ("Dnepropetrovsk", "Dnipro", "Дніпро", "Днепр"),
        ("Dnieper", "Dnipro", "Дніпро", "Днепр"),
        ("Donbass", "Donbas", "Донбас", "Донбасс"),
        ("Kiev region", "Kyiv Oblast", "Київська область", "Киевская область"),
    ],
)
def test_russian_derived_spellings_lead_to_the_kmu_canonical(
    gazetteer, spelling, canonical, uk, ru
):
    place = _first(gazetteer, spelling)
    assert (place.en, place.uk, place.ru, place.country) == (canonical, uk, ru, "UA")
    assert gazetteer.spelling_kind(place, spelling) == "russian_derived"
    assert gazetteer.spelling_kind(place, canonical) == "canonical"


def test_chornobyl_the_small_town_is_present_with_its_russian_derived_alias(gazetteer):
    place = _first(gazetteer, "Chornobyl")
    assert place.kind == "city" and 1000 < place.population < 5000
    assert "Chernobyl" in place.russian_derived_en


def test_canonical_ukrainian_spelling_is_kmu_and_geonames_spelling_is_an_alias(gazetteer):
    for geonames, kmu in [("Zaporizhzhya", "Zaporizhzhia"), ("Vinnytsya", "Vinnytsia")]:
        place = _first(gazetteer, geonames)
        assert place.en == kmu
        assert gazetteer.spelling_kind(place, geonames) == "alias"


def test_another_ukrainian_romanization_is_an_alias_not_russian_derived(gazetteer):
    place = _first(gazetteer, "Slovyansk")
    assert place.en == "Sloviansk"
    assert gazetteer.spelling_kind(place, "Slovyansk") == "alias"
    assert gazetteer.spelling_kind(_first(gazetteer, "Kyyiv"), "Kyyiv") == "alias"


def test_places_with_identical_names_have_no_russian_derived_spellings(gazetteer):
    for name in ("Kherson", "Poltava", "Donetsk"):
        place = _first(gazetteer, name)
        assert place.country == "UA"
        assert place.russian_derived_en == ()


def test_identical_cyrillic_still_has_an_official_russian_romanization(gazetteer):
    place = _first(gazetteer, "Zhitomir")  # Житомир in both languages; и -> i is Russian
    assert place.en == "Zhytomyr"
    assert gazetteer.spelling_kind(place, "Zhitomir") == "russian_derived"


def test_city_sections_are_districts_and_person_named_sections_are_left_out(gazetteer):
    assert _first(gazetteer, "Obolon").kind == "district"
    assert _first(gazetteer, "Saltivka").kind == "district"
    assert all(p.population < 10_000 for p in gazetteer.by_latin("Shevchenko"))


def test_russia_and_belarus_use_the_common_english_name(gazetteer):
    assert _first(gazetteer, "Moscow").ru == "Москва"
    assert _first(gazetteer, "Moskva").en == "Moscow"
    assert _first(gazetteer, "Kostroma").country == "RU"
    minsk = _first(gazetteer, "Minsk")
    assert (minsk.country, minsk.ru) == ("BY", "Минск")
    assert _first(gazetteer, "Volgograd").ru == "Волгоград"


def test_lookup_ignores_case_diacritics_apostrophes_and_hyphens(gazetteer):
    assert _first(gazetteer, "KIEV").en == "Kyiv"
    assert _first(gazetteer, "Khar’kov").en == "Kharkiv"
    assert _first(gazetteer, "Ivano Frankivsk").en == "Ivano-Frankivsk"
    assert _first(gazetteer, "Zaporižžja").en == "Zaporizhzhia"


def test_same_spelling_sorted_by_population(gazetteer):
    places = gazetteer.by_latin("Rivne")
    assert len(places) > 1
    assert places[0].population > 200_000
    assert [p.population for p in places] == sorted((p.population for p in places), reverse=True)


def test_cyrillic_lookup_by_language(gazetteer):
    assert [p.en for p in gazetteer.by_cyrillic("Київ", "uk")][:1] == ["Kyiv"]
    assert [p.en for p in gazetteer.by_cyrillic("киев", "ru")][:1] == ["Kyiv"]
    assert gazetteer.by_cyrillic("Киев", "uk") == []
    assert gazetteer.by_cyrillic("Кривой Рог", "ru")[0].en == "Kryvyi Rih"
    assert gazetteer.by_cyrillic("Днепр", "ru")[0].kind == "city"


def test_rivers_regions_and_oblasts_are_covered(gazetteer):
    kinds = {(p.en, p.kind) for p in gazetteer.all_places()}
    for expected in [
        ("Dnipro", "river"), ("Dnister", "river"), ("Southern Bug", "river"),
        ("Siverskyi Donets", "river"), ("Volga", "river"), ("Crimea", "region"),
        ("Donbas", "region"), ("Luhansk Oblast", "oblast"), ("Ukraine", "country"),
    ]:
        assert expected in kinds


def test_ordinary_words_and_people_are_not_places(gazetteer):
    for word in ("Another", "Dear", "Son", "Putin", "Lavrov", "Sergei", "Geneva"):
        assert gazetteer.by_latin(word) == [], word


def test_country_coverage_down_to_small_towns(gazetteer):
    counts = {"UA": 0, "RU": 0, "BY": 0}
    for place in gazetteer.all_places():
        counts[place.country] += 1
        if place.country == "UA":
            assert place.uk, place  # the KMU canonical needs the Ukrainian name
    assert counts["UA"] > 4000 and counts["RU"] > 4000 and counts["BY"] > 250


def test_unreadable_table_is_a_typed_error(tmp_path):
    broken = tmp_path / "toponyms.tsv.gz"
    broken.write_bytes(b"not gzip")
    with pytest.raises(GazetteerUnavailableError):
        Gazetteer.from_file(broken)


def test_a_table_round_trips(tmp_path):
    path = tmp_path / "t.tsv.gz"
    header = "id\ten\tuk\tru\tcountry\tkind\tpopulation\taliases_en\trussian_derived_en\n"
    row = "x:1\tTestiv\tТестів\tТестов\tUA\tcity\t5\tTestiw\tTestov\n"
    path.write_bytes(gzip.compress((header + row).encode()))
    place = Gazetteer.from_file(path).by_latin("testov")[0]
    assert place == Place("x:1", "Testiv", "Тестів", "Тестов", "UA", "city", 5,
                          ("Testiw",), ("Testov",))
