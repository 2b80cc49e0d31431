"""Fixtures for interface tests: fresh project files built through the repository API."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from ui_projects import SENTENCES, make_project  # noqa: F401  (fixtures and tests use them)

from app.core.settings import Settings
from app.storage.database import open_project
from app.storage.project_repo import ProjectRepository


@pytest.fixture
def project_path(tmp_path) -> Path:
    return make_project(tmp_path / "article.rdproj")


@pytest.fixture
def repo(project_path):
    pdb = open_project(project_path)
    yield ProjectRepository(pdb)
    pdb.close()


@pytest.fixture
def settings() -> Settings:
    settings = Settings()
    settings.set("reviewer", "Olga")
    return settings


def gui_args(project: Path | None = None, reviewer: str | None = "Olga",
             sample: bool = False) -> argparse.Namespace:
    return argparse.Namespace(
        project=str(project) if project else None, reviewer=reviewer, sample=sample
    )


@pytest.fixture
def open_window(qtbot, settings):
    """``open_window(project)`` -> a shown MainWindow on that project; closed at teardown."""
    from app.ui.application import create_main_window

    windows = []

    def _open(project: Path | None = None, **kwargs):
        window = create_main_window(gui_args(project, **kwargs), settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # window shortcuts need the active window
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


@pytest.fixture
def project_factory(tmp_path):
    """``project_factory(name, count)`` -> path of a fresh project with ``count`` segments."""

    def _make(name: str = "extra.rdproj", count: int = len(SENTENCES)) -> Path:
        return make_project(tmp_path / name, count)

    return _make
