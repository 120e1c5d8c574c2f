"""PanelGateway: the one door between the GUI and the panels' API.

It builds every ``PanelClient`` (the URL to talk to, the key this run holds, the user agent and
the timeouts), and only for a panel with a usable key: without one there is no client, only a
``KeyNeeded`` saying why. It runs panel work on workers with typed results delivered on the GUI
thread, and it counts the spending work in flight (orders, mass-order runs, refills, cancels)
so quitting can ask first. The poller's thread gets its clients from a factory it hands out.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict, TypeVar

from smmdesk.core.errors import MissingKey, PanelError
from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.keys import KeyState, PanelKeys
from smmdesk.gui.runtime.spending import InFlight, SpendingWork, SpendKind, SpendTicket
from smmdesk.gui.runtime.tasks import Job, TaskRunner

if TYPE_CHECKING:
    # the HTTP stack (requests, urllib3: tens of ms to import) loads when the first client is
    # built, or earlier on a worker (``import_http``): never before the window's first paint
    import requests

    from smmdesk.core.client import PanelClient

__all__ = [
    "INTERACTIVE",
    "POLLING",
    "ClientOptions",
    "ClientTarget",
    "KeyNeeded",
    "PanelGateway",
    "PollClients",
    "build_client",
    "import_http",
]

log = logging.getLogger(__name__)

T = TypeVar("T")


class ClientOptions(TypedDict, total=False):
    """The ``PanelClient`` options a kind of work uses (timeouts in seconds)."""

    connect_timeout: float
    read_timeout: float
    max_retries: int
    max_wait: float


#: the open panel, the orders table's actions: one click waits for the answer
INTERACTIVE: ClientOptions = {"connect_timeout": 10.0, "read_timeout": 30.0}
#: polling: read-only calls, so the client's own retries are fine; modest timeouts; a
#: Retry-After longer than ``max_wait`` goes to the poller's backoff instead
POLLING: ClientOptions = {
    "connect_timeout": 5.0,
    "read_timeout": 20.0,
    "max_retries": 2,
    "max_wait": 5.0,
}


@dataclass(frozen=True, slots=True)
class ClientTarget:
    """Where and as whom a client talks: the URL to send to (the demo profile's already mapped
    to the live sandbox), the key (never in a repr) and the user agent (None: the default)."""

    url: str
    key: str = field(repr=False)
    user_agent: str | None = None


class KeyNeeded(MissingKey):
    """No client for this panel: it has no usable API key (``state`` says why; None while the
    key has not been read yet). Nothing was sent. Delivered to work's ``on_error`` like any
    failure that sent nothing."""

    def __init__(self, panel_id: int, state: KeyState | None) -> None:
        super().__init__("No API key is set for this panel; nothing was sent")
        self.panel_id = panel_id
        self.state = state


#: builds a poller client on the poller's thread: (target, its abortable session, its sleep)
PollClients = Callable[[ClientTarget, "requests.Session", Callable[[float], None]], "PanelClient"]


def import_http() -> None:
    """Import the panel client and its HTTP stack; for a worker thread, so the first client
    the GUI thread builds finds them loaded."""
    importlib.import_module("smmdesk.core.client")


def build_client(
    target: ClientTarget,
    options: ClientOptions,
    *,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] | None = None,
) -> PanelClient:
    """The one place a ``PanelClient`` is made. Any thread; raises ValueError for an unusable
    URL. The connect dialog's check, whose panel is not saved yet, calls this directly; all
    else goes through ``PanelGateway``."""
    from smmdesk.core.client import PanelClient

    return PanelClient(
        target.url,
        target.key,
        user_agent=target.user_agent,
        session=session,
        sleep=sleep or time.sleep,
        **options,
    )


def _refused(reason: PanelError) -> Callable[[], None]:
    def refuse() -> None:
        raise reason

    return refuse


class PanelGateway:
    """Reaches panels from saved records. Every method runs on the GUI thread (the factory from
    ``poll_clients`` on the poller's); it never reads the keyring: keys come from ``PanelKeys``,
    which reads each once per run on a worker."""

    def __init__(
        self, keys: PanelKeys, tasks: TaskRunner, resolve_url: Callable[[str], str]
    ) -> None:
        self._keys = keys
        self._tasks = tasks
        self._resolve_url = resolve_url  # the demo profile's URL -> the live sandbox's
        #: the spending work in flight; only ``spend`` enters it (tests may, to simulate work)
        self.spending = SpendingWork()

    # -- clients -----------------------------------------------------------------------------
    def has_key(self, panel_id: int) -> bool:
        """Whether this run holds a usable key for the panel (so ``target`` gives a client)."""
        return self._usable_key(panel_id) is not None

    def target(self, panel: PanelRecord) -> ClientTarget | KeyNeeded:
        """Where ``panel``'s client talks and with which key, or why it has no usable key.
        The demo profile's sandbox is started only for a panel with a key."""
        key = self._usable_key(panel.id)
        if key is None:
            return KeyNeeded(panel.id, self._keys.state(panel.id))
        return ClientTarget(self._resolve_url(panel.url), key, panel.user_agent or None)

    def _usable_key(self, panel_id: int) -> str | None:
        key = self._keys.key(panel_id)  # what this run knows: never a keyring read
        return key if key is not None and key.strip() else None

    def reach(
        self, panel: PanelRecord, options: ClientOptions = INTERACTIVE
    ) -> PanelClient | KeyNeeded:
        """A new client for ``panel`` (the caller closes it), or why there is none."""
        target = self.target(panel)
        if isinstance(target, KeyNeeded):
            return target
        return build_client(target, options)

    def client(self, panel: PanelRecord, options: ClientOptions = INTERACTIVE) -> PanelClient:
        """A new client for ``panel`` (the caller closes it); raises ``KeyNeeded`` without a
        usable key."""
        reached = self.reach(panel, options)
        if isinstance(reached, KeyNeeded):
            raise reached
        return reached

    def poll_clients(self, options: ClientOptions = POLLING) -> PollClients:
        """The factory the poller's thread builds its clients with (each on its own abortable
        session, retry pauses cut short by the poller's stop)."""

        def make(
            target: ClientTarget, session: requests.Session, sleep: Callable[[float], None]
        ) -> PanelClient:
            return build_client(target, options, session=session, sleep=sleep)

        return make

    # -- work --------------------------------------------------------------------------------
    def run(
        self,
        name: str,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Job:
        """Run panel work that spends nothing (reads, checks) on a worker; ``on_done(result)``
        or ``on_error(exception)`` follows on the GUI thread."""
        return self._tasks.submit(name, work, on_done, on_error)

    def spend(
        self,
        name: str,
        kind: SpendKind,
        work: Callable[[SpendTicket], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        total: int | None = None,
    ) -> Job:
        """Run work that may send ``add``, ``refill`` or ``cancel`` on a worker. It counts as
        spending from this call until ``work`` returns or raises (before its callback runs);
        ``work`` reports a batch's progress on the ticket it is given (``total`` items)."""
        ticket = self.spending.enter(kind, total)

        def counted() -> T:
            with ticket:
                return work(ticket)

        return self._tasks.submit(name, counted, on_done, on_error)

    def refuse(
        self, name: str, reason: PanelError, on_error: Callable[[Exception], None] | None
    ) -> Job:
        """Hand ``reason`` to ``on_error`` the way a worker's failure arrives (on the GUI
        thread, after this call returns): for work that found no client (no usable key, or
        the panel is no longer open)."""
        log.info("%s: nothing sent (%s)", name, type(reason).__name__)
        return self._tasks.submit(name, _refused(reason), None, on_error)

    def in_flight(self) -> list[InFlight]:
        """The spending work in flight now, oldest first (empty: nothing is spending)."""
        return self.spending.in_flight()
