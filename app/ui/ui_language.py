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
    # One set of translators per application, whichever instance installed them.
    _translators: list[QTranslator] = []

    def __init__(self) -> None:
        self.current = "en"

    def apply(self, code: str) -> str:
        """Switch to ``code`` ('' = system); returns the language actually used."""
        app = QCoreApplication.instance()
        lang = resolve(code)
        for translator in InterfaceLanguage._translators:
            app.removeTranslator(translator)
            translator.deleteLater()
        InterfaceLanguage._translators = []
        # English needs its .qm too: it holds the plural forms ("1 segment", "2 segments").
        files = [(f"app_{lang}", str(translations_dir()))]
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files.insert(0, (f"qtbase_{lang}", qt_dir))
        for name, directory in files:
            translator = QTranslator(app)
            if translator.load(name, directory):
                app.installTranslator(translator)
                InterfaceLanguage._translators.append(translator)
            else:
                log.warning("No %s.qm in %s; part of the interface stays English", name,
                            directory)
        self.current = lang
        return lang
