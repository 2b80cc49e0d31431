"""The grid's cell delegate plus name-check marks: a coloured corner and the reason on hover.

A flagged cell gets a small triangle in its top-right corner in the colour of its worst flag
(error red, warning orange, note blue) and a line under the bottom edge; its tooltip lists each
flag with its reason after the cell's own tooltip. Editing is the ``CellEditorDelegate``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QToolTip

from app.ui.cell_editor_delegate import CellEditorDelegate
from app.ui.flag_presentation import SEVERITY_COLORS, flags_tooltip, worst_severity
from app.ui.segment_table_model import FLAGS_ROLE

MARK_SIZE = 9


class FlagMarkDelegate(CellEditorDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        severity = worst_severity(index.data(FLAGS_ROLE) or [])
        if severity is None:
            return
        color = QColor(SEVERITY_COLORS[severity])
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        right, top = rect.right() + 1, rect.top()
        painter.drawPolygon(QPolygonF([
            QPointF(right - MARK_SIZE, top), QPointF(right, top), QPointF(right, top + MARK_SIZE),
        ]))
        painter.fillRect(rect.left() + 2, rect.bottom() - 1, rect.width() - 4, 2, color)
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt override)
        flags = index.data(FLAGS_ROLE) if index.isValid() else None
        if not flags or event is None:
            return super().helpEvent(event, view, option, index)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        text = "\n".join(part for part in (own, flags_tooltip(flags)) if part)
        QToolTip.showText(event.globalPos(), text, view)
        return True
