"""Tools > Translation models…: list, install from file, remove and download Argos models.

Every slow step (validating and unpacking a file, deleting a folder, fetching the index and the
package) runs on ``window.task_runner``; the dialog shows the download's bytes in its own progress
bar with a Cancel button. Problems are shown in one plain line inside the dialog: a refused file
(nothing was written), an unreachable index (offline: the file install is offered instead).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.model import SOURCE_LANGUAGE
from app.mt import model_manager
from app.mt.download import DownloadCancelled
from app.mt.engine import MTError
from app.mt.installed_packages import InstalledPackage
from app.mt.package_index import IndexUnreachable
from app.ui.model_setup_strip import ModelSetupStrip
from app.ui.model_setup_strip import pair_text as _pair_text
from app.ui.task_runner import TaskContext, TaskHandle

log = logging.getLogger(__name__)

_INT_MAX = 2**31 - 1  # progress travels as a Qt int


class ModelManagerDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("modelManagerDialog")
        self.main_window = window
        self.runner = window.task_runner
        self.handle: TaskHandle | None = None
        self.packages: list[InstalledPackage] = []
        self._offer_file = False
        self._late_install: InstalledPackage | None = None

        self.table_model = QStandardItemModel(0, 3, self)
        self.table = QTableView(self)
        self.table.setObjectName("modelTable")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.install_button = QPushButton(self)
        self.install_button.clicked.connect(self.install_from_file)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.pair_combo = QComboBox(self)
        targets = window.settings.get("target_languages") or ["ru", "uk"]
        for target in targets:
            self.pair_combo.addItem("", (SOURCE_LANGUAGE, target))
        self.download_button = QPushButton(self)
        self.download_button.clicked.connect(self.download_selected)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("downloadProgress")
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("modelMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)

        files = QHBoxLayout()
        files.addWidget(self.install_button)
        files.addWidget(self.remove_button)
        files.addStretch(1)
        self.download_label = QLabel(self)
        download = QHBoxLayout()
        download.addWidget(self.download_label)
        download.addWidget(self.pair_combo)
        download.addWidget(self.download_button)
        download.addWidget(self.progress, 1)
        download.addWidget(self.cancel_button)
        self.setup = ModelSetupStrip(self)  # first run: what is missing, one action for it
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup)
        layout.addWidget(self.table)
        layout.addLayout(files)
        layout.addLayout(download)
        layout.addWidget(self.message)
        layout.addWidget(self.close_box)
        self.resize(640, 380)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Translation models"))
        self.table_model.setHorizontalHeaderLabels(
            [self.tr("Languages"), self.tr("Version"), self.tr("Size")]
        )
        self.install_button.setText(self.tr("&Install from file…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.download_label.setText(self.tr("Download from the Argos index:"))
        self.download_button.setText(self.tr("&Download"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.setup.translate_ui()
        for n in range(self.pair_combo.count()):
            source, target = self.pair_combo.itemData(n)
            self.pair_combo.setItemText(n, _pair_text(source, target))
        self._fill_table()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- the installed list --------------------------------------------------------------------

    def refresh(self) -> None:
        self.packages = model_manager.list_models()
        self._fill_table()
        self.setup.refresh()
        installed = {(p.from_code, p.to_code) for p in self.packages}
        for n in range(self.pair_combo.count()):  # offer the first pair still missing
            if self.pair_combo.itemData(n) not in installed:
                self.pair_combo.setCurrentIndex(n)
                break

    def _fill_table(self) -> None:
        self.table_model.removeRows(0, self.table_model.rowCount())
        locale = QLocale()
        for package in self.packages:
            pair = QStandardItem(_pair_text(package.from_code, package.to_code))
            pair.setToolTip(package.name)
            size = QStandardItem(locale.formattedDataSize(package.size_bytes))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table_model.appendRow([pair, QStandardItem(package.version), size])
        self._update_buttons()

    def selected_package(self) -> InstalledPackage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.packages[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.handle is not None
        self.install_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy)
        self.pair_combo.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.selected_package() is not None)
        self.setup.set_busy(busy)

    def say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if problem else "")
        self.message.setText(text)

    # -- install, remove, download -------------------------------------------------------------

    def install_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a translation model"), str(Path.home()),
            self.tr("Argos models (*.argosmodel);;All files (*)"),
        )
        if name:
            self.install_path(Path(name))

    def install_path(self, path: Path) -> TaskHandle:
        self.say(self.tr("Installing %1…").replace("%1", path.name))
        return self._start(
            lambda task: model_manager.install_file(path),
            lambda package: self._installed(package),
            label=self.tr("Installing %1…").replace("%1", path.name),
        )

    def remove_selected(self) -> TaskHandle | None:
        package = self.selected_package()
        if package is None:
            return None
        answer = QMessageBox.question(
            self, self.tr("Remove model"),
            self.tr("Remove the %1 model (version %2)? Translating into that language needs a "
                    "model again afterwards.")
            .replace("%1", _pair_text(package.from_code, package.to_code))
            .replace("%2", package.version),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._start(
            lambda task: model_manager.remove(package.name),
            lambda removed: self.say(self.tr("Removed %1.").replace(
                "%1", _pair_text(removed.from_code, removed.to_code))),
        )

    def download_selected(self) -> TaskHandle:
        source, target = self.pair_combo.currentData()
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.say(self.tr("Downloading %1…").replace("%1", _pair_text(source, target)))
        self._late_install = None

        def work(task: TaskContext):
            def report(done: int, total: int | None) -> None:
                if task.cancelled:  # also after the last chunk: stop before installing
                    raise DownloadCancelled()
                total = total or 0
                if total > _INT_MAX:
                    done, total = done // 1024, total // 1024
                task.progress(done, total)

            package = model_manager.download(source, target, progress=report,
                                             cancel=task.cancel_event)
            self._late_install = package  # read on the GUI thread if Cancel came too late
            return package

        return self._start(work, self._installed, on_progress=self._download_progress)

    def _download_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _start(self, work, on_success, label: str | None = None, on_progress=None) -> TaskHandle:
        self.handle = self.runner.run(
            work, on_success=on_success, on_failure=self._failed,
            on_cancelled=self._cancelled, on_progress=on_progress, label=label,
            cancellable=False if label else True,
        )
        self.handle.finished.connect(self._task_finished)
        self._update_buttons()
        return self.handle

    def _task_finished(self) -> None:
        self.handle = None
        self.cancel_button.hide()
        if self.progress.maximum() == 0:
            self.progress.hide()  # a busy indicator that never learnt a size
        self.refresh()
        if self._offer_file:  # offline: the file install is the way forward
            self._offer_file = False
            self.install_button.setDefault(True)
            self.install_button.setFocus()

    def _installed(self, package: InstalledPackage) -> None:
        self.say(self.tr("Installed %1 (version %2).")
                 .replace("%1", _pair_text(package.from_code, package.to_code))
                 .replace("%2", package.version))

    def _cancelled(self) -> None:
        self.progress.hide()
        late, self._late_install = self._late_install, None
        if late is not None:  # Cancel was pressed while the finished download was installing
            self._installed(late)
            return
        self.say(self.tr("The download was cancelled; nothing was installed."))

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        if isinstance(exc, DownloadCancelled):
            self._cancelled()
        elif isinstance(exc, IndexUnreachable):
            self.say(self.tr("Cannot reach the model index (are you offline?): install a "
                             "downloaded .argosmodel file with “Install from file…” instead."),
                     problem=True)
            self._offer_file = True
        elif isinstance(exc, (MTError, OSError)):
            self.say(str(exc), problem=True)  # expected: the message says what to do
        else:
            log.error("Model manager task failed", exc_info=exc)
            self.say(self.tr("That did not work: %1").replace("%1", str(exc)), problem=True)


def open_model_manager(window, parent: QWidget | None = None) -> ModelManagerDialog:
    """Show the (single) model manager of this window."""
    dialog = window.findChild(ModelManagerDialog, "modelManagerDialog")
    if dialog is None:
        dialog = ModelManagerDialog(window)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install(window) -> None:
    from app.ui.extensions import window_action

    QT_TRANSLATE_NOOP("ModelManagerDialog", "Translation &models…")
    window.add_tool_action(window_action(
        window, "modelManagerAction", "ModelManagerDialog", "Translation &models…",
        lambda: open_model_manager(window),
    ))
