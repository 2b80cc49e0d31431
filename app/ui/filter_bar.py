"""The bar above the grid: search over all columns and a filter by status and language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.core.model import TARGET_LANGUAGES, Status
from app.ui.segment_filter_proxy import SegmentFilterProxy
from app.ui.status_presentation import language_name, status_label

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    def __init__(self, proxy: SegmentFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("searchEdit")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("languageFilter")
        self.status_label = QLabel(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("matchCount")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status_combo, 1)
        layout.addWidget(self.lang_combo, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_search)
        self.status_combo.currentIndexChanged.connect(self.apply_status)
        self.lang_combo.currentIndexChanged.connect(self.apply_status)
        proxy.rowsInserted.connect(self._update_count)
        proxy.rowsRemoved.connect(self._update_count)
        proxy.modelReset.connect(self._update_count)
        proxy.layoutChanged.connect(self._update_count)
        proxy.matchesChanged.connect(self._update_count)

        # Ctrl+F: put the cursor in the search field (added to the Edit menu by the window).
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search English, Russian and Ukrainian text…"))
        self.status_label.setText(self.tr("Status:"))
        self.find_action.setText(self.tr("&Find…"))
        current_status = self.status_combo.currentData()
        current_lang = self.lang_combo.currentData()
        for combo in (self.status_combo, self.lang_combo):
            combo.blockSignals(True)
            combo.clear()
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.lang_combo.addItem(self.tr("Any language"), None)
        for lang in TARGET_LANGUAGES:
            self.lang_combo.addItem(language_name(lang), lang)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(current_status), 0))
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(current_lang), 0))
        for combo in (self.status_combo, self.lang_combo):
            combo.blockSignals(False)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def apply_search(self) -> None:
        self._timer.stop()
        self.proxy.set_search_text(self.search.text())
        self._update_count()

    def apply_status(self) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_status_filter(
            Status(value) if value else None, self.lang_combo.currentData() or None
        )
        self._update_count()

    def clear(self) -> None:
        self.search.clear()
        self.status_combo.setCurrentIndex(0)
        self.lang_combo.setCurrentIndex(0)
        self.apply_search()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        if self.proxy.is_active():
            self.count_label.setText(
                self.tr("%n matching segment(s)", "", self.proxy.match_count())
            )
        else:
            self.count_label.setText("")
