"""Importing the checker and the command does no work: the window opens as fast as before."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_no_name_data():
    code = (
        "import sys, app.names.checker, app.commands.names_cmd, app.names.name_data as d;"
        "print(d._INSTANCE is None, 'pymorphy3' in sys.modules, 'PySide6' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True", "False", "False"]


def test_preload_makes_the_shared_data_ready():
    from app.names.name_data import get_name_data, preload_name_data

    data = preload_name_data()
    assert data is get_name_data()
    assert data.given_name("Olena").uk == ("Олена",)
