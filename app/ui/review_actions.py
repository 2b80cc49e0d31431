"""Approve, reject, undo and comment: the reviewer's keyboard actions on the current cell.

Shortcuts: Ctrl+Enter (Ctrl+Return) approves and jumps to the next cell not yet approved;
Ctrl+Shift+Backspace rejects (and jumps the same way); Ctrl+Z undoes the reviewer's last
decision (inside an open editor Ctrl+Z undoes typing instead); Ctrl+Alt+M edits the comment.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog

from app.ui.segment_filter_proxy import SegmentFilterProxy
from app.ui.segment_table_model import LANG_BY_COLUMN, SegmentTableModel
from app.ui.segment_view import SegmentView
from app.ui.status_presentation import language_name

APPROVE_SHORTCUTS = ("Ctrl+Return", "Ctrl+Enter")
REJECT_SHORTCUTS = ("Ctrl+Shift+Backspace",)
COMMENT_SHORTCUTS = ("Ctrl+Alt+M",)


class ReviewActions(QObject):
    #: A short note for the status bar ("Nothing to undo", ...).
    message = Signal(str)

    def __init__(self, view: SegmentView, proxy: SegmentFilterProxy, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.proxy = proxy
        self.approve_action = self._action("approveAction", APPROVE_SHORTCUTS, self.approve)
        self.reject_action = self._action("rejectAction", REJECT_SHORTCUTS, self.reject)
        self.undo_action = self._action("undoDecisionAction", (), self.undo)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.comment_action = self._action("commentAction", COMMENT_SHORTCUTS, self.comment)
        self.actions = [self.approve_action, self.reject_action, self.undo_action,
                        self.comment_action]
        self.translate_ui()

    def _action(self, name: str, shortcuts, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: _discard(slot()))
        return action

    def translate_ui(self) -> None:
        self.approve_action.setText(self.tr("&Approve and go to next"))
        self.approve_action.setStatusTip(
            self.tr("Approve the current translation and jump to the next one not approved")
        )
        self.reject_action.setText(self.tr("&Reject and go to next"))
        self.undo_action.setText(self.tr("&Undo last decision"))
        self.comment_action.setText(self.tr("&Comment…"))

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    # -- the current cell ----------------------------------------------------------------------

    def _model(self) -> SegmentTableModel | None:
        return self.proxy.source()

    def _current(self) -> tuple[QModelIndex, QModelIndex] | None:
        """(view index, source index) of the current translation cell, or None."""
        self.view.commit_open_editor()
        index = self.view.currentIndex()
        if not index.isValid() or index.column() not in LANG_BY_COLUMN or self._model() is None:
            self.message.emit(self.tr("Select a Russian or Ukrainian cell first."))
            return None
        return index, self.proxy.mapToSource(index)

    # -- actions -------------------------------------------------------------------------------

    def approve(self) -> bool:
        return self._decide(approve=True)

    def reject(self) -> bool:
        return self._decide(approve=False)

    def _decide(self, approve: bool) -> bool:
        current = self._current()
        model = self._model()
        if current is None or model is None:
            return False
        index, source_index = current
        cell = model.cell_at(source_index)
        if cell is None or not (cell.text or "").strip():
            self.message.emit(self.tr("This cell is empty: type a translation first."))
            return False
        target = self.view.next_unapproved(index)
        # Remember the target in source terms: a status filter may hide the decided row.
        target_source = QPersistentModelIndex(self.proxy.mapToSource(target))
        done = model.approve(source_index) if approve else model.reject(source_index)
        if not done:
            return False
        if target_source.isValid():
            self.view.go_to(self.proxy.mapFromSource(QModelIndex(target_source)))
        elif approve:
            self.message.emit(self.tr("Every cell is approved."))
        return True

    def undo(self) -> bool:
        model = self._model()
        if model is None:
            return False
        self.view.commit_open_editor()
        source_index = model.undo_last()
        if source_index is None:
            self.message.emit(self.tr("Nothing to undo."))
            return False
        cell = model.cell_at(source_index)
        self.view.go_to(self.proxy.mapFromSource(source_index))
        if cell is not None:
            self.message.emit(
                self.tr("Undone: segment %1, %2")
                .replace("%1", str(model.row_at(source_index.row()).segment.index + 1))
                .replace("%2", language_name(cell.lang))
            )
        return True

    def comment(self) -> bool:
        current = self._current()
        model = self._model()
        if current is None or model is None:
            return False
        _, source_index = current
        cell = model.cell_at(source_index)
        assert cell is not None
        text, ok = QInputDialog.getMultiLineText(
            self.view.window(), self.tr("Comment"),
            self.tr("Comment on this %1 translation (empty removes it):").replace(
                "%1", language_name(cell.lang)
            ),
            cell.comment or "",
        )
        if not ok:
            return False
        return model.set_comment(source_index, text.strip())


def _discard(_result: object) -> None:
    """Slots connected to Qt signals return None: PySide 6.12 mishandles a returned bool."""
