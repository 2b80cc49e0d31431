"""Before Qt starts: is there a screen Qt can use? A plain message beats Qt's abort.

Qt 6.5+ opens X11 windows through its xcb plugin, which needs a dozen system libraries
(libxcb-cursor0 is the one desktops most often lack; a minimal Debian lacks libxcb-icccm4 and
libxcb-keysyms1 too) and aborts the process without them ("Could not load the Qt platform plugin
xcb"); pip cannot install them. Each is tried before the QApplication exists, with the same
``dlopen`` Qt would do, and the message names every missing one with its Debian/Ubuntu and Fedora
package. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys

XCB_CURSOR = "libxcb-cursor.so.0"
#: What libqxcb.so and libQt6XcbQpa.so.6 load (``ldd`` on PySide6 6.x), with the package names.
X11_LIBRARIES: dict[str, tuple[str, str]] = {
    XCB_CURSOR: ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


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
        missing = [packages for name, packages in X11_LIBRARIES.items() if not _loads(name)]
        if missing:
            debian = " ".join(dict.fromkeys(d for d, _ in missing))
            fedora = " ".join(dict.fromkeys(f for _, f in missing))
            return (
                f"Qt needs system libraries to open windows on X11 that are not installed "
                f"({debian}). Install them (Debian/Ubuntu: sudo apt install {debian}; Fedora: "
                f"sudo dnf install {fedora}) and start Review Desk again."
            )
    return None


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True
