"""Starting the window where Qt cannot open one gives a plain message, not Qt's abort."""

from __future__ import annotations

import argparse
import ctypes

import pytest

from app.ui import application, display_check
from app.ui.display_check import display_problem


def test_no_display_is_explained():
    message = display_problem({}, "linux")
    assert message is not None and "No display found" in message


def test_missing_xcb_cursor_library_names_the_package(monkeypatch):
    def dlopen(name):
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(display_check.ctypes, "CDLL", dlopen)
    message = display_problem({"DISPLAY": ":0"}, "linux")
    assert message is not None and "sudo apt install libxcb-cursor0 libxcb-icccm4" in message


def test_every_missing_x11_library_is_named_once(monkeypatch):
    present = {"libxcb-cursor.so.0", "libxcb-randr.so.0", "libxcb-shape.so.0",
               "libxcb-render-util.so.0", "libxcb-image.so.0", "libxcb-xkb.so.1",
               "libxkbcommon-x11.so.0"}

    def dlopen(name):  # a minimal Debian: cursor present, icccm and keysyms missing
        if name not in present:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    monkeypatch.setattr(display_check.ctypes, "CDLL", dlopen)
    message = display_problem({"DISPLAY": ":0"}, "linux")
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1;" in message
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms)" in message
    assert "libxcb-cursor0" not in message


def test_a_usable_x11_display_or_a_chosen_platform_passes(monkeypatch):
    monkeypatch.setattr(display_check.ctypes, "CDLL", lambda name: object())
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_run_gui_stops_with_the_message_before_starting_qt(monkeypatch, capsys):
    monkeypatch.setattr(application.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(display_check.sys, "platform", "linux")

    def dlopen(name):
        raise OSError(name)

    monkeypatch.setattr(ctypes, "CDLL", dlopen)
    started = []
    monkeypatch.setattr(application, "setup_logging", lambda: started.append(True))
    args = argparse.Namespace(project=None, reviewer="Olga", sample=False)
    assert application.run_gui(args) == 2
    assert "libxcb-cursor0" in capsys.readouterr().err
    assert started == []


@pytest.mark.parametrize("platform", ["xcb", "wayland"])
def test_an_explicit_qt_platform_still_needs_a_display(platform):
    message = display_problem({"QT_QPA_PLATFORM": platform}, "linux")
    assert message is not None and "No display found" in message
