"""The LibreTranslate API key goes to the system keyring, or stays in memory for the session."""

from __future__ import annotations

import keyring
from keyring.backends import fail
from keyring_double import MemoryKeyring

from app.core.settings import Settings
from app.mt import secrets

URL = "https://lt.example.org/"


def test_mt_secrets_key_goes_to_the_keyring_not_the_settings(use_keyring, app_home):
    ring = use_keyring(MemoryKeyring())
    Settings().set("libretranslate_url", URL)
    stored = secrets.save_api_key(URL, "s3cret-key")
    assert stored.in_keyring and "system keyring" in stored.message
    assert ring.store == {(secrets.SERVICE, "https://lt.example.org"): "s3cret-key"}
    assert secrets.load_api_key("https://LT.example.org") == "s3cret-key"
    assert not any(
        "s3cret-key" in p.read_text(errors="replace") for p in app_home.rglob("*") if p.is_file()
    )
    secrets.delete_api_key(URL)
    assert secrets.load_api_key(URL) is None and ring.store == {}


def test_mt_secrets_without_keyring_keeps_the_key_for_the_session(use_keyring, app_home):
    use_keyring(fail.Keyring())
    assert not secrets.keyring_available()
    stored = secrets.save_api_key(URL, "s3cret-key")
    assert not stored.in_keyring
    assert stored.message == "no keyring available: the key is kept for this session only"
    assert secrets.load_api_key(URL) == "s3cret-key"
    assert not any(p.is_file() for p in app_home.rglob("*"))  # nothing written to disk
    secrets._session_keys.clear()  # a new session
    assert secrets.load_api_key(URL) is None


def test_mt_secrets_broken_keyring_falls_back_to_the_session(use_keyring):
    class Broken(MemoryKeyring):
        def set_password(self, service, username, password):
            raise keyring.errors.KeyringLocked("locked")

    use_keyring(Broken())
    stored = secrets.save_api_key(URL, "k")
    assert not stored.in_keyring and stored.message == secrets.NO_KEYRING
    assert secrets.load_api_key(URL) == "k"
