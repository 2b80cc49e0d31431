"""Tools > Translate document in the real window, with tiny genuine Argos models."""

from __future__ import annotations

import re
import time

import ui_mt_fixtures as fx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox
from ui_mt_fixtures import dead_url

from app.core.model import Status
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository
from app.ui.model_manager_dialog import ModelManagerDialog
from app.ui.mt_settings_dialog import MTSettingsDialog
from app.ui.segment_table_model import COL_RU, COL_UK, STATUS_ROLE
from app.ui.translate_controller import TranslateController

# Fixtures shared by the MT interface tests.
tiny_package = fx.tiny_package
installed_models = fx.installed_models

CTRL = Qt.KeyboardModifier.ControlModifier
CYRILLIC = re.compile("[а-яА-ЯёЁіїєґІЇЄҐ]")


def controller_of(window) -> TranslateController:
    return window.findChild(TranslateController, "translateController")


def translate(qtbot, window, timeout=60_000):
    """Press Ctrl+T in the grid and wait for the run to end; returns its summary (or None)."""
    controller = controller_of(window)
    if controller.last_box is not None:  # the reviewer closes the previous summary first
        controller.last_box.button(QMessageBox.StandardButton.Close).click()
        if QApplication.activeWindow() is not window:  # offscreen does not give focus back
            with qtbot.waitActive(window):
                window.activateWindow()
    with qtbot.waitSignal(controller.finished, timeout=timeout) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL)
        assert controller.running
    return blocker.args[0]


def grid_cells(window, column):
    model = window.model
    model.fetch_all()
    return [
        (model.index(row, column).data(), model.index(row, column).data(STATUS_ROLE))
        for row in range(model.rowCount())
    ]


ENGINE_CALL_S = 0.6


def test_translating_the_sample_fills_every_row_while_the_window_stays_responsive(
    qtbot, open_window, installed_models, monkeypatch
):
    from app.mt.argos_engine import ArgosEngine

    real_translate = ArgosEngine.translate

    def like_a_real_model(self, *args, **kwargs):  # the tiny model is too quick to tell
        time.sleep(ENGINE_CALL_S)
        return real_translate(self, *args, **kwargs)

    monkeypatch.setattr(ArgosEngine, "translate", like_a_real_model)
    window = open_window(sample=True)
    # The first names check loads the name data (a one-time cost, measured on its own in
    # tests/ui/test_ui_names_panel.py); let it finish so this test times translation only.
    checks = window.name_checks
    qtbot.waitUntil(lambda: checks.checks_done > 0 and not checks._running, timeout=60_000)
    count = window.model.total_segments
    assert count > 30
    tick_times: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: tick_times.append(time.perf_counter()))
    timer.start(5)
    shown_at_batches: list[int] = []  # translated cells the grid showed as each batch landed

    def count_shown(*_):
        shown_at_batches.append(
            sum(1 for column in (COL_RU, COL_UK) for text, _ in grid_cells(window, column)
                if text)
        )

    controller_of(window).batchStored.connect(count_shown)

    summary = translate(qtbot, window)
    timer.stop()

    assert (summary.translated, summary.from_cache, summary.failed) == (2 * count, 0, 0)
    for column in (COL_RU, COL_UK):
        cells = grid_cells(window, column)
        assert len(cells) == count
        assert all(CYRILLIC.search(text) for text, _ in cells)
        assert {status for _, status in cells} == {Status.TRANSLATED}
    # Results streamed in: the grid showed the first batches before the last one was done,
    # and the event loop kept turning while the worker was busy (each engine call takes 0.6 s:
    # a 5 ms timer never waited 0.4 s, which leaves room for a busy CI machine's hiccups while
    # an engine call on the GUI thread would still show as a 0.6 s gap).
    assert len(shown_at_batches) >= 3
    assert 0 < shown_at_batches[0] < 2 * count
    assert shown_at_batches == sorted(shown_at_batches)
    gaps = [b - a for a, b in zip(tick_times, tick_times[1:], strict=False)]
    assert gaps and max(gaps) < 0.4
    box = controller_of(window).last_box
    assert box is not None and f"{2 * count}" in box.text()
    assert "failed" in box.text()
    assert "Russian" in window.status.progress_label.text()
    assert controller_of(window).action.isEnabled()


def test_cancel_stops_and_keeps_what_was_translated(qtbot, open_window, project_factory,
                                                    installed_models):
    window = open_window(project_factory("long.rdproj", 400))
    controller = controller_of(window)

    def press_cancel(*_):
        if controller.handle is not None:  # Cancel beside the progress bar in the status bar
            assert controller.cancel_button.isVisible()
            controller.cancel_button.click()

    controller.batchStored.connect(press_cancel)
    summary = translate(qtbot, window)

    assert summary is None  # cancelled: no success summary
    with open_project(window.project_path) as pdb:
        repo = ProjectRepository(pdb)
        ru = [repo.cell(s.id, "ru") for s in repo.segments()]
        uk = [repo.cell(s.id, "uk") for s in repo.segments()]
    done = [c for c in ru if c.status == Status.TRANSLATED]
    assert 0 < len(done) < 400 and all(c.machine_text and c.machine_draft for c in done)
    assert ru[: len(done)] == done  # the rows on screen first: the top of the document
    assert all(c.status == Status.NEW for c in ru[len(done):] + uk[len(done):])
    grid = grid_cells(window, COL_RU)
    assert [t for t, _ in grid[: len(done)]] == [c.text for c in done]
    assert "cancelled" in controller.last_box.text()
    assert controller.action.isEnabled() and not controller.cancel_button.isVisible()


def test_a_reviewers_edit_keeps_its_text_and_a_rerun_uses_the_cache(
    qtbot, open_window, installed_models
):
    window = open_window(sample=True)
    model = window.model
    edited = model.index(1, COL_RU)
    assert model.setData(edited, "Моя правка.")
    approved = model.index(2, COL_UK)
    assert model.approve(approved)

    first = translate(qtbot, window)

    assert edited.data() == "Моя правка." and edited.data(STATUS_ROLE) == Status.EDITED
    assert approved.data(STATUS_ROLE) == Status.APPROVED and approved.data() == ""
    cell = model.cell_at(edited)
    assert cell.machine_text and cell.machine_text != "Моя правка."  # stored beside it
    assert model.index(0, COL_RU).data(STATUS_ROLE) == Status.TRANSLATED

    # Every cell got a draft; the refinement replaced all but the two a reviewer had touched.
    assert first.drafts == first.translated == 2 * model.total_segments
    assert first.refined == first.drafts - 2 and first.kept_draft == 0
    assert not model.cell_at(model.index(0, COL_RU)).machine_draft

    second = translate(qtbot, window)  # everything has machine text: nothing to do
    assert (second.translated, second.drafts, second.refined, second.from_cache) == (0, 0, 0, 0)
    assert edited.data() == "Моя правка."


def test_missing_model_offers_the_model_manager(qtbot, open_window):
    window = open_window(sample=True)
    controller = controller_of(window)
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL)
    assert not controller.running  # nothing started
    box = controller.last_box
    assert "No translation model for English → Russian" in box.text()
    offer = [b for b in box.buttons() if "model manager" in b.text()]
    offer[0].click()
    dialog = window.findChild(ModelManagerDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table_model.rowCount() == 0


def test_server_down_says_so_and_offers_the_settings(qtbot, open_window, settings):
    settings.set("mt_engine", "libretranslate")
    settings.set("libretranslate_url", dead_url())
    window = open_window(sample=True)
    assert translate(qtbot, window) is None
    box = controller_of(window).last_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert "cannot be reached" in box.text()
    offer = [b for b in box.buttons() if "settings" in b.text()]
    offer[0].click()
    assert window.findChild(MTSettingsDialog).isVisible()
    assert grid_cells(window, COL_RU)[0][1] == Status.NEW


def test_the_mt_interface_follows_a_switch_to_russian(qtbot, open_window):
    window = open_window(sample=True)
    controller = controller_of(window)
    window.preferences.switch_language("ru")
    try:
        qtbot.waitUntil(lambda: controller.action.text() == "&Перевести документ", timeout=3000)
        assert window.findChild(QAction, "modelManagerAction").text() == "&Модели перевода…"
        assert window.findChild(QAction, "mtSettingsAction").text() == "&Машинный перевод…"
        assert window.findChild(QDockWidget, "alternativesDock").windowTitle() == "Варианты"
        assert [controller.tr("%n segment(s) translated", "", n) for n in (1, 3, 5)] == [
            "Переведён 1 сегмент", "Переведено 3 сегмента", "Переведено 5 сегментов"
        ]
    finally:
        window.preferences.switch_language("en")
    qtbot.waitUntil(lambda: controller.action.text() == "&Translate document", timeout=3000)


def test_a_project_that_went_read_only_gets_a_plain_message(qtbot, open_window, project_path,
                                                            installed_models):
    window = open_window(project_path)
    project_path.chmod(0o444)
    try:
        assert translate(qtbot, window) is None
    finally:
        project_path.chmod(0o644)
    box = controller_of(window).last_box
    assert "read-only" in box.text() and "Copy it somewhere" in box.text()
    assert grid_cells(window, COL_RU)[0][1] == Status.NEW


def test_translating_from_the_window_with_argos_makes_no_network_connection(
    qtbot, open_window, installed_models, monkeypatch
):
    import socket

    from app.mt import loaded_models

    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network use during local translation: {name}")

        return blocked

    window = open_window(sample=True)
    loaded_models.forget()  # loading the model is part of what must stay offline
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(name))
    for name in ("create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse(name))
    summary = translate(qtbot, window)
    assert attempts == [] and summary.translated == 2 * window.model.total_segments


def test_closing_the_window_mid_translation_stops_it_and_keeps_the_batches(
    qtbot, open_window, project_factory, installed_models
):
    from PySide6.QtCore import QThreadPool

    path = project_factory("closing.rdproj", 400)
    window = open_window(path)
    controller = controller_of(window)
    controller.batchStored.connect(lambda *_: window.close())
    controller.translate_document()
    qtbot.waitUntil(lambda: window.repo is None, timeout=30_000)
    assert QThreadPool.globalInstance().waitForDone(30_000)
    with open_project(path) as pdb:
        repo = ProjectRepository(pdb)
        statuses = [repo.cell(s.id, "ru").status for s in repo.segments()]
    assert 0 < statuses.count(Status.TRANSLATED) < 400  # stopped early, kept what was stored
