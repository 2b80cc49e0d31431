"""The name checker on a sixth blind set (tests/names/blind5/): Donbas war news, 2014-2023.

The 19 texts imitate The Moscow Times, Meduza, Novaya Gazeta Europe and the Kyiv Post: Crimea,
Slavyansk, Ilovaisk, Debaltsevo, MH17 near Grabovo and Snezhnoye, Donetsk airport, separatist
leaders, Ukrainian politicians spelled the Russian way (Arseny Yatsenyuk, Yulia Timoshenko,
Vitaly Klitschko: never errors), soldiers' mothers quoted with vocatives and diminutives,
datelines in capitals. They were written and annotated before the engine was read (judgement
calls at the top of blind5/annotations.tsv). The bar from issue 4: at least 95% of the clear
variants flagged with the right suggestion, at most 5% of the flags on names that are fine. The
small tests below pin the fixes this set led to.
The set-wide thresholds are asserted in test_names_quality.py, with the other sets.
"""

from __future__ import annotations

import pytest

from app.names.checker import check_english


def test_russian_cities_keep_their_names_in_a_text_about_ukraine():
    text = (
        "Shelling hit Donetsk, Horlivka and Avdiivka. Troops massed near Voronezh, and a "
        "plant in Podolsk near Moscow made the shells, officials in Kramatorsk said."
    )
    flagged = _suggestions(text)
    assert not {"Voronezh", "Podolsk"} & set(flagged), flagged


def _suggestions(text: str) -> dict[str, str | None]:
    return {flag.text: flag.suggestion for flag in check_english(text).flags}


@pytest.mark.parametrize(
    ("text", "name", "suggestion"),
    [
        ("The Boeing fell near Grabovo, between Torez and Snezhnoye, east of Donetsk.",
         "Grabovo", "Hrabove"),
        ("Fighting raged at Donetsk airport, in Peski and in Avdeyevka.", "Peski", "Pisky"),
        ("Rebels took Uglegorsk on the road from Gorlovka to Debaltsevo.",
         "Uglegorsk", "Vuhlehirsk"),
        ("Shelling hit Shirokino, east of Mariupol.", "Shirokino", "Shyrokyne"),
        ("Rebels shelled Shchastye, north of Lugansk.", "Shchastye", "Shchastia"),
        ("Paratroopers were captured near Zelenopolye.", "Zelenopolye", "Zelenopillia"),
        ("Rebels attacked Svetlodarsk, north of Gorlovka.", "Svetlodarsk", "Svitlodarsk"),
        ("Refugees reached Belovodsk, north of Lugansk.", "Belovodsk", "Bilovodsk"),
        ("Fighting for Saur-Mogila, a hill near Snizhne, went on.", "Saur-Mogila", "Savur-Mohyla"),
        ("Rebels shelled Mironovsky near Debaltseve.", "Mironovsky", "Myronivskyi"),
        ("Troops left Dvurechnaya, north of Kupiansk and Izium.", "Dvurechnaya", "Dvorichna"),
        ("Fighting near Priyutnoye, Orikhiv and Robotyne went on.", "Priyutnoye", "Pryiutne"),
    ],
)
def test_russian_names_of_donbas_villages_are_flagged(text, name, suggestion):
    assert _suggestions(text).get(name) == suggestion


def test_russian_villages_keep_their_names_in_a_text_about_russia():
    text = (
        "Floods cut off Peski and Grabovo in the Voronezh region on Monday. Rescuers from "
        "Voronezh, Kursk and Lipetsk reached Uglegorsk on Sakhalin later, Interfax said."
    )
    flagged = _suggestions(text)
    assert not {"Peski", "Grabovo", "Uglegorsk"} & set(flagged), flagged


@pytest.mark.parametrize(
    ("vocative", "nominative"),
    [("Zhen", "Zhenya"), ("Seryozh", "Seryozha"), ("Serezh", "Serezha"), ("Nast", "Nastya")],
)
def test_a_vocative_is_linked_to_its_name_in_the_same_scheme(vocative, nominative):
    text = f'One woman said: "{vocative}, we are waiting for you at home." She lives in Kostroma.'
    assert _suggestions(text).get(vocative) == nominative
