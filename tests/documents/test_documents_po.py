"""Gettext files written by Weblate (pv), Transifex (Django) and xgettext (Weblate's hello.pot):
one message per block, three Russian/Ukrainian plural forms, placeholders protected, fuzzy from
the decision, and files that msgfmt accepts."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from app.core.model import Status
from app.documents.inline_codes import isolated_tag
from app.documents.model import DocumentFormatError
from app.documents.registry import handler_for
from app.documents.target_states import status_for

DATA = Path(__file__).parent / "data" / "po"
MSGFMT_HINT = "install gettext (msgfmt): apt-get install gettext"


def load(name: str):
    return (DATA / name).read_bytes(), handler_for(name)


@pytest.fixture(scope="session")
def msgfmt() -> str:
    path = shutil.which("msgfmt")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"msgfmt is missing on CI: {MSGFMT_HINT}")
        pytest.skip(MSGFMT_HINT)
    return path


def msgfmt_errors(msgfmt: str, data: bytes, tmp_path: Path) -> set[str]:
    """msgfmt -c's complaints about ``data`` (line numbers and file name left out)."""
    po = tmp_path / "checked.po"
    po.write_bytes(data)
    result = subprocess.run([msgfmt, "-c", "-o", os.devnull, str(po)], capture_output=True,
                            text=True)
    return {line.split(": ", 2)[-1] for line in result.stderr.splitlines()
            if "fatal error" not in line}


def check_with_msgfmt(msgfmt: str, data: bytes, tmp_path: Path, original: bytes = b"") -> None:
    """msgfmt -c finds nothing in ``data`` that it did not already find in the original (the
    Django file has six complaints of its own: a singular without %(count)s)."""
    before = msgfmt_errors(msgfmt, original, tmp_path) if original else set()
    assert msgfmt_errors(msgfmt, data, tmp_path) <= before


def test_weblate_russian_file_reads_and_writes_back_unchanged():
    data, handler = load("pv-ru.po")
    doc = handler.read(data, "ru.po")
    assert doc.target_langs == ("ru",) and len(doc.blocks) == 145
    assert not any(b.split for b in doc.blocks)  # one message, one segment
    first = doc.blocks[0]
    assert (first.text, first.targets[0].text) == ("show progress bar",
                                                   "показать полосу прогресса")
    assert status_for(first.targets[0].state) is Status.EDITED
    assert first.meta["locations"] == ["src/main/help.c:301"]
    assert handler.write(data, "ru.po", {}, "ru") == data


def test_django_plurals_become_three_blocks_with_placeholders_as_tags(msgfmt, tmp_path):
    data, handler = load("django-humanize-uk.po")
    doc = handler.read(data, "uk.po")
    million = [b for b in doc.blocks if b.meta.get("plural_form") is not None
               and b.text.endswith("million")]
    assert [b.meta["plural_form"] for b in million[:3]] == [0, 1, 2]
    first = million[0]
    assert first.text == f"{isolated_tag(1)} million"
    assert first.codes[1].data["text"] == "%(value).1f"
    assert [b.targets[0].text for b in million[:3]] == [
        f"{isolated_tag(1)} мільйон", f"{isolated_tag(1)} мільйони", f"{isolated_tag(1)} мільйонів"]
    assert "2-4" in million[1].meta["plural_note"][0]
    assert any(b.meta.get("context") for b in doc.blocks)  # msgctxt kept as meta
    # A reviewer edits form 3 (5 мільйонів -> approved) and form 2 stays a machine draft.
    out = handler.write(data, "uk.po", {
        million[0].key: f"{isolated_tag(1)} мільйон",
        million[1].key: f"{isolated_tag(1)} мільйони",
        million[2].key: f"{isolated_tag(1)} млн",
    }, "uk", statuses={million[0].key: Status.APPROVED, million[1].key: Status.TRANSLATED,
                       million[2].key: Status.APPROVED})
    check_with_msgfmt(msgfmt, out, tmp_path, data)
    entry = next(e for e in polib.pofile(out.decode()) if e.msgid == "%(value).1f million")
    assert entry.msgstr_plural == {0: "%(value).1f мільйон", 1: "%(value).1f мільйони",
                                   2: "%(value).1f млн"}
    assert "fuzzy" in entry.flags  # one form is machine output: the message is fuzzy
    other = next(e for e in polib.pofile(out.decode()) if e.msgid == "today")
    assert other.msgstr == "сьогодні" and "fuzzy" not in other.flags  # untouched


def test_approved_translation_clears_fuzzy(msgfmt, tmp_path):
    data, handler = load("django-humanize-uk.po")
    fuzzy = data.replace(b'#: tests.py:125 templatetags/humanize.py:167\r\nmsgid "today"',
                         b'#: tests.py:125 templatetags/humanize.py:167\r\n#, fuzzy\r\n'
                         b'msgid "today"')
    assert fuzzy != data
    doc = handler.read(fuzzy, "uk.po")
    today = next(b for b in doc.blocks if b.text == "today")
    assert today.targets[0].state == "fuzzy"
    assert status_for(today.targets[0].state) is Status.TRANSLATED
    out = handler.write(fuzzy, "uk.po", {today.key: "сьогодні"}, "uk",
                        statuses={today.key: Status.APPROVED})
    entry = next(e for e in polib.pofile(out.decode()) if e.msgid == "today")
    assert "fuzzy" not in entry.flags
    check_with_msgfmt(msgfmt, out, tmp_path, data)


def test_template_becomes_a_russian_po_that_msgfmt_accepts(msgfmt, tmp_path):
    data, handler = load("weblate-hello.pot")
    doc = handler.read(data, "hello.pot")
    assert [b.text for b in doc.blocks][:1] == ["Hello, world!"]  # the \n stays outside
    assert len(doc.blocks) == 6 and doc.target_langs == ()
    bananas = [b for b in doc.blocks if "banana" in b.text]
    assert [b.text for b in bananas] == [
        f"Orangutan has {isolated_tag(1)} banana.", f"Orangutan has {isolated_tag(1)} bananas.",
        f"Orangutan has {isolated_tag(1)} bananas."]
    forms = ["банан", "банана", "бананов"]
    translations = {b.key: f"У орангутана {isolated_tag(1)} {w}." for b, w in zip(
        bananas, forms, strict=True)}
    translations[doc.blocks[0].key] = "Привет, мир!"
    out = handler.write(data, "hello.pot", translations, "ru")
    check_with_msgfmt(msgfmt, out, tmp_path)
    po = polib.pofile(out.decode())
    assert po.metadata["Language"] == "ru"
    assert po.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    hello = po.find("Hello, world!\n")
    assert hello.msgstr == "Привет, мир!\n"  # the source's trailing newline kept
    banana = po.find("Orangutan has %d banana.\n")
    assert banana.msgstr_plural[2] == "У орангутана %d бананов.\n"


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b'msgid ""\nmsgstr ""\n"Language: cs\\n"\n\nmsgid "Hello"\nmsgstr "Ahoj"\n',
     r"target language is 'cs'"),
    (b'msgid ""\nmsgstr ""\n"Language: de_DE\\n"\n\nmsgid "Hi"\nmsgstr "Hallo"\n',
     r"German \(de_DE\)"),
    (b'msgid ""\nmsgstr ""\n"Language: ru\\n"\n', "no messages"),
])
def test_bad_po_files_are_refused(data, message):
    with pytest.raises(DocumentFormatError, match=message):
        handler_for("x.po").read(data, "x.po")
