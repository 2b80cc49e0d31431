"""ISO 3166-2 subdivisions for the toponym build: Ukrainian oblasts (names in Ukrainian and
Russian from pycountry's translations, English "<stem> Oblast") and Russian federal subjects
(Russian name recovered from the romanized ISO name and checked by the pymorphy3 dictionary;
pycountry's Ukrainian translations of Russian subjects are not used, some are wrong).
"""

from __future__ import annotations

import gettext
import logging

from toponym_names import Row, clean_latin, ru_spellings

from app.names.romanize import cyrillic_candidates, fold_latin

log = logging.getLogger("build_toponyms")

# ISO code -> (English stem, Ukrainian and Russian name of the place the oblast is named after).
UA_OBLASTS = {
    "UA-05": ("Vinnytsia", "Вінниця", "Винница"), "UA-07": ("Volyn", "Волинь", "Волынь"),
    "UA-09": ("Luhansk", "Луганськ", "Луганск"),
    "UA-12": ("Dnipropetrovsk", "Дніпропетровськ", "Днепропетровск"),
    "UA-14": ("Donetsk", "Донецьк", "Донецк"), "UA-18": ("Zhytomyr", "Житомир", "Житомир"),
    "UA-21": ("Zakarpattia", "Закарпаття", "Закарпатье"),
    "UA-23": ("Zaporizhzhia", "Запоріжжя", "Запорожье"),
    "UA-26": ("Ivano-Frankivsk", "Івано-Франківськ", "Ивано-Франковск"),
    "UA-32": ("Kyiv", "Київ", "Киев"), "UA-35": ("Kirovohrad", "Кіровоград", "Кировоград"),
    "UA-46": ("Lviv", "Львів", "Львов"), "UA-48": ("Mykolaiv", "Миколаїв", "Николаев"),
    "UA-51": ("Odesa", "Одеса", "Одесса"), "UA-53": ("Poltava", "Полтава", "Полтава"),
    "UA-56": ("Rivne", "Рівне", "Ровно"), "UA-59": ("Sumy", "Суми", "Сумы"),
    "UA-61": ("Ternopil", "Тернопіль", "Тернополь"), "UA-63": ("Kharkiv", "Харків", "Харьков"),
    "UA-65": ("Kherson", "Херсон", "Херсон"),
    "UA-68": ("Khmelnytskyi", "Хмельницький", "Хмельницкий"),
    "UA-71": ("Cherkasy", "Черкаси", "Черкассы"), "UA-74": ("Chernihiv", "Чернігів", "Чернигов"),
    "UA-77": ("Chernivtsi", "Чернівці", "Черновцы"),
}
UA_RU_OBLAST_FIX = {"UA-48": "Николаевская область"}  # missing from pycountry's ru catalogue
# Russian federal subjects: the common English name (Wikipedia article titles) for each ISO code;
# the ISO romanization (Kostromskaya oblast) stays an alias. Chechnya, Dagestan and Karelia are
# curated regions already (toponyms_curated.tsv), so they are not added twice.
RU_CURATED = {"RU-CE", "RU-DA", "RU-KR"}
RU_OBLASTS = {
    "AMU": "Amur", "ARK": "Arkhangelsk", "AST": "Astrakhan", "BEL": "Belgorod",
    "BRY": "Bryansk", "CHE": "Chelyabinsk", "IRK": "Irkutsk", "IVA": "Ivanovo",
    "KEM": "Kemerovo", "KGD": "Kaliningrad", "KGN": "Kurgan", "KIR": "Kirov", "KLU": "Kaluga",
    "KOS": "Kostroma", "KRS": "Kursk", "LEN": "Leningrad", "LIP": "Lipetsk", "MAG": "Magadan",
    "MOS": "Moscow", "MUR": "Murmansk", "NGR": "Novgorod", "NIZ": "Nizhny Novgorod",
    "NVS": "Novosibirsk", "OMS": "Omsk", "ORE": "Orenburg", "ORL": "Oryol", "PNZ": "Penza",
    "PSK": "Pskov", "ROS": "Rostov", "RYA": "Ryazan", "SAK": "Sakhalin", "SAM": "Samara",
    "SAR": "Saratov", "SMO": "Smolensk", "SVE": "Sverdlovsk", "TAM": "Tambov", "TOM": "Tomsk",
    "TUL": "Tula", "TVE": "Tver", "TYU": "Tyumen", "ULY": "Ulyanovsk", "VGG": "Volgograd",
    "VLA": "Vladimir", "VLG": "Vologda", "VOR": "Voronezh", "YAR": "Yaroslavl",
}
RU_KRAIS = {
    "ALT": "Altai", "KAM": "Kamchatka", "KDA": "Krasnodar", "KHA": "Khabarovsk",
    "KYA": "Krasnoyarsk", "PER": "Perm", "PRI": "Primorsky", "STA": "Stavropol",
    "ZAB": "Zabaykalsky",
}
# Republics and autonomous areas: (English name, other English names).
RU_OTHERS = {
    "AD": ("Adygea", ["Republic of Adygea", "Adygeya"]),
    "AL": ("Altai Republic", ["Republic of Altai", "Gorno-Altai"]),
    "BA": ("Bashkortostan", ["Republic of Bashkortostan", "Bashkiria"]),
    "BU": ("Buryatia", ["Republic of Buryatia", "Buryatiya"]),
    "CU": ("Chuvashia", ["Chuvash Republic", "Chuvashiya"]),
    "IN": ("Ingushetia", ["Republic of Ingushetia", "Ingushetiya"]),
    "KB": ("Kabardino-Balkaria", ["Kabardino-Balkar Republic", "Kabardino-Balkariya"]),
    "KC": ("Karachay-Cherkessia", ["Karachay-Cherkess Republic", "Karachayevo-Cherkessiya"]),
    "KK": ("Khakassia", ["Republic of Khakassia", "Khakasiya"]),
    "KL": ("Kalmykia", ["Republic of Kalmykia", "Kalmykiya"]),
    "KO": ("Komi Republic", ["Republic of Komi"]),
    "ME": ("Mari El", ["Mari El Republic", "Republic of Mari El"]),
    "MO": ("Mordovia", ["Republic of Mordovia", "Mordoviya"]),
    "SA": ("Sakha Republic", ["Yakutia", "Republic of Sakha", "Sakha"]),
    "SE": ("North Ossetia-Alania", ["North Ossetia", "Republic of North Ossetia-Alania"]),
    "TA": ("Tatarstan", ["Republic of Tatarstan"]),
    "TY": ("Tuva", ["Tyva", "Republic of Tuva", "Tyva Republic"]),
    "UD": ("Udmurtia", ["Udmurt Republic", "Udmurtiya"]),
    "CHU": ("Chukotka Autonomous Okrug", ["Chukotka"]),
    "KHM": ("Khanty-Mansi Autonomous Okrug", ["Khanty-Mansiysk Autonomous Okrug", "Yugra"]),
    "NEN": ("Nenets Autonomous Okrug", []),
    "YAN": ("Yamalo-Nenets Autonomous Okrug", ["Yamal-Nenets Autonomous Okrug"]),
    "YEV": ("Jewish Autonomous Oblast", []),
}
RU_KINDS = {"Administrative region": "oblast", "Administrative territory": "krai",
            "Republic": "republic", "Autonomous district": "okrug",
            "Autonomous region": "autonomous oblast"}


def subdivision_rows(cities: dict[str, Row]) -> list[Row]:
    import pycountry

    uk_t = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["uk"])
    ru_t = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    rows = []
    for sub in sorted(pycountry.subdivisions.get(country_code="UA"), key=lambda s: s.code):
        if sub.code == "UA-43":
            rows.append(Row("iso:UA-43", "Autonomous Republic of Crimea", uk_t.gettext(sub.name),
                            ru_t.gettext(sub.name), "UA", "republic", 0, [sub.name]))
            continue
        if sub.code not in UA_OBLASTS:
            continue  # Kyiv and Sevastopol are cities already
        stem, _uk_city, ru_city = UA_OBLASTS[sub.code]
        ru_name = UA_RU_OBLAST_FIX.get(sub.code, ru_t.gettext(sub.name))
        row = Row(f"iso:{sub.code}", f"{stem} Oblast", uk_t.gettext(sub.name), ru_name, "UA",
                  "oblast", 0, [sub.name, f"{stem} region", f"{stem} Province"])
        stems = {clean_latin(s) for s in ru_spellings(ru_city)}
        stems.add(clean_latin(ru_spellings(ru_name)[0]))
        for ru_stem in sorted(stems):
            if fold_latin(ru_stem) != fold_latin(stem) and " " not in ru_stem:
                row.russian += [f"{ru_stem} Oblast", f"{ru_stem} region"]
            elif " " in ru_stem and fold_latin(ru_stem) != fold_latin(sub.name):
                row.russian.append(ru_stem)
        rows.append(row)
    for sub in sorted(pycountry.subdivisions.get(country_code="RU"), key=lambda s: s.code):
        kind = RU_KINDS.get(sub.type)
        if kind is None or sub.code in RU_CURATED:
            continue
        core = clean_latin(sub.name.split(",")[0] if kind == "republic" else sub.name)
        ru = next(iter(cyrillic_candidates(core, "ru", limit=1)), None)
        if ru is None or fold_latin(core) not in {fold_latin(s) for s in ru_spellings(ru)}:
            log.info("no Russian name for %s %s", sub.code, sub.name)
            ru = None
        en, aliases = _ru_english(sub.code.split("-")[1], core)
        rows.append(Row(f"iso:{sub.code}", en, None, ru, "RU", kind, 0, aliases))
    return rows


def _ru_english(code: str, iso: str) -> tuple[str, list[str]]:
    """English name and aliases of a Russian federal subject: Kostroma Oblast, with Kostroma
    region, Kostroma Province and the ISO form Kostromskaya oblast as aliases."""
    if code in RU_OBLASTS:
        stem = RU_OBLASTS[code]
        en, aliases = f"{stem} Oblast", [f"{stem} region", f"{stem} Province"]
    elif code in RU_KRAIS:
        stem = RU_KRAIS[code]
        en, aliases = f"{stem} Krai", [f"{stem} Territory", f"{stem} region"]
    else:
        en, aliases = RU_OTHERS[code]
        aliases = list(aliases)
    iso_forms = [iso, iso[:1].upper() + iso[1:].replace(" oblast", " Oblast").replace(
        " kray", " Krai")]
    return en, [a for a in dict.fromkeys(aliases + iso_forms) if fold_latin(a) != fold_latin(en)]
