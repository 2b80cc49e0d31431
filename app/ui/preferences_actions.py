"""Settings and Help menu actions: reviewer name, interface language, About."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from app import __version__
from app.core.settings import Settings
from app.ui.ui_language import InterfaceLanguage

#: (setting value, name shown in its own language; '' follows the system).
LANGUAGE_CHOICES = (("en", "English"), ("ru", "Русский"), ("uk", "Українська"))


def ask_reviewer_name(parent: QWidget | None, current: str = "") -> str | None:
    """Ask for the name recorded with every decision; None when cancelled or empty."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PreferencesActions", "Reviewer name"),
        QCoreApplication.translate(
            "PreferencesActions", "Your name, recorded with every decision you make:"
        ),
        text=current or getpass.getuser(),
    )
    name = name.strip()
    return name if ok and name else None


class PreferencesActions(QObject):
    reviewerChanged = Signal(str)

    def __init__(self, window: QWidget, settings: Settings, language: InterfaceLanguage) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.language = language
        self.reviewer_action = QAction(self)
        self.reviewer_action.setObjectName("reviewerNameAction")
        self.reviewer_action.triggered.connect(self.change_reviewer)
        self.language_menu = QMenu(window)
        self.language_menu.setObjectName("interfaceLanguageMenu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = settings.get("ui_language")
        for code, name in (("", ""), *LANGUAGE_CHOICES):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            self.language_actions[code] = action
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.about)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.reviewer_action.setText(self.tr("&Reviewer name…"))
        self.language_menu.setTitle(self.tr("&Interface language"))
        self.language_actions[""].setText(self.tr("System default"))
        self.about_action.setText(self.tr("&About Review Desk"))

    def change_reviewer(self) -> None:
        name = ask_reviewer_name(self.window, self.settings.get("reviewer"))
        if name:
            self.settings.set("reviewer", name)
            self.reviewerChanged.emit(name)

    def switch_language(self, code: str) -> None:
        """Save the choice and retranslate every open window now (no restart)."""
        self.settings.set("ui_language", code)
        self.language.apply(code)
        self.language_actions[code].setChecked(True)

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Review Desk"),
            self.tr(
                "Review Desk %1\n\nReview English to Russian and Ukrainian news translations: "
                "every decision is saved at once, with who made it and when."
            ).replace("%1", __version__),
        )
