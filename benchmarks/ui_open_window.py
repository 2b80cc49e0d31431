"""How fast the window opens a big project and records keyboard decisions.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_open_window.py [SEGMENTS]

Builds a project with SEGMENTS (default 20,000) segments in a temporary folder, then prints the
time to open it in the main window (first page only: lazy loading), to apply a search over all
rows, and the p50/p99 time of Ctrl+Enter approvals (write + jump to the next cell + every event
the approval queued: repaints, panels, timers due), first 200 back to back, then some with a
reading pause between keys (so debounced work in the panels gets to run). With the panels the
first background names check is allowed to finish before the keys start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("segments", nargs="?", type=int, default=20_000)
    parser.add_argument("--bare", action="store_true",
                        help="without the panels other features attach (grid only)")
    parser.add_argument("--paced", type=int, default=30,
                        help="approvals with a reading pause between keys (default 30)")
    parser.add_argument("--pause", type=float, default=0.3,
                        help="seconds between paced approvals (default 0.3)")
    options = parser.parse_args()
    count = options.segments
    home = Path(tempfile.mkdtemp(prefix="reviewdesk-bench-"))
    os.environ["REVIEWDESK_HOME"] = str(home)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.model import SegmentDraft
    from app.core.settings import Settings
    from app.storage.database import create_project
    from app.storage.project_repo import ProjectRepository
    from app.ui.application import create_main_window, tune_interpreter
    from app.ui.segment_table_model import COL_RU

    path = home / "big.rdproj"
    drafts = [SegmentDraft(f"Sentence {n} about the appeal of soldiers' mothers.", n // 5, n % 5)
              for n in range(count)]
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("big.txt", drafts)
        ids = [s.id for s in repo.segments(0, 400)]
        repo.set_machine_translations("ru", [(i, f"Предложение {i}.", [], None) for i in ids],
                                      engine="bench", model="bench")

    if options.bare:
        import app.ui.extensions

        app.ui.extensions.EXTENSION_MODULES.clear()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tune_interpreter()  # as run_gui does
    settings = Settings()
    settings.set("reviewer", "bench")
    start = time.perf_counter()
    window = create_main_window(
        argparse.Namespace(project=str(path), reviewer="bench", sample=False), settings
    )
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start
    print(f"segments: {count}{' (grid only, no panels)' if options.bare else ''}")
    print(f"open window on project: {opened * 1000:.0f} ms "
          f"(rows loaded: {window.model.rowCount()})")

    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()
    checks = getattr(window, "name_checks", None)
    if checks is not None:  # as a reviewer would: the first names check has run
        deadline = time.perf_counter() + 120
        while checks.checks_done == 0 and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.01)
    window.view.go_to(window.proxy.index(0, COL_RU))

    def approvals(n: int, pause: float = 0.0) -> list[float]:
        """Ctrl+Enter, then everything it queued (repaints, panels, timers due) is handled;
        ``pause`` seconds of idle event loop between keys, as a reviewer reads."""
        times = []
        for _ in range(n):
            t = time.perf_counter()
            QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            times.append(time.perf_counter() - t)
            idle_until = time.perf_counter() + pause
            while time.perf_counter() < idle_until:
                app.processEvents()
                time.sleep(0.002)
        return sorted(times)

    def report(label: str, times: list[float]) -> None:
        print(f"{label}: p50 {statistics.median(times) * 1000:.1f} ms, "
              f"p99 {times[max(int(len(times) * 0.99) - 1, 0)] * 1000:.1f} ms, "
              f"max {times[-1] * 1000:.1f} ms")

    report("Ctrl+Enter approve + jump (200 keys back to back)", approvals(200))
    if options.paced:
        report(f"Ctrl+Enter with {options.pause:.1f} s between keys ({options.paced} keys)",
               approvals(options.paced, options.pause))
    keys = 200 + options.paced
    if checks is not None:  # an edit elsewhere started a names check of the whole project
        checks.run_now()
        while not checks._running:
            app.processEvents()
        times = approvals(20, 0.05)
        still = "still running" if checks._running else "finished meanwhile"
        report(f"Ctrl+Enter while a names check runs (20 keys, check {still})", times)
        keys += 20
    approved = window.repo.status_counts()["ru"]["approved"]
    assert approved == keys, approved

    start = time.perf_counter()
    window.filter_bar.search.setText("Sentence 19999 ")
    window.filter_bar.apply_search()
    print(f"search over all rows: {(time.perf_counter() - start) * 1000:.0f} ms "
          f"({window.proxy.rowCount()} match)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
