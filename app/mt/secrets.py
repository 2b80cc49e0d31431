"""The LibreTranslate API key: kept in the system keyring, never in the plain settings file.

When no usable keyring exists (a headless machine, keyring's "fail" or "null" backend, a locked or
broken backend) the key is held in memory for this session only, and the caller is told so in one
sentence it can show to the user.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

SERVICE = "Review Desk LibreTranslate"
NO_KEYRING = "no keyring available: the key is kept for this session only"

_session_keys: dict[str, str] = {}


@dataclass(frozen=True)
class KeyStorage:
    in_keyring: bool
    message: str  # what to tell the user about where the key went


def _account(url: str) -> str:
    return url.strip().rstrip("/").lower()


def _usable_keyring():  # -> keyring backend or None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    try:
        from keyring.backends import null

        if isinstance(backend, null.Keyring):
            return None
    except ImportError:  # pragma: no cover - older keyring
        pass
    backends = getattr(backend, "backends", None)  # the chainer: usable only if it chains any
    if backends is not None and not backends:
        return None
    if getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def keyring_available() -> bool:
    return _usable_keyring() is not None


def save_api_key(url: str, key: str) -> KeyStorage:
    """Remember the key for this server; an empty key forgets it."""
    account = _account(url)
    if not key:
        delete_api_key(url)
        return KeyStorage(in_keyring=keyring_available(), message="The API key was removed.")
    backend = _usable_keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, account, key)
            _session_keys.pop(account, None)
            return KeyStorage(True, "The API key is stored in the system keyring.")
        except Exception as exc:  # any keyring backend error: fall back to the session
            log.warning("Cannot store the API key in the keyring: %s", exc)
    _session_keys[account] = key
    return KeyStorage(False, NO_KEYRING)


def load_api_key(url: str) -> str | None:
    account = _account(url)
    if account in _session_keys:
        return _session_keys[account]
    backend = _usable_keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, account)
    except Exception as exc:
        log.warning("Cannot read the API key from the keyring: %s", exc)
        return None


def delete_api_key(url: str) -> None:
    account = _account(url)
    _session_keys.pop(account, None)
    backend = _usable_keyring()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, account)
    except Exception as exc:  # PasswordDeleteError when there was none
        log.debug("No API key to delete from the keyring: %s", exc)
