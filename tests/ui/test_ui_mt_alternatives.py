"""The Alternatives dock: follows the current cell, Alt+<n> inserts a candidate as an edit."""

from __future__ import annotations

import ui_mt_fixtures as fx
from PySide6.QtCore import Qt

from app.core.model import Status
from app.ui.alternatives_panel import AlternativesPanel
from app.ui.segment_table_model import COL_RU, COL_SOURCE, COL_UK, STATUS_ROLE
from app.ui.translate_controller import TranslateController

# Fixtures shared by the MT interface tests.
tiny_package = fx.tiny_package
installed_models = fx.installed_models

ALT = Qt.KeyboardModifier.AltModifier


def panel_of(window) -> AlternativesPanel:
    return window.findChild(AlternativesPanel, "alternativesPanel")


def translate(qtbot, window) -> None:
    controller = window.findChild(TranslateController)
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        controller.action.trigger()
    controller.last_box.close()


def go_to(qtbot, window, row, column) -> None:
    window.view.go_to(window.proxy.mapFromSource(window.model.index(row, column)))
    if not window.isActiveWindow():  # offscreen does not give focus back after a dialog
        with qtbot.waitActive(window):
            window.activateWindow()
    window.view.setFocus()


def button_texts(panel) -> list[str]:
    return [b.property("candidate") for b in panel.buttons if b.isVisibleTo(panel)]


def test_panel_fills_in_when_the_translation_arrives_and_lists_distinct_alternatives(
    qtbot, open_window, installed_models
):
    window = open_window(sample=True)
    panel = panel_of(window)
    go_to(qtbot, window, 0, COL_RU)
    assert panel.machine_text is None and "No machine translation yet" in panel.heading.text()
    assert not panel.actions_by_number[1].isEnabled()

    translate(qtbot, window)  # the panel re-reads its cell when the batch lands

    cell = window.model.cell_at(window.model.index(0, COL_RU))
    assert panel.machine_text == cell.machine_text
    alternatives = panel.candidates
    assert len(alternatives) >= 2
    assert len(set(alternatives)) == len(alternatives) and cell.machine_text not in alternatives
    assert button_texts(panel) == [cell.machine_text, *alternatives]
    stored = [a["text"] for a in window.repo.machine_alternatives(cell.segment_id, "ru")]
    assert alternatives == [t for t in stored if t != cell.machine_text]

    go_to(qtbot, window, 3, COL_UK)
    uk = window.model.cell_at(window.model.index(3, COL_UK))
    assert panel.lang == "uk" and panel.machine_text == uk.machine_text
    go_to(qtbot, window, 3, COL_SOURCE)
    assert panel.machine_text is None and button_texts(panel) == []
    assert "Select a Russian or Ukrainian cell" in panel.heading.text()


def test_alt_1_inserts_the_first_alternative_as_an_audited_edit(
    qtbot, open_window, installed_models
):
    window = open_window(sample=True)
    translate(qtbot, window)
    go_to(qtbot, window, 2, COL_RU)
    panel = panel_of(window)
    first, second = panel.candidates[:2]
    index = window.model.index(2, COL_RU)
    segment_id = window.model.cell_at(index).segment_id

    qtbot.keyClick(window.view, Qt.Key.Key_1, ALT)

    assert index.data() == first and index.data(STATUS_ROLE) == Status.EDITED
    events = window.repo.events(segment_id, "ru")
    assert events[-1].action == "edited" and events[-1].who == "Olga"
    assert events[-1].after["text"] == first
    assert window.model.cell_at(index).machine_text == panel.machine_text  # kept beside it

    bold = [b.property("number") for b in panel.buttons if b.font().bold()]
    assert bold == [1]  # the panel marks what the cell holds now
    qtbot.keyClick(window.view, Qt.Key.Key_2, ALT)
    assert index.data() == second

    assert panel.buttons[0].property("number") == 0
    panel.buttons[0].click()  # the machine translation back
    assert index.data() == panel.machine_text and index.data(STATUS_ROLE) == Status.EDITED
    assert [e.action for e in window.repo.events(segment_id, "ru")][-3:] == ["edited"] * 3
    assert window.view.currentIndex().row() == 2  # the reviewer stays on the cell


def test_alt_digits_do_not_clash_with_other_shortcuts(open_window):
    window = open_window(sample=True)
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.quit_action)):
        for shortcut in action.shortcuts():
            text = shortcut.toString()
            assert text not in seen, f"{text} is used by {seen[text]} and {action.objectName()}"
            seen[text] = action.objectName()
    assert {f"Alt+{n}" for n in range(10)} <= set(seen)
