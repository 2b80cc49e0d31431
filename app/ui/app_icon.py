"""The application icon (``resources/icons``: the SVG and its PNG renderings)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.core.resources import resource_path

PNG_SIZES = (48, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in PNG_SIZES:
        icon.addFile(str(resource_path("icons", f"reviewdesk-{size}.png")))
    return icon
