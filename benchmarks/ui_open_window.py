"""How fast the window opens a big project and records keyboard decisions.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_open_window.py [SEGMENTS]

Builds a project with SEGMENTS (default 20,000) segments in a temporary folder, then prints the
time to open it in the main window (first page only: lazy loading), to apply a search over all
rows, and the p50/p99 time of 200 Ctrl+Enter approvals (write + jump to the next cell).
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
    from app.ui.application import create_main_window
    from app.ui.segment_table_model import COL_RU

    path = home / "big.rdproj"
    drafts = [SegmentDraft(f"Sentence {n} about the appeal of soldiers' mothers.", n // 5, n % 5)
              for n in range(count)]
    with create_project(path) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("big.txt", drafts)
        ids = [s.id for s in repo.segments(0, 300)]
        repo.set_machine_translations("ru", [(i, f"Предложение {i}.", [], None) for i in ids],
                                      engine="bench", model="bench")

    if options.bare:
        import app.ui.extensions

        app.ui.extensions.EXTENSION_MODULES.clear()
    app = QApplication.instance() or QApplication(sys.argv[:1])
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
    window.view.go_to(window.proxy.index(0, COL_RU))
    times = []
    for _ in range(200):
        t = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        times.append(time.perf_counter() - t)
    times.sort()
    approved = window.repo.status_counts()["ru"]["approved"]
    assert approved == 200, approved
    print(f"Ctrl+Enter approve + jump: p50 {statistics.median(times) * 1000:.1f} ms, "
          f"p99 {times[int(len(times) * 0.99) - 1] * 1000:.1f} ms")

    start = time.perf_counter()
    window.filter_bar.search.setText("Sentence 19999 ")
    window.filter_bar.apply_search()
    print(f"search over all rows: {(time.perf_counter() - start) * 1000:.0f} ms "
          f"({window.proxy.rowCount()} match)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
