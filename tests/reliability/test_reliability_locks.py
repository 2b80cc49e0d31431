"""Another program writing: readers read, writers wait and say so, a timeout is a message.

Issue 9, points 2 and 3, and "status must not write at all".
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time

from reliability_helpers import content, file_digest


def hold_write_lock(path, seconds: float | None = None) -> sqlite3.Connection:
    """Another program in the middle of a write: it holds the lock (released after
    ``seconds`` when given)."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta(key, value) VALUES ('other', 'writing')")
    if seconds is not None:
        threading.Timer(seconds, lambda: (other.execute("COMMIT"), other.close())).start()
    return other


def test_status_reads_while_another_program_writes(project, cli):
    other = hold_write_lock(project)
    try:
        code, out, err = cli("status", "--project", project, "--format", "json")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 0, err
    assert json.loads(out)["segments"] == 20


def test_a_writer_waits_for_the_lock_and_says_so(project, cli, monkeypatch):
    monkeypatch.setattr("app.storage.database.WAIT_REPORT_AFTER_S", 0.2)
    hold_write_lock(project, seconds=1.0)
    started = time.monotonic()
    code, out, err = cli("glossary", "add", "--project", project, "--en", "Kyiv", "--uk", "Київ")
    assert code == 0, err
    assert time.monotonic() - started >= 0.9
    assert "waiting for the project p.rdproj" in err
    assert "Added concept" in out
    code, out, _ = cli("glossary", "list", "--project", project, "--format", "json")
    assert [t["text"] for t in json.loads(out)["concepts"][0]["terms"]] == ["Kyiv", "Київ"]


def test_a_writer_gives_up_after_the_timeout_with_a_message_and_changes_nothing(
        project, cli, monkeypatch, tmp_path):
    monkeypatch.setenv("REVIEWDESK_WRITE_WAIT_S", "0.5")
    article = tmp_path / "article.txt"
    article.write_text("Kyiv is the capital. It is on the Dnipro.", encoding="utf-8")
    before = content(project)
    other = hold_write_lock(project)
    try:
        code, _, err = cli("glossary", "add", "--project", project, "--en", "Kyiv")
        code2, _, err2 = cli("import", article, "--project", project)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and code2 == 2
    assert "being written by another program" in err and "nothing was changed" in err
    assert "being written by another program" in err2
    assert content(project) == before


def test_status_does_not_change_a_project_in_an_older_journal_mode(project, cli):
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = file_digest(project)
    code, out, err = cli("status", "--project", project)
    assert code == 0, err
    assert "Segments: 20" in out
    assert file_digest(project) == before
    assert sorted(p.name for p in project.parent.iterdir()) == ["p.rdproj"]  # no -wal/-shm
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_status_and_glossary_list_read_a_read_only_project(project, cli):
    project.chmod(0o444)
    try:
        code, out, err = cli("status", "--project", project, "--format", "json")
        assert code == 0, err
        code, out, err = cli("glossary", "list", "--project", project)
        assert code == 0, err
        code, _, err = cli("glossary", "add", "--project", project, "--en", "Kyiv")
        assert code == 2 and "read-only" in err
    finally:
        project.chmod(0o644)
