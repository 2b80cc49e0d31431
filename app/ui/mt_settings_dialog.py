"""Settings > Machine translation…: engine, LibreTranslate server, API key, alternatives.

The API key goes to the system keyring through ``app.mt.secrets`` and never into settings.json;
without a usable keyring the dialog says the key is kept for this session only. "Test connection"
asks the server for its languages (``GET /languages``) on ``window.task_runner`` and shows the
answer or the error in the dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.core.settings import MT_MODES
from app.mt import secrets
from app.mt.engine import MTError
from app.ui.task_runner import TaskHandle

log = logging.getLogger(__name__)


ENGINES = ("argos", "libretranslate")
MAX_ALTERNATIVES = 9  # one Alt+digit shortcut each in the alternatives panel
TEST_TIMEOUT_SECONDS = 10.0


class MTSettingsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("mtSettingsDialog")
        self.settings = window.settings
        self.runner = window.task_runner
        self.handle: TaskHandle | None = None
        self.key_storage: secrets.KeyStorage | None = None

        self.engine_combo = QComboBox(self)
        for engine in ENGINES:
            self.engine_combo.addItem("", engine)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("serverUrl")
        self.url_edit.setPlaceholderText("http://127.0.0.1:5000")
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("apiKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_note = QLabel(self)
        self.key_note.setObjectName("keyNote")
        self.key_note.setWordWrap(True)
        self.alternatives_spin = QSpinBox(self)
        self.alternatives_spin.setRange(0, MAX_ALTERNATIVES)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("translationMode")
        for mode in MT_MODES:
            self.mode_combo.addItem("", mode)
        self.gpu_check = QCheckBox(self)
        self.gpu_check.setObjectName("useGpu")
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.engine_label, self.url_label = QLabel(self), QLabel(self)
        self.key_label, self.alternatives_label = QLabel(self), QLabel(self)
        self.form.addRow(self.engine_label, self.engine_combo)
        self.form.addRow(self.url_label, self.url_edit)
        self.form.addRow(self.key_label, self.key_edit)
        self.form.addRow("", self.key_note)
        self.form.addRow(self.alternatives_label, self.alternatives_spin)
        self.mode_label = QLabel(self)
        self.form.addRow(self.mode_label, self.mode_combo)
        self.form.addRow("", self.gpu_check)
        self.form.addRow(self.test_button, self.test_result)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

        self.engine_combo.currentIndexChanged.connect(lambda _: self._update_enabled())
        self.url_edit.textChanged.connect(lambda _: self._update_enabled())
        self.load()
        self.translate_ui()
        self.resize(520, self.sizeHint().height())

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Machine translation"))
        self.engine_combo.setItemText(0, self.tr("Argos (offline, on this computer)"))
        self.engine_combo.setItemText(1, self.tr("LibreTranslate server"))
        self.engine_label.setText(self.tr("&Engine:"))
        self.engine_label.setBuddy(self.engine_combo)
        self.url_label.setText(self.tr("Server &address:"))
        self.url_label.setBuddy(self.url_edit)
        self.key_label.setText(self.tr("API &key:"))
        self.key_label.setBuddy(self.key_edit)
        self.alternatives_label.setText(self.tr("&Alternatives per segment:"))
        self.alternatives_label.setBuddy(self.alternatives_spin)
        self.mode_label.setText(self.tr("In the &window:"))
        self.mode_label.setBuddy(self.mode_combo)
        self.mode_combo.setItemText(0, self.tr("Draft only (fastest, no alternatives)"))
        self.mode_combo.setItemText(1, self.tr("Draft, then refine with beam search"))
        self.mode_combo.setItemText(2, self.tr("Beam search only"))
        self.gpu_check.setText(self.tr("Use a CUDA &GPU when there is one"))
        self.test_button.setText(self.tr("&Test connection"))
        if secrets.keyring_available():
            self.key_note.setText(self.tr("The key is stored in the system keyring, never in the "
                                          "settings file."))
        else:
            self.key_note.setText(self.tr("No system keyring is available: the key is kept for "
                                          "this session only."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------------

    def load(self) -> None:
        engine = self.settings.get("mt_engine")
        self.engine_combo.setCurrentIndex(ENGINES.index(engine) if engine in ENGINES else 0)
        url = self.settings.get("libretranslate_url")
        self.url_edit.setText(url)
        self.key_edit.setText((secrets.load_api_key(url) or "") if url else "")
        self.alternatives_spin.setValue(
            min(max(self.settings.get("mt_alternatives"), 0), MAX_ALTERNATIVES)
        )
        mode = self.settings.get("mt_mode")
        self.mode_combo.setCurrentIndex(MT_MODES.index(mode) if mode in MT_MODES else 1)
        self.gpu_check.setChecked(bool(self.settings.get("mt_use_gpu")))
        self._update_enabled()

    @property
    def engine(self) -> str:
        return self.engine_combo.currentData()

    def _update_enabled(self) -> None:
        server = self.engine == "libretranslate"
        for widget in (self.url_edit, self.key_edit, self.key_note):
            widget.setEnabled(server)
        self.test_button.setEnabled(
            server and bool(self.url_edit.text().strip()) and self.handle is None
        )

    def accept(self) -> None:
        url = self.url_edit.text().strip()
        if self.engine == "libretranslate" and not url:
            self.test_result.setText(self.tr("Enter the server's address, for example "
                                             "http://127.0.0.1:5000."))
            self.url_edit.setFocus()
            return
        previous_url = self.settings.get("libretranslate_url")
        self.settings.set("mt_engine", self.engine)
        self.settings.set("libretranslate_url", url)
        self.settings.set("mt_alternatives", self.alternatives_spin.value())
        self.settings.set("mt_mode", self.mode_combo.currentData())
        self.settings.set("mt_use_gpu", self.gpu_check.isChecked())
        if url:
            self.key_storage = secrets.save_api_key(url, self.key_edit.text().strip())
        if previous_url and previous_url.rstrip("/") != url.rstrip("/"):
            log.info("LibreTranslate server changed from %s to %s", previous_url, url)
        super().accept()

    # -- test connection -----------------------------------------------------------------------

    def test_connection(self) -> TaskHandle | None:
        url = self.url_edit.text().strip()
        if not url or self.handle is not None:
            return None
        key = self.key_edit.text().strip() or None
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Asking %1…").replace("%1", url))

        def work(task):
            from app.mt.libretranslate_engine import LibreTranslateEngine

            with LibreTranslateEngine(url, key, timeout=TEST_TIMEOUT_SECONDS, retries=0) as engine:
                return engine.languages()

        self.handle = self.runner.run(work, on_success=self._answered, on_failure=self._refused)
        self.handle.finished.connect(self._test_finished)
        self._update_enabled()
        return self.handle

    def _test_finished(self) -> None:
        self.handle = None
        self._update_enabled()

    def _answered(self, languages: list) -> None:
        names = sorted(
            f"{item.get('name', '?')} ({item.get('code', '?')})"
            for item in languages if isinstance(item, dict)
        )
        self.test_result.setText(
            self.tr("The server answers and offers %n language(s): %1", "", len(names))
            .replace("%1", ", ".join(names))
        )

    def _refused(self, exc: BaseException) -> None:
        self.test_result.setStyleSheet("color: #c62828;")
        if isinstance(exc, MTError):
            self.test_result.setText(str(exc))  # the server's own words, or "cannot be reached"
        else:
            log.warning("Connection test failed", exc_info=exc)
            self.test_result.setText(self.tr("The test failed: %1").replace("%1", str(exc)))


def open_mt_settings(window) -> MTSettingsDialog:
    dialog = window.findChild(MTSettingsDialog, "mtSettingsDialog")
    if dialog is None:
        dialog = MTSettingsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    else:
        dialog.load()
    dialog.open()
    return dialog


def install(window) -> None:
    from app.ui.extensions import window_action

    QT_TRANSLATE_NOOP("MTSettingsDialog", "&Machine translation…")
    action = window_action(
        window, "mtSettingsAction", "MTSettingsDialog", "&Machine translation…",
        lambda: open_mt_settings(window),
    )
    menu = getattr(window, "settings_menu", None)
    if menu is not None:
        menu.addAction(action)
    else:
        window.add_tool_action(action)
