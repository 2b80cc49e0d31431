"""``reviewdesk qa`` on a real project: the JSON shape, consistency, name flags, ignores."""

from __future__ import annotations

import json

from app.cli import main
from app.qa.project_report import ignore_key
from app.storage.database import open_project
from app.storage.ignored_flags_repo import IgnoredFlagsRepository
from app.storage.project_repo import ProjectRepository


def run_json(capsys, *args: str) -> list[dict]:
    assert main(["qa", *args]) == 0
    return json.loads(capsys.readouterr().out)["findings"]


def test_json_has_exactly_the_documented_shape_with_offsets_into_the_cell(project, capsys,
                                                                       news_sources):
    findings = run_json(capsys, "--project", str(project), "--format", "json")
    keys = {"segment", "lang", "kind", "severity", "start", "end", "text", "suggestion",
            "reason"}
    assert findings and all(set(f) == keys for f in findings)
    texts = {(1, "en"): news_sources[0], (4, "en"): news_sources[3]}
    with open_project(project) as pdb:
        for row in ProjectRepository(pdb).rows():
            for lang, cell in row.cells.items():
                texts[(row.segment.index + 1, lang)] = cell.text or ""
    for f in findings:
        assert texts[(f["segment"], f["lang"])][f["start"]:f["end"]] == f["text"]
        assert f["severity"] in ("error", "warning", "info") and f["reason"]
    summary = {(f["segment"], f["lang"], f["kind"], f["text"]) for f in findings}
    assert (1, "ru", "numbers", "13") in summary  # 12 -> 13
    assert (1, "uk", "spaces", "  ") in summary
    assert (1, "en", "russian_derived_place", "Kiev") in summary  # a name flag
    assert (4, "en", "entities", "https://kyivindependent.com") in summary
    consistency = [f for f in findings if f["kind"] == "consistency"]
    assert [(f["segment"], f["suggestion"]) for f in consistency] == [
        (3, "Переговоры возобновятся на следующей неделе в Женеве.")]


def test_an_ignored_finding_leaves_the_report(project, capsys):
    findings = run_json(capsys, "-p", str(project), "--no-names")
    assert not any(f["kind"] == "russian_derived_place" for f in findings)
    from app.qa.runner import check_rows

    with open_project(project) as pdb:
        rows = ProjectRepository(pdb).rows()
        found = check_rows(rows)
        sid = rows[0].segment.id
        spaces = next(f for f in found[(sid, "uk")] if f.kind == "spaces")
        IgnoredFlagsRepository(pdb).ignore(ignore_key(sid, spaces), who="Olga")
        assert ProjectRepository(pdb).events()[-1].action == "qa.ignore"
    after = run_json(capsys, "-p", str(project), "--no-names")
    assert len(after) == len(findings) - 1
    assert not any(f["kind"] == "spaces" for f in after)


def test_csv_and_output_file(project, tmp_path, capsys):
    out = tmp_path / "report.csv"
    assert main(["qa", "-p", str(project), "--format", "csv", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "segment,lang,kind,severity,start,end,text,suggestion,reason"
    assert any(",numbers,error," in line for line in lines)


def test_a_missing_project_is_exit_2_with_a_message(tmp_path, capsys):
    assert main(["qa", "-p", str(tmp_path / "none.rdproj")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "none.rdproj").exists()
