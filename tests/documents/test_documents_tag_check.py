"""The tag check and the tag editing helpers (no Qt)."""

from __future__ import annotations

from app.documents.inline_codes import close_tag, display, isolated_tag, open_tag
from app.documents.tag_check import check_tags, missing_tags
from app.documents.tag_edit import apply_insertions, clean_paste, next_tag_insertion

O1, C1, O2, C2, I3 = open_tag(1), close_tag(1), open_tag(2), close_tag(2), isolated_tag(3)
SOURCE = f"The {O1}mayor{C1} of Kyiv spoke on {O2}Monday{C2}.{I3}"


def kinds(source, target):
    return [(f.kind, f.severity, display(target[f.start:f.end]))
            for f in check_tags(source, target)]


def test_a_translation_with_every_tag_in_place_has_no_findings():
    assert check_tags(SOURCE, f"{O1}Мэр{C1} Киева выступил в {O2}понедельник{C2}.{I3}") == []


def test_missing_tags_are_errors_at_the_end_with_the_tag_as_suggestion():
    target = f"{O1}Мэр{C1} Киева выступил в понедельник."
    found = check_tags(SOURCE, target)
    assert [(f.kind, f.severity, f.start, f.end, f.suggestion) for f in found] == [
        ("tag_missing", "error", len(target), len(target), O2),
        ("tag_missing", "error", len(target), len(target), C2),
        ("tag_missing", "error", len(target), len(target), I3),
    ]
    assert "<2>" in found[0].reason
    assert [t.char for t in missing_tags(SOURCE, target)] == [O2, C2, I3]


def test_extra_and_duplicated_tags_are_marked_where_they_stand():
    target = f"{O1}Мэр{C1}{O1} Киева{isolated_tag(9)} выступил в {O2}понедельник{C2}.{I3}"
    found = check_tags(SOURCE, target)
    assert [(f.kind, f.start) for f in found] == [
        ("tag_duplicated", target.index(O1, 1)),
        ("tag_extra", target.index(isolated_tag(9))),
    ]
    assert all(f.severity == "error" and f.end == f.start + 1 for f in found)


def test_closing_before_opening_is_an_error_and_a_moved_pair_is_a_note():
    swapped = f"{C1}Мэр{O1} Киева выступил в {O2}понедельник{C2}.{I3}"
    assert ("tag_close_before_open", "error", "</1>") in kinds(SOURCE, swapped)
    # Word order changes in translation: pair 2 before pair 1 is only a note.
    moved = f"В {O2}понедельник{C2} {O1}мэр{C1} Киева выступил.{I3}"
    assert [k for k in kinds(SOURCE, moved) if k[1] != "info"] == []
    assert any(k[0] == "tag_order" for k in kinds(SOURCE, moved))


def test_crossing_pairs_are_a_warning_unless_the_source_crosses_them_too():
    nested = f"{O1}a {O2}b{C2} c{C1}"
    crossed = f"{O1}а {O2}б{C1} в{C2}"
    assert ("tag_overlap", "warning", "</1>") in kinds(nested, crossed)
    assert [k for k in kinds(crossed, crossed)] == []


def test_an_empty_target_is_not_checked():
    assert check_tags(SOURCE, "") == []


def test_next_tag_goes_to_the_cursor_in_source_order_and_a_pair_wraps_a_selection():
    target = "Мэр Киева выступил в понедельник."
    assert next_tag_insertion(SOURCE, target, 3, 3) == [(3, O1)]
    word = target.index("понедельник")
    first = apply_insertions(target, [(0, O1), (3, C1)])
    assert next_tag_insertion(SOURCE, first, word + 2, word + 2 + 11) == [
        (word + 2, O2), (word + 13, C2)]
    # Without a selection the opening tag alone is inserted; its pair comes next.
    assert next_tag_insertion(SOURCE, first, 5, 5) == [(5, O2)]
    done = f"{O1}Мэр{C1} в {O2}понедельник{C2}.{I3}"
    assert next_tag_insertion(SOURCE, done, 0, 0) == []


def test_clean_paste_keeps_only_source_tags_not_already_in_the_text():
    kept = f"{O1}Мэр{C1} Киева"
    pasted = f"{O1}x{O2}y{C2}{open_tag(8)}\ue000z"
    assert clean_paste(pasted, SOURCE, kept) == f"x{O2}y{C2}z"
    assert clean_paste(f"{I3}{I3}", SOURCE, "") == I3  # never two copies
