"""The probe list of issue 9: each case ends with exit 2 and a message, or succeeds; never a
traceback; the project unchanged where the command failed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile

import pytest
from reliability_helpers import REPO_ROOT, content, make_project

from app.mt.package_validation import PackageRejected, check_free_space, validate_package_file


def news(path, paragraphs: int = 6000):
    text = "\n\n".join(
        f"Officials in Kyiv said on day {n} that the talks would resume. The minister, who "
        f"spoke to reporters, did not give a date. Report number {n} was filed."
        for n in range(paragraphs)
    )
    path.write_text(text, encoding="utf-8")
    return path


def start_import(source, project):
    return subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(source), "--project", str(project)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )


def wait_for_partial(folder, proc, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(".part") for p in folder.iterdir()):
            time.sleep(0.3)  # well inside the writing
            return True
        time.sleep(0.02)
    return False


def test_a_kill_during_an_import_that_creates_a_project_leaves_no_broken_file(tmp_path, cli):
    source = news(tmp_path / "big.txt")
    project = tmp_path / "new.rdproj"
    proc = start_import(source, project)
    assert wait_for_partial(tmp_path, proc), proc.communicate()
    proc.kill()
    proc.wait()
    assert not project.exists()  # never a 0-byte or half-made project under the real name
    code, out, err = cli("import", source, "--project", project)  # the next try just works
    assert code == 0, err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]  # leftover removed


def test_ctrl_c_during_an_import_says_so_and_adds_nothing(tmp_path):
    project = make_project(tmp_path / "p.rdproj")
    before = content(project)
    source = news(tmp_path / "big.txt")
    proc = start_import(source, project)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        # Interrupt once the import has started writing (its bulk write is registered).
        conn = sqlite3.connect(f"{project.as_uri()}?mode=ro", uri=True)
        try:
            started = conn.execute("SELECT COUNT(*) FROM bulk_writes").fetchone()[0]
        finally:
            conn.close()
        if started:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert "cancelled (Ctrl+C); nothing was added to p.rdproj" in err
    assert content(project) == before


def test_a_project_file_nobody_may_read(project, cli):
    before = content(project)
    project.chmod(0)
    try:
        code, out, err = cli("status", "--project", project)
        add = cli("glossary", "add", "--project", project, "--en", "Kyiv")
    finally:
        project.chmod(stat.S_IRUSR | stat.S_IWUSR)
    if os.geteuid() == 0:  # root reads any file; writing a file with no write bit is refused
        assert code == 0, err
        assert add[0] == 2 and "read-only" in add[2]
    else:
        assert code == 2 and "permission" in err
        assert add[0] == 2 and "permission" in add[2]
    assert content(project) == before


def test_a_symlink_loop_is_called_a_loop(tmp_path, cli):
    loop = tmp_path / "loop.rdproj"
    loop.symlink_to(loop)
    code, _, err = cli("status", "--project", loop)
    assert code == 2 and "points to itself" in err
    code, _, err = cli("import", loop, "--project", tmp_path / "p.rdproj")
    assert code == 2 and "points to itself" in err


def test_a_doctype_after_a_long_comment_is_refused_by_the_parser(project, cli, tmp_path):
    tbx = tmp_path / "hostile.tbx"
    tbx.write_text(
        '<?xml version="1.0"?>\n<!--' + "x" * 70_000 + '-->\n'
        '<!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'
        '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">'
        "<text><body><conceptEntry id='c1'><langSec xml:lang='en'><termSec><term>Kyiv</term>"
        "</termSec></langSec></conceptEntry></body></text></tbx>",
        encoding="utf-8",
    )
    before = content(project)
    code, _, err = cli("glossary", "import", tbx, "--project", project)
    assert code == 2 and "DOCTYPE" in err
    assert content(project) == before


def test_a_deeply_nested_json_glossary(project, cli, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    before = content(project)
    code, _, err = cli("glossary", "import", deep, "--project", project)
    assert code == 2 and "too deeply" in err
    assert content(project) == before


def test_russian_utf16_without_a_byte_order_mark_imports(tmp_path, cli):
    source = tmp_path / "ru.txt"
    source.write_bytes("Привет, мир. Киев — столица Украины.\n".encode("utf-16-le"))
    code, out, err = cli("import", source, "--project", tmp_path / "p.rdproj")
    assert code == 0, err
    code, out, _ = cli("status", "--project", tmp_path / "p.rdproj", "--format", "json")
    assert json.loads(out)["segments"] == 2


def test_extra_cells_in_a_glossary_csv_are_warned_about(project, cli, tmp_path):
    csv = tmp_path / "extra.csv"
    csv.write_text("kind,note,en,en_status,ru,ru_status,uk,uk_status\n"
                   "place,,Kyiv,preferred,Киев,preferred,Київ,preferred,EXTRA\n", encoding="utf-8")
    code, out, err = cli("glossary", "import", csv, "--project", project)
    assert code == 0
    assert "EXTRA" in out + err and "left out" in out + err


def _package(path, members: int, size: int):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("pkg/metadata.json", json.dumps({"from_code": "en", "to_code": "ru"}))
        for n in range(members):
            archive.writestr(f"pkg/model/part{n}.bin", os.urandom(size))
    return path


def test_model_packages_with_too_many_members_or_too_little_space_are_refused(
        tmp_path, monkeypatch):
    with pytest.raises(PackageRejected, match="more than 500 files"):
        validate_package_file(_package(tmp_path / "many.argosmodel", 600, 16))
    package = _package(tmp_path / "ok.argosmodel", 3, 1024)
    contents = validate_package_file(package)
    monkeypatch.setattr("shutil.disk_usage", lambda _: type("U", (), {"free": 10 * 1024**2}))
    with pytest.raises(PackageRejected, match="Not enough free disk space"):
        check_free_space(package, contents, tmp_path)
