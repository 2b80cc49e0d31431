"""Shared test setup: no display, no telemetry, every test in its own app home."""

from __future__ import annotations

import os

# Before anything imports Qt or onnxruntime.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch):
    """Point settings, data, logs and caches at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("reviewdesk-home")
    monkeypatch.setenv("REVIEWDESK_HOME", str(home))
    return home
