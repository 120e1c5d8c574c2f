"""The one ApplicationContext handed to every window: store, keys, settings, workers, demo panel
and the gateway to the panels."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from smmdesk.core.secrets import KeyStore
from smmdesk.core.store import Store
from smmdesk.gui.runtime.gateway import PanelGateway
from smmdesk.gui.runtime.keys import PanelKeys
from smmdesk.gui.runtime.spending import SpendingWork
from smmdesk.gui.runtime.tasks import TaskRunner

if TYPE_CHECKING:
    from smmdesk.sandbox import SandboxPanel  # imported when the demo panel first starts

log = logging.getLogger(__name__)

#: the URL under which the demo profile is stored; the live port changes every run
DEMO_URL = "demo://sandbox"
DEMO_KEY = "demo-key"
#: the demo panel's orders, balance and ids, in the data folder (see ``AppContext.demo_state``)
DEMO_STATE_FILENAME = "demo-panel.json"


@dataclass
class AppContext:
    store: Store
    keys: KeyStore
    settings: QSettings
    tasks: TaskRunner
    demo_services: int = 4000
    #: where the demo panel keeps its state across restarts (None: in memory, for tests)
    demo_state: Path | None = None
    _sandbox: SandboxPanel | None = field(default=None, repr=False)
    _sandbox_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: the one door to panels' API keys (read once per run, off the GUI thread)
    panel_keys: PanelKeys = field(init=False, repr=False)
    #: the one door to the panels: their clients, the work sent to them, what is spending
    gateway: PanelGateway = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.panel_keys = PanelKeys(
            lambda: self.keys, self.tasks, demo_url=DEMO_URL, demo_key=DEMO_KEY
        )
        self.gateway = PanelGateway(self.panel_keys, self.tasks, self.resolve_url)

    @property
    def spending(self) -> SpendingWork:
        """The gateway's count of spending work in flight (orders, mass-order runs, refills,
        cancels)."""
        return self.gateway.spending

    def demo_panel(self) -> SandboxPanel:
        """The embedded demo panel, started on loopback on first use (thread-safe). Its orders
        and ids outlive the app (``demo_state``), and it never gives out an id this store
        already has for it, even if its state file was lost."""
        with self._sandbox_lock:
            if self._sandbox is None:
                from smmdesk.sandbox import SandboxPanel

                order_id, refill_id = self.store.highest_panel_ids(DEMO_URL)
                self._sandbox = SandboxPanel(
                    services=self.demo_services,
                    seed=1,
                    balance=Decimal("250.00"),
                    api_key=DEMO_KEY,
                    state_file=self.demo_state,
                    min_order_id=None if order_id is None else order_id + 1,
                    min_refill_id=None if refill_id is None else refill_id + 1,
                ).start()
                log.info("demo panel serving at %s", self._sandbox.url)
            return self._sandbox

    def resolve_url(self, url: str) -> str:
        """A stored panel URL -> the URL to talk to (the demo profile maps to the live sandbox)."""
        return self.demo_panel().url if url == DEMO_URL else url

    def shutdown(self) -> None:
        self.tasks.shutdown(timeout=1.0)
        with self._sandbox_lock:
            if self._sandbox is not None:
                self._sandbox.stop()
                self._sandbox = None
        self.store.close()
