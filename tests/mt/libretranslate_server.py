"""Start a real LibreTranslate server (its own virtual environment) on 127.0.0.1 for the tests.

The server runs fully offline: the tiny random-weight Argos packages (``tiny_argos``) are unzipped
into its ``ARGOS_PACKAGES_DIR``, each with a tiny MiniSBD sentence model (``tiny_minisbd``, built
with the server's own Python) so argostranslate never downloads one; ``index.json`` is seeded with
``[]``; ``ARGOS_PACKAGE_INDEX`` points at a closed local port; never ``--update-models``. The
server logs every request's text, so its output goes to a log file.

The virtual environment comes from ``scripts/setup_libretranslate_venv.sh``; the executable is
``$LIBRETRANSLATE_BIN`` or the script's cache path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

LT_VERSION = "1.9.6"
HERE = Path(__file__).resolve().parent


class ServerUnavailable(RuntimeError):
    pass


def venv_dir() -> Path:
    root = os.environ.get("REVIEWDESK_CI_CACHE") or str(Path.home() / ".cache" / "reviewdesk-ci")
    return Path(root) / f"lt-venv-{LT_VERSION}"


def libretranslate_bin() -> Path | None:
    """The ``libretranslate`` executable, or None when the venv was never created."""
    configured = os.environ.get("LIBRETRANSLATE_BIN")
    candidate = Path(configured) if configured else venv_dir() / "bin" / "libretranslate"
    return candidate if candidate.is_file() and os.access(candidate, os.X_OK) else None


def ensure_libretranslate() -> Path:
    """The ``libretranslate`` executable, building its cached venv first if needed.

    Raises ServerUnavailable with the setup script's output when that fails.
    """
    found = libretranslate_bin()
    if found is not None:
        return found
    script = HERE.parents[1] / "scripts" / "setup_libretranslate_venv.sh"
    done = subprocess.run(
        ["bash", str(script)], capture_output=True, text=True, timeout=900, check=False
    )
    found = libretranslate_bin()
    if done.returncode != 0 or found is None:
        raise ServerUnavailable(
            f"Could not set up LibreTranslate {LT_VERSION} ({script.name} exited "
            f"{done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def install_packages(packages_dir: Path, package_dirs: list[Path], python: Path) -> None:
    """Copy package folders in and give each a MiniSBD model so nothing is downloaded."""
    packages_dir.mkdir(parents=True, exist_ok=True)
    sbd = packages_dir.parent / "tiny-minisbd.onnx"
    if not sbd.exists():
        subprocess.run(
            [str(python), str(HERE / "tiny_minisbd.py"), str(sbd)],
            check=True, capture_output=True, timeout=120,
        )
    for folder in package_dirs:
        target = packages_dir / folder.name
        shutil.copytree(folder, target)
        (target / "minisbd").mkdir(exist_ok=True)
        shutil.copy(sbd, target / "minisbd" / "sbd.onnx")


class LibreTranslateServer:
    def __init__(
        self,
        workdir: Path,
        package_dirs: list[Path],
        *,
        languages: str = "en,ru,uk",
        extra_args: tuple[str, ...] = (),
        api_keys: dict[str, int] | None = None,
        executable: Path | None = None,
        python: Path | None = None,
    ) -> None:
        """``executable`` defaults to the cached venv's ``libretranslate``, ``python`` to the
        ``python`` beside it (used for the MiniSBD model and the API keys database)."""
        self.workdir = workdir
        self.package_dirs = package_dirs
        self.languages = languages
        self.extra_args = extra_args
        self.api_keys = api_keys or {}
        self.executable = executable or libretranslate_bin()
        self.python = python
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.log_path = workdir / "libretranslate.log"
        self.start_seconds = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        data = self.workdir / "xdg-data"
        env.update(
            HOME=str(self.workdir),
            XDG_DATA_HOME=str(data),
            XDG_CONFIG_HOME=str(self.workdir / "xdg-config"),
            XDG_CACHE_HOME=str(self.workdir / "xdg-cache"),
            ARGOS_PACKAGES_DIR=str(self.workdir / "packages"),
            ARGOS_PACKAGE_INDEX=f"http://127.0.0.1:{free_port()}/",  # closed: never fetched
            ARGOS_DEVICE_TYPE="cpu",
            ORT_DISABLE_TELEMETRY="1",
            PYTHONUNBUFFERED="1",
        )
        for name in ("LIBRETRANSLATE_BIN", "REVIEWDESK_HOME"):
            env.pop(name, None)
        return env

    def start(self, timeout: float = 90.0) -> LibreTranslateServer:
        if self.executable is None:
            raise ServerUnavailable(
                f"LibreTranslate {LT_VERSION} is not installed: run "
                "scripts/setup_libretranslate_venv.sh (or set LIBRETRANSLATE_BIN)."
            )
        python = self.python or self.executable.parent / "python"
        self.workdir.mkdir(parents=True, exist_ok=True)
        install_packages(self.workdir / "packages", self.package_dirs, python)
        index = self.workdir / "xdg-data" / "argos-translate" / "index.json"
        index.parent.mkdir(parents=True, exist_ok=True)
        index.write_text("[]", encoding="utf-8")
        args = [
            str(self.executable), "--host", "127.0.0.1", "--load-only", self.languages,
            "--disable-web-ui", "--disable-files-translation", "--threads", "2",
            *self.extra_args,
        ]
        env = self._environment()
        if self.api_keys:
            db = self.workdir / "db" / "api_keys.db"
            adds = "; ".join(f"d.add({limit}, {key!r})" for key, limit in self.api_keys.items())
            code = f"from libretranslate.api_keys import Database; d = Database({str(db)!r}); "
            subprocess.run(
                [str(python), "-c", code + adds],
                check=True, capture_output=True, env=env, cwd=self.workdir, timeout=60,
            )
            args += ["--api-keys", "--api-keys-db-path", str(db)]
        self.port = free_port()
        args += ["--port", str(self.port)]
        started = time.monotonic()
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.workdir
            )
        self._wait_ready(started, timeout)
        self.start_seconds = time.monotonic() - started
        return self

    def _wait_ready(self, started: float, timeout: float) -> None:
        assert self.process is not None
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                code = self.process.returncode
                raise ServerUnavailable(
                    f"LibreTranslate exited with code {code}:\n" + self.log_tail()
                )
            try:
                if httpx.get(self.url + "/languages", timeout=2.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise ServerUnavailable(
            f"LibreTranslate did not answer in {timeout:.0f} s:\n" + self.log_tail()
        )

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def __enter__(self) -> LibreTranslateServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def tiny_server(
    root: Path, seeds: tuple[int, int], **server_options
) -> Iterator[LibreTranslateServer]:
    """A running server (its venv built first if needed) with tiny en->ru and en->uk packages
    made from ``seeds``; stopped on exit. Raises ServerUnavailable when it cannot run."""
    from tiny_argos import build_package_dir

    ensure_libretranslate()
    packages = [
        build_package_dir(root / "build" / f"translate-en_{lang}-1_0", "en", lang, seed=seed)
        for lang, seed in zip(("ru", "uk"), seeds, strict=True)
    ]
    with LibreTranslateServer(root / "server", packages, **server_options) as server:
        yield server
