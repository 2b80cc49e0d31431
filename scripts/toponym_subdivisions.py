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
        if kind is None:
            continue
        core = sub.name.split(",")[0] if kind == "republic" else sub.name
        en = clean_latin(core)
        ru = next(iter(cyrillic_candidates(en, "ru", limit=1)), None)
        if ru is None or fold_latin(en) not in {fold_latin(s) for s in ru_spellings(ru)}:
            log.info("no Russian name for %s %s", sub.code, sub.name)
            ru = None
        rows.append(Row(f"iso:{sub.code}", en, None, ru, "RU", kind, 0,
                        [clean_latin(sub.name)] if clean_latin(sub.name) != en else []))
    return rows
