"""Fixtures for the MT tests: tiny genuine Argos packages, built once per session.

Reusable elsewhere (other folders: put ``tests/mt`` on ``sys.path`` and import ``tiny_argos``, or
copy these two fixtures):

- ``tiny_argos_package(from_code, to_code, **options)`` -> path of a ``.argosmodel`` file, built
  once per session and per argument set (options as ``tiny_argos.build_argos_package``).
- ``installed_tiny_models`` -> installs en->ru and en->uk into the current test's app home through
  ``model_manager.install_file`` and returns the ``InstalledPackage`` list.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import tiny_argos  # noqa: E402
from keyring_double import use_keyring  # noqa: E402, F401 (a fixture for tests/mt)


@pytest.fixture(scope="session")
def tiny_argos_package(tmp_path_factory):
    built: dict[tuple, Path] = {}
    folder = tmp_path_factory.mktemp("tiny-argos")

    def build(from_code: str = "en", to_code: str = "ru", **options) -> Path:
        key = (from_code, to_code, tuple(sorted(options.items())))
        if key not in built:
            out = folder / f"{len(built)}"
            built[key] = tiny_argos.build_argos_package(out, from_code, to_code, **options)
        return built[key]

    return build


@pytest.fixture
def installed_tiny_models(tiny_argos_package):
    from app.mt.model_manager import install_file

    return [install_file(tiny_argos_package("en", target)) for target in ("ru", "uk")]
