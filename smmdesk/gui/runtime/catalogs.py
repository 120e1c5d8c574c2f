"""Every connected panel's catalogue at once, for "All panels": the cached catalogues read and
indexed on a worker, and a refresh of every panel's service list, each panel on its own worker
with its own back-off, so one panel down never holds up the others.

The GUI thread only starts work and receives results (``sig_index``, ``sig_panel_state``).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from smmdesk.core.allpanels import AllPanelsIndex, PanelCatalog
from smmdesk.core.catalog import Catalog
from smmdesk.core.catalog_history import record_refresh
from smmdesk.core.changes import ServiceChange
from smmdesk.core.client import PanelClient
from smmdesk.core.parse_services import UnusableCatalogue, parse_catalogue
from smmdesk.core.store import PanelRecord, Store
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.gateway import KeyNeeded

__all__ = ["BACKOFF_FIRST_S", "BACKOFF_MAX_S", "AllCatalogues", "PanelFetch"]

log = logging.getLogger(__name__)

#: the wait before a failed panel is asked again, doubled after each failure up to the most
BACKOFF_FIRST_S = 30.0
BACKOFF_MAX_S = 30 * 60.0


@dataclass(frozen=True, slots=True)
class PanelFetch:
    """How a panel's last catalogue refresh went: ``ok``, or the error and when to try again
    (``retry_at``, monotonic seconds)."""

    panel_id: int
    ok: bool
    error: Exception | None = None
    retry_at: float = 0.0


def _cached(store: Store, panels: Sequence[PanelRecord]) -> list[PanelCatalog]:
    """Each panel's saved catalogue, parsed and indexed (a panel with none, or an unreadable
    one, is left out). Runs on a worker."""
    found: list[PanelCatalog] = []
    try:
        for panel in panels:
            cached = store.load_catalog(panel.id)
            if cached is None:
                continue
            try:
                services = parse_catalogue(cached.raw)
            except UnusableCatalogue:
                continue
            found.append(
                PanelCatalog(panel.id, panel.name, panel.currency or "", Catalog(services))
            )
    finally:
        store.close_thread_connection()
    return found


class AllCatalogues(QObject):
    """The catalogues of every panel in the store, as one ``AllPanelsIndex``."""

    sig_index = Signal(object)
    """AllPanelsIndex: the catalogues as now known (after loading, and after each refresh)."""
    sig_panel_state = Signal(object)
    sig_catalog_changes = Signal(int, object)
    """(panel id, tuple of ServiceChange): a refresh here recorded these changes."""
    """PanelFetch: one panel's refresh ended (well, or with an error and a back-off)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self._parts: dict[int, PanelCatalog] = {}
        self._failures: dict[int, int] = {}  # panel id -> failures in a row
        self._retry_at: dict[int, float] = {}  # panel id -> not asked again before this
        self._fetching: set[int] = set()
        self.index = AllPanelsIndex(())

    @property
    def fetching(self) -> frozenset[int]:
        """The panels whose service list is being fetched now."""
        return frozenset(self._fetching)

    def panels(self) -> list[PanelRecord]:
        return [p for p in self.ctx.store.list_panels() if p.removed_at is None]

    # -- the saved catalogues -----------------------------------------------------------------
    def load(self, on_loaded: Callable[[], None] | None = None) -> None:
        """Read and index every panel's saved catalogue on a worker, then ``sig_index``."""
        store, panels = self.ctx.store, self.panels()

        def loaded(found: list[PanelCatalog]) -> None:
            if not isValid(self):  # the window closed while the worker read
                return
            for part in found:
                self._parts.setdefault(part.panel_id, part)  # a fresher fetch wins
            self._publish()
            if on_loaded is not None:
                on_loaded()

        self.ctx.tasks.submit("all-catalogues", lambda: _cached(store, panels), loaded)

    def _publish(self) -> None:
        order = [p.id for p in self.panels()]
        self.index = AllPanelsIndex([self._parts[i] for i in order if i in self._parts])
        # Hundreds of thousands of services live until the next refresh: kept out of the
        # collector's full scans, which would otherwise pause a keystroke now and then (as
        # the start-up does for what it loads; the indexes hold no reference cycles)
        gc.freeze()
        self.sig_index.emit(self.index)

    # -- refreshing ---------------------------------------------------------------------------
    def waiting(self, panel_id: int) -> float:
        """Seconds before a failed panel is asked again (0: it may be asked now)."""
        return max(0.0, self._retry_at.get(panel_id, 0.0) - self._clock())

    def refresh_all(self) -> list[int]:
        """Ask every panel with a usable key for its service list, each on its own worker;
        panels still backing off after a failure, or already being asked, are skipped. Keys
        not read yet are read first (off the GUI thread). Returns the ids asked now."""
        asked = []
        for panel in self.panels():
            if panel.id in self._fetching or self.waiting(panel.id) > 0:
                continue
            state = self.ctx.panel_keys.state(panel.id)
            if state is None:  # read off the GUI thread first, then asked
                self.ctx.panel_keys.resolve(panel, self._after_key(panel))
            elif state.usable and self._fetch(panel):
                asked.append(panel.id)
        return asked

    def _after_key(self, panel: PanelRecord) -> Callable[[object], None]:
        def known(_state: object) -> None:
            if isValid(self) and self.ctx.gateway.has_key(panel.id):
                self._fetch(panel)

        return known

    def _fetch(self, panel: PanelRecord) -> bool:
        if panel.id in self._fetching:
            return False
        client = self.ctx.gateway.reach(panel)
        if isinstance(client, KeyNeeded):
            return False
        self._fetching.add(panel.id)

        def work(
            client: PanelClient = client,
        ) -> tuple[PanelCatalog, tuple[ServiceChange, ...]]:
            try:
                raw = client.services_raw()
                # an unusable (or mostly unusable) list never replaces the saved one
                saved = self.ctx.store.cached_catalog_digest(panel.id) is not None
                services = parse_catalogue(raw, saved=saved)
                # kept with what changed since the saved one, as the open panel's refresh does
                changes = record_refresh(self.ctx.store, panel.id, raw, services)
                part = PanelCatalog(panel.id, panel.name, panel.currency or "", Catalog(services))
                return part, changes
            finally:
                client.close()
                self.ctx.store.close_thread_connection()

        self.ctx.gateway.run(
            f"catalogue-{panel.id}",
            work,
            self._on_fetched,
            lambda exc: self._on_failed(panel.id, exc),
        )
        return True

    def _on_fetched(self, result: tuple[PanelCatalog, tuple[ServiceChange, ...]]) -> None:
        if not isValid(self):
            return
        part, changes = result
        if changes:
            self.sig_catalog_changes.emit(part.panel_id, changes)
        self._fetching.discard(part.panel_id)
        self._failures.pop(part.panel_id, None)
        self._retry_at.pop(part.panel_id, None)
        self._parts[part.panel_id] = part
        self._publish()
        self.sig_panel_state.emit(PanelFetch(part.panel_id, True))

    def _on_failed(self, panel_id: int, exc: Exception) -> None:
        if not isValid(self):
            return
        self._fetching.discard(panel_id)
        failures = self._failures[panel_id] = self._failures.get(panel_id, 0) + 1
        wait = min(BACKOFF_MAX_S, BACKOFF_FIRST_S * 2 ** (failures - 1))
        self._retry_at[panel_id] = self._clock() + wait
        log.info("catalogue of panel %s failed (%s); next try in %.0f s", panel_id, exc, wait)
        self.sig_panel_state.emit(PanelFetch(panel_id, False, exc, self._retry_at[panel_id]))
