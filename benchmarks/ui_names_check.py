"""The background names check in the window: open time, check time, and the cost of showing flags.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_names_check.py [SEGMENTS]

Builds a project of SEGMENTS (default 10,000) news-like segments, every third naming a place
in its Russian-derived spelling, with Russian and Ukrainian translations on a third of them.
Prints the time to open the window (names panels installed), the time until the first check
result is on screen, the time the GUI thread spent publishing it (grid marks + Names panel),
the longest GUI-thread stall while the check ran, and the number of flagged cells.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCES = [
    ("Officials in Kiev said the talks in Minsk would go on.",
     "Чиновники в Киеве заявили, что переговоры в Минске продолжатся.",
     "Посадовці в Києві заявили, що переговори в Мінську триватимуть."),
    ("Vladimir Putin met Sergei Lavrov in Moscow on Tuesday.", None, None),
    ("Shelling was reported near Kharkov and Lugansk overnight.", None, None),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("segments", nargs="?", type=int, default=10_000)
    count = parser.parse_args().segments
    home = Path(tempfile.mkdtemp(prefix="reviewdesk-bench-"))
    os.environ["REVIEWDESK_HOME"] = str(home)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.model import SegmentDraft
    from app.core.settings import Settings
    from app.storage.database import create_project
    from app.storage.project_repo import ProjectRepository
    from app.ui.application import create_main_window

    path = home / "names.rdproj"
    drafts = [SegmentDraft(SENTENCES[n % 3][0], n // 5, n % 5) for n in range(count)]
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("names.txt", drafts)
        segments = repo.segments()
        for lang, column in (("ru", 1), ("uk", 2)):
            repo.set_machine_translations(
                lang, [(s.id, SENTENCES[n % 3][column], [], None)
                       for n, s in enumerate(segments) if SENTENCES[n % 3][column]],
                engine="bench", model="bench")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings()
    settings.set("reviewer", "bench")
    start = time.perf_counter()
    window = create_main_window(
        argparse.Namespace(project=str(path), reviewer="bench", sample=False), settings)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start

    controller = window.name_checks
    published: list[float] = []
    original = controller.publish

    def timed_publish() -> None:
        t = time.perf_counter()
        original()
        published.append(time.perf_counter() - t)

    controller.publish = timed_publish
    stalls = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls[0] = max(stalls[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    while controller.checks_done == 0:
        app.processEvents()
        if time.perf_counter() - start > 300:
            print("no check result after 300 s")
            return 1
    checked = time.perf_counter() - start
    timer.stop()
    flagged = len(controller.visible)
    print(f"segments: {count}")
    print(f"open window on project (names panels installed): {opened * 1000:.0f} ms")
    print(f"first names check on screen after: {checked:.1f} s ({flagged} flagged cells, "
          f"{len(controller.snapshot.concepts)} concepts)")
    print(f"GUI thread publishing the result: {published[0] * 1000:.0f} ms")
    print(f"longest GUI-thread stall while checking: {stalls[0] * 1000:.0f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
