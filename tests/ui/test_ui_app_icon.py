"""The application icon is on the window, and the desktop entry is valid and points at it."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from app.core.resources import resource_path

INSTALL_HINT = ("desktop-file-validate is not installed; install it with "
                "'sudo apt install desktop-file-utils' to check the desktop entry")


def test_window_has_the_application_icon(open_window, project_path):
    window = open_window(project_path)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {48, 256}
    image = QImage(str(resource_path("icons", "reviewdesk-256.png")))
    assert (image.width(), image.height()) == (256, 256)
    # the rendering is the drawing, not an empty canvas: the blue card and the white grid
    assert image.pixelColor(128, 20).blue() > 120 and image.pixelColor(128, 60).lightness() > 240
    assert resource_path("icons", "reviewdesk.svg").read_text().lstrip().startswith("<?xml")


def test_desktop_entry_runs_reviewdesk_with_its_icon():
    path = resource_path("reviewdesk.desktop")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Review Desk"
    assert desktop["Exec"].split()[0] == "reviewdesk" and desktop["Icon"] == "reviewdesk"
    assert "Name[ru]" not in desktop or desktop["Name[ru]"]
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"missing on CI: {INSTALL_HINT}")
        pytest.skip(INSTALL_HINT)
    result = subprocess.run([validator, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout
