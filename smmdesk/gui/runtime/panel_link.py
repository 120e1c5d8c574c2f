"""PanelLink: an open panel's way to it — the client the gateway builds for its record (rebuilt
when the key, the address or the user agent changes, or the timeouts are set) and the doors that
run work on that client through the gateway. ``PanelSession`` is one; nothing here shows text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from smmdesk.core.client import PanelClient
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

__all__ = ["PanelLink"]

T = TypeVar("T")


class PanelLink(QObject):
    """One panel record's client and the work run on it; every method on the GUI thread."""

    def __init__(self, ctx: AppContext, panel: PanelRecord, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the panel's record; the client follows its address and user agent
        self.panel = panel
        self._client: PanelClient | None = None
        self._client_target: ClientTarget | None = None  # what ``_client`` was built for
        self._options: ClientOptions = INTERACTIVE.copy()

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
        """Close the client (the session is over)."""
        self._drop_client()

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
        reached = self.reach()
        if isinstance(reached, KeyNeeded):
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
        counts it as spending until it ends (nothing is counted without a key)."""
        reached = self.reach()
        if isinstance(reached, KeyNeeded):
            return self.ctx.gateway.refuse(name, reached, on_error)
        return self.ctx.gateway.spend(
            name, kind, lambda ticket: work(reached, ticket), on_done, on_error, total=total
        )
