"""Render resources/icons/reviewdesk.svg to the PNG sizes desktops and the window use.

    python scripts/build_icon.py          # writes resources/icons/reviewdesk-{48,128,256}.png

Runs under offscreen Qt (no display needed); the PNGs are committed so the app needs no SVG
renderer at start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (48, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "reviewdesk.svg"))
    if not renderer.isValid():
        print("reviewdesk.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"reviewdesk-{size}.png"
        image.save(str(out))
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
