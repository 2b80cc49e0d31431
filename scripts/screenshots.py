"""README screenshots, made the same way every time under offscreen Qt (no display needed).

    python scripts/screenshots.py [--out docs/screenshots]

Opens the bundled sample article in a fresh, temporary Review Desk home (your settings and
projects are not touched), adds a reviewer's Russian and Ukrainian translations of the first
sentences (with the Russian-derived spellings the names check flags in a Ukrainian text) and
a few glossary concepts with definitions, waits for the names check, and saves:

- ``main-window.png``: the grid on the sample with name flags marked, the Names panel;
- ``glossary.png``: the Glossary panel with a concept's definition and note shown;
- ``history.png``: the History panel of a reviewed cell;
- ``qa-panel.png``: the QA panel (when the window has one: a dock named ``qa...``).

Run it after a change to the window and commit the PNGs with the change.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1440, 900)

#: A reviewer's translations of the sample's first sentences (segment number -> ru, uk). The
#: Ukrainian column keeps two Russian-derived spellings (Сергей, Костромской) to be flagged.
TRANSLATIONS = {
    1: ("Видео, на котором якобы матери российских солдат эмоционально обращаются к "
        "президенту Владимиру Путину с просьбой вернуть их сыновей из Украины, в среду "
        "разошлось по сети, пока на востоке страны продолжается пропагандистская война.",
        "Відео, на якому нібито матері російських солдатів емоційно звертаються до президента "
        "Володимира Путіна з проханням повернути їхніх синів з України, у середу поширилося "
        "мережею, поки на сході країни триває пропагандистська війна."),
    2: ("Людмила Хохлова, глава организации «Солдатские матери» Костромской области, "
        "говорит на видео: «Ко мне как к председателю обратились матери, жёны и родные наших "
        "ребят, попавших в плен в Украине».",
        "Людмила Хохлова, голова організації «Солдатські матері» Костромской області, каже на "
        "відео: «До мене як до голови звернулися матері, дружини й рідні наших хлопців, які "
        "потрапили в полон в Україні»."),
    3: ("«Теперь пусть говорят они», — говорит она и поворачивает камеру к матерям солдат.",
        "«Тепер нехай говорять вони», — каже вона й повертає камеру до матерів солдатів."),
    5: ("Другая женщина представляется матерью Сергея Смирнова, но не может сдержать слёз.",
        "Інша жінка називає себе матір'ю Сергея Смирнова, але не може стримати сліз."),
}
GLOSSARY = [
    ("place", [("en", "Kyiv", "preferred"), ("en", "Kiev", "forbidden"),
               ("ru", "Киев", "preferred"), ("uk", "Київ", "preferred")],
     "Capital of Ukraine. Kyiv since the 1995 romanization (KMU); Kiev only in set phrases.",
     "The capital and largest city of Ukraine, on the Dnipro river."),
    ("place", [("en", "Kostroma", "preferred"), ("ru", "Кострома", "preferred"),
               ("uk", "Кострома", "preferred")], None,
     "A city on the Volga, centre of Kostroma Oblast, Russia."),
    ("org", [("en", "Soldiers' Mothers", "preferred"), ("ru", "Солдатские матери", "preferred"),
             ("uk", "Солдатські матері", "preferred")],
     "Russian NGO; quote the name in «» in Russian and Ukrainian.", None),
    ("person", [("en", "Vladimir Putin", "preferred"), ("ru", "Владимир Путин", "preferred"),
                ("uk", "Володимир Путін", "preferred")], None, None),
]


def _wait(app, condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get ready in time")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # let the last repaints through
        app.processEvents()


def _prepare(project: Path) -> None:
    from app.core.glossary_model import Detail, Term, TermStatus
    from app.core.model import Status
    from app.storage.database import open_project
    from app.storage.glossary_repo import GlossaryRepository
    from app.storage.project_repo import ProjectRepository

    with open_project(project) as pdb:
        repo = ProjectRepository(pdb)
        segments = repo.segments(0, 10)
        for number, (ru, uk) in TRANSLATIONS.items():
            segment = segments[number - 1]
            repo.decide(segment.id, "ru", Status.EDITED, ru, "Olga")
            repo.decide(segment.id, "uk", Status.EDITED, uk, "Taras")
        repo.decide(segments[0].id, "ru", Status.APPROVED, None, "Olga")
        repo.set_comment(segments[1].id, "uk", "Костромській області", "Olga")
        glossary = GlossaryRepository(pdb)
        for kind, terms, note, definition in GLOSSARY:
            concept = glossary.add_concept(
                kind, [Term(lang, text, TermStatus(status)) for lang, text, status in terms],
                note=note, who="Olga")
            if definition:
                with pdb.transaction() as conn:
                    glossary.merge_into(conn, concept, concept.__class__(
                        **{**concept.__dict__, "details": (
                            Detail("definition", definition, lang="en", source="Wikipedia"),)}),
                        "Olga", concept.created_at or "")


def _grab(window, path: Path) -> None:
    window.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="reviewdesk-screenshots-")
    os.environ["REVIEWDESK_HOME"] = home

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDockWidget

    from app.core.first_run import ensure_sample_project
    from app.core.settings import Settings
    from app.ui.application import create_main_window
    from app.ui.glossary_table_model import COL_EN
    from app.ui.name_check_controller import controller_for
    from app.ui.segment_table_model import COL_RU, COL_SOURCE, COL_UK

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Review Desk")
    settings = Settings()
    settings.set("reviewer", "Olga")
    settings.set("ui_language", "en")
    project = ensure_sample_project()
    _prepare(project)
    window = create_main_window(argparse.Namespace(project=str(project), reviewer="Olga",
                                                   sample=False), settings)
    window.resize(*SIZE)
    window.show()
    controller = controller_for(window)
    _wait(app, lambda: window.repo is not None and controller.checks_done > 0
          and not window.task_runner.running())
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}

    def raise_dock(name: str) -> None:
        dock = docks[name]
        dock.show()
        dock.raise_()
        _wait(app, dock.isVisible)

    columns = {"uk": COL_UK, "ru": COL_RU, "en": COL_SOURCE}
    flagged = next(((row, columns[lang]) for lang in columns
                    for row in range(window.proxy.rowCount())
                    if controller.flags_for(window.model.row_at(row).segment.id, lang)),
                   (1, COL_UK))
    window.view.go_to(window.proxy.index(*flagged))
    if "namesPanelDock" in docks:
        raise_dock("namesPanelDock")
    _wait(app, lambda: True)
    _grab(window, args.out / "main-window.png")

    raise_dock("glossaryPanelDock")
    panel = window.glossary_panel
    _wait(app, lambda: panel.model is not None and panel.model.rowCount() > 0)
    panel.view.setCurrentIndex(panel.model.index(0, COL_EN))
    _wait(app, panel.details.isVisible)
    _grab(window, args.out / "glossary.png")

    bottom = [d for name, d in docks.items() if name != "historyDock" and d.isVisible()
              and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
    for dock in bottom:  # the History gets the room under the grid
        dock.hide()
    raise_dock("historyDock")
    window.view.go_to(window.proxy.index(0, COL_UK - 1))
    _wait(app, lambda: window.history_panel.model.rowCount() > 0)
    _grab(window, args.out / "history.png")
    docks["historyDock"].hide()
    for dock in bottom:
        dock.show()

    qa = next((name for name in docks if name.lower().startswith("qa")), None)
    if qa is not None:
        raise_dock(qa)
        _wait(app, lambda: True)
        _grab(window, args.out / "qa-panel.png")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
