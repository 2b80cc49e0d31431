"""The bundled place-name table: KMU canonical spellings, Russian-derived aliases, lookups."""

from __future__ import annotations

import gzip
import re

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
    assert place.former_name_until("Testov") is None


def test_a_table_with_former_names_round_trips(tmp_path):
    path = tmp_path / "t.tsv.gz"
    header = ("id\ten\tuk\tru\tcountry\tkind\tpopulation\taliases_en\trussian_derived_en"
              "\tformer_en\tformer_uk\tformer_ru\n")
    row = "x:1\tNoviv\tНовів\tНовов\tUA\tcity\t5\tStariv\tStarov\tStariv:2016|Starov:2016" \
          "\tСтарів\tСтаров\n"
    path.write_bytes(gzip.compress((header + row).encode()))
    table = Gazetteer.from_file(path)
    place = table.by_latin("Starov")[0]
    assert (place.former_en, place.former_until) == (("Stariv", "Starov"), (2016, 2016))
    assert place.former_name_until("STAROV") == 2016
    assert table.by_cyrillic("Старов", "ru") == [place]
    assert table.by_cyrillic("Старів", "uk") == [place]


@pytest.mark.parametrize(
    ("former", "canonical", "until", "kind"),
    [
        ("Kirovograd", "Kropyvnytskyi", 2016, "russian_derived"),
        ("Kirovohrad", "Kropyvnytskyi", 2016, "alias"),
        ("Yelisavetgrad", "Kropyvnytskyi", 1924, "russian_derived"),
        ("Dnepropetrovsk", "Dnipro", 2016, "russian_derived"),
        ("Dnipropetrovsk", "Dnipro", 2016, "alias"),
        ("Artemovsk", "Bakhmut", 2016, "russian_derived"),
        ("Artemivsk", "Bakhmut", 2016, "alias"),
        ("Krasnoarmeysk", "Pokrovsk", 2016, "russian_derived"),
        ("Dzerzhynsk", "Toretsk", 2016, "alias"),
        ("Ilyichevsk", "Chornomorsk", 2016, "russian_derived"),
        ("Illichivsk", "Chornomorsk", 2016, "alias"),
        ("Komsomolsk", "Horishni Plavni", 2016, "alias"),
        ("Kotovsk", "Podilsk", 2016, "alias"),
        ("Novograd-Volynsky", "Zviahel", 2022, "russian_derived"),
        ("Novohrad-Volynskyi", "Zviahel", 2022, "alias"),
        ("Pereiaslav-Khmelnytskyi", "Pereiaslav", 2019, "alias"),
        ("Stakhanov", "Kadiivka", 2016, "alias"),
        ("Krasny Luch", "Khrustalnyi", 2016, "russian_derived"),
        ("Dimitrov", "Myrnohrad", 2016, "russian_derived"),
        ("Ordzhonikidze", "Pokrov", 2016, "alias"),
        ("Tsyurupinsk", "Oleshky", 2016, "russian_derived"),
        ("Sverdlovsk", "Dovzhansk", 2016, "alias"),
        ("Krasnodon", "Sorokyne", 2016, "alias"),
        ("Torez", "Chystiakove", 2016, "alias"),
        ("Chervonograd", "Sheptytskyi", 2024, "russian_derived"),
        ("Chervonohrad", "Sheptytskyi", 2024, "alias"),
        ("Yuzhnoukrainsk", "Pivdennoukrainsk", 2024, "alias"),
        ("Novomoskovsk", "Samar", 2024, "alias"),
        ("Krasnograd", "Berestyn", 2024, "russian_derived"),
        ("Vatutino", "Bahacheve", 2024, "russian_derived"),
        ("Pershotravensk", "Shakhtarske", 2024, "alias"),
    ],
)
def test_former_names_of_renamed_cities_lead_to_the_current_name(
    gazetteer, former, canonical, until, kind
):
    place = next((p for p in gazetteer.by_latin(former) if p.country == "UA"), None)
    assert place is not None, former
    assert place.en == canonical
    assert place.former_name_until(former) == until
    assert gazetteer.spelling_kind(place, former) == kind
    assert place.former_name_until(canonical) is None


def test_russian_text_with_a_former_name_finds_the_renamed_city(gazetteer):
    assert gazetteer.by_cyrillic("Кировоград", "ru")[0].en == "Kropyvnytskyi"
    assert gazetteer.by_cyrillic("Артемівськ", "uk")[0].en == "Bakhmut"
    assert gazetteer.by_cyrillic("Кировоград", "uk") == []
    dovzhansk = gazetteer.by_cyrillic("Довжанск", "ru")[0]
    assert dovzhansk.en == "Dovzhansk" and "Свердловск" in dovzhansk.former_ru


def test_russian_names_of_ukrainian_places_are_not_belarusian_spellings(gazetteer):
    # GeoNames' untagged alternates include Belarusian forms (Багачэвэ, Бэрэстын).
    assert _first(gazetteer, "Bahacheve").ru == "Багачево"
    assert _first(gazetteer, "Berestyn").ru == "Берестин"
    belarusian = re.compile("[бвгджзклмнпрстфхцчшщ]э")
    odd = [p.en for p in gazetteer.all_places()
           if p.country == "UA" and p.ru and belarusian.search(p.ru.lower())]
    assert odd == ["Zuhres"]  # Зугрэс, from ЗуГРЭС, is the Russian spelling


def test_a_big_city_keeps_its_name_when_a_small_one_was_once_called_so(gazetteer):
    assert gazetteer.by_latin("Dzerzhinsk")[0].country == "RU"  # Toretsk comes second
    assert "Zhovti Vody" in {p.en for p in gazetteer.by_latin("Zhovti Vody")}
    assert _first(gazetteer, "Zhovti Vody").former_en == ()


def test_sievierodonetsk_is_canonical_not_the_2024_proposal(gazetteer):
    place = _first(gazetteer, "Severodonetsk")
    assert (place.en, place.uk, place.ru) == ("Sievierodonetsk", "Сєвєродонецьк", "Северодонецк")
    assert gazetteer.spelling_kind(place, "Severodonetsk") == "russian_derived"
    assert gazetteer.spelling_kind(place, "Siverskodonetsk") == "alias"
    assert gazetteer.by_cyrillic("Сєвєродонецьк", "uk") == [place]
    # Same 2024 resolution, same treatment for two more occupied towns of Luhansk oblast.
    assert _first(gazetteer, "Sokolohirsk").en == "Pervomaisk"
    assert _first(gazetteer, "Otamanivka").en == "Molodohvardiisk"


@pytest.mark.parametrize(
    ("spelling", "canonical", "kind", "ru"),
    [
        ("Kostroma Oblast", "Kostroma Oblast", "oblast", "Костромская область"),
        ("Kostromskaya oblast", "Kostroma Oblast", "oblast", "Костромская область"),
        ("Kostroma region", "Kostroma Oblast", "oblast", "Костромская область"),
        ("Moscow Oblast", "Moscow Oblast", "oblast", "Московская область"),
        ("Moskovskaya oblast", "Moscow Oblast", "oblast", "Московская область"),
        ("Nizhny Novgorod Oblast", "Nizhny Novgorod Oblast", "oblast", None),
        ("Krasnodar Krai", "Krasnodar Krai", "krai", "Краснодарский край"),
        ("Krasnodarskiy kray", "Krasnodar Krai", "krai", "Краснодарский край"),
        ("Republic of Tatarstan", "Tatarstan", "republic", "Татарстан"),
        ("Yakutia", "Sakha Republic", "republic", None),
        ("Khanty-Mansi Autonomous Okrug", "Khanty-Mansi Autonomous Okrug", "okrug", None),
    ],
)
def test_russian_regions_use_the_common_english_name(gazetteer, spelling, canonical, kind, ru):
    place = _first(gazetteer, spelling)
    assert (place.en, place.kind, place.country) == (canonical, kind, "RU")
    if ru:
        assert place.ru == ru


@pytest.mark.parametrize(
    ("spelling", "canonical", "ru"),
    [
        ("Gomel", "Gomel", "Гомель"), ("Homyel", "Gomel", "Гомель"),
        ("Grodno", "Grodno", "Гродно"), ("Hrodna", "Grodno", "Гродно"),
        ("Mogilev", "Mogilev", "Могилёв"), ("Mahilyow", "Mogilev", "Могилёв"),
        ("Vitebsk", "Vitebsk", "Витебск"), ("Brest", "Brest", "Брест"),
        ("Minsk", "Minsk", "Минск"), ("Bobruisk", "Bobruisk", "Бобруйск"),
    ],
)
def test_belarusian_places_use_the_english_news_name_and_are_not_russian_derived(
    gazetteer, spelling, canonical, ru
):
    place = _first(gazetteer, spelling)
    assert (place.en, place.ru, place.country) == (canonical, ru, "BY")
    assert place.russian_derived_en == ()
    assert gazetteer.spelling_kind(place, spelling) in ("canonical", "alias")


def test_belarusian_regions_use_the_english_news_name(gazetteer):
    assert _first(gazetteer, "Homiel Region").en == "Gomel Region"
    assert _first(gazetteer, "Gomel Region").country == "BY"


@pytest.mark.parametrize(
    ("spelling", "canonical", "uk", "ru"),
    [
        ("Simferopol", "Simferopol", "Сімферополь", "Симферополь"),
        ("Sevastopol", "Sevastopol", "Севастополь", "Севастополь"),
        ("Kerch", "Kerch", "Керч", "Керчь"),
        ("Yalta", "Yalta", "Ялта", "Ялта"),
        ("Feodosia", "Feodosiia", "Феодосія", "Феодосия"),
        ("Feodosiya", "Feodosiia", "Феодосія", "Феодосия"),
        ("Dzhankoy", "Dzhankoi", "Джанкой", "Джанкой"),
    ],
)
def test_crimean_cities_have_kmu_canonicals(gazetteer, spelling, canonical, uk, ru):
    place = _first(gazetteer, spelling)
    assert (place.en, place.uk, place.ru, place.country) == (canonical, uk, ru, "UA")
    assert gazetteer.spelling_kind(place, spelling) in ("canonical", "alias", "russian_derived")
    assert place.population > 30_000


def test_russian_spelling_of_yevpatoriia_is_russian_derived(gazetteer):
    place = _first(gazetteer, "Evpatoria")
    assert (place.en, place.uk) == ("Yevpatoriia", "Євпаторія")
    assert gazetteer.spelling_kind(place, "Evpatoria") == "russian_derived"


def test_villages_and_oblasts_come_from_the_official_codifier(gazetteer):
    # Dytiatky (Kyiv oblast), a village GeoNames' cities500 table lacks, comes from KATOTTG with
    # its other romanizations and the romanizations of its Russian name.
    dytiatky = gazetteer.by_latin("Dityatki")[0]
    assert (dytiatky.en, dytiatky.uk, dytiatky.oblast, dytiatky.population) == (
        "Dytiatky", "Дитятки", "UA-32", 0)
    assert gazetteer.by_latin("Dytyatky") == [dytiatky]
    # The Russian name is derived only when the Russian dictionary knows it as a word.
    assert {p.ru for p in gazetteer.by_cyrillic("Залісся", "uk") if p.population == 0} == {
        "Залесье"}
    # Every place in Ukraine knows its oblast (ISO 3166-2), GeoNames' ones included.
    assert [p.oblast for p in gazetteer.by_latin("Luhansk")][:1] == ["UA-09"]
    assert gazetteer.by_latin("Chernivtsi")[0].oblast == "UA-77"
    artemivsk = {p.en: p.oblast for p in gazetteer.by_latin("Artemivsk") if p.country == "UA"}
    assert artemivsk == {"Bakhmut": "UA-14", "Kypuche": "UA-09"}
