"""The Romanization panel (dock): one name in every romanization scheme, side by side.

It follows the name chosen in the Names panel (a flag or a concept row): the Ukrainian form is
romanized by KMU 2010, BGN/PCGN and the informal scheme, the Russian form by ICAO Doc 9303,
GOST 7.79 System B, Wikipedia, BGN/PCGN and the informal scheme. Either form can be typed in.
The romanization libraries load on first use.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.name_check_controller import controller_for
from app.ui.status_presentation import language_name

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

COL_LANG, COL_SCHEME, COL_RESULT = range(3)
_ModelIndex = QModelIndex | QPersistentModelIndex


def scheme_label(code: str) -> str:
    translate = QCoreApplication.translate
    return {
        "kmu2010": translate("Romanization", "KMU 2010 (official Ukrainian)"),
        "icao": translate("Romanization", "ICAO Doc 9303"),
        "gost779b": translate("Romanization", "GOST 7.79 System B"),
        "wikipedia": translate("Romanization", "Wikipedia"),
        "bgn": translate("Romanization", "BGN/PCGN"),
        "informal": translate("Romanization", "informal (transliterate package)"),
    }.get(code, code)


class RomanizationModel(QAbstractTableModel):
    """Rows: (language, scheme, romanization) for the Ukrainian and the Russian form."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []
        self.default = {"uk": "kmu2010", "ru": "wikipedia"}

    def set_names(self, uk: str, ru: str) -> None:
        from app.names.romanize import DEFAULT_SCHEME, SCHEMES, romanize_all

        self.default = dict(DEFAULT_SCHEME)
        rows = []
        for lang, text in (("uk", uk.strip()), ("ru", ru.strip())):
            if text:
                results = romanize_all(text, lang)
                rows += [(lang, scheme, results[scheme]) for scheme in SCHEMES[lang]]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def romanization(self, lang: str, scheme: str) -> str | None:
        return next((r for lg, s, r in self._rows if lg == lang and s == scheme), None)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lang, scheme, result = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (language_name(lang), scheme_label(scheme), result)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return scheme
        if role == Qt.ItemDataRole.FontRole and self.default.get(lang) == scheme:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.default.get(lang) == scheme:
            return self.tr("The standard scheme for this language")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Language"), self.tr("Scheme"), self.tr("Romanization"))[section]


class RomanizationPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("romanizationPanel")
        self.model = RomanizationModel(self)
        self.uk_edit = QLineEdit(self)
        self.uk_edit.setObjectName("romanizeUkrainian")
        self.ru_edit = QLineEdit(self)
        self.ru_edit.setObjectName("romanizeRussian")
        for edit in (self.uk_edit, self.ru_edit):
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._update)
        self.view = QTableView(self)
        self.view.setObjectName("romanizationView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.uk_label, self.ru_label = QLabel(self), QLabel(self)
        self.form = QFormLayout()
        self.form.addRow(self.uk_label, self.uk_edit)
        self.form.addRow(self.ru_label, self.ru_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.form)
        layout.addWidget(self.view)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.uk_label.setText(language_name("uk"))
        self.ru_label.setText(language_name("ru"))
        placeholder = self.tr("Type a name in Cyrillic")
        self.uk_edit.setPlaceholderText(placeholder)
        self.ru_edit.setPlaceholderText(placeholder)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def show_name(self, forms: dict[str, str]) -> None:
        """Show a name: {"uk": ..., "ru": ...}; a lone Cyrillic form is used for both."""
        uk, ru = forms.get("uk", ""), forms.get("ru", "")
        uk, ru = uk or ru, ru or uk
        if not uk:
            return  # no Cyrillic form known: keep what is shown
        for edit, text in ((self.uk_edit, uk), (self.ru_edit, ru)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self._update()

    def _update(self) -> None:
        try:
            self.model.set_names(self.uk_edit.text(), self.ru_edit.text())
        except Exception:  # a library missing or failing must not take the window down
            log.exception("Romanization failed")


def install(window: MainWindow) -> None:
    panel = RomanizationPanel(window)
    window.romanization_panel = panel  # type: ignore[attr-defined]
    controller_for(window).nameSelected.connect(panel.show_name)
    def title() -> str:
        return QCoreApplication.translate("RomanizationPanel", "Romanization")

    dock = window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea,
                           title=title())
    window.languageChanged.connect(lambda: dock.setWindowTitle(title()))
