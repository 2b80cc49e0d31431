"""The Argos package index: which models can be downloaded, and from where.

Fetched with httpx, once, with a timeout. argostranslate's ``get_available_packages()`` is never
called: when the index cannot be downloaded it calls itself again without end. The index is a JSON
list of package metadata (``from_code``, ``to_code``, ``package_version``, ``links``, ...).

The URL comes from, in order: an explicit argument (``--index-url``), the environment variable
``REVIEWDESK_ARGOS_INDEX_URL``, the ``argos_index_url`` setting, the official index.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from app.core import settings
from app.mt.engine import MTError

log = logging.getLogger(__name__)

# argostranslate.settings' default ARGOS_PACKAGE_INDEX + "index.json"
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_URL_ENV = "REVIEWDESK_ARGOS_INDEX_URL"
INDEX_TIMEOUT_SECONDS = 15.0

settings.declare(
    "argos_index_url", str, "", "Argos package index URL; empty means the official index"
)


class IndexUnreachable(MTError):
    """The index could not be fetched (offline, server down, not an index)."""


class PackageNotAvailable(MTError):
    pass


@dataclass(frozen=True)
class IndexEntry:
    from_code: str
    to_code: str
    version: str
    links: tuple[str, ...]
    from_name: str = ""
    to_name: str = ""
    metadata: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


def index_url(override: str | None = None) -> str:
    return (
        override
        or os.environ.get(INDEX_URL_ENV)
        or settings.Settings().get("argos_index_url")
        or DEFAULT_INDEX_URL
    )


def offline_message(url: str) -> str:
    return (
        f"Cannot reach the model index at {url} (are you offline?): install a downloaded "
        ".argosmodel file instead with `reviewdesk models install FILE`."
    )


def fetch_index(url: str | None = None, timeout: float = INDEX_TIMEOUT_SECONDS) -> list[IndexEntry]:
    import httpx

    url = index_url(url)
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
        data = response.json()
    except (httpx.TransportError, httpx.HTTPStatusError) as exc:
        log.info("Package index %s unreachable: %s", url, exc)
        raise IndexUnreachable(offline_message(url)) from exc
    except ValueError as exc:
        raise IndexUnreachable(f"The model index at {url} is not a valid index.") from exc
    if not isinstance(data, list):
        raise IndexUnreachable(f"The model index at {url} is not a valid index.")
    return [entry for entry in map(_entry, data) if entry is not None]


def _entry(item: object) -> IndexEntry | None:
    if not isinstance(item, dict) or item.get("type", "translate") != "translate":
        return None
    from_code, to_code, links = item.get("from_code"), item.get("to_code"), item.get("links")
    if not isinstance(from_code, str) or not isinstance(to_code, str):
        return None
    if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
        return None
    return IndexEntry(
        from_code=from_code,
        to_code=to_code,
        version=str(item.get("package_version", "")),
        links=tuple(links),
        from_name=str(item.get("from_name", "")),
        to_name=str(item.get("to_name", "")),
        metadata=item,
    )


def find_entry(entries: list[IndexEntry], from_code: str, to_code: str) -> IndexEntry:
    from app.mt.installed_packages import version_key

    matches = [e for e in entries if e.from_code == from_code and e.to_code == to_code]
    if not matches:
        pairs = sorted({e.pair for e in entries if e.from_code == from_code})
        hint = f" It offers from {from_code}: {', '.join(pairs)}." if pairs else ""
        raise PackageNotAvailable(
            f"The model index has no {from_code}->{to_code} model.{hint}"
        )
    return max(matches, key=lambda e: version_key(e.version))
