"""A first run that leads somewhere: no model installed -> one action installs both."""

from __future__ import annotations

import functools
import json
import shutil
import threading
from http.server import ThreadingHTTPServer

import pytest
import ui_mt_fixtures as fx
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog
from test_ui_mt_translate import CTRL, controller_of

from app.mt import model_manager
from app.ui.model_manager_dialog import ModelManagerDialog

tiny_package = fx.tiny_package


@pytest.fixture
def both_served(tmp_path, tiny_package, monkeypatch):
    """A local Argos index on 127.0.0.1 offering en->ru and en->uk."""
    root = tmp_path / "served"
    root.mkdir()
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(fx.QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    index, sizes = [], {}
    for target, name in (("ru", "Russian"), ("uk", "Ukrainian")):
        file = shutil.copy(tiny_package("en", target), root / f"translate-en_{target}.argosmodel")
        sizes[target] = file.stat().st_size
        index.append({"from_code": "en", "to_code": target, "from_name": "English",
                      "to_name": name, "package_version": "1.0",
                      "links": [f"{base}/translate-en_{target}.argosmodel"]})
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    monkeypatch.setenv("REVIEWDESK_ARGOS_INDEX_URL", f"{base}/index.json")
    yield sizes
    server.shutdown()
    server.server_close()


def test_ctrl_t_without_models_offers_one_action_that_installs_both(
    qtbot, open_window, both_served
):
    window = open_window(sample=True)
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL)
    box = controller_of(window).last_box
    assert "English → Russian" in box.text() and "English → Ukrainian" in box.text()
    box.findChild(type(box.buttons()[0]), "installMissingModels").click()

    dialog = window.findChild(ModelManagerDialog)
    qtbot.waitUntil(lambda: dialog.handle is None and not dialog.setup.isVisible(),
                    timeout=30_000)
    installed = {(p.from_code, p.to_code) for p in model_manager.list_models()}
    assert installed == {("en", "ru"), ("en", "uk")}
    assert dialog.table_model.rowCount() == 2
    assert "Installed English → Russian, English → Ukrainian" in dialog.message.text()
    assert dialog.progress.value() == dialog.progress.maximum() > 0


def test_the_empty_manager_says_what_is_missing_with_sizes(qtbot, open_window, both_served):
    window = open_window(sample=True)
    dialog = controller_of(window)._open_model_manager()
    assert dialog.setup.isVisible()
    assert "No translation model is installed yet" in dialog.setup.text.text()
    shown = []
    original = dialog.say
    dialog.say = lambda text, problem=False: (shown.append(text), original(text, problem))
    dialog.setup.install_missing()
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=30_000)
    sizes = [QLocale().formattedDataSize(both_served[t]) for t in ("ru", "uk")]
    assert any(all(size in text for size in sizes) for text in shown), shown


def test_install_from_files_takes_several_models_at_once(
    qtbot, open_window, tiny_package, monkeypatch
):
    window = open_window(sample=True)
    dialog = controller_of(window)._open_model_manager()
    files = [str(tiny_package("en", "ru")), str(tiny_package("en", "uk"))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (files, "")))
    dialog.setup.files_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None and not dialog.setup.isVisible(),
                    timeout=30_000)
    assert dialog.table_model.rowCount() == 2


def test_with_one_model_the_strip_names_only_the_missing_one(
    qtbot, open_window, tiny_package
):
    model_manager.install_file(tiny_package("en", "ru"))
    window = open_window(sample=True)
    dialog = controller_of(window)._open_model_manager()
    assert dialog.setup.isVisible()
    assert dialog.setup.text.text() == "Still missing: English → Ukrainian."
