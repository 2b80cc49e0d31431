"""The window's status bar: approved/total per language, refreshed after every change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.core.model import Status
from app.ui.segment_table_model import SegmentTableModel
from app.ui.status_presentation import language_name


class ReviewStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("reviewProgress")
        self.addPermanentWidget(self.progress_label)
        self._model: SegmentTableModel | None = None
        self._timer = QTimer(self)  # coalesce bursts of changes into one count query
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

    def set_model(self, model: SegmentTableModel | None) -> None:
        if self._model is not None:
            self._model.decisionsChanged.disconnect(self._timer.start)
        self._model = model
        if model is not None:
            model.decisionsChanged.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        if self._model is None:
            self.progress_label.setText(self.tr("No project open"))
            return
        counts = self._model.repo.status_counts()
        total = counts["segments"]
        parts = []
        for lang in self._model.repo.languages:
            approved = counts.get(lang, {}).get(Status.APPROVED.value, 0)
            parts.append(
                self.tr("%1: %2/%3 approved")
                .replace("%1", language_name(lang))
                .replace("%2", str(approved))
                .replace("%3", str(total))
            )
        parts.append(self.tr("%n segment(s)", "", total))
        self.progress_label.setText("  ·  ".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
