"""PanelSession: the open panel — its catalogue and balance — and the doors for its actions.

Everything that talks to the network runs through its ``PanelLink`` (the client the gateway
builds, the work sent on it); results arrive as signals on the GUI thread. One session per open
panel; switching panels closes the old session. A panel whose API key is not known (yet) sends
nothing: its cached catalogue shows, and the window is asked to get the key.
"""

from __future__ import annotations

import contextlib
import logging
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from smmdesk.core.catalog import Catalog, CatalogDiff
from smmdesk.core.catalog_history import record_refresh
from smmdesk.core.changes import ServiceChange
from smmdesk.core.errors import PanelError
from smmdesk.core.models import Balance, Service
from smmdesk.core.ordering import Placement, place_order
from smmdesk.core.parse_services import CatalogueProblem, UnusableCatalogue, parse_catalogue
from smmdesk.core.store import PanelRecord, StoreError
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.panel_link import PanelLink
from smmdesk.gui.runtime.spending import SpendKind, SpendTicket
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.errors import describe_error

if TYPE_CHECKING:
    from smmdesk.core.client import PanelClient

__all__ = ["PanelSession"]

log = logging.getLogger(__name__)


class PanelSession(PanelLink):
    sig_catalog_loaded = Signal(object, object)
    """(Catalog, CatalogDiff | None): a catalogue is ready (cached at open, or freshly fetched)."""
    sig_catalog_changes = Signal(int, object)
    """(panel id, tuple[ServiceChange, ...]): a refresh recorded these changes in the catalogue
    history (only when there are some; the panel's first catalogue is the baseline)."""
    sig_catalog_state = Signal(str)
    """A short line for the status bar: "Updating catalogue…", "Catalogue updated 3 min ago"."""
    sig_catalog_problem = Signal(object)
    """UnusableCatalogue | None: the panel's last service list held no usable service (the
    catalogue shown, if any, is kept), or None once a usable one arrived."""
    sig_balance = Signal(object)
    """Balance: a fresh balance arrived."""
    sig_connection = Signal(bool, str)
    """(online, message): the panel answered, or the last call failed and why."""
    sig_order_finished = Signal(object)
    """Placement: the outcome of an order sent from this session."""
    sig_key_needed = Signal(object)
    """KeyState: the panel has no usable API key (why, as a code); nothing is sent until one
    is stored through ``ctx.panel_keys``."""

    def __init__(self, ctx: AppContext, panel: PanelRecord, parent: QObject | None = None) -> None:
        super().__init__(ctx, panel, parent)
        self.catalog: Catalog | None = None
        self.balance: Balance | None = None
        self.catalog_fetched_at: float | None = None
        #: why the last service list the panel sent was not used (None: it was, or none yet)
        self.catalog_problem: UnusableCatalogue | None = None
        self._catalog_job_running = False
        self._placing = False
        self._closed = False
        self._waiting_for_key = False  # opened without a key: fetch once one is stored
        ctx.panel_keys.sig_key_known.connect(self._on_key_changed)

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def currency(self) -> str:
        if self.balance is not None:
            return self.balance.currency
        return self.panel.currency or "USD"

    def ask_for_key(self) -> bool:
        """True when nothing may be sent for want of a key; the window is then told (when the
        key is known to be missing) so it can ask the user for it."""
        if self.key_ready:
            return False
        state = self.key_state
        if state is not None and not self._closed:
            self.sig_key_needed.emit(state)
        return True

    def open(self, *, online: bool = True) -> None:
        """Show the cached catalogue at once; then (``online``, or later ``go_online``) read the
        key and, once it is known, fetch a fresh catalogue and the balance."""
        cached = self.ctx.store.load_catalog(self.panel.id)
        if cached is not None:
            try:
                # a cache holding no usable service (saved by an older version) is no catalogue
                services = parse_catalogue(cached.raw)
            except PanelError:
                log.warning("cached catalogue of panel %s is unreadable; refetching", self.panel.id)
            else:
                self.catalog_fetched_at = cached.fetched_at.timestamp()
                self._set_catalog(Catalog(services, self._favourites()), None)
        if online:
            self.go_online()

    def go_online(self) -> None:
        """Read the panel's key (on a worker, once per run); once it is known, fetch a fresh
        catalogue and the balance, or ask for the key."""
        if not self._closed:
            self.ctx.panel_keys.resolve(self.panel, self._on_key_known)

    def _on_key_known(self, state: KeyState) -> None:
        if self._closed:
            return
        if state.usable:
            self.refresh_catalog()
            self.refresh_balance()
            return
        self._waiting_for_key = True
        self.sig_catalog_state.emit(self.catalog_age_text())
        self.sig_key_needed.emit(state)

    def _on_key_changed(self, panel_id: int, state: KeyState) -> None:
        if panel_id != self.panel.id or self._closed or not state.usable:
            return
        try:
            fresh = self.ctx.store.get_panel(panel_id)
        except StoreError:
            return  # the profile is gone; the window closes this session
        moved = (fresh.url, fresh.user_agent) != (self.panel.url, self.panel.user_agent)
        # a key is saved together with its profile: a new key may come with a new address, and
        # it must never go to the old one (client() follows the record)
        self.panel = fresh
        if moved:  # this catalogue belongs to the old address: the window opens the panel anew
            self._waiting_for_key = False
            return
        if self._waiting_for_key:
            self._waiting_for_key = False
            self.refresh_catalog()
            self.refresh_balance()

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ctx.panel_keys.sig_key_known.disconnect(self._on_key_changed)
        super().close()

    # -- catalogue ---------------------------------------------------------------------------
    def _favourites(self) -> frozenset[int]:
        return self.ctx.store.favourites(self.panel.id)

    def _set_catalog(self, catalog: Catalog, diff: CatalogDiff | None) -> None:
        self.catalog = catalog
        self.sig_catalog_loaded.emit(catalog, diff)

    def refresh_catalog(self) -> None:
        if self._catalog_job_running or self.ask_for_key():
            return
        self._catalog_job_running = True
        self.sig_catalog_state.emit(self.tr("Updating catalogue…"))
        store = self.ctx.store
        panel_id = self.panel.id

        def work(client: PanelClient) -> tuple[Catalog, tuple[ServiceChange, ...]]:
            # parsing, indexing and the change set (tens of ms at 20k services each) stay off
            # the GUI thread too; a list with no usable service raises before it can replace
            # the saved one
            raw = client.services_raw()
            saved = store.cached_catalog_digest(panel_id) is not None
            services = parse_catalogue(raw, saved=saved)
            changes = record_refresh(store, panel_id, raw, services)
            return Catalog(services, store.favourites(panel_id)), changes

        self.run("catalog", work, self._on_catalog_fetched, self._on_catalog_failed)

    def _on_catalog_fetched(self, fetched: tuple[Catalog, tuple[ServiceChange, ...]]) -> None:
        self._catalog_job_running = False
        if self._closed:
            return
        new, changes = fetched
        if self.catalog is not None:
            # stars toggled while the fetch was in flight: the open catalogue has the latest
            for service_id in new.favourites ^ self.catalog.favourites:
                new.toggle_favourite(service_id)
        diff = new.diff(self.catalog) if self.catalog is not None else None
        self.catalog_fetched_at = time.time()
        self._set_catalog(new, diff)
        if changes:
            self.sig_catalog_changes.emit(self.panel.id, changes)
        self.sig_catalog_state.emit(self.catalog_age_text())
        self.sig_connection.emit(True, "")
        if self.catalog_problem is not None:
            self.catalog_problem = None
            self.sig_catalog_problem.emit(None)

    def _on_catalog_failed(self, exc: Exception) -> None:
        self._catalog_job_running = False
        if self._closed:
            return
        if isinstance(exc, UnusableCatalogue):
            # the panel answered, with nothing usable: keep what is shown and say so
            log.warning("panel %s: services answer not used: %s", self.panel.id, exc)
            self.catalog_problem = exc
            self.sig_catalog_state.emit(self.catalog_problem_short(exc))
            self.sig_catalog_problem.emit(exc)
            self.sig_connection.emit(True, "")
            return
        self.sig_catalog_state.emit(self.tr("Catalogue update failed"))
        self.sig_connection.emit(False, describe_error(exc))

    def catalog_problem_short(self, problem: UnusableCatalogue) -> str:
        """A few words for the status bar about a service list that was not used."""
        if problem.problem is CatalogueProblem.EMPTY:
            return self.tr("Catalogue not updated: the panel sent an empty list")
        if problem.problem is CatalogueProblem.MOSTLY_UNUSABLE:
            return self.tr("Catalogue not updated: most of the panel's list was unusable")
        return self.tr("Catalogue not updated: the panel sent an unusable list")

    def catalog_problem_text(self, problem: UnusableCatalogue) -> str:
        """What happened to the last service list and what is shown instead, in a sentence."""
        empty = problem.problem is CatalogueProblem.EMPTY
        if self.catalog is not None and self.catalog_fetched_at is not None:
            when = numbers.fmt_datetime(self.catalog_fetched_at)
            if problem.problem is CatalogueProblem.MOSTLY_UNUSABLE:
                return (
                    self.tr(
                        "The panel answered a service list SMMDesk cannot trust (most of its %2 "
                        "entries are not usable services); the saved catalogue (from %1) is kept."
                    )
                    .replace("%2", numbers.fmt_int(problem.entries))
                    .replace("%1", when)
                )
            if empty:
                text = self.tr(
                    "The panel answered an empty service list; the saved catalogue (from %1) "
                    "is kept."
                )
            else:
                text = self.tr(
                    "The panel answered a service list SMMDesk cannot use (none of its %Ln "
                    "entries is a service); the saved catalogue (from %1) is kept.",
                    "",
                    problem.entries,
                )
            return text.replace("%1", when)
        if empty:
            return self.tr(
                "The panel answered an empty service list, and there is no saved catalogue to show."
            )
        return self.tr(
            "The panel answered a service list SMMDesk cannot use (none of its %Ln entries is "
            "a service), and there is no saved catalogue to show.",
            "",
            problem.entries,
        )

    def catalog_age_text(self) -> str:
        if self.catalog_fetched_at is None:
            return self.tr("Catalogue not loaded")
        minutes = int((time.time() - self.catalog_fetched_at) // 60)
        if minutes < 1:
            return self.tr("Catalogue updated just now")
        if minutes < 90:
            return self.tr("Catalogue updated %Ln min ago", "", minutes)
        hours = round(minutes / 60)
        if hours < 48:
            return self.tr("Catalogue updated %Ln h ago", "", hours)
        return self.tr("Catalogue updated %Ln days ago", "", round(hours / 24))

    def toggle_favourite(self, service_id: int) -> bool:
        if self.catalog is None:
            return False
        starred = self.catalog.toggle_favourite(service_id)
        self.ctx.store.set_favourite(self.panel.id, service_id, starred)
        return starred

    # -- balance -----------------------------------------------------------------------------
    def refresh_balance(self) -> None:
        if self._closed or not self.key_ready:  # refresh_catalog, with it, asks for the key
            return
        store, panel_id = self.ctx.store, self.panel.id

        def read(client: PanelClient) -> Balance:
            balance = client.balance()
            store.save_balance(panel_id, balance)  # the last known one, for the Balances view
            return balance

        self.run("balance", read, self._on_balance, self._on_balance_failed)

    def _on_balance(self, balance: Balance) -> None:
        if self._closed:
            return
        self.set_balance(balance)
        self.sig_connection.emit(True, "")

    def set_balance(self, balance: Balance) -> None:
        """A fresh balance (from this session or the poller): remember it and tell the window."""
        self.balance = balance
        if balance.currency and balance.currency != self.panel.currency:
            self.panel = self.ctx.store.update_panel(self.panel.id, currency=balance.currency)
        self.sig_balance.emit(balance)

    def _on_balance_failed(self, exc: Exception) -> None:
        if not self._closed:
            self.sig_connection.emit(False, describe_error(exc))

    # -- ordering: the one door --------------------------------------------------------------
    @property
    def placing(self) -> bool:
        return self._placing

    def place(
        self, service: Service, params: dict[str, str], cost: Decimal, quantity: int | None
    ) -> bool:
        """Send one order on a worker thread; False (nothing sent) while one is in flight or
        while the panel has no key (check ``key_ready``)."""
        if self._placing or not self.key_ready:
            return False
        self._placing = True
        store, panel_id = self.ctx.store, self.panel.id
        # the balance before the order is reconciliation evidence if the outcome is unknown
        balance_before = self.balance.amount if self.balance is not None else None

        def work(client: PanelClient, _ticket: SpendTicket) -> Placement:
            return place_order(
                store,
                client,
                panel_id,
                service,
                params,
                cost=cost,
                quantity=quantity,
                balance_before=balance_before,
            )

        self.spend("place", SpendKind.ORDER, work, self._on_placed, self._on_place_crashed)
        return True

    def _on_placed(self, placement: Placement) -> None:
        self._placing = False
        self.sig_order_finished.emit(placement)
        self.refresh_balance()

    def _on_place_crashed(self, exc: Exception) -> None:
        # place_order records every panel outcome itself. Reaching here means either a local
        # failure before sending (the disk refused the intent: nothing was sent) or a bug while
        # sending, which place_order has already recorded as UNKNOWN (the order may exist).
        self._placing = False
        log.error("placement failed locally: %s", type(exc).__name__)
        self.sig_order_finished.emit(exc)
