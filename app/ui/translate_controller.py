"""Tools > Translate document (Ctrl+T): machine-translate the open project in the background.

The work runs on ``window.task_runner`` as one ``translate_progressive`` run (app/mt/progressive):
the rows on screen and the next screenful go first, in one small batch; scrolling moves the
newly visible rows to the front. With the default mode every segment first gets a quick greedy
draft, then a second pass refines the drafts nobody has touched with beam search and computes
their alternatives (never a reviewer's text, never the cell open in the editor). Each stored
batch comes back as a signal and the grid re-reads just those rows. Progress and Cancel sit in
the status bar, so the reviewer keeps working while it runs; what was stored before a cancel is
kept. At the end a summary says how many segments were drafted, refined, came from the cache,
were skipped or failed. Expected failures (no model, server down, key refused) end in a plain
message that offers the place to fix them.

``request_alternatives`` computes one cell's alternatives at once (the Alternatives panel asks
when it shows a draft): moved to the front of a running refinement, or translated on its own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QToolButton,
)

from app.core.model import SOURCE_LANGUAGE
from app.core.settings import MT_MODES, Settings
from app.mt.engine import ModelNotInstalled, MTError
from app.storage.errors import ProjectError
from app.ui.segment_table_model import LANG_ROLE, SEGMENT_ID_ROLE
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


DEVICE_PROBE_DELAY_MS = 1500


class _Device:
    def __init__(self, device: str) -> None:
        self.device = device


def engine_device(engine) -> str:
    """Where ``engine`` runs, for the status bar (worker thread: may import ctranslate2); a GPU
    that failed and left the work to the CPU is said once, here."""
    if getattr(engine, "name", "") != "argos":
        return getattr(engine, "url", "") or getattr(engine, "name", "")
    from app.mt import compute_plan

    text = compute_plan.current_description()
    if compute_plan.fallback_message:
        text += " — " + compute_plan.fallback_message
        compute_plan.fallback_message = None
    return text


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
        self.run_state = None  # the running ProgressiveRun (queues shared with the worker)
        self._phase = ""  # "draft", "refine" or "beam" while a run is going
        self._editing: tuple[int, str] | None = None  # the cell open in the editor, if any
        self._pending_alternatives: set[tuple[int, str]] = set()
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(60)
        self._visible_timer.timeout.connect(self._prioritize_visible)
        window.view.verticalScrollBar().valueChanged.connect(
            lambda *_: self._visible_timer.start() if self.run_state is not None else None
        )
        # While a run goes on, which cell is open in the editor is sampled on the GUI thread
        # (the worker only reads the result; it never touches widgets).
        self._editing_timer = QTimer(self)
        self._editing_timer.setInterval(50)
        self._editing_timer.timeout.connect(self._follow_editor)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("translateProgress")
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("translateCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.device_label = QLabel()
        self.device_label.setObjectName("translationDevice")
        window.status.addPermanentWidget(self.device_label)
        # Where translation will run (a CUDA GPU, or the CPU and its calibration) is found on a
        # worker shortly after start: it imports CTranslate2, which the GUI thread never does.
        QTimer.singleShot(DEVICE_PROBE_DELAY_MS, self._detect_device)
        window.status.addPermanentWidget(self.progress_bar)
        window.status.addPermanentWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
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
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop machine translation; what is stored stays"))
        self._format_progress()

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
        # An open editor stays open: neither pass ever replaces the cell being edited.
        settings = window.settings
        targets = self._targets()
        if not self._ready(settings, targets):
            return None
        from app.mt.progressive import ProgressiveRun

        mode = settings.get("mt_mode")
        run_state = ProgressiveRun(window.repo.segment_ids(),
                                   mode if mode in MT_MODES else "refine")
        run_state.prioritize(self.visible_segment_ids())
        self.run_state = run_state
        self._follow_editor()
        self._editing_timer.start()
        self.handle = self._start(run_state, targets, label=None)
        self.action.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        log.info("Translating %s into %s (%s)", window.project_path, targets, run_state.mode)
        return self.handle

    def request_alternatives(self, segment_id: int, lang: str) -> bool:
        """Compute this cell's beam-search alternatives now (the reviewer is looking at a
        draft). Returns False when nothing can be done (no project, no model)."""
        window = self.window
        if (segment_id, lang) in self._pending_alternatives:
            return True  # already on its way
        if window.repo is None:
            return False
        run_state = self.run_state
        if run_state is not None and run_state.mode == "refine":
            run_state.refine_now(segment_id)
            self._pending_alternatives.add((segment_id, lang))
            return True
        if self.handle is not None or not self._ready(window.settings, [lang], quiet=True):
            return False
        from app.mt.progressive import ProgressiveRun

        self._pending_alternatives.add((segment_id, lang))
        handle = self._start(ProgressiveRun([segment_id], "beam"), [lang], label=None,
                             quiet=True)
        handle.finished.connect(lambda: self._pending_alternatives.discard((segment_id, lang)))
        return True

    def _targets(self) -> list[str]:
        repo = self.window.repo
        targets = [t for t in self.window.settings.get("target_languages") if t in repo.languages]
        return targets or list(repo.languages)

    def _start(self, run_state, targets: list[str], label: str | None,
               quiet: bool = False) -> TaskHandle:
        window = self.window
        settings = window.settings
        alternatives = max(0, settings.get("mt_alternatives"))
        path = Path(window.project_path)
        self._run += 1
        run = self._run
        self._run_path = path
        self._stored = 0

        def work(task: TaskContext):
            from app.memory.pretranslate import fill_before_mt
            from app.mt.progressive import translate_progressive
            from app.storage.database import open_project
            from app.storage.project_repo import ProjectRepository

            engine = build_engine(settings)
            try:
                with open_project(path) as pdb:
                    filled = None if quiet else fill_before_mt(  # memory first (issue 10)
                        ProjectRepository(pdb, targets), targets, settings,
                        cancel=task.cancel_event,
                        on_stored=lambda lang, ids: self._announce(run, lang, ids))
                    summary = translate_progressive(
                        ProjectRepository(pdb, targets), engine, targets, run_state,
                        alternatives, cancel=task.cancel_event,
                        on_stored=lambda lang, ids: self._announce(run, lang, ids),
                        on_phase=lambda phase: task.progress(0, 0, phase),
                        is_busy=lambda sid, lang: self._editing == (sid, lang),
                        progress=lambda done, total: task.progress(done, total),
                    )
                summary.device = engine_device(engine)
                summary.from_memory = filled.count if filled is not None else 0
                return summary
            finally:
                close = getattr(engine, "close", None)
                if close is not None:
                    close()

        if quiet:  # one cell's alternatives: no summary box, errors in the status bar
            return window.task_runner.run(
                work, on_failure=lambda exc: window.status.showMessage(str(exc), 5000),
                on_success=self._show_device, label=label,
            )
        handle = window.task_runner.run(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            on_progress=self._progress,
            label=label,
        )
        handle.finished.connect(self._task_finished)
        return handle

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def visible_segment_ids(self) -> list[int]:
        """Segment ids of the rows on screen and of the next screenful, top to bottom."""
        view = self.window.view
        model = view.model()
        if model is None or model.rowCount() == 0:
            return []
        first = max(0, view.rowAt(0))
        last = view.rowAt(view.viewport().height() - 1)
        if last < 0:
            last = model.rowCount() - 1
        end = min(model.rowCount() - 1, last + (last - first + 1))
        ids = (model.index(row, 0).data(SEGMENT_ID_ROLE) for row in range(first, end + 1))
        return [sid for sid in ids if sid is not None]

    def _prioritize_visible(self) -> None:
        if self.run_state is not None:
            self.run_state.prioritize(self.visible_segment_ids())

    def _follow_editor(self) -> None:
        """Remember the cell open in the editor (the refinement leaves it alone); a draft
        whose editor was closed without a change goes back into the refinement."""
        view = self.window.view
        index = view.currentIndex()
        editing = view.state() == QAbstractItemView.State.EditingState and index.isValid()
        was = self._editing
        self._editing = (index.data(SEGMENT_ID_ROLE), index.data(LANG_ROLE)) if editing else None
        if was is not None and was != self._editing and self.run_state is not None:
            self.run_state.second.push_back([was[0]])

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if text in ("draft", "refine", "beam"):
            self._phase = text
        elif total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        self._format_progress()

    def _format_progress(self) -> None:
        phase = self._phase
        if phase == "refine":
            self.progress_bar.setRange(0, 0)
            self.progress_bar.setFormat(self.tr("Refining…"))
            self.progress_bar.setToolTip(self.tr(
                "Every segment has a draft; beam search and alternatives are being computed"))
        else:
            self.progress_bar.setFormat(self.tr("Draft %p%") if phase == "draft" else "%p%")
            self.progress_bar.setToolTip(self.tr("Machine translation"))

    def _ready(self, settings: Settings, targets: list[str], quiet: bool = False) -> bool:
        """Check what can be checked at once (a model per language, a server address)."""
        if settings.get("mt_engine") == "libretranslate":
            if not settings.get("libretranslate_url"):
                if quiet:
                    return False
                self._problem(
                    self.tr("No LibreTranslate server is set. Enter its address in the machine "
                            "translation settings, or choose the offline Argos engine there."),
                    offer="settings",
                )
                return False
            return True
        from app.mt.installed_packages import find_route, installed_packages

        packages = installed_packages()
        missing = []
        for target in targets:
            try:
                find_route(SOURCE_LANGUAGE, target, packages)
            except ModelNotInstalled:
                missing.append(target)
        if missing and not quiet:
            text = "\n\n".join(self._missing_model_text(t) for t in missing)
            self._problem(text, offer="models")
        return not missing

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
        self.run_state = None
        self._editing_timer.stop()
        self._phase = ""
        self._pending_alternatives.clear()
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._update_enabled()
        outcome, self._outcome = self._outcome, None
        self.finished.emit(outcome)

    def _succeeded(self, summary) -> None:
        self._show_device(summary)
        lines = [
            self.tr("%n segment(s) translated", "", summary.translated),
            self.tr("%n draft(s) refined with beam search", "", summary.refined),
            self.tr("%n segment(s) from the cache", "", summary.from_cache),
            self.tr("%n segment(s) from the translation memory", "", summary.from_memory),
            self.tr("%n segment(s) skipped (no text)", "", summary.skipped),
            self.tr("%n segment(s) failed", "", summary.failed),
        ]
        if summary.errors:
            lines.append("")
            lines.extend(summary.errors)
        icon = QMessageBox.Icon.Warning if summary.failed else QMessageBox.Icon.Information
        self._box(icon, self.tr("Machine translation finished"), "\n".join(lines))
        self._outcome = summary

    def _detect_device(self) -> None:
        if self.window.settings.get("mt_engine") != "argos" or self.device_label.text():
            return

        def work(_task: TaskContext) -> str:
            from app.mt.compute_plan import current_description

            return current_description()

        self.window.task_runner.run(
            work, on_success=lambda text: self._show_device(_Device(text)),
            on_failure=lambda exc: log.info("Device probe failed: %s", exc),
        )

    def _show_device(self, summary) -> None:
        device = getattr(summary, "device", "")
        if device:
            short = device.split(" — ")[0]
            self.device_label.setText(self.tr("MT: %1").replace("%1", short))
            self.device_label.setToolTip(device)
            if " — " in device:  # the GPU failed: said once
                self.window.status.showMessage(device.split(" — ", 1)[1], 10_000)

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
            install = box.addButton(self.tr("Install the missing models…"),
                                    QMessageBox.ButtonRole.ActionRole)
            install.setObjectName("installMissingModels")
            install.clicked.connect(lambda: self._open_model_manager().setup.install_missing())
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

    def _open_model_manager(self):
        from app.ui.model_manager_dialog import open_model_manager

        return open_model_manager(self.window)

    def _open_settings(self) -> None:
        from app.ui.mt_settings_dialog import open_mt_settings

        open_mt_settings(self.window)


def install(window) -> None:
    TranslateController(window)
