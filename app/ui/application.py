"""Starting the window: QApplication, logging, excepthook, interface language, first project.

Nothing happens at import time; ``run_gui(args)`` builds everything. ``create_main_window`` does
the part after the QApplication exists, so tests can drive it with ``qtbot``.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.core import paths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.preferences_actions import ask_reviewer_name
from app.ui.ui_language import InterfaceLanguage

log = logging.getLogger(__name__)

LOG_FILE = "reviewdesk.log"


def setup_logging() -> Path:
    """A rotating log file in the user log folder (plus warnings on stderr)."""
    path = paths.log_dir() / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return path


def excepthook(exc_type, exc_value, exc_tb) -> None:
    """A bug: log it with its traceback and tell the user where the log is (Vorta habit)."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.critical("Unhandled error", exc_info=(exc_type, exc_value, exc_tb))
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    box = QMessageBox(QMessageBox.Icon.Critical, app.translate("Application", "Unexpected error"),
                      app.translate(
                          "Application",
                          "Review Desk hit an unexpected error. Your decisions so far are saved. "
                          "Details are in the log file:\n%1",
                      ).replace("%1", str(paths.log_dir() / LOG_FILE)))
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc_value, exc_tb)))
    box.exec()


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    log.critical("Unhandled error in thread %s", args.thread,
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def resolve_reviewer(args: argparse.Namespace, settings: Settings) -> str:
    """``--reviewer`` for this session, else the remembered name, else ask once and remember."""
    if getattr(args, "reviewer", None):
        return args.reviewer
    name = settings.get("reviewer")
    if name:
        return name
    asked = ask_reviewer_name(None)
    if asked:
        settings.set("reviewer", asked)
        return asked
    import getpass

    return getpass.getuser()  # not remembered: we ask again next time


def startup_project(args: argparse.Namespace, settings: Settings) -> Path | None:
    """The path given, else the most recent project that still exists, else None (sample)."""
    if getattr(args, "project", None):
        return Path(args.project)
    if getattr(args, "sample", False):
        return None
    for recent in settings.get("recent_projects"):
        if Path(recent).exists():
            return Path(recent)
    return None


def open_sample(window: MainWindow) -> bool:
    from app.core.document_reader import DocumentError
    from app.core.first_run import ensure_sample_project
    from app.storage.errors import ProjectError

    try:
        path = ensure_sample_project()
    except (ProjectError, DocumentError, OSError) as exc:
        window.projects.show_error(
            QCoreApplication.translate("Application", "Cannot create the sample project"),
            str(exc),
        )
        return False
    return window.projects.open_project(path)


def create_main_window(args: argparse.Namespace, settings: Settings | None = None,
                       language: InterfaceLanguage | None = None) -> MainWindow:
    """Build the window and open the start project (QApplication must exist)."""
    settings = settings or Settings()
    if language is None:
        language = InterfaceLanguage()
        language.apply(settings.get("ui_language"))
    window = MainWindow(settings, resolve_reviewer(args, settings), language)
    from app.ui.app_icon import app_icon
    from app.ui.extensions import install_extensions

    window.setWindowIcon(app_icon())
    install_extensions(window)
    window.arrange_docks()
    project = startup_project(args, settings)
    # quiet: a start project that cannot be opened is said in the status bar, not a dialog
    opened = window.open_path(project, quiet=True) if project is not None else False
    if not opened and window.repo is None and not window.task_runner.running():
        open_sample(window)
    return window


#: How long a thread may hold the interpreter lock while another waits for it (Python's
#: default is 5 ms). The GUI thread gives the lock up around most Qt and SQLite calls, so while
#: a pure-Python worker (the names check) runs, each approval waited 5 ms dozens of times: up
#: to 0.6 s. 0.5 ms brings that under 0.15 s; an idle GUI costs the worker nothing.
GUI_SWITCH_INTERVAL_S = 0.0005


def tune_interpreter() -> None:
    """Let the GUI thread win the interpreter lock back quickly from background workers."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def run_gui(args: argparse.Namespace) -> int:
    from app.ui.display_check import display_problem

    problem = display_problem()
    if problem and QApplication.instance() is None:
        print(f"reviewdesk: {problem}", file=sys.stderr)
        return 2
    log_path = setup_logging()
    tune_interpreter()
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Review Desk")
    app.setOrganizationName("ReviewDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reviewdesk")  # matches resources/reviewdesk.desktop
    log.info("Review Desk %s starting; log in %s", __version__, log_path)
    window = create_main_window(args)
    window.show()
    _close_on_signals(window)
    app.aboutToQuit.connect(window.close_project)
    return app.exec()


def _close_on_signals(window: MainWindow) -> None:
    """Ctrl+C / SIGTERM close the window normally, so the project is closed cleanly."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: window.close())
    timer = QTimer(window)  # let the Python interpreter run now and then to see signals
    timer.timeout.connect(lambda: None)
    timer.start(500)
