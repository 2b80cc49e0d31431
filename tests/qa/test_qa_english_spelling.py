"""Spelling of the English source: typos marked with a fix, names and acronyms never, real news
almost never, and a setting turns it off."""

from __future__ import annotations

import json
import re

import pytest
from qa_corpus import triples

from app.cli import main
from app.core.resources import sample_article
from app.core.settings import Settings
from app.qa.runner import check_source
from app.qa.spelling import Speller
from app.qa.unit import CheckContext


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller().load()


def flagged(text: str, speller: Speller, **extras) -> list[tuple[str, str | None]]:
    context = CheckContext(speller=speller, extras={"spelling_suggestions": True, **extras})
    found = [f for f in check_source(text, context) if f.kind == "spelling"]
    for f in found:
        assert f.lang == "en" and text[f.start:f.end] == f.text and f.severity == "warning"
    return [(f.text, f.suggestion) for f in found]


def test_typos_are_marked_with_the_fix(speller):
    # Frequent web misspellings are in wordfreq's list too; codespell's list takes them out.
    text = ("The goverment recieved teh report on Monday and said the shelling "
            "contiued untill dawn; the council recognised and analysed it.")
    assert flagged(text, speller) == [("goverment", "government"), ("recieved", "received"),
                                      ("teh", "the"), ("contiued", "continued"),
                                      ("untill", "until")]


def test_names_acronyms_addresses_and_hashtags_are_not_words_to_check(speller):
    text = ("Zelensky told NATO's envoy in Kyiv and Kharkiv, via @ZelenskyyUa and "
            "kyivindependent.com (#StandWithUkraine), that Ukrenergo's well-known "
            "COVID-19 rules don't apply to e-mail or iPhone users.")
    assert flagged(text, speller) == []


def test_the_setting_turns_it_off(speller):
    english_off = Speller(english=False).load()
    assert flagged("The goverment recieved it.", english_off) == []
    assert flagged("The goverment recieved it.", speller)


def test_real_news_is_almost_never_marked(speller):
    article = sample_article().read_text(encoding="utf-8")
    assert flagged(article, speller) == []
    words = 0
    marked = []
    for english, _, _ in triples()[1000:1600]:  # WMT22 news about Ukraine and Russia
        words += len([w for w in re.findall(r"[a-z]+", english)])
        marked += flagged(english, speller)
    assert words > 8000
    assert len(marked) / words < 0.004, marked  # measured: 0.31% here (real typos included)


def test_the_qa_command_reports_english_typos_unless_switched_off(project_factory_en, capsys):
    path = project_factory_en
    assert main(["qa", "--project", str(path), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["lang"], f["text"], f["suggestion"]) for f in found
            if f["kind"] == "spelling"] == [("en", "goverment", "government")]
    Settings().set("qa_english_spelling", False)
    assert main(["qa", "--project", str(path), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in found if f["kind"] == "spelling"]


@pytest.fixture
def project_factory_en(tmp_path):
    from app.core.model import SegmentDraft
    from app.storage.database import create_project
    from app.storage.project_repo import ProjectRepository

    path = tmp_path / "typo.rdproj"
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("news.txt", [SegmentDraft("The goverment in Kyiv met on Monday.",
                                                    0, 0)])
        sid = repo.segments()[0].id
        repo.set_machine_translations("ru", [(sid, "Правительство в Киеве собралось в "
                                                   "понедельник.", [], None)],
                                      engine="test", model="test")
    return path
