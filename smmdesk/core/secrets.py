"""KeyStore: the only door that reads or writes API keys. Keys go to the OS keyring; where no
secure backend exists they are kept in memory for this session only, never in a file."""

from __future__ import annotations

import enum
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

# keyring (and its backends' discovery, tens of ms) is imported on the first keyring call, which
# the GUI makes on a worker thread: starting the app never waits for it

__all__ = ["KeyLookup", "KeySource", "KeyStore"]

log = logging.getLogger(__name__)

# Backends that exist but do not protect a secret: keyring's "fail" and "null" stand-ins,
# and keyrings.alt's file stores (plaintext, or encrypted with a password kept beside it).
_INSECURE_MODULE_PREFIXES = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",
)
_PROBE_USER = "smmdesk-probe"


class KeySource(enum.Enum):
    """Where a looked-up key came from, or why there is none."""

    KEYRING = "keyring"
    """Read from the OS keyring."""
    SESSION = "session"
    """Kept in memory for this session (stored while no secure keyring was usable)."""
    ABSENT = "absent"
    """The keyring works but holds no key for this profile."""
    NO_KEYRING = "no_keyring"
    """No secure keyring exists on this system."""
    LOCKED = "locked"
    """The keyring is locked (its unlock prompt was dismissed or failed)."""
    FAILED = "failed"
    """The keyring raised an error while being read."""


@dataclass(frozen=True, slots=True)
class KeyLookup:
    """The outcome of one keyring read: a code, and the key when there is one (never in a
    repr)."""

    source: KeySource
    key: str | None = field(default=None, repr=False)


class KeyStore:
    """Stores one API key per panel profile under ``service_name``.

    Every keyring call is guarded: backends raise ``KeyringError``s, ``RuntimeError``, D-Bus
    errors and more when the session bus or the unlock prompt is missing.
    """

    def __init__(self, service_name: str = "SMMDesk") -> None:
        self._service = service_name
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    # -- backend ------------------------------------------------------------------------------

    def _backend(self) -> keyring.backend.KeyringBackend | None:
        import keyring

        try:
            return keyring.get_keyring()
        except Exception as error:  # keyring's discovery can fail in many ways
            log.warning("No keyring backend: %s", type(error).__name__)
            return None

    def is_secure(self) -> bool:
        """True when keys written now would land in a real OS keyring."""
        backend = self._backend()
        if backend is None or not _is_secure_backend(backend):
            return False
        try:
            backend.get_password(self._service, _PROBE_USER)
        except Exception as error:  # a locked or broken backend is not usable
            log.warning("Keyring backend %s fails: %s", _name_of(backend), type(error).__name__)
            return False
        return True

    def backend_name(self) -> str:
        backend = self._backend()
        return _name_of(backend) if backend is not None else "none"

    # -- keys ---------------------------------------------------------------------------------

    def get(self, profile: str) -> str | None:
        return self.lookup(profile).key

    def lookup(self, profile: str) -> KeyLookup:
        """Read the key for ``profile`` with one keyring call, saying why there is none. It may
        block (a locked keyring's unlock prompt): call it off the GUI thread."""
        with self._lock:
            if profile in self._session:
                return KeyLookup(KeySource.SESSION, self._session[profile])
        backend = self._backend()
        if backend is None or not _is_secure_backend(backend):
            return KeyLookup(KeySource.NO_KEYRING)
        import keyring.errors

        try:
            value = backend.get_password(self._service, profile)
        except keyring.errors.KeyringLocked:
            log.warning("The keyring is locked: the key for %r could not be read", profile)
            return KeyLookup(KeySource.LOCKED)
        except keyring.errors.NoKeyringError:
            log.warning("No usable keyring: the key for %r could not be read", profile)
            return KeyLookup(KeySource.NO_KEYRING)
        except Exception as error:
            log.warning("Could not read the key for %r: %s", profile, type(error).__name__)
            return KeyLookup(KeySource.FAILED)
        if isinstance(value, str) and value:
            return KeyLookup(KeySource.KEYRING, value)
        return KeyLookup(KeySource.ABSENT)

    def set(self, profile: str, key: str) -> bool:
        """Store ``key``: True when it is in the OS keyring, False when it is kept only for this
        session (no secure backend, or the backend failed)."""
        if not key:
            raise ValueError("An empty API key cannot be stored")
        backend = self._backend()
        # A keyring that cannot be read back (locked, broken) is as good as none.
        if backend is not None and self.is_secure():
            try:
                backend.set_password(self._service, profile, key)
            except Exception as error:
                log.warning(
                    "Keyring %s refused the key for %r (%s); keeping it for this session only",
                    _name_of(backend),
                    profile,
                    type(error).__name__,
                )
            else:
                with self._lock:
                    self._session.pop(profile, None)
                return True
        with self._lock:
            self._session[profile] = key
        return False

    def delete(self, profile: str) -> None:
        with self._lock:
            self._session.pop(profile, None)
        backend = self._backend()
        if backend is None or not _is_secure_backend(backend):
            return
        import keyring.errors

        try:
            backend.delete_password(self._service, profile)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already deleted
        except Exception as error:
            log.warning("Could not delete the key for %r: %s", profile, type(error).__name__)

    def is_session_only(self, profile: str) -> bool:
        with self._lock:
            return profile in self._session


def _name_of(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    try:
        friendly = str(getattr(cls, "name", "") or "")
    except Exception:  # a classproperty that raises
        friendly = ""
    return friendly or f"{cls.__module__}.{cls.__qualname__}"


def _is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    if "plaintext" in type(backend).__name__.lower():
        return False
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend: secure only if every link is
        try:
            links = list(children)
        except Exception:
            return False
        return bool(links) and all(_is_secure_backend(link) for link in links)
    return True
