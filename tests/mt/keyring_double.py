"""An in-memory keyring for tests (never the user's real one), shared by tests/mt and tests/ui."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def use_keyring():
    """``use_keyring(backend)`` swaps in a test keyring; the previous one and an empty session
    store come back after the test."""
    from app.mt import secrets

    previous = keyring.get_keyring()
    secrets._session_keys.clear()

    def use(backend):
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)
    secrets._session_keys.clear()
