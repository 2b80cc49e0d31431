"""Name checks and glossary matching on text with inline tags (from Word, HTML, XLIFF):
the rules read the tag-free text, offsets index the stored coded text."""

from __future__ import annotations

from names_glossary_double import InMemoryGlossary

from app.documents.inline_codes import close_tag, isolated_tag, open_tag
from app.names.checker import check_document, check_segment

O1, C1, O2, C2, I3 = open_tag(1), close_tag(1), open_tag(2), close_tag(2), isolated_tag(3)


def test_a_bold_kiev_is_flagged_on_the_word_with_offsets_into_the_stored_text():
    text = f"Officials in {O1}Kiev{C1} did not comment.{I3}"
    (flag,) = check_segment(text).en.flags
    assert (flag.kind, flag.text, flag.suggestion) == ("russian_derived_place", "Kiev", "Kyiv")
    assert text[flag.start:flag.end] == "Kiev"
    assert flag.start == text.index("Kiev")


def test_a_tag_inside_a_name_does_not_split_it():
    # "<1>Kharkov</1>" and "Khar<2>kov</2>" (a link on half the word) are both the city.
    text = f"Shelling hit {O1}Kharkov{C1} and Zaporo{O2}zhye{C2} overnight."
    flags = check_segment(text).en.flags
    assert [text[f.start:f.end].replace(O2, "").replace(C2, "") for f in flags] == [
        "Kharkov", "Zaporozhye"]
    assert [f.suggestion for f in flags] == ["Kharkiv", "Zaporizhzhia"]


def test_translation_columns_are_checked_without_their_tags():
    uk = f"Чиновники в {O1}Києві{C1} не коментували, {O2}Харків{C2} теж."
    result = check_segment(f"Officials in {O1}Kyiv{C1} and Kharkiv did not comment.", uk=uk)
    assert result.uk.flags == []
    for mention in result.uk.mentions:
        assert uk[mention.start:mention.end] == mention.text
    assert {m.text for m in result.uk.mentions} >= {"Києві", "Харків"}


def test_glossary_terms_match_through_tags_in_both_languages():
    glossary = InMemoryGlossary([("en", "Lugansk", "forbidden", "Luhansk"),
                                 ("uk", "Кієв", "forbidden", "Київ")])
    en = f"From {O1}Lugansk{C1} to Kyiv."
    uk = f"З Луганська до {O1}Кієв{C1}."
    (result,) = check_document([(en, None, uk)], glossary)
    (en_flag,) = [f for f in result.en.flags if f.kind.startswith("glossary")]
    assert (en_flag.kind, en[en_flag.start:en_flag.end]) == ("glossary_forbidden", "Lugansk")
    (uk_flag,) = [f for f in result.uk.flags if f.kind.startswith("glossary")]
    assert uk[uk_flag.start:uk_flag.end] == "Кієв" and uk_flag.suggestion == "Київ"


def test_untagged_text_checks_exactly_as_before():
    text = "Officials in Kiev did not comment."
    (flag,) = check_segment(text).en.flags
    assert (flag.start, flag.end) == (13, 17)
