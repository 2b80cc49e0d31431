"""The model manager's first-run strip: what is missing, and one action that installs it.

Shown while a target language (Russian, Ukrainian) has no model. "Install both" fetches the
Argos index, says which packages it will download and how big they are, then downloads and
installs them one after the other with progress and Cancel (a package installed before a
cancel stays: each is complete on its own). "From files…" installs .argosmodel files the user
picked (for a computer without a connection).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.core.model import SOURCE_LANGUAGE
from app.mt import model_manager
from app.mt.download import DownloadCancelled
from app.ui.status_presentation import language_name
from app.ui.task_runner import TaskContext


def pair_text(source: str, target: str) -> str:
    return f"{language_name(source)} → {language_name(target)}"


class ModelSetupStrip(QFrame):
    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.setObjectName("modelSetupStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.dialog = dialog
        self.missing: list[tuple[str, str]] = []
        self.text = QLabel(self)
        self.text.setObjectName("modelSetupText")
        self.text.setWordWrap(True)
        self.install_button = QPushButton(self)
        self.install_button.setObjectName("installMissingButton")
        self.install_button.clicked.connect(self.install_missing)
        self.files_button = QPushButton(self)
        self.files_button.setObjectName("installFilesButton")
        self.files_button.clicked.connect(self.install_files)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.files_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def targets(self) -> list[str]:
        return self.dialog.main_window.settings.get("target_languages") or ["ru", "uk"]

    def refresh(self) -> None:
        self.missing = model_manager.missing_pairs(self.targets(), SOURCE_LANGUAGE)
        self.setVisible(bool(self.missing))
        self.translate_ui()

    def translate_ui(self) -> None:
        names = ", ".join(pair_text(s, t) for s, t in self.missing)
        if not self.missing:
            return
        if len(self.missing) == len(self.targets()):
            intro = self.tr("No translation model is installed yet. Review Desk needs %1 to fill "
                            "the grid; download them from the Argos index, or install "
                            ".argosmodel files you have.")
        else:
            intro = self.tr("Still missing: %1.")
        self.text.setText(intro.replace("%1", names))
        self.install_button.setText(self.tr("&Install %1").replace("%1", names))
        self.files_button.setText(self.tr("From &files…"))

    def set_busy(self, busy: bool) -> None:
        self.install_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)

    # -- from the index --------------------------------------------------------------------

    def install_missing(self):
        dialog = self.dialog
        pairs = list(self.missing)
        if not pairs or dialog.handle is not None:
            return None
        dialog.progress.setRange(0, 0)
        dialog.progress.show()
        dialog.cancel_button.show()
        dialog.say(self.tr("Looking up %1 in the model index…").replace(
            "%1", ", ".join(pair_text(s, t) for s, t in pairs)))

        def work(task: TaskContext):
            planned = model_manager.plan_downloads(pairs)
            task.progress(0, 0, "plan:" + "|".join(
                f"{p.entry.from_code},{p.entry.to_code},{p.size_bytes or 0}" for p in planned))

            def report(number: int, count: int, done: int, total: int | None) -> None:
                if task.cancelled:
                    raise DownloadCancelled()
                task.progress(done, total or 0, f"file:{number},{count}")

            return model_manager.download_planned(planned, progress=report,
                                                  cancel=task.cancel_event)

        return dialog._start(work, self._installed_all, on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if text.startswith("plan:"):
            locale = QLocale()
            parts = []
            for item in text[5:].split("|"):
                source, target, size = item.split(",")
                size_text = locale.formattedDataSize(int(size)) if int(size) else "?"
                parts.append(f"{pair_text(source, target)} ({size_text})")
            self._plan_text = self.tr("Downloading %1…").replace("%1", ", ".join(parts))
            dialog.say(self._plan_text)
            return
        if text.startswith("file:"):
            number, count = (int(n) for n in text[5:].split(","))
            dialog.say(self.tr("%1 — file %2 of %3").replace("%1", getattr(
                self, "_plan_text", "")).replace("%2", str(number + 1)).replace(
                "%3", str(count)))
        dialog._download_progress(done, total, text)

    def _installed_all(self, packages) -> None:
        self.dialog.say(self.tr("Installed %1.").replace("%1", ", ".join(
            pair_text(p.from_code, p.to_code) for p in packages)))

    # -- from files ------------------------------------------------------------------------

    def install_files(self):
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Install translation models"), str(Path.home()),
            self.tr("Argos models (*.argosmodel);;All files (*)"),
        )
        if not names:
            return None
        paths = [Path(n) for n in names]
        return self.dialog._start(
            lambda task: [model_manager.install_file(p) for p in paths],
            self._installed_all,
            label=self.tr("Installing %n model(s)…", "", len(paths)),
        )
