"""Fixtures for the document tests: projects made by the real import, a tiny en->ru model, and
LibreOffice (``soffice``) for checking that exported files open."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "mt"))

from project_helpers import INSTALL_HINT  # noqa: E402


@pytest.fixture(scope="session")
def tiny_en_ru_package(tmp_path_factory):
    from tiny_argos import build_argos_package

    return build_argos_package(tmp_path_factory.mktemp("tiny-en-ru"), "en", "ru", seed=5)


@pytest.fixture
def en_ru_engine(tiny_en_ru_package):
    """The tiny en->ru Argos model installed in this test's home, as an engine."""
    from app.mt.argos_engine import ArgosEngine
    from app.mt.model_manager import install_file

    install_file(tiny_en_ru_package)
    engine = ArgosEngine()
    yield engine
    close = getattr(engine, "close", None)
    if close is not None:
        close()


@pytest.fixture(scope="session")
def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"soffice is missing on CI: {INSTALL_HINT}")
        pytest.skip(INSTALL_HINT)
    return path
