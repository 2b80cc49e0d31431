"""Settings > Machine translation…: engine, server, API key in the keyring, test connection."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import ui_mt_fixtures as fx
from keyring.backends import fail
from ui_mt_fixtures import MemoryKeyring, dead_url

from app.core.settings import Settings
from app.mt import secrets
from app.ui.mt_settings_dialog import MTSettingsDialog

# Fixtures shared by the MT interface tests.
use_keyring = fx.use_keyring

KEY = "s3cret-key-42"


class LanguagesHandler(BaseHTTPRequestHandler):
    refuse = False

    def do_GET(self):  # noqa: N802 (http.server API)
        if self.path == "/languages" and not self.refuse:
            status, body = 200, [
                {"code": "en", "name": "English", "targets": ["ru", "uk"]},
                {"code": "ru", "name": "Russian", "targets": ["en"]},
            ]
        else:
            status, body = 400, {"error": "Slowdown: too many requests from this address"}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), LanguagesHandler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def open_dialog(window) -> MTSettingsDialog:
    [action] = [a for a in window.settings_menu.actions() if a.objectName() == "mtSettingsAction"]
    action.trigger()
    dialog = window.findChild(MTSettingsDialog)
    assert dialog.isVisible()
    return dialog


def fill(dialog, url: str, key: str, alternatives: int = 5) -> None:
    dialog.engine_combo.setCurrentIndex(dialog.engine_combo.findData("libretranslate"))
    dialog.url_edit.setText(url)
    dialog.key_edit.setText(key)
    dialog.alternatives_spin.setValue(alternatives)


def files_containing(folder, text: str) -> list[str]:
    return [str(p) for p in folder.rglob("*")
            if p.is_file() and text in p.read_text(encoding="utf-8", errors="replace")]


def test_key_goes_to_the_keyring_and_never_into_settings(qtbot, open_window, use_keyring,
                                                         app_home):
    ring = use_keyring(MemoryKeyring())
    window = open_window(sample=True)
    dialog = open_dialog(window)
    assert "system keyring" in dialog.key_note.text()
    assert not dialog.url_edit.isEnabled()  # Argos is the default: no server fields
    fill(dialog, "http://lt.example.org:5000/", KEY)
    assert dialog.url_edit.isEnabled() and dialog.test_button.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert not dialog.isVisible()
    stored = Settings()
    assert stored.get("mt_engine") == "libretranslate"
    assert stored.get("libretranslate_url") == "http://lt.example.org:5000/"
    assert stored.get("mt_alternatives") == 5
    assert ring.store == {(secrets.SERVICE, "http://lt.example.org:5000"): KEY}
    assert files_containing(app_home, KEY) == []
    assert dialog.key_storage.in_keyring

    again = open_dialog(window)
    assert again.key_edit.text() == KEY and again.engine == "libretranslate"
    assert again.key_edit.echoMode() == again.key_edit.EchoMode.Password


def test_without_a_keyring_the_key_is_kept_for_this_session_only(qtbot, open_window,
                                                                 use_keyring, app_home):
    use_keyring(fail.Keyring())
    window = open_window(sample=True)
    dialog = open_dialog(window)
    assert "kept for this session only" in dialog.key_note.text()
    fill(dialog, "http://lt.example.org", KEY)
    dialog.accept()
    assert not dialog.key_storage.in_keyring
    assert secrets.load_api_key("http://lt.example.org") == KEY
    assert files_containing(app_home, KEY) == []


def test_a_server_address_is_required_for_libretranslate(open_window, use_keyring):
    use_keyring(MemoryKeyring())
    dialog = open_dialog(open_window(sample=True))
    fill(dialog, "  ", "")
    dialog.accept()
    assert dialog.isVisible() and "address" in dialog.test_result.text()
    assert Settings().get("mt_engine") == "argos"


def test_test_connection_shows_the_servers_languages(qtbot, open_window, use_keyring, server):
    use_keyring(MemoryKeyring())
    dialog = open_dialog(open_window(sample=True))
    httpd, url = server
    fill(dialog, url, "")
    handle = dialog.test_connection()
    assert not dialog.test_button.isEnabled()  # one test at a time
    qtbot.waitUntil(lambda: handle.done, timeout=10_000)
    assert "English (en), Russian (ru)" in dialog.test_result.text()
    assert dialog.test_button.isEnabled()

    LanguagesHandler.refuse = True
    try:
        handle = dialog.test_connection()
        qtbot.waitUntil(lambda: handle.done, timeout=10_000)
    finally:
        LanguagesHandler.refuse = False
    assert "says: Slowdown: too many requests" in dialog.test_result.text()


def test_test_connection_to_a_dead_port_says_it_cannot_be_reached(qtbot, open_window,
                                                                  use_keyring):
    use_keyring(MemoryKeyring())
    dialog = open_dialog(open_window(sample=True))
    fill(dialog, dead_url(), "")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=10_000)
    assert "cannot be reached" in dialog.test_result.text()
    assert Settings().get("mt_engine") == "argos"  # testing saves nothing
