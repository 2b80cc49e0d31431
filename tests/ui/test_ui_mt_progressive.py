"""Translation that feels instant: rows on screen first, drafts, refinement, alternatives on demand.

Real window, tiny genuine Argos models (installed through the model manager's code path).
"""

from __future__ import annotations

import time

import ui_mt_fixtures as fx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from test_ui_mt_alternatives import go_to
from test_ui_mt_alternatives import translate as alternatives_translate
from test_ui_mt_translate import controller_of, translate

from app.core.model import Status
from app.ui.alternatives_panel import AlternativesPanel
from app.ui.segment_table_model import COL_RU, COL_UK, SEGMENT_ID_ROLE

tiny_package = fx.tiny_package
installed_models = fx.installed_models


def panel_dock(window):
    return window.findChild(QDockWidget, "alternativesDock")


def test_the_rows_on_screen_are_translated_first_after_scrolling_to_the_middle(
    qtbot, open_window, project_factory, installed_models
):
    window = open_window(project_factory("long.rdproj", 500))
    model, view = window.model, window.view
    model.fetch_all()
    middle = model.index(250, COL_RU)
    view.scrollTo(window.proxy.mapFromSource(middle), view.ScrollHint.PositionAtCenter)
    controller = controller_of(window)
    on_screen = controller.visible_segment_ids()
    first_row = model.index(250, 0).data(SEGMENT_ID_ROLE)
    assert first_row in on_screen and 20 <= len(on_screen) < 150
    batches: list[tuple[str, list[int]]] = []
    controller.batchStored.connect(lambda _run, lang, ids: batches.append((lang, list(ids))))

    summary = translate(qtbot, window)

    # The first batches stored are exactly the rows on screen and the next screenful, in both
    # languages, before anything else; only then the document from the top.
    assert batches[0] == ("ru", on_screen) and batches[1] == ("uk", on_screen)
    assert model.index(0, 0).data(SEGMENT_ID_ROLE) in batches[2][1]
    assert summary.first_rows_seconds is not None
    assert summary.drafts == 1000 and summary.refined == 1000


def test_scrolling_while_it_runs_moves_the_new_rows_to_the_front(
    qtbot, open_window, project_factory, installed_models, monkeypatch
):
    from app.mt.argos_engine import ArgosEngine

    real_translate = ArgosEngine.translate

    def like_a_real_model(self, *args, **kwargs):  # the tiny model is too quick to scroll
        time.sleep(0.3)
        return real_translate(self, *args, **kwargs)

    monkeypatch.setattr(ArgosEngine, "translate", like_a_real_model)
    window = open_window(project_factory("long.rdproj", 500))
    model, view = window.model, window.view
    model.fetch_all()
    controller = controller_of(window)
    batches: list[list[int]] = []
    target = {}

    def scroll_once(_run, lang, ids):
        batches.append(list(ids))
        if len(batches) == 1:  # after the first batch the reviewer jumps to the end
            view.scrollToBottom()
            controller._prioritize_visible()  # the scroll timer's work, without waiting 60 ms
            target["ids"] = controller.visible_segment_ids()

    controller.batchStored.connect(scroll_once)
    translate(qtbot, window)
    last_row = model.index(499, 0).data(SEGMENT_ID_ROLE)
    assert last_row in target["ids"]
    after_scroll = batches[2]  # batches[1] is the first rows' Ukrainian, already under way
    assert last_row in after_scroll and set(after_scroll) <= set(target["ids"])


def test_refinement_leaves_the_cell_open_in_the_editor_and_reviewed_cells_alone(
    qtbot, open_window, project_factory, installed_models
):
    window = open_window(project_factory("p.rdproj", 30))
    window.settings.set("mt_mode", "draft")
    model, view = window.model, window.view
    translate(qtbot, window)
    assert all(model.cell_at(model.index(r, COL_RU)).machine_draft for r in range(30))
    approved, edited, opened = (model.index(r, COL_RU) for r in (0, 1, 2))
    assert model.approve(approved) and model.setData(edited, "Правка.")
    draft_text = opened.data()
    panel_dock(window).hide()  # a visible Alternatives panel would refine the current cell
    view.setCurrentIndex(window.proxy.mapFromSource(opened))
    view.edit(view.currentIndex())
    assert view.state() == view.State.EditingState

    window.settings.set("mt_mode", "refine")
    with qtbot.waitSignal(controller_of(window).finished, timeout=60_000) as blocker:
        controller_of(window).translate_document()  # the editor stays open meanwhile
    summary = blocker.args[0]
    assert view.state() == view.State.EditingState
    assert opened.data() == draft_text and model.cell_at(opened).machine_draft
    assert model.cell_at(approved).status is Status.APPROVED
    assert edited.data() == "Правка."
    assert summary.refined == 30 * 2 - 3 and summary.kept_draft == 1
    assert not model.cell_at(model.index(5, COL_UK)).machine_draft


def test_the_alternatives_of_a_draft_are_computed_when_the_reviewer_looks(
    qtbot, open_window, project_factory, installed_models
):
    window = open_window(project_factory("p.rdproj", 12))
    window.settings.set("mt_mode", "draft")
    alternatives_translate(qtbot, window)
    panel = window.findChild(AlternativesPanel)
    panel_dock(window).show()
    model = window.model
    cell = model.index(4, COL_UK)
    assert model.cell_at(cell).machine_draft
    assert window.repo.machine_alternatives(model.index(4, 0).data(SEGMENT_ID_ROLE), "uk") == []

    go_to(qtbot, window, 4, COL_UK)  # the panel shows a draft: its alternatives are computed
    qtbot.waitUntil(lambda: not model.cell_at(cell).machine_draft, timeout=30_000)
    qtbot.waitUntil(lambda: len(panel.candidates) > 0, timeout=10_000)
    assert model.cell_at(model.index(5, COL_UK)).machine_draft  # only the cell looked at
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert model.cell_at(cell).status is Status.EDITED
    assert cell.data() == panel.candidates[0]


def test_alt_1_on_a_draft_with_the_panel_hidden_computes_the_alternatives(
    qtbot, open_window, project_factory, installed_models
):
    window = open_window(project_factory("p.rdproj", 12))
    window.settings.set("mt_mode", "draft")
    alternatives_translate(qtbot, window)
    panel_dock(window).hide()
    model = window.model
    cell = model.index(7, COL_RU)
    go_to(qtbot, window, 7, COL_RU)

    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "alternatives" in window.status.currentMessage()
    assert model.cell_at(cell).status is Status.TRANSLATED  # nothing inserted yet
    qtbot.waitUntil(lambda: not model.cell_at(cell).machine_draft, timeout=30_000)
    segment_id = model.index(7, 0).data(SEGMENT_ID_ROLE)
    alternatives = window.repo.machine_alternatives(segment_id, "ru")
    assert alternatives
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert model.cell_at(cell).status is Status.EDITED
    assert cell.data() in [a["text"] for a in alternatives]


def test_untranslated_cells_say_so_and_drafts_are_marked_until_refined(
    qtbot, open_window, project_factory, installed_models
):
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = open_window(project_factory("p.rdproj", 6))
    model, view = window.model, window.view
    index = window.proxy.mapFromSource(model.index(3, COL_RU))

    def shown(proxy_index):
        option = QStyleOptionViewItem()
        view.itemDelegateForIndex(proxy_index).initStyleOption(option, proxy_index)
        return option

    assert shown(index).text == "not translated yet" and shown(index).font.italic()
    assert "Not translated yet" in index.data(Qt.ItemDataRole.ToolTipRole)

    window.settings.set("mt_mode", "draft")
    translate(qtbot, window)
    option = shown(index)
    assert option.text == index.data() != "not translated yet" and option.font.italic()
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Draft")

    window.settings.set("mt_mode", "refine")
    translate(qtbot, window)  # refines the drafts
    assert not shown(index).font.italic()
    assert not index.data(Qt.ItemDataRole.ToolTipRole).startswith("Draft")


def test_the_status_bar_names_where_translation_runs_soon_after_start(qtbot, open_window):
    window = open_window(sample=True)
    label = controller_of(window).device_label
    qtbot.waitUntil(lambda: label.text().startswith("MT: CPU"), timeout=10_000)
    assert "cores" in label.toolTip() or "calibrated" in label.toolTip()


def test_beam_mode_leaves_memory_fills_and_the_reviewers_text(
    qtbot, open_window, project_factory, installed_models
):
    """Ctrl+T in beam mode: the memory fills cells first; the engine neither re-translates
    them nor touches what the reviewer wrote."""
    from app.core.model import SegmentDraft
    from app.memory.lookup import TranslationMemory
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    path = project_factory("p.rdproj", 6)
    with open_project(path) as pdb:
        sources = [s.source for s in ProjectRepository(pdb).segments()]
    with open_project(path.with_name("yesterday.rdproj"), create=True) as pdb:
        old = ProjectRepository(pdb, repetitions=False)
        old.add_document("old.txt", [SegmentDraft(sources[0], 0, 0)])
        old.decide(old.segments()[0].id, "ru", Status.APPROVED, "Из памяти переводов.", "ann")
        TranslationMemory.open(pdb).close()  # into the shared memory
    window = open_window(path)
    window.settings.set("mt_mode", "beam")
    model = window.model
    assert model.setData(model.index(1, COL_RU), "Правка рецензента.")
    assert model.setData(model.index(1, COL_UK), "Правка рецензентки.")
    summary = translate(qtbot, window)
    assert summary.from_memory == 1
    filled = model.cell_at(model.index(0, COL_RU))
    assert (filled.machine_text, filled.machine_origin) == ("Из памяти переводов.", "memory 100%")
    assert model.index(1, COL_RU).data() == "Правка рецензента."
    assert model.cell_at(model.index(1, COL_RU)).status is Status.EDITED
    assert model.cell_at(model.index(2, COL_RU)).machine_text  # the engine did the rest
    assert model.index(1, COL_UK).data() == "Правка рецензентки."
    summary = translate(qtbot, window)  # a second beam run leaves them too
    filled = model.cell_at(model.index(0, COL_RU))
    assert filled.machine_origin == "memory 100%"
    assert model.index(1, COL_RU).data() == "Правка рецензента."
    assert model.index(1, COL_UK).data() == "Правка рецензентки."
