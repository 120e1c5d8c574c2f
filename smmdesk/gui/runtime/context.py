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
#: the demo's extra panels (name on the sandbox, key, currency), served beside the first one at
#: ``/<name>/api/v2`` and stored as ``demo://sandbox/<name>``: resellers of its catalogue at
#: other prices, one in euros (their catalogues are made in smmdesk/sandbox/demo.py)
DEMO_EXTRAS: tuple[tuple[str, str, str], ...] = (
    ("demo2", "demo-key-2", "USD"),
    ("demo3", "demo-key-3", "EUR"),
)
#: every demo profile's stored URL -> its built-in key (the first one's URL first)
DEMO_KEYS: dict[str, str] = {
    DEMO_URL: DEMO_KEY,
    **{f"{DEMO_URL}/{name}": key for name, key, _ in DEMO_EXTRAS},
}
#: the demo panel's orders, balance and ids, in the data folder (see ``AppContext.demo_state``)
DEMO_STATE_FILENAME = "demo-panel.json"


def is_demo_url(url: str) -> bool:
    """True for the stored URL of one of the built-in demo panels."""
    return url in DEMO_KEYS


@dataclass
class AppContext:
    store: Store
    keys: KeyStore
    settings: QSettings
    tasks: TaskRunner
    demo_services: int = 4000
    #: how many of the demo panels (``DEMO_KEYS``) the demo mode connects (the first 1–3)
    demo_panels: int = len(DEMO_KEYS)
    #: where the demo panel keeps its state across restarts (None: in memory, for tests)
    demo_state: Path | None = None
    _sandbox: SandboxPanel | None = field(default=None, repr=False)
    _sandbox_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: the one door to panels' API keys (read once per run, off the GUI thread)
    panel_keys: PanelKeys = field(init=False, repr=False)
    #: the one door to the panels: their clients, the work sent to them, what is spending
    gateway: PanelGateway = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.panel_keys = PanelKeys(lambda: self.keys, self.tasks, demo_keys=DEMO_KEYS)
        self.gateway = PanelGateway(self.panel_keys, self.tasks, self.resolve_url)

    @property
    def spending(self) -> SpendingWork:
        """The gateway's count of spending work in flight (orders, mass-order runs, refills,
        cancels)."""
        return self.gateway.spending

    def demo_panel(self) -> SandboxPanel:
        """The embedded demo panel, started on loopback on first use (thread-safe), with the
        extra demo panels beside it. Their orders and ids outlive the app (``demo_state``, and
        a file beside it per extra panel), and none gives out an id this store already has
        for it, even if its state file was lost."""
        with self._sandbox_lock:
            if self._sandbox is None:
                self._sandbox = self._start_demo()
            return self._sandbox

    def _next_ids(self, url: str) -> tuple[int | None, int | None]:
        """The lowest order and refill ids the demo panel at ``url`` may give next: above
        every one the store already holds for it (None: no limit)."""
        order_id, refill_id = self.store.highest_panel_ids(url)
        return (
            None if order_id is None else order_id + 1,
            None if refill_id is None else refill_id + 1,
        )

    def _start_demo(self) -> SandboxPanel:
        from smmdesk.sandbox import SandboxPanel
        from smmdesk.sandbox.demo import DEMO_EXTRA_PANELS

        first_ids = self._next_ids(DEMO_URL)
        sandbox = SandboxPanel(
            services=self.demo_services,
            seed=1,
            balance=Decimal("250.00"),
            api_key=DEMO_KEY,
            state_file=self.demo_state,
            min_order_id=first_ids[0],
            min_refill_id=first_ids[1],
        )
        for extra in DEMO_EXTRA_PANELS:
            url = f"{DEMO_URL}/{extra.name}"
            state = self.demo_state
            ids = self._next_ids(url)
            sandbox.add_panel(
                extra.name,
                DEMO_KEYS[url],
                seed=extra.seed,
                price_factor=extra.price_factor,
                decorate=extra.decorate,
                balance=extra.balance,
                currency=extra.currency,
                state_file=None if state is None else state.with_name(f"demo-{extra.name}.json"),
                min_order_id=ids[0],
                min_refill_id=ids[1],
            )
        sandbox.start()
        log.info("demo panels serving at %s", sandbox.url)
        return sandbox

    def resolve_url(self, url: str) -> str:
        """A stored panel URL -> the URL to talk to (a demo profile maps to the live sandbox)."""
        if not is_demo_url(url):
            return url
        live = self.demo_panel().url  # http://127.0.0.1:<port>/api/v2
        if url == DEMO_URL:
            return live
        return live.removesuffix("/api/v2") + url.removeprefix(DEMO_URL) + "/api/v2"

    def shutdown(self) -> None:
        self.tasks.shutdown(timeout=1.0)
        with self._sandbox_lock:
            if self._sandbox is not None:
                self._sandbox.stop()
                self._sandbox = None
        self.store.close()
