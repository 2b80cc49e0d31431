"""Before Qt starts: is there a screen Qt can use? A plain message beats Qt's abort.

Qt 6.5+ needs the system library libxcb-cursor0 for X11 windows and aborts the process without
it ("Could not load the Qt platform plugin xcb"); pip cannot install it. Checked before the
QApplication exists, with the same ``dlopen`` Qt would do. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys

XCB_CURSOR = "libxcb-cursor.so.0"


def display_problem(
    environ: dict[str, str] | None = None, platform: str | None = None
) -> str | None:
    """A message saying why no window can open here and what to do, or None when it can."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: the user chose a platform on purpose
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Review Desk "
            "from a desktop session; the command-line tools (reviewdesk import, status, "
            "translate, check-names, glossary ...) work without one."
        )
    uses_x11 = qpa.startswith("xcb") or not env.get("WAYLAND_DISPLAY")
    if uses_x11:
        try:
            ctypes.CDLL(XCB_CURSOR)
        except OSError:
            return (
                "Qt needs the system library libxcb-cursor0 to open windows on X11, and it is "
                "not installed. Install it (Debian/Ubuntu: sudo apt install libxcb-cursor0; "
                "Fedora: sudo dnf install xcb-util-cursor) and start Review Desk again."
            )
    return None
