"""A CMS round trip through the command line: ``reviewdesk import`` an XLIFF, PO or subtitle
file, see its existing targets with their states, decide, ``reviewdesk export``, and find the
reviewed text in the same file structure."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import srt
from lxml import etree
from xliff_schemas import assert_valid

from app.cli import main
from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository

DATA = Path(__file__).parent / "data"


def cells(project: Path, lang: str = "ru") -> dict[str, tuple[str, str | None]]:
    """English source -> (status, text) of each segment's cell."""
    with open_project(project) as pdb:
        return {row.segment.source: (row.cells[lang].status.value, row.cells[lang].text)
                for row in ProjectRepository(pdb).rows()}


def decide(project: Path, source: str, status: Status, text: str | None = None,
           lang: str = "ru") -> None:
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        row = next(r for r in repo.rows() if r.segment.source == source)
        repo.decide(row.segment.id, lang, status, text, "editor")


def test_cms_xliff_round_trip(tmp_path, capsys):
    # The TYPO3 news labels as a CMS sends them back for review: most targets final, one
    # waiting for review, two not translated yet.
    data = (DATA / "xliff" / "typo3-news-ru.locallang.xlf").read_bytes()
    data = data.replace(b'<target state="final">\xd0\x9d\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xb4'
                        b'</target></trans-unit>\n      <trans-unit id="related-news"',
                        b'<target state="needs-review-translation">\xd0\x9d\xd0\xb0\xd0\xb7'
                        b'\xd0\xb0\xd0\xb4</target></trans-unit>\n      <trans-unit '
                        b'id="related-news"')
    data = data.replace('\n\t\t\t<target state="final">Метки</target>'.encode(), b"")
    data = data.replace('\n\t\t\t<target state="final">Текст</target>'.encode(), b"")
    source = tmp_path / "ru.locallang.xlf"
    source.write_bytes(data)
    project = tmp_path / "news.rdproj"
    assert main(["import", str(source), "--project", str(project)]) == 0
    assert "Added 43 segments" in capsys.readouterr().out
    seen = cells(project)
    assert seen["Back"] == ("translated", "Назад")  # needs-review: a draft to review
    assert seen["Start search"] == ("approved", "Начать поиск")  # final
    assert seen["Tags"] == ("new", None) and seen["Text"] == ("new", None)
    decide(project, "Back", Status.APPROVED)
    decide(project, "Tags", Status.EDITED, "Теги")
    decide(project, "Categories", Status.REJECTED)
    out = tmp_path / "export.ru.xlf"
    assert main(["export", "--project", str(project), "--lang", "ru", "-o", str(out)]) == 0
    root = etree.fromstring(out.read_bytes())
    units = {u.get("id"): u for u in root.iter("trans-unit")}
    assert [c.tag for c in units["tags"]] == ["source", "target"]  # created after the source
    assert (units["tags"].findtext("target"), units["tags"].find("target").get("state")) == (
        "Теги", "translated")
    back = units["back-link"].find("target")
    assert (back.text, back.get("state")) == ("Назад", "final")
    assert units["search-subject"].find("target") is None  # nothing to write: no English
    rejected = units["categories"].find("target")
    assert (rejected.text, rejected.get("state")) == ("Категории", "needs-translation")
    assert units["search-text"].findtext("target").startswith("Найдено %1$s")  # tags restored
    assert root.find("file").get("target-language") == "ru"


def test_xliff_source_file_round_trip_is_schema_valid(tmp_path):
    source = tmp_path / "messages.xlf"
    shutil.copy(DATA / "xliff" / "okapi-Manual-12-AltTrans.xlf", source)
    source.write_bytes(source.read_bytes().replace(b' target-language="fr"', b""))
    project = tmp_path / "p.rdproj"
    assert main(["import", str(source), "--project", str(project)]) == 0
    decide(project, "Text number 1", Status.APPROVED, "Текст номер 1", lang="uk")
    out = tmp_path / "messages.uk.xlf"
    assert main(["export", "-p", str(project), "-l", "uk", "-o", str(out)]) == 0
    assert_valid(out.read_bytes(), "xliff-core-1.2-strict")
    root = etree.fromstring(out.read_bytes())
    ns = "{urn:oasis:names:tc:xliff:document:1.2}"
    unit = next(u for u in root.iter(f"{ns}trans-unit") if u.get("id") == "1")
    assert unit.findtext(f"{ns}target") == "Текст номер 1"
    assert root.find(f"{ns}file").get("target-language") == "uk"


def test_po_round_trip(tmp_path):
    source = tmp_path / "hello.pot"
    shutil.copy(DATA / "po" / "weblate-hello.pot", source)
    project = tmp_path / "hello.rdproj"
    assert main(["import", str(source), "--project", str(project)]) == 0
    decide(project, "Hello, world!", Status.APPROVED, "Привет, мир!")
    banana = "Orangutan has \ue801 banana."  # the %d is a tag
    decide(project, banana, Status.APPROVED, "У орангутана \ue801 банан.")
    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        row = next(r for r in repo.rows() if r.segment.source.startswith("Thank you"))
        repo.set_machine_translations("ru", [(row.segment.id, "Спасибо, что пользуетесь.",
                                              [], None)], engine="test", model="test")
    out = tmp_path / "ru.po"
    assert main(["export", "-p", str(project), "-l", "ru", "-o", str(out)]) == 0
    po = polib.pofile(out.read_text(encoding="utf-8"))
    assert po.metadata["Language"] == "ru"
    hello = po.find("Hello, world!\n")
    assert (hello.msgstr, "fuzzy" in hello.flags) == ("Привет, мир!\n", False)
    thanks = po.find("Thank you for using Weblate.")
    assert (thanks.msgstr, "fuzzy" in thanks.flags) == ("Спасибо, что пользуетесь.", True)
    assert po.find("Try Weblate at <https://demo.weblate.org/>!\n").msgstr == ""  # untranslated
    plural = po.find("Orangutan has %d banana.\n")
    assert plural.msgstr_plural[0] == "У орангутана %d банан.\n"
    assert plural.msgstr_plural[1] == "" and "fuzzy" in plural.flags  # two forms still to do


def test_subtitles_round_trip_keeps_every_timing(tmp_path):
    source = tmp_path / "talk.srt"
    shutil.copy(DATA / "subtitles" / "pysrt-bom-utf-8.srt", source)
    project = tmp_path / "talk.rdproj"
    assert main(["import", str(source), "--project", str(project)]) == 0
    first = next(iter(cells(project)))
    decide(project, first, Status.APPROVED, "Пару месяцев назад я оказался\nв комментариях YouTube")
    out = tmp_path / "talk.ru.srt"
    assert main(["export", "-p", str(project), "-l", "ru", "-o", str(out)]) == 0
    before = list(srt.parse(source.read_text(encoding="utf-8-sig")))
    after = list(srt.parse(out.read_text(encoding="utf-8-sig")))
    assert [(s.index, s.start, s.end) for s in after] == [(s.index, s.start, s.end)
                                                           for s in before]
    assert after[0].content == "Пару месяцев назад я оказался\nв комментариях YouTube"
    assert [s.content for s in after[1:]] == [s.content for s in before[1:]]


def test_bad_exchange_files_are_refused_and_nothing_is_written(tmp_path, capsys):
    project = tmp_path / "p.rdproj"
    german = tmp_path / "sample1.xlf"
    shutil.copy(DATA / "xliff" / "oasis20-sample1.xlf", german)
    assert main(["import", str(german), "--project", str(project)]) == 2
    err = capsys.readouterr().err
    assert "target language is German (de)" in err and "Traceback" not in err
    broken = tmp_path / "broken.vtt"
    shutil.copy(DATA / "subtitles" / "webvtt-invalid_timeframe.vtt", broken)
    assert main(["import", str(broken), "--project", str(project)]) == 2
    assert "cue 2" in capsys.readouterr().err
    assert not project.exists() or cells(project) == {}
