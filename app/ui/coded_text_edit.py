"""The in-place cell editor: plain text with inline tags as chips (see ``tag_chips``).

A chip is one character: the cursor steps over it, Backspace and Delete remove it whole, cut and
paste or a drag moves it. F9 (``INSERT_TAG_KEY``) inserts the next tag of the source that the
text lacks, in source order, at the cursor; with a selection, an opening tag whose closing tag
is missing too wraps the selection. Copy gives other programs the readable form (``<1>bold</1>``)
and keeps the tags for pasting back here; a paste never creates a tag the source does not have,
nor a second copy of one (``tag_edit.clean_paste``). The cell's findings are underlined where
they are and follow the text as it changes; the tooltip over one gives its reason.
"""

from __future__ import annotations

import atexit
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from app.documents.inline_codes import display
from app.documents.tag_edit import clean_paste, next_tag_insertion
from app.ui.cell_document import underline_format
from app.ui.cell_findings import CellFinding
from app.ui.flag_presentation import flags_tooltip
from app.ui.tag_chips import chip_at, chip_tooltip, coded_text, insert_coded

INSERT_TAG_KEY = Qt.Key.Key_F9
CODED_MIME = "application/x-reviewdesk-coded-text"


class CodedTextEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.source = ""
        self.labels: dict[int, str] = {}
        self._findings: list[tuple[QTextCursor, CellFinding]] = []  # cursors follow edits

    # -- text ----------------------------------------------------------------------------------

    def set_source(self, source: str, labels: Mapping[int, str] | None = None) -> None:
        """The segment's source (coded text): where missing tags come from, which tags may be
        pasted, and the tags' labels for tooltips."""
        self.source = source
        self.labels = dict(labels or {})

    def set_coded_text(self, text: str) -> None:
        self.document().clear()
        cursor = QTextCursor(self.document())
        insert_coded(cursor, text, self.labels)
        self.document().clearUndoRedoStacks()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def coded_text(self) -> str:
        return coded_text(self.document())

    # -- findings ------------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[CellFinding]) -> None:
        """Underline each finding's span (wavy, in its severity's colour); the underlines move
        with the text while the reviewer types."""
        self._findings = []
        selections = []
        length = self.document().characterCount() - 1
        for finding in sorted(findings, key=CellFinding.sort_key):
            if not finding.has_span or finding.start is None or finding.end is None:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(finding.start, length))
            cursor.setPosition(min(finding.end, length), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = underline_format(finding.severity)
            selections.append(selection)
            self._findings.append((cursor, finding))
        self.setExtraSelections(selections)

    def finding_spans(self) -> list[tuple[int, int, CellFinding]]:
        """(start, end, finding) of every underlined finding, where it is now."""
        return [(c.selectionStart(), c.selectionEnd(), f) for c, f in self._findings
                if c.selectionStart() < c.selectionEnd()]

    def select_finding(self, forward: bool = True) -> CellFinding | None:
        """Select the next (previous) underlined span after (before) the cursor."""
        cursor = self.textCursor()
        here = cursor.selectionStart()
        spans = self.finding_spans()
        if forward:
            ahead = [s for s in spans if s[0] > here]
        else:
            ahead = [s for s in reversed(spans) if s[0] < here]
        if not ahead:
            return None
        start, end, finding = ahead[0]
        self.select_span(start, end)
        return finding

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- tags ----------------------------------------------------------------------------------

    def insert_next_tag(self) -> bool:
        """Insert the next missing tag of the source (False: none is missing)."""
        cursor = self.textCursor()
        insertions = next_tag_insertion(
            self.source, self.coded_text(), cursor.selectionStart(), cursor.selectionEnd()
        )
        if not insertions:
            return False
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        for offset, char in sorted(insertions, reverse=True):
            edit.setPosition(offset)
            insert_coded(edit, char, self.labels, cursor.charFormat())
        edit.endEditBlock()
        last = max(offset for offset, _ in insertions) + len(insertions)
        cursor.setPosition(last)
        self.setTextCursor(cursor)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == INSERT_TAG_KEY and not event.modifiers():
            self.insert_next_tag()
            return
        super().keyPressEvent(event)

    # -- clipboard and drag --------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        cursor = self.textCursor()
        coded = coded_text(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        mime = QMimeData()
        _clear_clipboard_at_exit()
        mime.setText(display(coded))
        mime.setData(CODED_MIME, coded.encode("utf-8"))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        return source.hasFormat(CODED_MIME) or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if source.hasFormat(CODED_MIME):
            pasted = bytes(source.data(CODED_MIME).data()).decode("utf-8", "replace")
        elif source.hasText():
            pasted = source.text()
        else:
            return
        cursor = self.textCursor()
        whole = self.coded_text()
        kept = whole[:cursor.selectionStart()] + whole[cursor.selectionEnd():]
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_coded(cursor, clean_paste(pasted, self.source, kept), self.labels)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    # -- tooltips ------------------------------------------------------------------------------

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for viewport position ``pos``: a chip's tag and label, the reason of
        the findings underlined there, or ""."""
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        position = self.document().documentLayout().hitTest(
            QPointF(pos) + offset, Qt.HitTestAccuracy.ExactHit
        )
        if position < 0:
            return ""
        chip = chip_at(self.document(), position)
        if chip:
            return chip_tooltip(*chip)
        under = [f for start, end, f in self.finding_spans() if start <= position < end]
        return flags_tooltip(under) if under else ""

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


_exit_hook: list[bool] = []


def _clear_clipboard_at_exit() -> None:
    """Mime data made in Python must not outlive the interpreter: Qt's clipboard would
    destroy it during the process's final clean-up, after Python is gone, and crash."""
    if _exit_hook:
        return
    _exit_hook.append(True)

    def clear() -> None:
        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()

    atexit.register(clear)
