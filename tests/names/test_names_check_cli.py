"""``reviewdesk check-names FILE [--format json|text]``: the exact command-line contract."""

from __future__ import annotations

import json

from app.cli import main

TEXT = (
    "KIEV, July 1 - Officials in Kiev said Lyudmila Khokhlova met Putin.\r\n"
    "Later Khokhlova and President Vladimir Putin spoke in Minsk. Kyiv's reply came fast.\n"
)


def _run_json(capsys, path):
    status = main(["check-names", str(path), "--format", "json"])
    out = capsys.readouterr().out
    return status, json.loads(out)


def test_json_contract(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    status, data = _run_json(capsys, path)
    assert status == 0
    assert set(data) == {"flags", "mentions"}
    for flag in data["flags"]:
        assert set(flag) == {
            "text", "start", "end", "kind", "severity", "suggestion", "reason", "concept"
        }
        assert TEXT[flag["start"] : flag["end"]] == flag["text"]
        assert flag["severity"] in ("error", "warning", "info")
    for mention in data["mentions"]:
        assert set(mention) == {"text", "start", "end", "concept", "canonical"}
        assert TEXT[mention["start"] : mention["end"]] == mention["text"]
    assert [(f["text"], f["suggestion"]) for f in data["flags"]] == [
        ("KIEV", "KYIV"), ("Kiev", "Kyiv")
    ]
    concepts = {}
    for mention in data["mentions"]:
        concepts.setdefault(mention["concept"], set()).add(mention["text"])
    assert {"KIEV", "Kiev", "Kyiv"} in concepts.values()
    assert {"Putin", "Vladimir Putin"} in concepts.values()
    assert {"Lyudmila Khokhlova", "Khokhlova"} in concepts.values()


def test_byte_order_mark_is_accepted_and_not_counted(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b"Talks in Kharkov.")
    status, data = _run_json(capsys, path)
    assert status == 0
    (flag,) = data["flags"]
    assert (flag["start"], flag["end"], flag["suggestion"]) == (9, 16, "Kharkiv")


def test_nothing_flagged_still_exits_zero(tmp_path, capsys):
    path = tmp_path / "fine.txt"
    path.write_text("Putin met Lukashenko in Minsk.", encoding="utf-8")
    status, data = _run_json(capsys, path)
    assert status == 0 and data["flags"] == []


def test_text_format_lists_flags_and_names(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text("Talks in Kharkov.\nThen Odessa and Kharkov.", encoding="utf-8")
    assert main(["check-names", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1:10: error [russian_derived_place] Kharkov -> Kharkiv" in out
    assert "2:6: error [russian_derived_place] Odessa -> Odesa" in out
    assert "Kharkiv [place:UA:Kharkiv]: Kharkov (2)" in out


def test_unreadable_files_exit_2_with_a_message(tmp_path, capsys):
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Київ".encode("cp1251"))
    for target in (tmp_path / "missing.txt", tmp_path, bad):
        status = main(["check-names", str(target), "--format", "json"])
        captured = capsys.readouterr()
        assert status == 2
        assert captured.out == ""
        assert "check-names" in captured.err and str(target) in captured.err


def test_a_line_s_findings_move_with_every_field_kept():
    from dataclasses import fields, replace

    from app.names.findings import Flag, Mention, shifted

    flag = Flag("Kiev", 3, 7, "russian_derived_place", "error", "Kyiv", "why", "place:UA:Kyiv",
                lang="ru", other_lang="uk", reason_parts=(("code", ("Kiev",)),))
    mention = Mention("Kiev", 3, 7, "place:UA:Kyiv", "Kyiv", lang="uk")
    for finding in (flag, mention):
        moved = shifted(finding, 100)
        expected = replace(finding, start=103, end=107)
        assert type(moved) is type(finding)
        for field in fields(finding):
            assert getattr(moved, field.name) == getattr(expected, field.name), field.name
        assert (finding.start, finding.end) == (3, 7)  # the line's own finding is unchanged
