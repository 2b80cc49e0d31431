"""Interface language: installs the app's and Qt's own translators, switchable at run time.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets and the
main window answer it by re-running their ``translate_ui`` (the Frescobaldi habit), so a switch
needs no restart. Content languages (en/ru/uk segments) are a separate thing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.resources import translations_dir

log = logging.getLogger(__name__)

INTERFACE_LANGUAGES = ("en", "ru", "uk")


def resolve(code: str) -> str:
    """'' follows the system locale when it is one we ship, else English."""
    if code in INTERFACE_LANGUAGES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in INTERFACE_LANGUAGES else "en"


class InterfaceLanguage:
    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.current = "en"

    def apply(self, code: str) -> str:
        """Switch to ``code`` ('' = system); returns the language actually used."""
        app = QCoreApplication.instance()
        lang = resolve(code)
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, directory in ((f"qtbase_{lang}", qt_dir),
                                    (f"app_{lang}", str(translations_dir()))):
                translator = QTranslator(app)
                if translator.load(name, directory):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("No %s.qm in %s; part of the interface stays English", name,
                                directory)
        self.current = lang
        return lang
