"""PanelKeys: the one door through which the GUI gets, stores and forgets panels' API keys.

Each panel's key is read from the keyring at most once per run, on a worker thread (a locked
keyring's unlock prompt must never freeze the window), and the outcome is kept, "no key" and
"keyring locked" included, until a key is stored or forgotten here. Nothing else in the GUI
touches ``KeyStore`` for panel keys.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from smmdesk.core.secrets import KeyLookup, KeySource, KeyStore
from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.tasks import TaskRunner

__all__ = ["KeyState", "PanelKey", "PanelKeys", "key_profile"]

log = logging.getLogger(__name__)

OnKnown = Callable[["KeyState"], object]


def key_profile(panel_id: int) -> str:
    """The keyring profile name under which a panel's API key is stored."""
    return f"panel-{panel_id}"


class KeyState(enum.Enum):
    """What this run knows about a panel's key: one of three usable states, or why the panel
    has no key (the GUI picks its words by this code)."""

    KEYRING = "keyring"
    """Read from (or stored in) the OS keyring."""
    SESSION = "session"
    """Kept in memory for this run only: no secure keyring took it."""
    NOT_NEEDED = "not-needed"
    """The built-in demo panel: its key is built in."""
    MISSING = "missing"
    """The keyring works but holds no key for this panel (deleted, or kept only for an
    earlier session)."""
    NO_KEYRING = "no-keyring"
    """No secure keyring on this system (and no key entered this run)."""
    LOCKED = "locked"
    """The keyring is locked: its unlock prompt was dismissed or failed."""
    UNREADABLE = "unreadable"
    """The keyring failed while being read."""

    @property
    def usable(self) -> bool:
        return self in (KeyState.KEYRING, KeyState.SESSION, KeyState.NOT_NEEDED)


_FROM_SOURCE = {
    KeySource.KEYRING: KeyState.KEYRING,
    KeySource.SESSION: KeyState.SESSION,
    KeySource.ABSENT: KeyState.MISSING,
    KeySource.NO_KEYRING: KeyState.NO_KEYRING,
    KeySource.LOCKED: KeyState.LOCKED,
    KeySource.FAILED: KeyState.UNREADABLE,
}


@dataclass(frozen=True, slots=True)
class PanelKey:
    """A panel's key as this run knows it: the state, and the key when it is usable."""

    state: KeyState
    key: str = field(default="", repr=False)


class PanelKeys(QObject):
    """Resolves each panel's key once per run off the GUI thread and keeps the outcome.

    Every method is called on the GUI thread; callbacks and signals arrive there too.
    """

    sig_key_known = Signal(int, object)
    """(panel id, KeyState): a panel's key state became known or changed (read, stored,
    forgotten)."""

    def __init__(
        self,
        keys: Callable[[], KeyStore],
        tasks: TaskRunner,
        *,
        demo_keys: Mapping[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys = keys  # the context's KeyStore, looked up at each use
        self._tasks = tasks
        self._demo_keys = dict(demo_keys)  # a demo profile's stored URL -> its built-in key
        self._known: dict[int, PanelKey] = {}
        self._waiting: dict[int, list[OnKnown]] = {}  # panel id -> callbacks of a read in flight
        self._forgotten: set[int] = set()  # forgotten while a read was in flight: drop its result
        # one keyring call at a time: a locked keyring prompts once, not once per panel
        self._keyring_lock = threading.Lock()

    # -- reading -----------------------------------------------------------------------------
    def state(self, panel_id: int) -> KeyState | None:
        """The known state, or None while the key has not been read yet (or is being read)."""
        known = self._known.get(panel_id)
        return known.state if known is not None else None

    def key(self, panel_id: int) -> str | None:
        """The panel's usable key from what this run knows; never reads the keyring."""
        known = self._known.get(panel_id)
        return known.key if known is not None and known.state.usable else None

    def resolve(self, panel: PanelRecord, on_known: OnKnown | None = None) -> KeyState | None:
        """Make ``panel``'s key state known. Known already: ``on_known(state)`` runs at once and
        the state is returned. Otherwise the keyring is read on a worker (one read per panel,
        however many ask meanwhile), ``on_known`` runs when it is done, and None is returned."""
        demo_key = self._demo_keys.get(panel.url)
        if demo_key is not None and panel.id not in self._known:
            self._known[panel.id] = PanelKey(KeyState.NOT_NEEDED, demo_key)
        known = self._known.get(panel.id)
        if known is not None:
            if on_known is not None:
                on_known(known.state)
            return known.state
        waiting = self._waiting.get(panel.id)
        if waiting is not None:
            if on_known is not None:
                waiting.append(on_known)
            return None
        self._waiting[panel.id] = [on_known] if on_known is not None else []
        store, profile, lock = self._keys(), key_profile(panel.id), self._keyring_lock

        def read() -> KeyLookup:
            with lock:
                return store.lookup(profile)

        self._tasks.submit(
            "key-read",
            read,
            lambda found: self._on_read(panel.id, found),
            lambda exc: self._on_read(panel.id, exc),
        )
        return None

    def _on_read(self, panel_id: int, found: KeyLookup | Exception) -> None:
        callbacks = self._waiting.pop(panel_id, [])
        if panel_id in self._forgotten:  # the profile was removed during the read
            self._forgotten.discard(panel_id)
            self._known.setdefault(panel_id, PanelKey(KeyState.MISSING))
        elif panel_id not in self._known:  # a key stored meanwhile wins over the older read
            if isinstance(found, KeyLookup):
                state = _FROM_SOURCE[found.source]
                self._known[panel_id] = PanelKey(state, found.key or "")
            else:  # KeyStore guards every keyring call: this is a bug, not a keyring answer
                log.error("reading the key of panel %s failed: %s", panel_id, type(found).__name__)
                self._known[panel_id] = PanelKey(KeyState.UNREADABLE)
        state = self._known[panel_id].state
        self.sig_key_known.emit(panel_id, state)
        for callback in callbacks:
            callback(state)

    # -- writing -----------------------------------------------------------------------------
    def store(
        self, panel_id: int, key: str, on_stored: Callable[[bool], object] | None = None
    ) -> None:
        """Use ``key`` for ``panel_id`` from now on, and write it to the keyring on a worker;
        ``on_stored(True)`` when the keyring took it, ``(False)`` when it is kept for this
        session only."""
        if not key.strip():
            raise ValueError("An empty API key cannot be stored")
        # usable at once; SESSION until the keyring says it holds the key
        self._known[panel_id] = PanelKey(KeyState.SESSION, key)
        self.sig_key_known.emit(panel_id, KeyState.SESSION)
        store, profile, lock = self._keys(), key_profile(panel_id), self._keyring_lock

        def write() -> bool:
            with lock:
                return store.set(profile, key)

        def done(in_keyring: bool) -> None:
            secure = in_keyring is True
            current = self._known.get(panel_id)
            if secure and current is not None and current.key == key:
                self._known[panel_id] = PanelKey(KeyState.KEYRING, key)
                self.sig_key_known.emit(panel_id, KeyState.KEYRING)
            if on_stored is not None:
                on_stored(secure)

        def failed(exc: Exception) -> None:
            log.error("storing the key of panel %s failed: %s", panel_id, type(exc).__name__)
            if on_stored is not None:
                on_stored(False)

        self._tasks.submit("key-write", write, done, failed)

    def forget(self, panel_id: int) -> None:
        """Delete the panel's key (its profile is gone): from this run at once, from the
        keyring on a worker."""
        self._known.pop(panel_id, None)
        if panel_id in self._waiting:
            self._forgotten.add(panel_id)
        store, profile, lock = self._keys(), key_profile(panel_id), self._keyring_lock

        def delete() -> None:
            with lock:
                store.delete(profile)

        self._tasks.submit("key-delete", delete)
