"""PanelLink: an open panel's way to it — the client the gateway builds for its record (rebuilt
when the key, the address or the user agent changes, or the timeouts are set) and the doors that
run work through the gateway. ``PanelSession`` is one; nothing here shows text.

Spending work (``add``, ``refill``, ``cancel``) gets a client of its own that its worker closes,
so closing the link (switching panels) never cuts an order or a batch already under way; the
link then stays alive until that work has reported (``sig_idle``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from smmdesk.core.errors import PanelError, TransportCause, TransportError
from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.gateway import (
    INTERACTIVE,
    ClientOptions,
    ClientTarget,
    KeyNeeded,
    build_client,
)
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.spending import SpendKind, SpendTicket
from smmdesk.gui.runtime.tasks import Job

if TYPE_CHECKING:
    from smmdesk.core.client import PanelClient

__all__ = ["PanelLink"]

T = TypeVar("T")
R = TypeVar("R")


class PanelLink(QObject):
    """One panel record's client and the work run on it; every method on the GUI thread."""

    sig_idle = Signal()
    """The link was closed and its last spending work has now reported (it may be deleted)."""

    def __init__(self, ctx: AppContext, panel: PanelRecord, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the panel's record; the client follows its address and user agent
        self.panel = panel
        self._client: PanelClient | None = None
        self._client_target: ClientTarget | None = None  # what ``_client`` was built for
        self._options: ClientOptions = INTERACTIVE.copy()
        self._closed = False
        self._spending = 0  # spending work started here and not reported yet

    @property
    def spending(self) -> bool:
        """Whether spending work started here has not reported yet."""
        return self._spending > 0

    @property
    def key_state(self) -> KeyState | None:
        """What this run knows about the panel's key (None: not read yet)."""
        return self.ctx.panel_keys.state(self.panel.id)

    @property
    def key_ready(self) -> bool:
        """Whether the panel has a usable key: only then is there a client to send with."""
        return self.ctx.gateway.has_key(self.panel.id)

    def reach(self) -> PanelClient | KeyNeeded:
        """The panel's client, built when first needed and again once the key, the address or
        the user agent changed (the demo profile starts the sandbox here); or, without a usable
        key, why there is none."""
        target = self.ctx.gateway.target(self.panel)
        if isinstance(target, KeyNeeded):
            return target
        if self._client is not None and target != self._client_target:
            self._drop_client()  # a key was entered since
        if self._client is None:
            self._client, self._client_target = build_client(target, self._options), target
        return self._client

    def client(self) -> PanelClient:
        """The panel's client (see ``reach``); raises ``KeyNeeded`` without a usable key:
        callers check ``key_ready`` first."""
        reached = self.reach()
        if isinstance(reached, KeyNeeded):
            raise reached
        return reached

    def close(self) -> None:
        """The session is over: its client closes and no new work starts. Spending work already
        under way runs on with its own client and reports; ``sig_idle`` follows the last."""
        self._closed = True
        self._drop_client()
        if not self._spending:
            self.sig_idle.emit()

    def _drop_client(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            client.close()

    def set_timeouts(self, connect: float, read: float) -> None:
        """Use these timeouts from the next request on (the client is rebuilt)."""
        self._options = {**self._options, "connect_timeout": connect, "read_timeout": read}
        self._drop_client()

    def run(
        self,
        name: str,
        work: Callable[[PanelClient], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Job:
        """Run ``work(client)`` through the gateway; ``on_done(result)`` or ``on_error(exc)``
        follows on the GUI thread (``KeyNeeded`` when the panel has no usable key: then
        nothing runs)."""
        reached = self._closed_reason() or self.reach()
        if isinstance(reached, PanelError):  # closed, or no usable key
            return self.ctx.gateway.refuse(name, reached, on_error)
        return self.ctx.gateway.run(name, lambda: work(reached), on_done, on_error)

    def spend(
        self,
        name: str,
        kind: SpendKind,
        work: Callable[[PanelClient, SpendTicket], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        total: int | None = None,
    ) -> Job:
        """Like ``run``, for work that may send ``add``/``refill``/``cancel``: the gateway
        counts it as spending until it ends (nothing is counted without a key). It runs on a
        client of its own, closed when it ends, so closing this link never cuts it."""
        reached = self._closed_reason() or self.own_client()
        if isinstance(reached, PanelError):  # closed, or no usable key
            return self.ctx.gateway.refuse(name, reached, on_error)
        client = reached

        def spent(ticket: SpendTicket) -> T:
            try:
                return work(client, ticket)
            finally:
                client.close()

        self._spending += 1
        return self.ctx.gateway.spend(
            name, kind, spent, self._reported(on_done), self._reported(on_error), total=total
        )

    def own_client(self) -> PanelClient | KeyNeeded:
        """A new client with this link's options, for work that closes it itself (a spend,
        a batch of refills): closing the link does not close it."""
        return self.ctx.gateway.reach(self.panel, self._options)

    def _reported(self, callback: Callable[[R], None] | None) -> Callable[[R], None]:
        """``callback``, then the count of spending work goes down (``sig_idle`` once a closed
        link has nothing left under way)."""

        def report(value: R) -> None:
            try:
                if callback is not None:
                    callback(value)
            finally:
                self._spending -= 1
                if self._closed and not self._spending:
                    self.sig_idle.emit()

        return report

    def _closed_reason(self) -> TransportError | None:
        """Why nothing may start on a closed link (None while it is open)."""
        if not self._closed:
            return None
        host = urlsplit(self.panel.url).netloc
        return TransportError(
            "This panel is no longer open", cause=TransportCause.CLOSED, host=host
        )
