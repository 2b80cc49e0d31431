"""Multi-line in-place editor for translation cells.

Keys inside the editor: Enter saves the text (recorded as ``edited``) and closes the editor;
Shift+Enter inserts a line break; Ctrl+Enter saves and approves (the window's Approve action);
Tab saves and moves on; Esc cancels. Leaving the cell also saves, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QStyledItemDelegate


class CellEditorDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        """An empty cell shows its placeholder ("not translated yet") in grey, italic."""
        super().initStyleOption(option, index)
        if not option.text:
            from app.ui.segment_table_model import PLACEHOLDER_ROLE

            placeholder = index.data(PLACEHOLDER_ROLE)
            if placeholder:
                option.text = placeholder
                option.font.setItalic(True)
                option.palette.setColor(QPalette.ColorRole.Text,
                                        option.palette.color(QPalette.ColorRole.PlaceholderText))

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        editor = QPlainTextEdit(parent)
        editor.setObjectName("cellEditor")
        editor.setTabChangesFocus(True)
        editor.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor_text(editor), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            isinstance(editor, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                editor.insertPlainText("\n")
                return True
        return super().eventFilter(editor, event)


def editor_text(editor: QPlainTextEdit) -> str:
    """The editor's text exactly as typed (``toPlainText`` would turn no-break spaces, common
    in Russian and Ukrainian typography, into ordinary spaces)."""
    raw = editor.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")
