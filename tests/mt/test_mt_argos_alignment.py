"""Tags placed by an Argos model's attention (a forced pass over the finished translation)."""

from __future__ import annotations

from app.core.model import SegmentDraft
from app.documents.inline_codes import close_tag, isolated_tag, open_tag, strip_tags, tags
from app.documents.tag_transfer import word_spans
from app.mt import loaded_models
from app.mt.argos_alignment import align_words, forced_alignments, token_words
from app.mt.argos_engine import ArgosEngine
from app.mt.translation_service import translate_project
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository

O1, C1, O2, C2, I3 = open_tag(1), close_tag(1), open_tag(2), close_tag(2), isolated_tag(3)
TAGGED = f"The {O1}president{C1} met the prime minister in {O2}Kyiv{C2} on Tuesday.{I3}"


def test_tokens_are_found_in_the_text_to_know_their_word():
    text = "The mayor of Kyiv, said he."
    tokens = ["▁The", "▁ma", "y", "or", "▁", "of", "▁K", "y", "iv", ",", "▁said", "▁he", "."]
    assert token_words(tokens, text) == [0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5, 5]
    assert token_words(["▁ﬁ", "ve"], "five") is None  # the tokenizer normalised the text


def test_each_target_word_goes_to_the_source_word_it_attends_to_most():
    source = [0, 1, 1, 2]  # ▁The ▁may or ▁spoke: The, mayor, spoke
    target = [0, 1, 1]  # ▁Мэр ▁выступ ил: Мэр, выступил
    attention = [
        [0.1, 0.5, 0.3, 0.1],  # Мэр -> mayor (0.8 over its two pieces)
        [0.4, 0.1, 0.1, 0.4],  # выступ -> The 0.4, spoke 0.4 ...
        [0.0, 0.0, 0.1, 0.9],  # ... ил tips it to spoke
    ]
    assert align_words(attention, source, target) == [(1, 0), (2, 1)]


def test_a_forced_pass_aligns_every_translated_word(installed_tiny_models):
    engine = ArgosEngine()
    plain = strip_tags(TAGGED)
    translation = engine.translate([plain], "en", "ru")[0].best.text
    model = loaded_models.load(engine.route("en", "ru")[0].path)
    (alignment,) = forced_alignments(model, [(plain, translation)])
    assert alignment is not None
    source_count, target_count = len(word_spans(plain)), len(word_spans(translation))
    assert sorted({t for _, t in alignment}) == list(range(target_count))
    assert all(0 <= s < source_count for s, _ in alignment)


def test_argos_places_every_tag_once_and_keeps_the_translation(installed_tiny_models, tmp_path):
    pdb = open_project(tmp_path / "p.rdproj", create=True)
    repo = ProjectRepository(pdb)
    repo.add_document("a.docx", [SegmentDraft(TAGGED, 0, 0)], who="t")
    engine = ArgosEngine()
    translate_project(repo, engine, ["ru"])
    stored = repo.machine_translation(repo.segments()[0].id, "ru").text
    assert strip_tags(stored) == engine.translate([strip_tags(TAGGED)], "en", "ru")[0].best.text
    assert sorted(t.char for _, t in tags(stored)) == sorted(t.char for _, t in tags(TAGGED))
    assert stored.endswith(I3)  # the trailing footnote reference stays last
    placed = engine.place_tags([(TAGGED, strip_tags(stored))], "en", "ru")
    assert placed[0] is None or strip_tags(placed[0]) == strip_tags(stored)
    pdb.close()
