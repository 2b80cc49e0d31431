"""Sentence ends, brackets, Russian/Ukrainian quotation marks, spaces, repeated words."""

from __future__ import annotations

from app.qa.runner import check_unit


def reasons(source: str, target: str, lang: str):
    return [(f.reason, f.text, f.suggestion) for f in check_unit(source, target, lang)]


def test_guillemets_with_inner_low_quotes_are_right():
    source = 'He said: "They called it "peace" again."'
    assert reasons(source, "Он сказал: «Они снова назвали это „миром“».", "ru") == []
    assert reasons(source, "Він сказав: «Вони знову назвали це „миром“».", "uk") == []


def test_a_quote_inside_a_quote_in_either_style_is_fine():
    source = 'He said: "They called it "peace"."'
    assert reasons(source, "Он сказал: «Они назвали это «миром»».", "ru") == []
    assert reasons(source, "Він сказав: «Вони назвали це \"миром\"».", "uk") == []


def test_english_quotes_are_a_style_warning_with_guillemets():
    assert reasons('He said: "We will win."', 'Він сказав: "Ми переможемо."', "uk") == [
        ("quote_style", '"Ми переможемо."', "«Ми переможемо.»")]
    assert reasons("He said: “We will win.”", "Он сказал: “Мы победим.”", "ru") == [
        ("quote_style", "“Мы победим.”", "«Мы победим.»")]


def test_unpaired_quotes_and_brackets_are_errors():
    assert reasons('The "Azov" unit.', "Подразделение «Азов.", "ru") == [
        ("quote_unpaired", "«", None)]
    assert reasons("Kyiv (the capital) is calm.", "Київ (столиця є спокійним.", "uk") == [
        ("bracket_unpaired", "(", None)]


def test_end_of_sentence_mark():
    assert reasons("Is it over?", "Это конец.", "ru") == [("end_mark_changed", ".", "?")]
    assert reasons("It is over.", "Це кінець", "uk") == [("end_mark_missing", "", ".")]
    assert reasons("It is over!", "Это конец!", "ru") == []
    assert reasons('He said: "Stop."', "Він сказав: «Стоп».", "uk") == []


def test_spaces():
    assert reasons("Kyiv is calm.", "Київ  спокійний.", "uk") == [("double_space", "  ", " ")]
    assert reasons("Kyiv is calm.", " Киев спокоен. ", "ru") == [
        ("leading_space", " ", ""), ("trailing_space", " ", "")]


def test_repeated_word_but_not_a_hyphenated_echo():
    assert reasons("He went to the city.", "Он пошёл в в город.", "ru") == [
        ("repeated_word", " в", "")]
    assert reasons("Yes, yes, they said.", "Так-так, сказали вони.", "uk") == []


def test_repeated_word_in_other_case_or_after_a_no_break_space():
    # Neighbours of one length are compared folded (the quick look before the pattern).
    assert reasons("The army left.", "Армия Армия ушла.", "ru") == [
        ("repeated_word", " Армия", "")]
    assert reasons("The army left.", "Армія\u00a0армія пішла.", "uk") == [
        ("repeated_word", "\u00a0армія", "")]
    assert reasons("The army left.", "Армия армии ушла.", "ru") == []


def test_a_quotation_or_bracket_the_source_leaves_open_may_stay_open():
    # WMT22: a quotation runs over three segments; the source opens it and closes it later.
    assert reasons("24 hours later, they hit us back with the final “No.",
                   "Через 24\u00a0години вони знову сказали нам остаточне «Ні.", "uk") == []
    assert reasons("Not medically necessary.”", "Не является необходимым с медицинской "
                   "точки зрения».", "ru") == []
    assert reasons("straws?).", "трубочки для напоїв?).", "uk") == []
    # ... but a source whose pairs close still wants them closed (WMT22's real "((NESO)").
    assert reasons("North East Students' Organisation (NESO) and others.",
                   "Північно-східна студентська організація ((NESO) та інші.", "uk") == [
        ("bracket_unpaired", "(", None)]


def test_spaces_around_commas_and_full_stops():
    assert reasons("Kyiv, Kharkiv and Odesa.", "Київ , Харків і Одеса .", "uk") == [
        ("space_before_mark", " ", ""), ("space_before_mark", " ", "")]
    assert reasons("Kyiv, Kharkiv and Odesa.", "Киев,Харьков и Одесса.", "ru") == [
        ("space_after_mark_missing", ",", ", ")]
    # Decimal commas, abbreviations and dashes are not clause marks.
    assert reasons("It rose 1.5% in Kyiv - the capital.", "Він зріс на 1,5% у Києві — "
                   "столиці.", "uk") == []


def test_a_sentence_starts_with_a_capital_letter():
    assert reasons("US troops left on Monday.", "американские войска ушли в понедельник.",
                   "ru") == [("initial_lowercase", "а", "А")]
    assert reasons("US troops left on Monday.", "Американські війська пішли в понеділок.",
                   "uk") == []
    # A source going on from another segment, or starting with a brand or a number: nothing.
    assert reasons("and then they left.", "и затем они ушли.", "ru") == []
    assert reasons("iPhone sales rose.", "продажи iPhone выросли.", "ru") == []
    assert reasons("5 people died.", "загинули 5 людей.", "uk") == []
