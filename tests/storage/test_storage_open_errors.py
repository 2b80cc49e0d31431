"""Opening files that are not usable projects: a clear typed error, and the file left as it was."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import stat

import pytest

from app.storage import database, migrations
from app.storage.database import create_project, open_project
from app.storage.errors import (
    NewerProject,
    NotAProject,
    ProjectExists,
    ProjectLocked,
    ProjectMissing,
    ProjectNotCreated,
    ProjectReadOnly,
)
from app.storage.project_repo import ProjectRepository


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def files_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def closed_project(tmp_path):
    path = tmp_path / "closed.rdproj"
    create_project(path).close()
    return path


def test_text_file_is_not_a_project(tmp_path):
    path = tmp_path / "notes.rdproj"
    path.write_text("Remind me later.\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotAProject, match="notes.rdproj is not a Review Desk project"):
        open_project(path)
    assert digest(path) == before
    assert files_in(tmp_path) == ["notes.rdproj"]


def test_other_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('kind', 'something-else')")
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAProject, match="not a Review Desk project"):
        open_project(path)
    assert digest(path) == before
    assert files_in(tmp_path) == ["other.db"]


def test_missing_project_and_existing_file_on_create(tmp_path, closed_project):
    with pytest.raises(ProjectMissing, match="does not exist"):
        open_project(tmp_path / "nowhere.rdproj")
    assert not (tmp_path / "nowhere.rdproj").exists()
    with pytest.raises(ProjectExists):
        create_project(closed_project)


def test_project_that_cannot_be_created_leaves_nothing_behind(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(ProjectNotCreated, match="Cannot create p.rdproj"):
        create_project(blocker / "p.rdproj")
    assert files_in(tmp_path) == ["notes.txt"]


def test_failed_first_migration_removes_the_new_file(tmp_path, monkeypatch):
    def broken(db):
        raise RuntimeError("migration bug")

    monkeypatch.setattr(database, "MIGRATIONS", [(1, broken)])
    with pytest.raises(RuntimeError):
        create_project(tmp_path / "p.rdproj")
    assert files_in(tmp_path) == []


def test_newer_schema_is_refused_and_file_bytes_unchanged(closed_project):
    conn = sqlite3.connect(closed_project)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = digest(closed_project)
    with pytest.raises(NewerProject, match="newer version of Review Desk"):
        open_project(closed_project)
    assert digest(closed_project) == before
    assert files_in(closed_project.parent) == ["closed.rdproj"]  # no -wal/-shm, no backup


def test_read_only_file_is_refused_even_for_root(closed_project):
    # As root os.access() always answers "writable"; the check also reads the mode bits.
    closed_project.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = digest(closed_project)
    try:
        with pytest.raises(ProjectReadOnly, match="closed.rdproj is read-only"):
            open_project(closed_project)
    finally:
        closed_project.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert digest(closed_project) == before
    assert files_in(closed_project.parent) == ["closed.rdproj"]


def test_read_only_folder_is_refused(closed_project):
    folder = closed_project.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ProjectReadOnly):
            open_project(closed_project)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_project_being_written_by_another_connection_opens_and_its_writes_wait(closed_project):
    other = sqlite3.connect(closed_project, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta(key, value) VALUES ('busy', 'yes')")
    try:
        pdb = open_project(closed_project)  # opening does not need the write lock
        pdb.wait_timeout = 0.3
        with pytest.raises(ProjectLocked, match="another program"), pdb.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('mine', 'no')")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with pdb:  # usable again once the other writer is done
        assert pdb.meta("busy") is None and pdb.meta("mine") is None
        with pdb.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('mine', 'yes')")
        assert pdb.meta("mine") == "yes"


def test_migration_takes_a_backup_copy_first(closed_project, monkeypatch):
    with open_project(closed_project) as pdb:
        ProjectRepository(pdb).add_document("a.txt", [], who="me")
        old_version = pdb.schema_version
    old_content = digest(closed_project)
    old_dump = dump(closed_project)

    seen_backup = []

    def add_flags_table(db):
        # The copy must exist before the first migration step touches the file.
        seen_backup.extend(closed_project.parent.glob("*.bak"))
        db["review_flags"].create({"segment_id": int, "flag": str})

    extended = [*migrations.MIGRATIONS, (old_version + 1, add_flags_table)]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    monkeypatch.setattr(database, "MIGRATIONS", extended)

    with open_project(closed_project) as pdb:
        assert pdb.schema_version == old_version + 1
        assert "review_flags" in pdb.db.table_names()

    backup = closed_project.with_name(f"closed.rdproj.v{old_version}.bak")
    assert seen_backup == [backup]
    assert digest(backup) == old_content
    assert dump(backup) == old_dump
    # Opening again does not migrate or back up twice.
    with open_project(closed_project):
        pass
    assert sorted(closed_project.parent.glob("*.bak")) == [backup]


def test_failed_migration_keeps_the_backup_and_the_old_version(closed_project, monkeypatch):
    with open_project(closed_project) as pdb:
        old_version = pdb.schema_version

    def broken(db):
        db["half_made"].create({"id": int})
        raise RuntimeError("migration bug")

    extended = [*migrations.MIGRATIONS, (old_version + 1, broken)]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    monkeypatch.setattr(database, "MIGRATIONS", extended)
    with pytest.raises(RuntimeError):
        open_project(closed_project)
    assert closed_project.with_name(f"closed.rdproj.v{old_version}.bak").exists()
    conn = sqlite3.connect(closed_project)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    conn.close()
    assert "half_made" not in tables and int(version) == old_version



def test_backup_of_a_project_open_elsewhere_is_a_consistent_snapshot(closed_project, monkeypatch):
    with open_project(closed_project) as pdb:
        ProjectRepository(pdb).add_document("a.txt", [], who="me")
        old_version = pdb.schema_version
    old_dump = dump(closed_project)
    reader = sqlite3.connect(closed_project)  # keeps the -wal file alive
    reader.execute("SELECT COUNT(*) FROM documents").fetchone()
    extended = [
        *migrations.MIGRATIONS,
        (old_version + 1, lambda db: db["review_flags"].create({"flag": str})),
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    monkeypatch.setattr(database, "MIGRATIONS", extended)
    try:
        open_project(closed_project).close()
    finally:
        reader.close()
    assert dump(closed_project.with_name(f"closed.rdproj.v{old_version}.bak")) == old_dump
