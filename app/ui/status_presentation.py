"""How statuses and content languages look on screen: translated labels, colours, marks.

The core returns ``Status`` codes and language codes; only this module turns them into words and
pixels, so every widget shows them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.core.model import Status

STATUS_COLORS: dict[Status, str] = {
    Status.NEW: "#9e9e9e",
    Status.TRANSLATED: "#1e88e5",
    Status.EDITED: "#fb8c00",
    Status.APPROVED: "#2e7d32",
    Status.REJECTED: "#c62828",
}

#: Soft row tints behind decided cells (None: no tint).
STATUS_TINTS: dict[Status, str | None] = {
    Status.NEW: None,
    Status.TRANSLATED: None,
    Status.EDITED: "#fff3e0",
    Status.APPROVED: "#e8f5e9",
    Status.REJECTED: "#ffebee",
}

COMMENT_COLOR = "#6a1b9a"

_icons: dict[tuple[Status, bool], QIcon] = {}


def status_label(status: Status) -> str:
    translate = QCoreApplication.translate
    return {
        Status.NEW: translate("Status", "new"),
        Status.TRANSLATED: translate("Status", "machine translated"),
        Status.EDITED: translate("Status", "edited"),
        Status.APPROVED: translate("Status", "approved"),
        Status.REJECTED: translate("Status", "rejected"),
    }[status]


def language_name(code: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "en": translate("Language", "English"),
        "ru": translate("Language", "Russian"),
        "uk": translate("Language", "Ukrainian"),
    }
    return names.get(code, code)


def status_icon(status: Status, commented: bool = False) -> QIcon:
    """A round mark in the status colour; a small purple square in the corner marks a comment."""
    key = (status, commented)
    icon = _icons.get(key)
    if icon is None:
        size = 14
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLORS[status]))
        painter.drawEllipse(QRectF(1, 1, size - 4, size - 4))
        if commented:
            painter.setBrush(QColor(COMMENT_COLOR))
            painter.drawRect(QRectF(size - 6, 0, 6, 6))
        painter.end()
        icon = QIcon(pixmap)
        _icons[key] = icon
    return icon
