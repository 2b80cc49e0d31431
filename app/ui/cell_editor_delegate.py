"""Multi-line in-place editor for translation cells.

Keys inside the editor: Enter saves the text (recorded as ``edited``) and closes the editor;
Shift+Enter inserts a line break; Ctrl+Enter saves and approves (the window's Approve action);
Tab saves and moves on; Esc cancels; F9 inserts the next missing tag of the source. Leaving the
cell also saves, so nothing typed is lost. Inline tags are chips (``CodedTextEdit``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemDelegate, QStyledItemDelegate

from app.ui.coded_text_edit import CodedTextEdit
from app.ui.segment_table_model import COL_SOURCE, FINDINGS_ROLE, TAG_LABELS_ROLE


class CellEditorDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: ``hook(editor, index)`` runs for every new cell editor (the live spelling underline
        #: and its right-click suggestions attach here: app/ui/spelling_in_editor.py).
        self.editor_hooks: list[Callable[[CodedTextEdit, QModelIndex], None]] = []

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
        editor = CodedTextEdit(parent)
        editor.setObjectName("cellEditor")
        for hook in self.editor_hooks:
            hook(editor, index)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, CodedTextEdit):
            source = index.siblingAtColumn(COL_SOURCE).data(Qt.ItemDataRole.DisplayRole)
            editor.set_source(source or "", index.data(TAG_LABELS_ROLE))
            editor.set_coded_text(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.set_findings(index.data(FINDINGS_ROLE) or [])
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, CodedTextEdit):
            model.setData(index, editor.coded_text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            isinstance(editor, CodedTextEdit)
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

