"""Tools > Translate document (Ctrl+T): machine-translate the open project in the background.

The work runs on ``window.task_runner``: the worker opens its own project connection and engine
and calls ``translate_project``, which stores machine output beside the reviewer's text (an edit
or decision is never replaced). Each stored batch comes back as a signal and the grid re-reads just
those rows, so the columns fill in while the window stays responsive. A progress dialog offers
Cancel; what was translated before the cancel is kept. At the end a summary says how many segments
were translated, came from the cache, were skipped or failed. Expected failures (no model, server
down, key refused) end in a plain message that offers the place to fix them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.core.model import SOURCE_LANGUAGE
from app.core.settings import Settings
from app.mt.engine import ModelNotInstalled, MTError
from app.storage.errors import ProjectError
from app.ui.status_presentation import language_name
from app.ui.task_runner import TaskContext, TaskHandle

log = logging.getLogger(__name__)

TRANSLATE_SHORTCUT = "Ctrl+T"


def build_engine(settings: Settings):
    """The engine the settings choose (called on the worker thread: keyring and HTTP are slow)."""
    if settings.get("mt_engine") == "libretranslate":
        from app.mt import secrets
        from app.mt.libretranslate_engine import LibreTranslateEngine

        url = settings.get("libretranslate_url")
        return LibreTranslateEngine(url, secrets.load_api_key(url))
    from app.mt.argos_engine import ArgosEngine

    return ArgosEngine()


class TranslateController(QObject):
    # (run number, language, segment ids just stored): emitted on the worker thread, delivered
    # queued on the GUI thread.
    batchStored = Signal(int, str, list)
    # A run ended and another may start (the summary; None when it failed or was cancelled).
    finished = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("translateController")
        self.window = window
        self.handle: TaskHandle | None = None
        self.last_box: QMessageBox | None = None
        self._run = 0
        self._run_path: Path | None = None
        self._stored = 0
        self._outcome = None
        self.action = QAction(self)
        self.action.setObjectName("translateDocumentAction")
        self.action.setShortcut(QKeySequence(TRANSLATE_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setEnabled(window.repo is not None)
        self.action.triggered.connect(self.translate_document)
        self.batchStored.connect(self._batch_stored)
        window.add_tool_action(self.action)
        window.projectOpened.connect(lambda _repo: self._update_enabled())
        window.projectClosed.connect(lambda: self.action.setEnabled(False))
        window.languageChanged.connect(self.translate_ui)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.action.setText(self.tr("&Translate document"))
        self.action.setStatusTip(
            self.tr("Machine-translate every segment; reviewers' texts are never replaced")
        )

    def _update_enabled(self) -> None:
        self.action.setEnabled(self.window.repo is not None and self.handle is None)

    @property
    def running(self) -> bool:
        return self.handle is not None

    # -- starting ------------------------------------------------------------------------------

    def translate_document(self) -> TaskHandle | None:
        window = self.window
        if window.repo is None or window.project_path is None or self.handle is not None:
            return None
        window.view.commit_open_editor()
        settings = window.settings
        targets = [t for t in settings.get("target_languages") if t in window.repo.languages]
        targets = targets or list(window.repo.languages)
        if not self._ready(settings, targets):
            return None
        alternatives = max(0, settings.get("mt_alternatives"))
        path = Path(window.project_path)
        self._run += 1
        run = self._run
        self._run_path = path
        self._stored = 0

        def work(task: TaskContext):
            from app.mt.translation_service import translate_project
            from app.storage.database import open_project
            from app.storage.project_repo import ProjectRepository

            engine = build_engine(settings)
            try:
                with open_project(path) as pdb:
                    return translate_project(
                        ProjectRepository(pdb, targets), engine, targets, alternatives,
                        cancel=task.cancel_event,
                        progress=lambda done, total: task.progress(done, total),
                        on_batch=lambda lang, ids: self._announce(run, lang, ids),
                    )
            finally:
                close = getattr(engine, "close", None)
                if close is not None:
                    close()

        names = ", ".join(language_name(t) for t in targets)
        self.handle = window.task_runner.run(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            label=self.tr("Translating into %1…").replace("%1", names),
        )
        self.handle.finished.connect(self._task_finished)
        self.action.setEnabled(False)
        log.info("Translating %s into %s", path, targets)
        return self.handle

    def _ready(self, settings: Settings, targets: list[str]) -> bool:
        """Check what can be checked at once (a model per language, a server address)."""
        if settings.get("mt_engine") == "libretranslate":
            if not settings.get("libretranslate_url"):
                self._problem(
                    self.tr("No LibreTranslate server is set. Enter its address in the machine "
                            "translation settings, or choose the offline Argos engine there."),
                    offer="settings",
                )
                return False
            return True
        from app.mt.installed_packages import find_route, installed_packages

        packages = installed_packages()
        for target in targets:
            try:
                find_route(SOURCE_LANGUAGE, target, packages)
            except ModelNotInstalled:
                self._problem(self._missing_model_text(target), offer="models")
                return False
        return True

    def _missing_model_text(self, target: str) -> str:
        return self.tr(
            "No translation model for %1 → %2 is installed. Download one or install a "
            ".argosmodel file in the model manager."
        ).replace("%1", language_name(SOURCE_LANGUAGE)).replace("%2", language_name(target))

    # -- while it runs -------------------------------------------------------------------------

    def _announce(self, run: int, lang: str, ids: list[int]) -> None:
        """On the worker thread: tell the grid. The window may be gone already (closed while a
        batch was being translated): the batch is stored all the same."""
        try:
            self.batchStored.emit(run, lang, list(ids))
        except RuntimeError:
            log.debug("Window closed during translation; batch of %d stored", len(ids))

    def _batch_stored(self, run: int, lang: str, ids: list) -> None:
        window = self.window
        if run != self._run or window.model is None or window.project_path != self._run_path:
            return  # another project is open now: its grid has nothing to re-read
        window.model.refresh_segments(ids)
        self._stored += len(ids)
        window.status.showMessage(
            self.tr("Machine translation: %n segment(s) stored so far", "", self._stored), 3000
        )

    # -- the end -------------------------------------------------------------------------------

    def _task_finished(self) -> None:
        self.handle = None
        self._update_enabled()
        outcome, self._outcome = self._outcome, None
        self.finished.emit(outcome)

    def _succeeded(self, summary) -> None:
        lines = [
            self.tr("%n segment(s) translated", "", summary.translated),
            self.tr("%n segment(s) from the cache", "", summary.from_cache),
            self.tr("%n segment(s) skipped (no text)", "", summary.skipped),
            self.tr("%n segment(s) failed", "", summary.failed),
        ]
        if summary.errors:
            lines.append("")
            lines.extend(summary.errors)
        icon = QMessageBox.Icon.Warning if summary.failed else QMessageBox.Icon.Information
        self._box(icon, self.tr("Machine translation finished"), "\n".join(lines))
        self._outcome = summary

    def _cancelled(self) -> None:
        self._box(
            QMessageBox.Icon.Information, self.tr("Machine translation cancelled"),
            self.tr("Translation was cancelled. The %n segment(s) translated before that are "
                    "kept.", "", self._stored),
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ModelNotInstalled):
            self._problem(str(exc), offer="models")
        elif isinstance(exc, MTError):
            offer = "settings" if self.window.settings.get("mt_engine") == "libretranslate" else ""
            self._problem(str(exc), offer=offer)
        elif isinstance(exc, ProjectError):  # e.g. the file went read-only or away
            self._problem(str(exc))
        else:
            log.error("Machine translation failed", exc_info=exc)
            self._problem(self.tr("Machine translation stopped: %1").replace("%1", str(exc)))

    def _problem(self, text: str, offer: str = "") -> None:
        box = self._box(QMessageBox.Icon.Warning, self.tr("Cannot translate"), text)
        if offer == "models":
            button = box.addButton(self.tr("Open model manager…"),
                                   QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(self._open_model_manager)
        elif offer == "settings":
            button = box.addButton(self.tr("Machine translation settings…"),
                                   QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(self._open_settings)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block the event loop (batches keep arriving)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("translateMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.destroyed.connect(lambda *_: self._forget_box(box))
        self.last_box = box
        box.open()
        return box

    def _forget_box(self, box: QMessageBox) -> None:
        if self.last_box is box:
            self.last_box = None

    def _open_model_manager(self) -> None:
        from app.ui.model_manager_dialog import open_model_manager

        open_model_manager(self.window)

    def _open_settings(self) -> None:
        from app.ui.mt_settings_dialog import open_mt_settings

        open_mt_settings(self.window)


def install(window) -> None:
    TranslateController(window)
