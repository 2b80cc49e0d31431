"""The grid's cell delegate with finding marks: a coloured corner on a cell with findings.

A cell with findings (name flags, tag problems, QA) gets a small triangle in its top-right
corner in the colour of its worst finding (error red, warning orange, note blue); each finding
with a span is underlined where it is (``CodedCellDelegate``), and the tooltip says why.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from app.ui.coded_cell_delegate import CodedCellDelegate
from app.ui.flag_presentation import SEVERITY_COLORS, worst_severity
from app.ui.segment_table_model import FINDINGS_ROLE

MARK_SIZE = 9


class FlagMarkDelegate(CodedCellDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        severity = worst_severity(index.data(FINDINGS_ROLE) or [])
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
        painter.restore()
