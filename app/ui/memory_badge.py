"""The grid's badge for a cell the translation memory filled ("TM" on teal, not a status dot)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

BADGE_COLOR = "#00897b"  # teal: apart from every status colour and from machine output
_icons: dict[bool, QIcon] = {}


def memory_badge(origin: str) -> QIcon:
    """A small rounded "TM" mark; a context or exact match (100%, 101%) is filled, a fuzzy
    one outlined."""
    exact = origin.endswith(("100%", "101%"))
    icon = _icons.get(exact)
    if icon is None:
        size = 14
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(BADGE_COLOR)
        painter.setPen(color)
        painter.setBrush(color if exact else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(0.5, 2.5, size - 1, size - 5), 2, 2)
        font = QFont()
        font.setPixelSize(7)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white") if exact else color)
        painter.drawText(QRectF(0, 2, size, size - 4), Qt.AlignmentFlag.AlignCenter, "TM")
        painter.end()
        icon = QIcon(pixmap)
        _icons[exact] = icon
    return icon
