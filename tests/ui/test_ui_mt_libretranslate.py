"""The machine-translation interface against a real LibreTranslate 1.9.6 server on 127.0.0.1.

The server is the one the MT tests use (``tests/mt/libretranslate_server.py``, its own cached
virtual environment, tiny random-weight en->ru/en->uk packages, an API keys database, at most 2
alternatives). A missing server venv is built on first use; if that fails the tests fail.
"""

from __future__ import annotations

import pytest
import ui_mt_fixtures as fx
from libretranslate_server import (
    ServerUnavailable,
    tiny_server,
)
from PySide6.QtCore import Qt
from ui_mt_fixtures import MemoryKeyring

from app.core.model import Status
from app.mt import secrets
from app.ui.mt_settings_dialog import MTSettingsDialog
from app.ui.segment_table_model import COL_RU, COL_UK, STATUS_ROLE
from app.ui.translate_controller import TranslateController

# Fixtures shared by the MT interface tests.
use_keyring = fx.use_keyring

GOOD_KEY = "review-desk-gui-key"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def lt_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-libretranslate")
    try:
        with tiny_server(root, seeds=(21, 22), api_keys={GOOD_KEY: 100000},
                         extra_args=("--alternatives-limit", "2")) as server:
            yield server
    except ServerUnavailable as exc:
        pytest.fail(str(exc))


def configure(qtbot, window, url: str, key: str) -> str:
    """Settings > Machine translation…: LibreTranslate at ``url`` with ``key``; Test, then OK."""
    [action] = [a for a in window.settings_menu.actions() if a.objectName() == "mtSettingsAction"]
    action.trigger()
    dialog = window.findChild(MTSettingsDialog)
    dialog.engine_combo.setCurrentIndex(dialog.engine_combo.findData("libretranslate"))
    dialog.url_edit.setText(url)
    dialog.key_edit.setText(key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=20_000)
    answer = dialog.test_result.text()
    dialog.accept()
    with qtbot.waitActive(window):
        window.activateWindow()
    return answer


def translate(qtbot, window):
    controller = window.findChild(TranslateController)
    with qtbot.waitSignal(controller.finished, timeout=120_000) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL)
    return blocker.args[0], controller.last_box


def test_translate_through_the_teams_server(qtbot, open_window, project_factory, lt_server,
                                            use_keyring, settings):
    ring = use_keyring(MemoryKeyring())
    window = open_window(project_factory("team.rdproj", 40))
    answer = configure(qtbot, window, lt_server.url, GOOD_KEY)
    assert "English (en)" in answer and "Russian (ru)" in answer and "Ukrainian (uk)" in answer
    assert list(ring.store.values()) == [GOOD_KEY]
    assert settings.get("mt_engine") == "libretranslate"

    summary, box = translate(qtbot, window)

    assert (summary.translated, summary.failed) == (80, 0)
    assert summary.models["ru"].startswith(f"libretranslate@{lt_server.url}")
    model = window.model
    for column in (COL_RU, COL_UK):
        for row in range(40):
            index = model.index(row, column)
            assert index.data() and index.data(STATUS_ROLE) == Status.TRANSLATED
    alternatives = window.repo.machine_alternatives(model.row_at(0).segment.id, "ru")
    assert 0 < len(alternatives) <= 2  # the server's limit, learnt from its own error text


def test_a_refused_key_says_what_the_server_said(qtbot, open_window, lt_server, use_keyring):
    use_keyring(MemoryKeyring())
    window = open_window(sample=True)
    configure(qtbot, window, lt_server.url, "not-the-key")
    assert secrets.load_api_key(lt_server.url) == "not-the-key"

    summary, box = translate(qtbot, window)

    assert summary is None
    assert "Invalid API key" in box.text()
    assert any("settings" in button.text() for button in box.buttons())
    assert window.model.index(0, COL_RU).data(STATUS_ROLE) == Status.NEW
