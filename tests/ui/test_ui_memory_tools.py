"""Concordance (Ctrl+K) finds inflected forms with the hit marked; a TMX import reports counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core.model import SegmentDraft, Status
from app.memory.store import MemoryStore, open_user_memory
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.concordance_dialog import ConcordanceDialog
from app.ui.memory_tools import MemoryTools

DATA = Path(__file__).parents[1] / "memory" / "data"


def _project(tmp_path):
    path = tmp_path / "news.rdproj"
    with open_project(path, create=True) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("kyiv.txt", [SegmentDraft("Officials in Kyiv did not comment.", 0, 0)])
        repo.decide(repo.segments()[0].id, "uk", Status.APPROVED,
                    "Посадовці в Києві не коментували.", "Olga")
    return path


def test_ctrl_k_finds_an_inflected_form_and_marks_it(qtbot, open_window, tmp_path):
    window = open_window(_project(tmp_path))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ConcordanceDialog, "concordanceDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.query.setText("Київ")  # QTest types ASCII only
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.hits), timeout=20_000)
    (hit,) = dialog.hits
    assert hit.unit.target[hit.start:hit.end] == "Києві"
    assert "<b>Києві</b>" in dialog.results.toHtml() or "Києві</span>" in dialog.results.toHtml()
    assert "1 unit" in dialog.summary.text()
    dialog.close()


def test_tmx_import_into_the_shared_memory_reports_counts(qtbot, open_window, tmp_path):
    window = open_window(_project(tmp_path))
    tools = window.findChild(MemoryTools, "memoryTools")
    with qtbot.waitSignal(tools.imported, timeout=30_000) as signal:
        tools.import_file(DATA / "rltc_olifant.tmx", user=True)
    report = signal.args[0]
    assert (report.added, report.updated, report.skipped) == (9, 1, 0)
    text = tools.last_box.text()
    assert "9 unit(s) added" in text or "9 units added" in text
    tools.last_box.close()
    with open_user_memory() as user:
        assert MemoryStore(user).count() >= 22


def test_an_approval_reaches_the_repetitions_and_ctrl_z_takes_all_back(qtbot, open_window,
                                                                       tmp_path):
    path = tmp_path / "repeat.rdproj"
    sentence = "Officials in Kyiv did not comment."
    with open_project(path, create=True) as pdb:
        repo = ProjectRepository(pdb)
        repo.add_document("a.txt", [SegmentDraft(sentence, 0, 0), SegmentDraft("Other.", 0, 1),
                                    SegmentDraft(sentence, 1, 0)])
        first, _, third = (s.id for s in repo.segments())
        repo.set_machine_translations("ru", [(first, "Чиновники в Киеве молчали.", [], None)],
                                      engine="argos", model="m")
    window = open_window(path)
    from app.ui.segment_table_model import COL_RU

    window.view.go_to(window.proxy.mapFromSource(window.model.index(0, COL_RU)))
    window.view.setFocus()
    messages = []  # the names check may write over the status bar: record what was said
    window.status.messageChanged.connect(messages.append)
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    copy = window.model.cell_at(window.model.index(2, COL_RU))
    assert (copy.status, copy.text) == (Status.APPROVED, "Чиновники в Киеве молчали.")
    events = window.repo.events(third, "ru")  # copied once, by the repository (not twice)
    assert [e.after["origin"] for e in events] == ["repetition of segment 1"]
    assert any("1 repetition" in m for m in messages)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.cell_at(window.model.index(2, COL_RU)).status is Status.NEW
    assert window.model.cell_at(window.model.index(0, COL_RU)).status is Status.TRANSLATED

    window.settings.set("memory_repetitions", False)
    window.view.go_to(window.proxy.mapFromSource(window.model.index(0, COL_RU)))
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.model.cell_at(window.model.index(0, COL_RU)).status is Status.APPROVED
    assert window.model.cell_at(window.model.index(2, COL_RU)).status is Status.NEW


def test_a_large_tmx_read_by_workers_shows_progress_and_cancel_leaves_nothing(
        qtbot, open_window, tmp_path, monkeypatch):
    import time

    from PySide6.QtWidgets import QPushButton

    from app.memory import tmx_import, tmx_parallel

    # Files this small are read in the importing thread; lowered, the workers read this one.
    monkeypatch.setattr(tmx_parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(tmx_parallel, "RANGE_BYTES", 16 << 10)
    started: list = []
    real_worker = tmx_parallel._Worker.__init__

    def worker(self):
        real_worker(self)
        started.append(self)

    monkeypatch.setattr(tmx_parallel._Worker, "__init__", worker)
    handles: list = []
    merged: list = []
    real_merge = tmx_import._Merger.merge

    def merge(self, chunk):  # once the bar has moved (every 2,000 units), wait for Cancel
        merged.append(chunk.units)
        deadline = time.monotonic() + 20
        while sum(merged) > 3000 and not (handles and handles[0].cancel_requested) and \
                time.monotonic() < deadline:
            time.sleep(0.01)
        real_merge(self, chunk)

    monkeypatch.setattr(tmx_import._Merger, "merge", merge)
    tmx = tmp_path / "large.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header/><body>'
                   + "".join(f'<tu><tuv xml:lang="en"><seg>Unit {n} of the report.</seg></tuv>'
                             f'<tuv xml:lang="uk"><seg>Одиниця {n} звіту.</seg></tuv></tu>\n'
                             for n in range(6000)) + "</body></tmx>", encoding="utf-8")
    window = open_window(_project(tmp_path))
    tools = window.findChild(MemoryTools, "memoryTools")
    handle = tools.import_file(tmx, user=True)
    handles.append(handle)
    dialog = handle.dialog
    qtbot.waitUntil(lambda: dialog.maximum() == 6000 and dialog.value() > 0, timeout=20_000)
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: handle.done, timeout=20_000)
    assert len(started) >= 2 and all(w.process.poll() is not None for w in started)
    with open_user_memory() as user:  # only the project's approval, none of the file's units
        assert [u.source for u in MemoryStore(user).iter_units()] == [
            "Officials in Kyiv did not comment."]
