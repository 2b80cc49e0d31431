"""The ``reviewdesk translit`` command."""

from __future__ import annotations

import subprocess
import sys

from app.cli import main


def test_one_romanization_per_word_per_line_default_kmu(capsys):
    assert main(["translit", "Київ", "Запоріжжя", "Андрій", "--from", "uk"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Kyiv", "Zaporizhzhia", "Andrii"]


def test_russian_default_is_wikipedia_and_schemes_can_be_chosen(capsys):
    assert main(["translit", "Сергей", "Алёша", "--from", "ru"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Sergey", "Alyosha"]
    assert main(["translit", "Сергей", "--from", "ru", "--scheme", "icao"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Sergei"]
    assert main(["translit", "Алёша", "--from", "ru", "--scheme", "bgn"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Alësha"]


def test_scheme_all_prints_a_table_with_every_scheme(capsys):
    assert main(["translit", "Андрій", "Київ", "--from", "uk", "--scheme", "all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["word", "kmu2010", "bgn", "informal"]
    assert lines[1].split() == ["Андрій", "Andrii", "Andriy", "Andrij"]
    assert lines[2].split() == ["Київ", "Kyiv", "Kyyiv", "Kyyiv"]


def test_scheme_of_the_other_language_is_refused_with_a_message(capsys):
    assert main(["translit", "Київ", "--from", "uk", "--scheme", "icao"]) == 2
    err = capsys.readouterr().err
    assert "icao" in err and "kmu2010" in err


def test_runs_as_a_module_from_the_shell():
    out = subprocess.run(
        [sys.executable, "-m", "app", "translit", "ХАРЬКОВ", "Чернобыль", "--from", "ru"],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.splitlines() == ["KHARKOV", "Chernobyl"]
