"""Fixtures for the machine-translation interface tests (import them into a test module).

Tiny genuine Argos packages come from ``tests/mt/tiny_argos.py`` (built once per test session per
module), installed through the real ``model_manager.install_file`` into the test's app home.
"""

from __future__ import annotations

import functools
import json
import shutil
import socket
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "mt"))

import tiny_argos  # noqa: E402
from keyring_double import MemoryKeyring, use_keyring  # noqa: E402, F401 (re-exported)

_built: dict[tuple, Path] = {}


@pytest.fixture(scope="session")
def tiny_package(tmp_path_factory):
    """``tiny_package(from_code, to_code, **options)`` -> path of a ``.argosmodel`` file."""

    def build(from_code: str = "en", to_code: str = "ru", **options) -> Path:
        key = (from_code, to_code, tuple(sorted(options.items())))
        if key not in _built or not _built[key].exists():
            folder = tmp_path_factory.mktemp("ui-tiny-argos")
            _built[key] = tiny_argos.build_argos_package(folder, from_code, to_code, **options)
        return _built[key]

    return build


@pytest.fixture
def installed_models(tiny_package):
    """en->ru and en->uk installed into this test's app home through the real code path."""
    from app.mt.model_manager import install_file

    return [install_file(tiny_package("en", target)) for target in ("ru", "uk")]


class QuietHandler(SimpleHTTPRequestHandler):
    delay = 0.0  # seconds per 64 KiB sent: a slow line, so Cancel can arrive mid-download

    def log_message(self, format, *args):  # noqa: A002 - keep test output clean
        pass

    def copyfile(self, source, outputfile):
        while chunk := source.read(64 * 1024):
            try:
                outputfile.write(chunk)
                if self.delay:
                    outputfile.flush()
                    time.sleep(self.delay)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client cancelled


@pytest.fixture
def index_server(tmp_path, tiny_package, monkeypatch):
    """A local Argos index on 127.0.0.1 offering en->uk; the app is pointed at it by env."""
    root = tmp_path / "served"
    root.mkdir()
    package = shutil.copy(tiny_package("en", "uk"), root / "translate-en_uk-1_0.argosmodel")
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    base = f"http://127.0.0.1:{server.server_address[1]}"
    index = [{
        "from_code": "en", "to_code": "uk", "from_name": "English", "to_name": "Ukrainian",
        "package_version": "1.0", "links": [f"{base}/translate-en_uk-1_0.argosmodel"],
    }]
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    monkeypatch.setenv("REVIEWDESK_ARGOS_INDEX_URL", f"{base}/index.json")
    yield Path(package)
    server.shutdown()
    server.server_close()


def dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


