"""KeyStore: keys go to a secure keyring, else stay in memory for the session; never to disk."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from smmdesk.core.secrets import KeyLookup, KeySource, KeyStore

KEY = "KEY-0123456789abcdef-SECRET"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory OS-keyring stand-in."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


class DBusException(Exception):
    """Shaped like dbus/jeepney errors: not a KeyringError at all."""


class BrokenKeyring(MemoryKeyring):
    """Reads fine, refuses to write (a locked collection, a missing prompt...)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (not installed here)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class EmptyChainer(keyring.backends.chainer.ChainerBackend):
    """What keyring builds when no backend is viable."""

    backends: list[keyring.backend.KeyringBackend] = []  # noqa: RUF012


class MixedChainer(keyring.backends.chainer.ChainerBackend):
    """A chain whose fallback link writes plaintext: not secure as a whole."""

    backends: list[keyring.backend.KeyringBackend] = [MemoryKeyring(), PlaintextKeyring()]  # noqa: RUF012


@pytest.fixture
def use_backend() -> Iterator[object]:
    previous = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway HOME/XDG tree and working directory, to prove nothing lands on disk."""
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("APPDATA", "AppData"),
    ):
        path = tmp_path / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files_containing(root: Path, secret: str) -> list[Path]:
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            data = path.read_bytes()
            if secret.encode() in data or secret.encode("utf-16-le") in data:
                found.append(path)
    return found


def test_secure_backend_stores_reads_and_deletes(use_backend: object) -> None:
    backend = use_backend(MemoryKeyring())  # type: ignore[operator]
    store = KeyStore("SMMDesk-test")
    assert store.is_secure()
    assert store.set("panel-1", KEY) is True
    assert backend.store == {("SMMDesk-test", "panel-1"): KEY}
    assert store.get("panel-1") == KEY
    assert not store.is_session_only("panel-1")
    assert KeyStore("SMMDesk-test").get("panel-1") == KEY  # a new process would find it
    store.delete("panel-1")
    store.delete("panel-1")  # deleting twice is harmless
    assert store.get("panel-1") is None
    assert backend.store == {}


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        EmptyChainer(),
        MixedChainer(),
        PlaintextKeyring(),
        LockedKeyring(),
    ],
    ids=["fail", "null", "empty-chainer", "chainer-with-plaintext", "keyrings.alt", "locked"],
)
def test_insecure_backends_keep_the_key_for_the_session_only(
    use_backend: object, home: Path, backend: keyring.backend.KeyringBackend
) -> None:
    use_backend(backend)  # type: ignore[operator]
    store = KeyStore("SMMDesk-test")
    assert not store.is_secure()
    assert store.backend_name()
    assert store.set("panel-1", KEY) is False
    assert store.get("panel-1") == KEY
    assert store.is_session_only("panel-1")
    assert KeyStore("SMMDesk-test").get("panel-1") is None  # gone with the session
    if isinstance(backend, MemoryKeyring):
        assert KEY not in backend.store.values()
    assert files_containing(home, KEY) == []
    store.delete("panel-1")
    assert store.get("panel-1") is None
    assert not store.is_session_only("panel-1")


@pytest.mark.parametrize(
    "error",
    [
        keyring.errors.PasswordSetError("refused"),
        keyring.errors.NoKeyringError("none"),
        RuntimeError("no session bus"),
        DBusException("org.freedesktop.DBus.Error.ServiceUnknown"),
    ],
)
def test_a_backend_that_fails_to_write_falls_back_to_the_session(
    use_backend: object, home: Path, caplog: pytest.LogCaptureFixture, error: Exception
) -> None:
    use_backend(BrokenKeyring(error))  # type: ignore[operator]
    caplog.set_level(logging.DEBUG)
    store = KeyStore("SMMDesk-test")
    assert store.is_secure()  # it looks fine until it is asked to write
    assert store.set("panel-1", KEY) is False
    assert store.get("panel-1") == KEY
    assert store.is_session_only("panel-1")
    assert "session only" in caplog.text
    assert KEY not in caplog.text
    assert files_containing(home, KEY) == []


def test_a_session_key_moves_to_the_keyring_once_one_works(use_backend: object) -> None:
    use_backend(keyring.backends.fail.Keyring())  # type: ignore[operator]
    store = KeyStore("SMMDesk-test")
    assert store.set("panel-1", KEY) is False
    backend = use_backend(MemoryKeyring())  # type: ignore[operator]
    assert store.set("panel-1", KEY) is True
    assert not store.is_session_only("panel-1")
    assert backend.store


def test_empty_key_is_refused(use_backend: object) -> None:
    use_backend(MemoryKeyring())  # type: ignore[operator]
    with pytest.raises(ValueError, match="empty API key"):
        KeyStore().set("panel-1", "")


class CountingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.reads: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append(username)
        return super().get_password(service, username)


class FailingKeyring(MemoryKeyring):
    """Looks like a real backend, but every read raises (as keyring's fail backend does)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error


@pytest.mark.parametrize(
    ("backend", "source"),
    [
        (keyring.backends.fail.Keyring(), KeySource.NO_KEYRING),
        (PlaintextKeyring(), KeySource.NO_KEYRING),
        (FailingKeyring(keyring.errors.NoKeyringError("none")), KeySource.NO_KEYRING),
        (LockedKeyring(), KeySource.LOCKED),
        (FailingKeyring(DBusException("org.freedesktop.DBus.Error.NoReply")), KeySource.FAILED),
        (MemoryKeyring(), KeySource.ABSENT),
    ],
    ids=["fail", "plaintext", "raises-no-keyring", "locked", "raises-dbus", "absent"],
)
def test_lookup_says_why_there_is_no_key(
    use_backend: object,
    backend: keyring.backend.KeyringBackend,
    source: KeySource,
    caplog: pytest.LogCaptureFixture,
) -> None:
    use_backend(backend)  # type: ignore[operator]
    found = KeyStore("SMMDesk-test").lookup("panel-1")
    assert found == KeyLookup(source)
    assert found.key is None


def test_lookup_finds_keyring_and_session_keys_with_one_read_and_hides_them(
    use_backend: object,
) -> None:
    backend = use_backend(CountingKeyring())  # type: ignore[operator]
    backend.store[("SMMDesk-test", "panel-1")] = KEY
    store = KeyStore("SMMDesk-test")
    found = store.lookup("panel-1")
    assert (found.source, found.key) == (KeySource.KEYRING, KEY)
    assert backend.reads == ["panel-1"], "one keyring call per lookup, no probe"
    assert KEY not in repr(found)
    use_backend(keyring.backends.fail.Keyring())  # type: ignore[operator]
    store.set("panel-2", KEY)
    assert store.lookup("panel-2") == KeyLookup(KeySource.SESSION, KEY)
