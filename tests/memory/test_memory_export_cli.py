"""``reviewdesk memory export`` records pending decisions into both memories before writing."""

from __future__ import annotations

from app.cli import main
from app.core.model import Status
from app.memory.store import MemoryStore, open_user_memory


def test_export_keeps_pending_decisions_for_the_shared_memory_too(repo, tmp_path, capsys):
    first = repo.segments()[0].id
    repo.decide(first, "uk", Status.APPROVED,
                "Росія взяла в полон 10 солдатів під Бахмутом у понеділок.", "ann")
    out = tmp_path / "news.tmx"
    assert main(["memory", "export", "--project", str(repo.pdb.path), "-o", str(out)]) == 0
    assert "1 units written" in capsys.readouterr().out
    with open_user_memory() as user:  # the outbox was not drained past the shared memory
        assert [u.target for u in MemoryStore(user).iter_units()] == [
            "Росія взяла в полон 10 солдатів під Бахмутом у понеділок."]
