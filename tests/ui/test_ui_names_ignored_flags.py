"""The project table behind "Ignore here": identity without offsets, audit events, migration."""

from __future__ import annotations

from app.storage.database import open_project
from app.storage.ignored_flags_repo import IgnoredFlag, IgnoredFlagsRepository
from app.storage.migrations import latest_version
from app.storage.project_repo import ProjectRepository


def test_ignore_and_unignore_are_remembered_with_events(project_path):
    with open_project(project_path) as pdb:
        sid = ProjectRepository(pdb).segments()[3].id
        repo = IgnoredFlagsRepository(pdb)
        flag = IgnoredFlag(sid, "en", "russian_derived_place", "Kiev", "place:UA:Kyiv")
        assert repo.ignore(flag, reason="Kiev romanizes the Russian name", who="Olga")
        assert not repo.ignore(flag, who="Olga")  # already ignored: no second event
    with open_project(project_path) as pdb:
        assert pdb.schema_version == latest_version() >= 4
        repo = IgnoredFlagsRepository(pdb)
        assert repo.all() == {flag}
        # the same name elsewhere, or another problem in the same cell, is not ignored
        assert IgnoredFlag(sid + 1, "en", "russian_derived_place", "Kiev",
                           "place:UA:Kyiv") not in repo.all()
        assert repo.unignore(flag, who="Ivan")
        assert not repo.unignore(flag, who="Ivan")
        assert repo.all() == set()
        events = [e for e in ProjectRepository(pdb).events() if e.action.startswith("names.")]
    assert [(e.action, e.who, e.segment_id, e.lang) for e in events] == [
        ("names.ignore", "Olga", sid, "en"), ("names.unignore", "Ivan", sid, "en")]
    assert events[0].after["reason"] == "Kiev romanizes the Russian name"
