"""Downloading models from an Argos index served by a local http.server on 127.0.0.1."""

from __future__ import annotations

import functools
import json
import shutil
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.core import paths
from app.mt import model_manager
from app.mt.argos_engine import ArgosEngine
from app.mt.download import DownloadCancelled, DownloadFailed
from app.mt.package_index import IndexUnreachable, PackageNotAvailable, index_url


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - keep test output clean
        pass


@pytest.fixture
def index_server(tmp_path, tiny_argos_package):
    """Serves index.json (en->ru and a missing en->uk file) and the en->ru package."""
    root = tmp_path / "served"
    root.mkdir()
    package = shutil.copy(tiny_argos_package("en", "ru"), root / "translate-en_ru-1_0.argosmodel")
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    base = f"http://127.0.0.1:{server.server_address[1]}"
    index = [
        {
            "from_code": "en",
            "to_code": "ru",
            "from_name": "English",
            "to_name": "Russian",
            "package_version": "1.0",
            "argos_version": "1.0",
            "links": [f"{base}/translate-en_ru-1_0.argosmodel"],
        },
        {
            "from_code": "en",
            "to_code": "uk",
            "package_version": "1.0",
            "links": [f"{base}/missing.argosmodel"],
        },
        {"type": "sbd", "from_code": "en", "links": []},
    ]
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"{base}/index.json", Path(package)
    server.shutdown()
    server.server_close()


def dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/index.json"


def leftovers() -> list[str]:
    return sorted(p.name for p in paths.models_dir().iterdir())


def test_download_installs_with_monotone_progress(index_server):
    url, package = index_server
    calls: list[tuple[int, int | None]] = []
    installed = model_manager.download(
        "en", "ru", index_url=url, progress=lambda done, total: calls.append((done, total))
    )
    assert installed.pair == "en->ru"
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[0] == 0
    assert calls[-1] == (package.stat().st_size, package.stat().st_size)
    assert leftovers() == ["translate-en_ru-1_0"]
    assert ArgosEngine().translate(["Prices rose."], "en", "ru")[0].best.text


def test_cancel_mid_download_leaves_nothing(index_server):
    url, _ = index_server
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int | None) -> None:
        seen.append(done)
        if done > 0:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        model_manager.download("en", "ru", index_url=url, progress=progress, cancel=cancel)
    assert len(seen) == 2 and 0 < seen[-1] < index_server[1].stat().st_size
    assert leftovers() == []


def test_index_unreachable_says_offline_and_offers_file_install():
    with pytest.raises(IndexUnreachable) as raised:
        model_manager.download("en", "ru", index_url=dead_url())
    message = str(raised.value)
    assert "offline" in message and "reviewdesk models install FILE" in message
    assert message.count(". ") == 0  # one sentence
    assert leftovers() == []


def test_pair_missing_from_index_names_what_is_offered(index_server):
    with pytest.raises(PackageNotAvailable) as raised:
        model_manager.download("en", "de", index_url=index_server[0])
    assert "en->de" in str(raised.value) and "en->ru" in str(raised.value)


def test_broken_link_fails_cleanly(index_server):
    with pytest.raises(DownloadFailed) as raised:
        model_manager.download("en", "uk", index_url=index_server[0])
    assert "404" in str(raised.value)
    assert leftovers() == []


def test_index_url_from_environment_then_setting(index_server, monkeypatch):
    from app.core.settings import Settings

    assert index_url().startswith("https://raw.githubusercontent.com/argosopentech/")
    Settings().set("argos_index_url", "http://127.0.0.1:1/from-settings.json")
    assert index_url() == "http://127.0.0.1:1/from-settings.json"
    monkeypatch.setenv("REVIEWDESK_ARGOS_INDEX_URL", index_server[0])
    assert index_url() == index_server[0]
    assert model_manager.download("en", "ru").pair == "en->ru"


def test_cli_download_shows_progress_and_offline_message(index_server, capsys):
    from test_mt_package_install import run_models_command

    assert run_models_command("download", "en", "ru", "--index-url", index_server[0]) == 0
    captured = capsys.readouterr()
    assert "100%" in captured.err and "Installed translate-en_ru-1_0" in captured.out
    assert run_models_command("download", "en", "ru", "--index-url", dead_url()) == 2
    err = capsys.readouterr().err
    assert "offline" in err and "models install FILE" in err
