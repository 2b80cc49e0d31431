"""The HTML QA report: self-contained, grouped by kind, spans highlighted, and rendered by a
real browser (headless Chromium) with one row per finding."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from app.cli import main

INSTALL = "sudo apt-get install chromium (Debian/Ubuntu; .ci/run installs it when run as root)"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium is missing on CI; {INSTALL}")
    pytest.skip(f"Chromium is not installed; {INSTALL}")


def test_html_report_renders_in_chromium_with_one_row_per_finding(project, tmp_path, capsys):
    assert main(["qa", "-p", str(project), "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    page = tmp_path / "report.html"
    assert main(["qa", "-p", str(project), "--format", "html", "-o", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    # Self-contained: no stylesheet, script, image or font from anywhere else.
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!#)""", text)
    assert "<mark>13</mark>" in text  # the changed number is the highlighted span
    assert '<h2 id="numbers">' in text and '<h2 id="consistency">' in text
    browser = chromium()
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--user-data-dir=" + str(tmp_path / "profile"), "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    rendered = re.search(r'<body[^>]*data-rows="(\d+)"', result.stdout)
    assert rendered is not None, "the page's script did not run"
    assert int(rendered.group(1)) == len(findings) > 0
