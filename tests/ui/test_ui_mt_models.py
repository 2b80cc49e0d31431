"""Tools > Translation models…: list, install from file, refuse bad files, remove, download."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import ui_mt_fixtures as fx
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_mt_fixtures import QuietHandler, dead_url

from app.core import paths
from app.mt import model_manager
from app.ui.model_manager_dialog import ModelManagerDialog

# Fixtures shared by the MT interface tests.
tiny_package = fx.tiny_package
index_server = fx.index_server


@pytest.fixture
def dialog(qtbot, open_window, tiny_package):
    """The dialog opened from the Tools menu, with en->ru installed beforehand."""
    model_manager.install_file(tiny_package("en", "ru"))
    window = open_window(sample=True)
    action = [a for a in window.tools_menu.actions() if a.objectName() == "modelManagerAction"]
    action[0].trigger()
    found = window.findChild(ModelManagerDialog)
    assert found.isVisible()
    return found


def rows(dialog) -> list[tuple[str, str, str]]:
    model = dialog.table_model
    return [tuple(model.item(r, c).text() for c in range(3)) for r in range(model.rowCount())]


def wait_done(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=30_000)


def installed_folders() -> list[str]:
    return sorted(p.name for p in paths.models_dir().iterdir())


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_lists_the_installed_model(dialog):
    [(pair, version, size)] = rows(dialog)
    assert pair == "English → Russian" and version == "1.0"
    assert size.split()[0].replace(",", ".").replace(".", "", 1).isdigit()  # e.g. "984.6 KB"
    assert not dialog.remove_button.isEnabled()  # nothing selected yet
    assert dialog.pair_combo.currentText() == "English → Ukrainian"  # the one still missing


def test_install_a_second_model_from_a_file(qtbot, dialog, monkeypatch, tiny_package):
    choose_file(monkeypatch, tiny_package("en", "uk"))
    dialog.install_button.click()
    wait_done(qtbot, dialog)
    assert [r[0] for r in rows(dialog)] == ["English → Russian", "English → Ukrainian"]
    assert "Installed English → Ukrainian" in dialog.message.text()
    assert installed_folders() == ["translate-en_ru-1_0", "translate-en_uk-1_0"]


def test_a_malicious_file_is_refused_plainly_with_nothing_written(qtbot, dialog, monkeypatch,
                                                                  tmp_path):
    evil = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("pkg/metadata.json", '{"from_code": "en", "to_code": "uk"}')
        archive.writestr("pkg/model/model.bin", b"x" * 100)
        archive.writestr("pkg/../../escaped.txt", b"gotcha")
    choose_file(monkeypatch, evil)
    dialog.install_button.click()
    wait_done(qtbot, dialog)
    assert "not a valid Argos model package" in dialog.message.text()
    assert "leaving the package" in dialog.message.text()
    assert installed_folders() == ["translate-en_ru-1_0"]
    assert not (paths.models_dir().parent / "escaped.txt").exists()
    assert len(rows(dialog)) == 1


def test_remove_asks_first(qtbot, dialog, monkeypatch):
    answers = []

    def question(parent, title, text, *args, **kwargs):
        answers.append(text)
        return answers_to_give.pop(0)

    answers_to_give = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.handle is None and installed_folders() == ["translate-en_ru-1_0"]
    dialog.remove_button.click()
    wait_done(qtbot, dialog)
    assert "English → Russian" in answers[0]
    assert rows(dialog) == [] and installed_folders() == []
    assert "Removed English → Russian" in dialog.message.text()


def test_download_from_the_index_with_a_progress_bar_to_100_percent(qtbot, dialog,
                                                                    index_server):
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.pair_combo.setCurrentIndex(dialog.pair_combo.findText("English → Ukrainian"))
    dialog.download_button.click()
    assert not dialog.download_button.isEnabled() and dialog.cancel_button.isVisible()
    wait_done(qtbot, dialog)
    size = index_server.stat().st_size
    assert dialog.progress.maximum() == size and dialog.progress.value() == size
    assert values == sorted(values) and len(values) >= 3  # moved in steps, never back
    assert "Installed English → Ukrainian" in dialog.message.text()
    assert [r[0] for r in rows(dialog)] == ["English → Russian", "English → Ukrainian"]
    assert not dialog.cancel_button.isVisible() and dialog.download_button.isEnabled()


def test_cancelled_download_installs_nothing(qtbot, dialog, index_server,
                                            monkeypatch):
    monkeypatch.setattr(QuietHandler, "delay", 0.03)
    dialog.pair_combo.setCurrentIndex(dialog.pair_combo.findText("English → Ukrainian"))
    dialog.progress.valueChanged.connect(lambda value: value > 0 and dialog.cancel_button.click())
    dialog.download_button.click()
    wait_done(qtbot, dialog)
    assert "cancelled" in dialog.message.text()
    assert installed_folders() == ["translate-en_ru-1_0"]


def test_unreachable_index_says_offline_in_one_sentence_and_offers_the_file(
    qtbot, dialog, monkeypatch
):
    monkeypatch.setenv("REVIEWDESK_ARGOS_INDEX_URL", dead_url() + "/index.json")
    dialog.download_button.click()
    wait_done(qtbot, dialog)
    text = dialog.message.text()
    assert text.startswith("Cannot reach the model index (are you offline?)")
    assert "Install from file" in text and text.count(". ") == 0
    assert dialog.install_button.isDefault() and dialog.focusWidget() is dialog.install_button
    assert not dialog.progress.isVisible()
    assert installed_folders() == ["translate-en_ru-1_0"]
