"""Tags put back into machine output: edges kept, pairs on their words, the rest at the end."""

from __future__ import annotations

from app.documents.inline_codes import close_tag, display, isolated_tag, open_tag, strip_tags
from app.documents.tag_check import check_tags
from app.documents.tag_transfer import inner_pairs_html, pair_spans_from_html, transfer_tags

O1, C1, O2, C2, I3 = open_tag(1), close_tag(1), open_tag(2), close_tag(2), isolated_tag(3)
SOURCE = f"The {O1}mayor{C1} of Kyiv spoke on {O2}Monday{C2}.{I3}"
RUSSIAN = "Мэр Киева выступил в понедельник."
# The, mayor, of, Kyiv, spoke, on, Monday -> Мэр, Киева, выступил, в, понедельник
ALIGNMENT = [(0, 0), (1, 0), (2, 1), (3, 1), (4, 2), (5, 3), (6, 4)]


def test_without_hints_inner_tags_go_before_the_final_punctuation_and_edges_stay():
    placed = transfer_tags(SOURCE, RUSSIAN)
    assert display(placed) == "Мэр Киева выступил в понедельник<1></1><2></2>.<3/>"
    assert strip_tags(placed) == RUSSIAN
    # Every tag arrives once and in a valid order: only notes about the order, no errors.
    assert all(f.severity == "info" for f in check_tags(SOURCE, placed))


def test_an_alignment_puts_each_pair_around_its_translated_words():
    placed = transfer_tags(SOURCE, RUSSIAN, alignment=ALIGNMENT)
    assert display(placed) == "<1>Мэр</1> Киева выступил в <2>понедельник</2>.<3/>"
    assert check_tags(SOURCE, placed) == []


def test_a_pair_around_the_whole_sentence_or_its_start_stays_at_the_edges():
    assert display(transfer_tags(f"{O1}Breaking news.{C1}", "Срочные новости.")) == (
        "<1>Срочные новости.</1>")
    assert display(transfer_tags(f"{O1}Breaking news{C1}.", "Срочные новости.")) == (
        "<1>Срочные новости</1>.")
    assert display(transfer_tags(f"{I3}Breaking news.", "Срочные новости.")) == (
        "<3/>Срочные новости.")


def test_text_kept_verbatim_by_the_engine_is_wrapped_without_any_hint():
    placed = transfer_tags(f"Prices rose {O1}5%{C1} in {O2}NATO{C2} states.",
                           "Цены выросли на 5% в государствах NATO.")
    assert display(placed) == "Цены выросли на <1>5%</1> в государствах <2>NATO</2>."


def test_an_isolated_tag_follows_the_word_it_followed_in_the_source():
    placed = transfer_tags(f"He said{I3} that prices rose.", "Он сказал, что цены выросли.",
                           alignment=[(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)])
    assert display(placed) == "Он сказал<3/>, что цены выросли."


def test_html_mode_spans_from_libretranslate_place_the_pairs():
    html, numbers = inner_pairs_html(SOURCE)
    assert html == 'The <span id="t1">mayor</span> of Kyiv spoke on <span id="t2">Monday</span>.'
    assert numbers == [1, 2]
    answer = '<span id="t1">Мэр</span> Киева выступил в <span id="t2">понедельник</span>.'
    placed = transfer_tags(SOURCE, RUSSIAN, pair_spans=pair_spans_from_html(answer, RUSSIAN))
    assert display(placed) == "<1>Мэр</1> Киева выступил в <2>понедельник</2>.<3/>"


def test_html_with_another_wording_is_matched_by_the_pair_text():
    answer = 'Мэр Киева говорил в <span id="t2">понедельник</span>.'
    spans = pair_spans_from_html(answer, RUSSIAN)
    assert spans == {2: (RUSSIAN.index("понедельник"), RUSSIAN.index("понедельник") + 11)}


def test_html_escapes_text_and_leaves_edge_tags_out():
    assert inner_pairs_html(f"{O1}A & B <c>{C1}") is None  # nothing inside to place
    html, _ = inner_pairs_html(f"Tom & {O1}Jerry{C1} <3.")
    assert html == 'Tom &amp; <span id="t1">Jerry</span> &lt;3.'


def test_text_without_tags_is_unchanged():
    assert transfer_tags("Plain.", "Просто.") == "Просто."


def test_hints_that_would_reorder_the_tags_are_not_followed():
    # "<1>red</1> <2>car</2>" -> "<2>машина</2> <1>красная</1>" would swap the elements of the
    # exported file: the tags keep their source order and go by the text instead.
    source = f"A {O1}red{C1} {O2}car{C2} stopped."
    translation = "Машина красная остановилась."
    swapped = [(0, 0), (1, 1), (2, 0), (3, 2)]  # red -> красная (1), car -> Машина (0)
    placed = transfer_tags(source, translation, alignment=swapped)
    assert display(placed) == "Машина красная остановилась<1></1><2></2>."
    in_order = [(0, 0), (1, 0), (2, 1), (3, 2)]
    assert display(transfer_tags(source, translation, alignment=in_order)) == (
        "<1>Машина</1> <2>красная</2> остановилась.")
