"""A cell's text as a laid-out QTextDocument (tags as chips) and wavy underlines under spans.

The grid paints a cell this way when it has tags or a finding with a span (other cells keep
Qt's own, cheaper text drawing). The same document answers "what is under the mouse" for
tooltips, and tells tests where a span is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QPolygonF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from app.ui.cell_findings import CellFinding
from app.ui.flag_presentation import SEVERITY_COLORS
from app.ui.tag_chips import insert_coded

SEVERITY_DRAW_ORDER = ("info", "warning", "error")  # the worst is drawn last, on top


def underline_format(severity: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"])))
    return fmt


def cell_document(text: str, font: QFont, width: float,
                  labels: Mapping[int, str] | None = None) -> QTextDocument:
    """``text`` (coded) laid out at ``width`` the way the grid wraps cell text."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    insert_coded(cursor, text, labels)
    document.setTextWidth(max(1.0, width))
    return document


def span_segments(document: QTextDocument, start: int, end: int
                  ) -> list[tuple[float, float, float]]:
    """(left, right, baseline) of each laid-out line piece of the span ``[start, end)``."""
    pieces = []
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = layout.position()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            first = block.position() + line.textStart()
            low, high = max(start, first), min(end, first + line.textLength())
            if low < high:
                left = line.cursorToX(low - block.position())[0]
                right = line.cursorToX(high - block.position())[0]
                pieces.append((origin.x() + left, origin.x() + right,
                               origin.y() + line.y() + line.ascent()))
        block = block.next()
    return pieces


def draw_wavy_underlines(painter: QPainter, document: QTextDocument,
                         findings: Sequence[CellFinding]) -> None:
    """A crisp zigzag under each finding's span in its severity's colour, the worst on top
    (drawn by hand: Qt's own wave is one antialiased pixel, too faint to notice in a grid)."""
    length = document.characterCount() - 1
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for severity in SEVERITY_DRAW_ORDER:
        painter.setPen(QPen(QColor(SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"])), 1))
        for finding in findings:
            if finding.severity != severity or not finding.has_span:
                continue
            assert finding.start is not None and finding.end is not None
            for left, right, baseline in span_segments(
                    document, min(finding.start, length), min(finding.end, length)):
                painter.drawPolyline(_zigzag(left, right, baseline + 2))
    painter.restore()


def _zigzag(left: float, right: float, y: float) -> QPolygonF:
    points = []
    x, up = left, False
    while x < right:
        points.append(QPointF(x, y - 1 if up else y + 1))
        x, up = x + 2, not up
    points.append(QPointF(right, y - 1 if up else y + 1))
    return QPolygonF(points)


def position_at(document: QTextDocument, point: QPointF) -> int:
    """The character under ``point`` (document coordinates), or -1."""
    return document.documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)


def findings_at(findings: Sequence[CellFinding], position: int) -> list[CellFinding]:
    return [
        f for f in findings
        if f.has_span and f.start is not None and f.end is not None
        and f.start <= position < f.end
    ]
