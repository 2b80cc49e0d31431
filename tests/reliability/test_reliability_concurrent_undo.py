"""Two reviewers in two processes decide and undo on the same cells at once (issue 9, point 1).

No undo may revert the other reviewer's newer decision, and audit timestamps never go
backwards. The full minute runs in benchmarks/concurrency.py; here 12 seconds.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from reliability_helpers import REPO_ROOT, make_project

SECONDS = 12


def test_two_processes_deciding_and_undoing_never_undo_each_others_newer_decision(tmp_path):
    project = make_project(tmp_path / "p.rdproj")
    worker = Path(__file__).with_name("reviewer_worker.py")
    procs = [
        subprocess.Popen([sys.executable, str(worker), str(project), name, str(SECONDS), str(n)],
                         cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env={"PYTHONPATH": str(REPO_ROOT)})
        for n, name in enumerate(["alice", "bob"])
    ]
    totals = []
    for proc in procs:
        out, err = proc.communicate(timeout=SECONDS + 60)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        totals.append([int(x) for x in out.split()])
    decisions = sum(t[0] for t in totals)
    undos = sum(t[1] for t in totals)
    assert sum(t[3] for t in totals) == 0  # no "locked" or other storage error
    assert decisions > 200 and undos > 50  # they really did overlap

    conn = sqlite3.connect(project)
    events = conn.execute(
        "SELECT id, at, who, action, segment_id, lang, before, after, undoes FROM events "
        "WHERE segment_id IS NOT NULL ORDER BY id"
    ).fetchall()
    stamps = [e[1] for e in events]
    assert stamps == sorted(stamps), "audit timestamps went backwards"

    by_id = {e[0]: e for e in events}
    for event in events:
        if event[3] != "undo":
            continue
        undone = by_id[event[8]]
        assert undone[2] == event[2]  # one only undoes one's own decision
        between = [e for e in events if undone[0] < e[0] < event[0]
                   and (e[4], e[5]) == (event[4], event[5]) and e[2] != event[2]]
        assert not between, f"undo {event[0]} reverted {between[-1][2]}'s newer decision"
        assert json.loads(event[7]) == json.loads(undone[6])  # back to what was there before
    conn.close()
