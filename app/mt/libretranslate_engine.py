"""Translation through a LibreTranslate server (for teams that run one). No Qt here.

Talks to the server's JSON API with httpx: ``GET /languages``, ``GET /frontend/settings`` (the
character limit), ``GET /spec`` (the server version, part of the cache key) and ``POST /translate``
with a list ``q`` per batch. Batches are small (count and characters); when the server still
answers "request (N) exceeds text limit (M)" the batch is split and retried, and a single text over
the limit is reported with the server's own words. Connection errors, timeouts and 5xx answers are
retried a few times with backoff; after that the user is told the server cannot be reached.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from app.mt.engine import (
    Candidate,
    EngineUnavailable,
    MTError,
    ProgressCallback,
    SegmentTranslation,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
_LIMIT_RE = re.compile(r"request \((\d+)\) exceeds text limit \((\d+)\)")
_ALTERNATIVES_RE = re.compile(r"alternatives parameter must be <= (\d+)")
_RETRY_STATUS = {429, 500, 502, 503, 504}


class TextLimitExceeded(MTError):
    """One text is longer than the server accepts; splitting the batch cannot help."""

    segment_specific = True  # the other segments of a batch can still be translated


@dataclass
class _Call:
    """What one ``translate`` call asks for; lowered when the server names a smaller limit."""

    alternatives: int
    warnings: tuple[str, ...] = ()
    format: str = "text"  # "html" when asking where inline tags went (place_tags)


class LibreTranslateEngine:
    name = "libretranslate"

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
        batch_size: int = 32,
        batch_chars: int = 6000,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.api_key = api_key or None
        self.retries = retries
        self.backoff = backoff
        self.batch_size = batch_size
        self.batch_chars = batch_chars
        self._client = httpx.Client(base_url=self.url, timeout=timeout, transport=transport)
        self._version: str | None = None
        self._version_checked = False

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> LibreTranslateEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- server facts ------------------------------------------------------------------------

    def languages(self) -> list[dict]:
        """The server's languages: [{"code": "en", "name": "English", "targets": [...]}, ...]."""
        return list(self._request("GET", "/languages").json())

    def settings(self) -> dict:
        """The server's public settings (``charLimit`` among them); {} if it does not say."""
        try:
            return dict(self._request("GET", "/frontend/settings").json())
        except MTError as exc:
            if isinstance(exc, EngineUnavailable):
                raise
            return {}

    def server_version(self) -> str | None:
        """The LibreTranslate version from its API description, if the server publishes it."""
        if not self._version_checked:
            self._version_checked = True
            try:
                info = self._request("GET", "/spec").json().get("info", {})
                version = str(info.get("version") or "").strip()
                self._version = version if version and version != "?" else None
            except EngineUnavailable:
                raise
            except (MTError, ValueError, AttributeError):
                self._version = None
        return self._version

    def model_id(self, source: str, target: str) -> str:
        version = self.server_version()
        return f"libretranslate@{self.url}" + (f" v{version}" if version else "")

    # -- translation ---------------------------------------------------------------------------

    def translate(
        self,
        segments: Sequence[str],
        source: str,
        target: str,
        alternatives: int = 0,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        *,
        draft: bool = False,  # the server decides its decoding; a draft is a normal request
    ) -> list[SegmentTranslation]:
        results: list[SegmentTranslation] = []
        total = len(segments)
        call = _Call(alternatives=max(0, alternatives))
        for batch in self._batches(segments):
            if cancel is not None and cancel.is_set():
                break
            results.extend(self._translate_batch(list(batch), source, target, call))
            if progress is not None:
                progress(len(results), total)
        return results

    def place_tags(self, items: Sequence[tuple[str, str]], source: str, target: str
                   ) -> list[str | None]:
        """Each (coded source, plain translation) with the source's tags placed where the
        server's HTML mode put them: inner pairs go as ``<span id="tN">`` elements, the spans in
        its answer locate the pair's words in the translation; None where it tells nothing."""
        from app.documents.tag_transfer import (
            inner_pairs_html,
            pair_spans_from_html,
            transfer_tags,
        )

        html = [inner_pairs_html(coded) for coded, _ in items]
        asked = [n for n, marked in enumerate(html) if marked is not None]
        placed: list[str | None] = [None] * len(items)
        answers: list[SegmentTranslation] = []
        call = _Call(alternatives=0, format="html")
        for batch in self._batches([html[n][0] for n in asked]):  # type: ignore[index]
            answers += self._translate_batch(list(batch), source, target, call)
        for n, answer in zip(asked, answers, strict=True):
            coded, text = items[n]
            spans = pair_spans_from_html(answer.best.text, text)
            placed[n] = transfer_tags(coded, text, pair_spans=spans) if spans else None
        return placed

    def _batches(self, segments: Sequence[str]) -> list[Sequence[str]]:
        batches: list[Sequence[str]] = []
        start = 0
        chars = 0
        for i, text in enumerate(segments):
            if i > start and (i - start >= self.batch_size or chars + len(text) > self.batch_chars):
                batches.append(segments[start:i])
                start, chars = i, 0
            chars += len(text)
        if start < len(segments):
            batches.append(segments[start:])
        return batches

    def _translate_batch(
        self, batch: list[str], source: str, target: str, call: _Call
    ) -> list[SegmentTranslation]:
        payload: dict = {"q": batch, "source": source, "target": target, "format": call.format}
        if call.alternatives:
            payload["alternatives"] = call.alternatives
        if self.api_key:
            payload["api_key"] = self.api_key
        try:
            data = self._request("POST", "/translate", json=payload).json()
        except MTError as exc:
            return self._after_refusal(exc, batch, source, target, call)
        return self._parse(batch, data, call)

    def _after_refusal(
        self, exc: MTError, batch: list[str], source: str, target: str, call: _Call
    ) -> list[SegmentTranslation]:
        """Adapt to the server's limits when it names them; otherwise pass its error on."""
        message = str(exc)
        limit = _LIMIT_RE.search(message)
        if limit and len(batch) > 1:
            size, most = (int(n) for n in limit.groups())
            if size == len(batch) and most < size:
                # Too many texts per request: remember the server's batch limit.
                self.batch_size = max(1, most)
                step = self.batch_size
            else:
                step = (len(batch) + 1) // 2  # one text is too long: narrow down to it
            log.info("LibreTranslate refused %d texts (%s); splitting", len(batch), message)
            out: list[SegmentTranslation] = []
            for start in range(0, len(batch), step):
                out += self._translate_batch(batch[start : start + step], source, target, call)
            return out
        if limit:
            raise TextLimitExceeded(
                f"{message} A segment of {len(batch[0])} characters is longer than this "
                "server accepts; split it or ask the server's operator to raise the limit."
            ) from exc
        most_alternatives = _ALTERNATIVES_RE.search(message)
        if most_alternatives and int(most_alternatives.group(1)) < call.alternatives:
            allowed = int(most_alternatives.group(1))
            log.info("LibreTranslate allows %d alternatives; asking for that many", allowed)
            call.alternatives = allowed
            call.warnings = (f"The server gives at most {allowed} alternatives per segment.",)
            return self._translate_batch(batch, source, target, call)
        raise exc

    def _parse(self, batch: list[str], data: object, call: _Call) -> list[SegmentTranslation]:
        texts = data.get("translatedText") if isinstance(data, dict) else None
        if not isinstance(texts, list) or len(texts) != len(batch):
            raise MTError(
                f"The server at {self.url} sent an answer Review Desk does not understand "
                f"(expected {len(batch)} translations). Is it a LibreTranslate server?"
            )
        alts = data.get("alternatives") if isinstance(data, dict) else None
        if not isinstance(alts, list) or len(alts) != len(batch):
            alts = [[] for _ in batch]
        out = []
        for text, others in zip(texts, alts, strict=True):
            seen = {text}
            unique = []
            for alt in others if isinstance(others, list) else []:
                if isinstance(alt, str) and alt not in seen:
                    seen.add(alt)
                    unique.append(Candidate(alt))
            out.append(
                SegmentTranslation(
                    best=Candidate(str(text)),
                    alternatives=tuple(unique),
                    warnings=call.warnings,
                )
            )
        return out

    # -- HTTP ----------------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._client.request(method, path, **kwargs)  # type: ignore[arg-type]
            except (httpx.TransportError, httpx.TimeoutException) as exc:
                if attempt < self.retries:
                    self._sleep(attempt, f"{type(exc).__name__}: {exc}")
                    attempt += 1
                    continue
                raise EngineUnavailable(self._unreachable(exc)) from exc
            if response.status_code in _RETRY_STATUS and attempt < self.retries:
                self._sleep(attempt, f"HTTP {response.status_code}")
                attempt += 1
                continue
            if response.is_success:
                return response
            message = f"The server at {self.url} says: {self._error_text(response)}"
            if response.status_code >= 500 or response.status_code == 429:
                raise EngineUnavailable(message)
            raise MTError(message)

    def _sleep(self, attempt: int, why: str) -> None:
        delay = self.backoff * (2**attempt)
        log.warning("LibreTranslate %s (%s); retrying in %.1f s", self.url, why, delay)
        time.sleep(delay)

    def _unreachable(self, exc: Exception) -> str:
        if isinstance(exc, httpx.TimeoutException):
            what = "did not answer in time"
        elif isinstance(exc, httpx.ConnectError):
            what = "cannot be reached (is it running? is the address right?)"
        else:
            what = f"cannot be reached ({exc})"
        return (
            f"The LibreTranslate server at {self.url} {what}. Check the address and your "
            "network, or translate with the local Argos engine instead."
        )

    @staticmethod
    def _error_text(response: httpx.Response) -> str:
        try:
            data = response.json()
        except ValueError:
            data = None
        if isinstance(data, dict) and data.get("error"):
            return str(data["error"])
        text = response.text.strip()
        return f"HTTP {response.status_code} {response.reason_phrase}" + (
            f": {text[:200]}" if text else ""
        )
