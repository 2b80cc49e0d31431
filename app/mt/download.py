"""Chunked download of a package file with a timeout, progress and cancel.

The file is written next to its destination under a temporary name and renamed only when
complete; on any failure or cancel the partial file is removed.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from app.mt.engine import MTError

log = logging.getLogger(__name__)

ByteProgress = Callable[[int, int | None], None]  # (bytes done, total bytes or None if unknown)

CHUNK_BYTES = 256 * 1024
TIMEOUT_SECONDS = 30.0  # per connect/read: a stalled server fails instead of hanging
MAX_DOWNLOAD_BYTES = 2 * 1024**3


class DownloadFailed(MTError):
    pass


class DownloadCancelled(MTError):
    def __init__(self) -> None:
        super().__init__("The download was cancelled; nothing was installed.")


def download_file(
    urls: Sequence[str],
    destination: Path,
    *,
    progress: ByteProgress | None = None,
    cancel: threading.Event | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
) -> Path:
    """Download the first of ``urls`` that answers into ``destination``."""
    import httpx

    if not urls:
        raise DownloadFailed("The model index lists no download address for this model.")
    errors = []
    for url in urls:
        fd, part_name = tempfile.mkstemp(dir=destination.parent, prefix=".part-")
        part = Path(part_name)
        try:
            with os.fdopen(fd, "wb") as fh:
                _stream(httpx, url, fh, progress, cancel, timeout, max_bytes)
            os.replace(part, destination)
            return destination
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            log.warning("Download from %s failed: %s", url, exc)
            errors.append(f"{url}: {exc}")
        finally:
            part.unlink(missing_ok=True)
    raise DownloadFailed(
        "The model could not be downloaded (" + "; ".join(errors) + "). Check the connection "
        "or install a downloaded .argosmodel file with `reviewdesk models install FILE`."
    )


def _stream(httpx, url, fh, progress, cancel, timeout, max_bytes) -> None:
    with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
        response.raise_for_status()
        length = response.headers.get("content-length")
        total = int(length) if length and length.isdigit() else None
        if total is not None and total > max_bytes:
            raise DownloadFailed(f"The model at {url} is unreasonably large ({total} bytes).")
        done = 0
        if progress is not None:
            progress(0, total)
        for chunk in response.iter_raw(CHUNK_BYTES):
            if cancel is not None and cancel.is_set():
                raise DownloadCancelled()
            fh.write(chunk)
            done += len(chunk)
            if done > max_bytes:
                raise DownloadFailed(f"The model at {url} is unreasonably large.")
            if progress is not None:
                progress(done, total)
        if total is not None and done != total:
            raise DownloadFailed(f"The download from {url} ended early ({done} of {total} bytes).")
