"""scripts/screenshots.py (the README screenshots) keeps working: it writes the pictures of the
main window with a name flag selected, the glossary with a definition, the history and the
QA panel."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_screenshots_script_writes_the_readme_pictures(qapp, tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("REVIEWDESK_HOME", str(tmp_path / "home"))
    assert module.main(["--out", str(tmp_path)]) == 0
    for name in ("main-window.png", "glossary.png", "history.png", "qa-panel.png"):
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == module.SIZE, name
        # not a blank grab: many distinct colours (text, flags, panels)
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 29)}
        assert len(colours) > 20, name
