"""The grid's cell delegate for text with inline tags or findings (see ``cell_document``).

A cell whose text has tags, or that has a finding with a span, is drawn from a QTextDocument:
tags as chips, each finding's span with a wavy underline in its severity's colour. The tooltip
of a chip names the tag (and its label, "b", "link", when the document's codes are known); the
tooltip over an underlined span gives that finding's reason; elsewhere the cell's own tooltip
and every finding of the cell. Other cells are Qt's usual drawing. Editing is the
``CellEditorDelegate``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QToolTip

from app.documents.inline_codes import has_tags
from app.ui.cell_document import (
    cell_document,
    draw_wavy_underlines,
    findings_at,
    position_at,
)
from app.ui.cell_editor_delegate import CellEditorDelegate
from app.ui.cell_findings import CellFinding
from app.ui.flag_presentation import flags_tooltip
from app.ui.segment_table_model import FINDINGS_ROLE, TAG_LABELS_ROLE
from app.ui.tag_chips import chip_at, chip_tooltip


class CodedCellDelegate(CellEditorDelegate):
    def _rich(self, index) -> tuple[str, list[CellFinding]] | None:
        """(text, findings) when the cell needs the rich drawing, else None."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        findings = index.data(FINDINGS_ROLE) or []
        if has_tags(text) or any(f.has_span for f in findings):
            return text, findings
        return None

    def _layout(self, option, index) -> tuple[QStyleOptionViewItem, QRect]:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        return opt, rect.adjusted(margin, 0, -margin, 0)

    def text_rect_and_document(self, option, index):
        """(text rectangle, document, top offset) of a rich cell as painted, or None."""
        rich = self._rich(index)
        if rich is None:
            return None
        opt, rect = self._layout(option, index)
        document = cell_document(rich[0], opt.font, rect.width(), index.data(TAG_LABELS_ROLE))
        top = max(0.0, (rect.height() - document.size().height()) / 2)
        return rect, document, top

    def paint(self, painter: QPainter, option, index) -> None:
        laid_out = self.text_rect_and_document(option, index)
        if laid_out is None:
            super().paint(painter, option, index)
            return
        rect, document, top = laid_out
        opt, _ = self._layout(option, index)
        findings = index.data(FINDINGS_ROLE) or []
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        color = (opt.palette.color(QPalette.ColorRole.HighlightedText) if selected
                 else opt.palette.color(QPalette.ColorRole.Text))
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + top)
        document.documentLayout().draw(painter, context)
        draw_wavy_underlines(painter, document, findings)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint(option, index)
        rich = self._rich(index)
        if rich is None or not has_tags(rich[0]):
            return hint  # underlines do not change the size
        opt, rect = self._layout(option, index)
        document = cell_document(rich[0], opt.font, rect.width())
        extra = option.rect.height() - rect.height() if option.rect.height() > 0 else 4
        return QSize(hint.width(), max(hint.height(), round(document.size().height()) + extra))

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt override)
        if event is None or not index.isValid():
            return super().helpEvent(event, view, option, index)
        findings = index.data(FINDINGS_ROLE) or []
        text = self._pointed_tooltip(event.pos(), option, index, findings)
        if text is None:
            if not findings:
                return super().helpEvent(event, view, option, index)
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            text = "\n".join(part for part in (own, flags_tooltip(findings)) if part)
        QToolTip.showText(event.globalPos(), text, view)
        return True

    def _pointed_tooltip(self, pos, option, index, findings) -> str | None:
        laid_out = self.text_rect_and_document(option, index)
        if laid_out is None:
            return None
        rect, document, top = laid_out
        point = QPointF(pos.x() - rect.left(), pos.y() - rect.top() - top)
        position = position_at(document, point)
        if position < 0:
            return None
        chip = chip_at(document, position)
        if chip is not None:
            return chip_tooltip(*chip)
        under = findings_at(findings, position)
        return flags_tooltip(under) if under else None

