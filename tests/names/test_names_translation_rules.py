"""Cross-language flags: what the Russian and Ukrainian columns do with the English names."""

from __future__ import annotations

from app.names.checker import SegmentText, check_document, check_segment

EN = "Lyudmila Khokhlova of Kostroma appealed to Vladimir Putin, officials in Kyiv said."


def _kinds(flags):
    return [(f.lang, f.kind, f.text, f.suggestion) for f in flags]


def test_faithful_translations_raise_nothing():
    result = check_segment(
        EN,
        ru="Людмила Хохлова из Костромы обратилась к Владимиру Путину, сообщили в Киеве.",
        uk="Людмила Хохлова з Костроми звернулася до Володимира Путіна, повідомили в Києві.",
    )
    assert result.flags == []


def test_inflected_forms_resolve_to_the_english_concepts():
    result = check_segment(EN, ru="Хохловой из Костромы ответили в Киеве.")
    concepts = {m.text: m.concept for m in result.ru.mentions}
    english = {m.text: m.concept for m in result.en.mentions}
    assert concepts["Хохловой"] == english["Lyudmila Khokhlova"]
    assert concepts["Костромы"] == english["Kostroma"]
    assert concepts["Киеве"] == english["Kyiv"] == "place:UA:Kyiv"


def test_russian_form_in_the_ukrainian_column_is_wrong_language():
    result = check_segment("Officials in Kyiv said.", uk="Про це повідомили в Киеве.")
    (flag,) = result.uk.flags
    assert (flag.kind, flag.severity, flag.text) == ("wrong_language_form", "error", "Киеве")
    assert flag.suggestion == "Києві"  # same case as the wrong form
    assert result.en.flags == []  # the name is there, just in the wrong language


def test_ukrainian_form_in_the_russian_column_is_wrong_language():
    result = check_segment("Shelling hit Kharkiv.", ru="Обстрел Харкова продолжался.")
    (flag,) = result.ru.flags
    assert flag.kind == "wrong_language_form" and flag.text == "Харкова"


def test_dropped_name_is_flagged_on_the_english_span():
    result = check_segment(EN, ru="Людмила Хохлова обратилась к Владимиру Путину в Киеве.")
    dropped = [f for f in result.en.flags if f.kind == "translation_dropped_name"]
    assert [(f.text, f.other_lang, f.suggestion) for f in dropped] == [
        ("Kostroma", "ru", "Кострома")
    ]
    assert "Russian translation" in dropped[0].reason


def test_adjective_counts_as_mentioning_the_place():
    result = check_segment("Kyiv authorities denied it.", ru="Киевские власти это отрицают.")
    assert result.flags == []


def test_mangled_name_is_flagged_in_the_translation():
    result = check_segment(EN, ru="Людмила Хохлава из Костромы обратилась к Путину в Киеве.")
    (flag,) = [f for f in result.flags if f.kind == "translation_mangled_name"]
    assert (flag.lang, flag.text) == ("ru", "Хохлава")
    assert flag.suggestion == "Хохлова"


def test_document_inconsistency_spans_segments():
    results = check_document(
        [
            SegmentText("Shelling hit Kharkiv overnight."),
            ("Crews in Kharkov searched the rubble.", None, None),
            {"en": "Zelenskyy spoke.", "ru": None},
            "Zelenskyy and Zelensky",
        ]
    )
    assert [f.text for f in results[1].en.flags] == ["Kharkov"]
    assert [(f.text, f.suggestion) for f in results[3].en.flags] == [("Zelensky", "Zelenskyy")]
    assert results[0].en.flags == [] and results[2].en.flags == []


def test_russian_letters_in_a_ukrainian_name_without_a_place():
    result = check_segment("Lyosha came home.", uk="Лёша повернувся додому.")
    (flag,) = result.uk.flags
    assert (flag.kind, flag.severity, flag.text) == ("wrong_language_form", "warning", "Лёша")
    assert result.en.flags == []


def test_glossary_rules_apply_to_translation_columns():
    from names_glossary_double import InMemoryGlossary

    glossary = InMemoryGlossary([("uk", "Кієв", "forbidden", "Київ")])
    result = check_segment("Officials in Kyiv said.", uk="Заявили в Кієв.", glossary=glossary)
    (flag,) = [f for f in result.uk.flags if f.kind.startswith("glossary")]
    assert (flag.kind, flag.severity, flag.suggestion) == ("glossary_forbidden", "error", "Київ")

