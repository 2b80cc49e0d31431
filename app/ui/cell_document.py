"""A cell's text as a laid-out QTextDocument: tags as chips, findings as wavy underlines.

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


def underline_spans(cursor: QTextCursor, findings: Sequence[CellFinding], length: int) -> None:
    """Wavy-underline each finding's span in its severity's colour (offsets clamped)."""
    for severity in SEVERITY_DRAW_ORDER:
        for finding in findings:
            if finding.severity != severity or not finding.has_span:
                continue
            assert finding.start is not None and finding.end is not None
            start, end = min(finding.start, length), min(finding.end, length)
            if start < end:
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(underline_format(severity))


def cell_document(text: str, font: QFont, width: float,
                  labels: Mapping[int, str] | None = None,
                  findings: Sequence[CellFinding] = ()) -> QTextDocument:
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
    underline_spans(cursor, findings, len(text))
    document.setTextWidth(max(1.0, width))
    return document


def position_at(document: QTextDocument, point: QPointF) -> int:
    """The character under ``point`` (document coordinates), or -1."""
    return document.documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)


def findings_at(findings: Sequence[CellFinding], position: int) -> list[CellFinding]:
    return [
        f for f in findings
        if f.has_span and f.start is not None and f.end is not None
        and f.start <= position < f.end
    ]
