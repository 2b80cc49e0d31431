"""Installing, listing and removing models; hostile package files refused with nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.core import paths
from app.mt import model_manager
from app.mt.argos_engine import ArgosEngine
from app.mt.package_validation import PackageRejected

METADATA = json.dumps({"package_version": "1.0", "from_code": "en", "to_code": "ru"})


def everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_install_list_remove(tiny_argos_package):
    installed = model_manager.install_file(tiny_argos_package("en", "ru"))
    assert (installed.name, installed.pair, installed.version) == (
        "translate-en_ru-1_0",
        "en->ru",
        "1.0",
    )
    listed = model_manager.list_models()
    assert [p.name for p in listed] == ["translate-en_ru-1_0"]
    assert listed[0].size_bytes > 100_000
    assert listed[0].path == paths.models_dir() / "translate-en_ru-1_0"
    assert not [p for p in paths.models_dir().iterdir() if p.name.startswith(".")]

    model_manager.remove("en-ru")
    assert model_manager.list_models() == []
    assert everything_under(paths.models_dir()) == []


def test_reinstall_replaces_the_folder(tiny_argos_package):
    package = tiny_argos_package("en", "ru")
    first = model_manager.install_file(package)
    (first.path / "stale.txt").write_text("old")
    model_manager.install_file(package)
    assert [p.name for p in model_manager.list_models()] == [first.name]
    assert not (first.path / "stale.txt").exists()
    assert ArgosEngine().translate(["Prices rose."], "en", "ru")[0].best.text


def test_remove_unknown_model_names_the_installed_ones(tiny_argos_package):
    model_manager.install_file(tiny_argos_package("en", "ru"))
    with pytest.raises(model_manager.NoSuchModel) as raised:
        model_manager.remove("en-fr")
    assert "translate-en_ru-1_0" in str(raised.value)


def test_folder_without_metadata_is_skipped_not_fatal(tiny_argos_package):
    model_manager.install_file(tiny_argos_package("en", "ru"))
    (paths.models_dir() / "half-copied").mkdir()
    assert [p.pair for p in model_manager.list_models()] == ["en->ru"]
    assert ArgosEngine().translate(["Prices rose."], "en", "ru")[0].best.text


def test_argostranslate_language_cache_follows_install_and_remove(tiny_argos_package):
    from app.mt.argos_setup import configure

    configure()
    import argostranslate.translate as argos_translate

    argos_translate.get_installed_languages.cache_clear()
    assert argos_translate.get_installed_languages() == []
    model_manager.install_file(tiny_argos_package("en", "ru"))
    assert {lang.code for lang in argos_translate.get_installed_languages()} == {"en", "ru"}
    model_manager.remove("translate-en_ru-1_0")
    assert argos_translate.get_installed_languages() == []


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _symlink_entry(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o120777 << 16)
    return info, target.encode()


GOOD = [("pkg/metadata.json", METADATA.encode()), ("pkg/model/model.bin", b"x" * 100)]
HOSTILE = {  # case: (entries, why it is refused)
    "path traversal": (GOOD + [("pkg/../../escaped.txt", b"gotcha")], "leaving the package"),
    "absolute path": (GOOD + [("/tmp/rd-absolute-escape.txt", b"gotcha")], "absolute path"),
    "symlink": (GOOD + [_symlink_entry("pkg/model/link", "/etc/passwd")], "link"),
    "no metadata.json": ([("pkg/model/model.bin", b"x" * 100)], "no metadata.json"),
    "no model folder": ([("pkg/metadata.json", METADATA.encode())], "no model/ folder"),
    "two top-level folders": (
        GOOD + [("other/metadata.json", METADATA.encode())],
        "exactly one top-level folder",
    ),
    "file at top level": (GOOD + [("README.md", b"hello")], "outside the package folder"),
    "zip bomb": (GOOD + [("pkg/model/filler.bin", bytes(20 * 1024 * 1024))], "zip bomb"),
    "metadata without languages": (
        [("pkg/metadata.json", b'{"package_version": "1.0"}'), ("pkg/model/model.bin", b"x")],
        "names no from_code",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_package_is_refused_with_nothing_written(case, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    entries, reason = HOSTILE[case]
    package = _zip(work / "evil.argosmodel", entries)
    models = paths.models_dir()
    with pytest.raises(PackageRejected) as raised:
        model_manager.install_file(package)
    assert "not a valid Argos model package" in str(raised.value)
    assert reason in str(raised.value)
    assert everything_under(models) == []
    assert everything_under(work) == ["evil.argosmodel"]
    assert not (models.parent / "escaped.txt").exists()
    assert not Path("/tmp/rd-absolute-escape.txt").exists()


def test_oversized_package_refused_before_extraction(tiny_argos_package):
    from app.mt.package_validation import validate_package_file

    with pytest.raises(PackageRejected, match="unpack to more than"):
        validate_package_file(tiny_argos_package("en", "ru"), max_total_bytes=100_000)


def test_damaged_package_data_is_refused_with_nothing_left(tiny_argos_package, tmp_path):
    damaged = tmp_path / "damaged.argosmodel"
    with zipfile.ZipFile(tiny_argos_package("en", "ru")) as source:
        with zipfile.ZipFile(damaged, "w", zipfile.ZIP_STORED) as target:
            for info in source.infolist():
                target.writestr(info.filename, source.read(info))
    with zipfile.ZipFile(damaged) as archive:
        model = archive.getinfo("translate-en_ru-1_0/model/model.bin")
    data = bytearray(damaged.read_bytes())
    header = model.header_offset
    name_length = int.from_bytes(data[header + 26 : header + 28], "little")
    extra_length = int.from_bytes(data[header + 28 : header + 30], "little")
    middle = header + 30 + name_length + extra_length + model.file_size // 2
    data[middle] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(PackageRejected, match="damaged"):
        model_manager.install_file(damaged)
    assert everything_under(paths.models_dir()) == []


def test_not_a_zip_is_refused(tmp_path):
    text = tmp_path / "notes.argosmodel"
    text.write_text("hello")
    with pytest.raises(PackageRejected, match="not a zip archive"):
        model_manager.install_file(text)


def run_models_command(*argv: str) -> int:
    import argparse

    from app.commands import models_cmd

    parser = argparse.ArgumentParser(prog="reviewdesk")
    models_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["models", *argv])
    return args.handler(args)


def test_models_cli_install_list_remove(tiny_argos_package, capsys):
    package = tiny_argos_package("en", "ru")
    assert run_models_command("list") == 0
    assert "No translation models installed" in capsys.readouterr().out
    assert run_models_command("install", str(package)) == 0
    assert run_models_command("list") == 0
    out = capsys.readouterr().out
    assert "translate-en_ru-1_0" in out and "en->ru" in out and "MB" in out
    assert run_models_command("install", str(package.parent / "missing.argosmodel")) == 2
    assert "does not exist" in capsys.readouterr().err
    assert run_models_command("remove", "translate-en_ru-1_0") == 0
    assert run_models_command("remove", "translate-en_ru-1_0") == 2
    assert "No installed model" in capsys.readouterr().err


def test_argos_import_writes_nothing_in_the_users_home(tmp_path):
    home = tmp_path / "user-home"
    home.mkdir()
    script = (
        "from app.mt.argos_setup import configure\n"
        "from app.core import paths\n"
        "s = configure()\n"
        "assert s.package_data_dir == paths.models_dir(), s.package_data_dir\n"
        "from app.mt.model_manager import list_models\n"
        "print(list_models())\n"
    )
    env = {"HOME": str(home), "REVIEWDESK_HOME": str(tmp_path / "app"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert everything_under(home) == []
