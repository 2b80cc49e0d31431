"""Names in the window: background check on the sample, marks in the grid, the Names panel's
replace / ignore / approve actions, and the romanization panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem, QToolTip

from app.core.first_run import ensure_sample_project
from app.core.model import Status
from app.storage.database import open_project
from app.storage.glossary_repo import GlossaryRepository
from app.storage.project_repo import ProjectRepository
from app.ui.segment_table_model import COL_RU, COL_SOURCE, COL_UK, FLAGS_ROLE, SEGMENT_ID_ROLE

CHECK_TIMEOUT = 60_000


def wait_for_check(qtbot, window, after: int = 0):
    controller = window.name_checks
    controller._timer.setInterval(10)  # no need to wait for typing pauses in tests
    qtbot.waitUntil(lambda: controller.checks_done > after and not controller._running
                    and not controller._timer.isActive(), timeout=CHECK_TIMEOUT)
    return controller


def rows_with(window, text: str) -> list[int]:
    model = window.model
    model.fetch_all()
    return [r for r in range(model.rowCount())
            if text in model.index(r, COL_SOURCE).data(Qt.ItemDataRole.DisplayRole)]


def select(window, row: int, column: int) -> None:
    window.view.go_to(window.proxy.mapFromSource(window.model.index(row, column)))


def choose_flag(panel, wanted) -> None:
    """Select the first flag of the current cell for which ``wanted(flag)`` is true."""
    row = next(n for n in range(panel.cell_flags.rowCount()) if wanted(panel.cell_flags.flag_at(n)))
    panel.flag_view.setCurrentIndex(panel.cell_flags.index(row))


@pytest.fixture
def sample_window(open_window, qtbot):
    window = open_window(ensure_sample_project())
    wait_for_check(qtbot, window)
    return window


def test_sample_kiev_flagged_in_grid_and_listed_in_names_panel(sample_window):
    window = sample_window
    kiev_rows = rows_with(window, "Kiev")
    assert len(kiev_rows) == 2
    for row in kiev_rows:
        flags = window.model.index(row, COL_SOURCE).data(FLAGS_ROLE)
        kiev = [f for f in flags if f.text == "Kiev"]
        assert kiev and kiev[0].severity == "error" and kiev[0].suggestion == "Kyiv"
        assert "Киев" in kiev[0].reason
    unflagged = rows_with(window, "Putin")[0]
    assert not [f for f in window.model.index(unflagged, COL_SOURCE).data(FLAGS_ROLE)
                if "Putin" in f.text]

    concepts = window.names_panel.concepts
    row = concepts.row_of("place:UA:Kyiv")
    assert row is not None
    summary = concepts.concept_at(row)
    assert summary.forms["en"]["Kiev"] == 2 and summary.count == 2
    assert summary.canonical == {"en": "Kyiv", "ru": "Киев", "uk": "Київ"}
    assert concepts.index(row, 2).data() == "Kiev ×2"  # English forms column

    select(window, kiev_rows[0], COL_SOURCE)
    # the delegate paints a red corner mark on the flagged cell
    rect = window.view.visualRect(window.proxy.mapFromSource(
        window.model.index(kiev_rows[0], COL_SOURCE)))
    image = window.view.viewport().grab().toImage()
    assert image.pixelColor(rect.right() - 1, rect.top() + 1).name() == "#d32f2f"
    panel = window.names_panel
    assert "Kyiv" in panel.cell_flags.index(0).data()
    assert "KMU 2010" in panel.reason.text()
    assert not panel.replace_button.isEnabled()  # the English source is read-only
    assert panel.ignore_button.isEnabled() and panel.approve_button.isEnabled()


def test_russian_form_in_ukrainian_cell_flagged_and_replaced(sample_window, qtbot):
    window = sample_window
    row = rows_with(window, "detention center in Kiev")[0]
    uk = window.model.index(row, COL_UK)
    done = window.name_checks.checks_done
    assert window.model.setData(
        uk, "Речник Андрій Лисенко сказав, що їх утримують у слідчому ізоляторі в Киеве.")
    wait_for_check(qtbot, window, done)
    flags = uk.data(FLAGS_ROLE)
    wrong = [f for f in flags if f.kind == "wrong_language_form"]
    assert [(f.text, f.severity, f.suggestion) for f in wrong] == [("Киеве", "error", "Києві")]

    select(window, row, COL_UK)
    panel = window.names_panel
    choose_flag(panel, lambda f: f.kind == "wrong_language_form")
    assert panel.replace_button.isEnabled()
    suggestion = panel.selected_flag().suggestion
    done = window.name_checks.checks_done
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    text = uk.data(Qt.ItemDataRole.EditRole)
    assert suggestion == "Києві"
    assert text == "Речник Андрій Лисенко сказав, що їх утримують у слідчому ізоляторі в Києві."
    sid = uk.data(SEGMENT_ID_ROLE)
    with open_project(window.project_path) as pdb:
        repo = ProjectRepository(pdb)
        assert repo.cell(sid, "uk").status == Status.EDITED
        assert repo.events(sid, "uk")[-1].after["text"] == text
    wait_for_check(qtbot, window, done)
    assert not [f for f in uk.data(FLAGS_ROLE) if f.kind == "wrong_language_form"]


def test_a_name_the_translation_dropped_is_marked_in_the_translation_cell(sample_window, qtbot):
    window = sample_window
    row = rows_with(window, "Minsk")[0]
    ru = window.model.index(row, COL_RU)
    done = window.name_checks.checks_done
    assert window.model.setData(ru, "«Я слышал, что они патрулировали границу», — сказал он.")
    wait_for_check(qtbot, window, done)
    dropped = [f for f in ru.data(FLAGS_ROLE) if f.kind == "translation_dropped_name"]
    assert sorted((f.text, f.suggestion) for f in dropped) == [
        ("Minsk", "Минск"), ("Putin", "Путин")
    ]
    source_flags = window.model.index(row, COL_SOURCE).data(FLAGS_ROLE) or []
    assert not [f for f in source_flags if f.kind == "translation_dropped_name"]

    select(window, row, COL_RU)
    panel = window.names_panel
    choose_flag(panel, lambda f: f.kind == "translation_dropped_name")
    assert "Russian translation does not mention" in panel.reason.text()
    assert not panel.replace_button.isEnabled()  # nothing to replace: the name is missing


def test_ignore_here_hides_flag_and_survives_reopening(sample_window, qtbot):
    window = sample_window
    path = window.project_path
    row = rows_with(window, "Kiev on Tuesday")[0]
    select(window, row, COL_SOURCE)
    panel = window.names_panel
    assert panel.selected_flag().text == "Kiev"
    qtbot.mouseClick(panel.ignore_button, Qt.MouseButton.LeftButton)
    source = window.model.index(row, COL_SOURCE)
    assert not [f for f in source.data(FLAGS_ROLE) if f.text == "Kiev"]
    other = rows_with(window, "detention center in Kiev")[0]
    assert [f for f in window.model.index(other, COL_SOURCE).data(FLAGS_ROLE)
            if f.text == "Kiev"]  # only here

    window.close_project()
    done = window.name_checks.checks_done
    assert window.open_path(path)
    wait_for_check(qtbot, window, done)
    row = rows_with(window, "Kiev on Tuesday")[0]
    assert not [f for f in window.model.index(row, COL_SOURCE).data(FLAGS_ROLE)
                if f.text == "Kiev"]
    with open_project(path) as pdb:
        events = [e for e in ProjectRepository(pdb).events() if e.action == "names.ignore"]
    assert len(events) == 1 and events[0].who == "Olga" and events[0].after["text"] == "Kiev"


def test_approve_spelling_writes_glossary_concept_and_silences_rule(sample_window, qtbot):
    window = sample_window
    row = rows_with(window, "Kiev on Tuesday")[0]
    select(window, row, COL_SOURCE)
    panel = window.names_panel
    dialog = panel.approve_selected()
    assert dialog is not None and dialog.isVisible()
    assert {lang: e.text() for lang, e in dialog.edits.items()} == {
        "en": "Kyiv", "ru": "Киев", "uk": "Київ"}
    assert dialog.romanization.text() == "Kyiv"
    done = window.name_checks.checks_done
    dialog.accept()
    with open_project(window.project_path) as pdb:
        concepts = list(GlossaryRepository(pdb).iter_concepts())
    assert len(concepts) == 1
    terms = {(t.lang, t.text): t.status.value for t in concepts[0].terms}
    assert terms == {("en", "Kyiv"): "preferred", ("ru", "Киев"): "preferred",
                     ("uk", "Київ"): "preferred", ("en", "Kiev"): "deprecated"}
    assert concepts[0].kind.value == "place" and concepts[0].created_by == "Olga"
    glossary = window.glossary_panel.model
    qtbot.waitUntil(lambda: glossary.rowCount() == 1)
    assert [glossary.index(0, c).data() for c in range(1, 4)] == ["Kyiv; Kiev ⚠", "Киев", "Київ"]
    wait_for_check(qtbot, window, done)
    flags = window.model.index(row, COL_SOURCE).data(FLAGS_ROLE)
    kiev = [f for f in flags if f.text == "Kiev"]
    assert [f.kind for f in kiev] == ["glossary_deprecated"]  # the glossary now drives it


def test_approving_the_flagged_spelling_silences_the_flag(sample_window, qtbot):
    window = sample_window
    row = rows_with(window, "Andriy Lysenko")[0]
    select(window, row, COL_SOURCE)
    panel = window.names_panel
    choose_flag(panel, lambda f: f.text == "Andriy")
    dialog = panel.approve_selected()
    assert dialog.edits["en"].text() == "Andrii"
    dialog.edits["en"].setText("Andriy Lysenko")  # the editor keeps the person's own spelling
    done = window.name_checks.checks_done
    dialog.accept()
    wait_for_check(qtbot, window, done)
    flags = window.model.index(row, COL_SOURCE).data(FLAGS_ROLE)
    assert not [f for f in flags if f.text == "Andriy"]


def test_romanization_panel_shows_every_scheme(sample_window):
    window = sample_window
    panel = window.romanization_panel
    panel.show_name({"uk": "Андрій"})
    model = panel.model
    schemes = {model.index(r, 0).data(Qt.ItemDataRole.UserRole)
               for r in range(model.rowCount())}
    assert model.rowCount() == 8  # uk: KMU 2010, BGN/PCGN, informal; ru: five schemes
    assert model.romanization("uk", "kmu2010") == "Andrii"
    assert model.romanization("uk", "bgn") == "Andriy"
    assert schemes == {"kmu2010", "bgn", "informal", "icao", "gost779b",
                                     "wikipedia"}
    labels = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert "KMU 2010 (official Ukrainian)" in labels and "GOST 7.79 System B" in labels

    panel.ru_edit.setText("Андрей")  # typing a form updates the table
    assert model.romanization("ru", "icao") == "Andrei"
    assert model.romanization("ru", "wikipedia") == "Andrey"

    # choosing a flag in the Names panel shows that name
    row = rows_with(window, "Andriy Lysenko")[0]
    select(window, row, COL_SOURCE)
    names = window.names_panel
    choose_flag(names, lambda f: f.text == "Andriy")
    assert panel.uk_edit.text().startswith("Андрій")
    assert model.romanization("uk", "kmu2010").startswith("Andrii")


def test_concept_row_goes_to_first_mention_and_stays_chosen_after_a_recheck(sample_window,
                                                                           qtbot):
    window = sample_window
    panel = window.names_panel
    row = panel.concepts.row_of("place:UA:Kyiv")
    panel.concept_view.selectRow(row)
    assert window.romanization_panel.uk_edit.text() == "Київ"
    panel._go_to_concept(panel.concepts.index(row, 0))
    current = window.proxy.mapToSource(window.view.currentIndex())
    assert current.column() == COL_SOURCE
    assert "Kiev" in current.data(Qt.ItemDataRole.DisplayRole)
    done = window.name_checks.checks_done
    window.name_checks.run_now()
    wait_for_check(qtbot, window, done)
    chosen = panel.concept_view.currentIndex()
    assert panel.concepts.concept_at(chosen.row()).concept == "place:UA:Kyiv"


def test_flag_tooltip_and_interface_language(sample_window, qtbot):
    window = sample_window
    row = rows_with(window, "Kiev on Tuesday")[0]
    index = window.proxy.mapFromSource(window.model.index(row, COL_SOURCE))
    rect = window.view.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                       window.view.viewport().mapToGlobal(rect.center()))
    option = QStyleOptionViewItem()
    assert window.view.itemDelegate().helpEvent(event, window.view, option, index)
    tip = QToolTip.text()
    assert "Kiev → Kyiv (error: Russian-derived spelling)" in tip and "KMU 2010" in tip

    panel = window.names_panel
    window.preferences.switch_language("uk")
    try:
        qtbot.waitUntil(lambda: panel.ignore_button.text() == "Пропустити тут")
        assert panel.parentWidget().windowTitle() == "Імена"
        assert window.glossary_panel.parentWidget().windowTitle() == "Глосарій"
        select(window, row, COL_SOURCE)
        assert "помилка" in panel.cell_flags.index(0).data()
    finally:
        window.preferences.switch_language("en")
    qtbot.waitUntil(lambda: panel.ignore_button.text() == "Ignore here")


def test_approving_again_shows_the_conflict_before_and_after_writing(sample_window, qtbot,
                                                                     monkeypatch):
    window = sample_window
    row = rows_with(window, "Kiev on Tuesday")[0]
    select(window, row, COL_SOURCE)
    panel = window.names_panel
    done = window.name_checks.checks_done
    panel.approve_selected().accept()
    wait_for_check(qtbot, window, done)

    select(window, rows_with(window, "detention center in Kiev")[0], COL_SOURCE)
    choose_flag(panel, lambda f: f.text == "Kiev")
    dialog = panel.approve_selected()
    dialog.edits["en"].setText("Kyiv")
    assert "“Kyiv” (en) is already in glossary concept #1 (Kyiv) as preferred." \
        in dialog.conflicts.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    dialog.accept()
    assert shown and "belongs to concepts #1, #2" in shown[0]
    with open_project(window.project_path) as pdb:
        assert len(list(GlossaryRepository(pdb).iter_concepts())) == 2  # nothing merged away


def test_a_failing_check_is_reported_and_the_window_keeps_working(open_window, project_path,
                                                                  qtbot, monkeypatch):
    import app.ui.name_check_controller as controller_module

    def broken(path, check_cancelled):
        raise RuntimeError("The toponym table is missing; reinstall Review Desk.")

    monkeypatch.setattr(controller_module, "check_project", broken)
    window = open_window(project_path)
    with qtbot.waitSignal(window.name_checks.checkFailed, timeout=CHECK_TIMEOUT) as failed:
        pass
    assert "toponym table is missing" in failed.args[0]
    assert "toponym table is missing" in window.status.currentMessage()
    uk = window.model.index(0, COL_UK)
    assert window.model.setData(uk, "Матері солдатів звернулися до президента.")
    assert uk.data(FLAGS_ROLE) == []


def test_flag_reasons_are_shown_in_the_interface_language(sample_window):
    """The checker's reasons are templates (app/names/reasons.py); the Names panel and its flag
    list (and the cell tooltips) translate them in context NameReasons and fill in the names.
    A translator standing in for a Russian .qm proves the lookup (the shipped .qm files get these
    messages when the lead merges translations/pending)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.names.reasons import REASONS

    class Translator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "NameReasons" and source == REASONS["place_russian_name"]:
                return "%1 — латинизация русского названия %2; %3 по КМУ 2010 — %4."
            return ""  # everything else falls through to the untranslated text

    window = sample_window
    translator = Translator()
    QCoreApplication.installTranslator(translator)
    try:
        row = rows_with(window, "Kiev")[0]
        select(window, row, COL_SOURCE)
        panel = window.names_panel
        choose_flag(panel, lambda f: f.text == "Kiev")
        assert panel.reason.text() == (
            "Kiev — латинизация русского названия Киев; Київ по КМУ 2010 — Kyiv.")
        current = panel.flag_view.currentIndex()
        assert panel.cell_flags.data(current, Qt.ItemDataRole.ToolTipRole) == panel.reason.text()
    finally:
        QCoreApplication.removeTranslator(translator)
