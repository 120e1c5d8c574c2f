"""Running a core.order_actions door per panel on a worker: which client serves each panel's
orders, the worker's loop over the panels, and the door each orders-table action runs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import PanelError
from smmdesk.core.models import Service
from smmdesk.core.order_actions import (
    ActionOutcome,
    ActionResult,
    refresh_refills,
    refresh_statuses,
    request_cancels,
    request_refills,
)
from smmdesk.core.store import OrderRecord, Store, StoreError
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.numbers import order_ref

if TYPE_CHECKING:
    from smmdesk.core.client import PanelClient

__all__ = [
    "PanelWork",
    "RunOutcome",
    "cancel_door",
    "plan_work",
    "refill_door",
    "refill_status_door",
    "refresh_door",
    "run_work",
]

log = logging.getLogger(__name__)


@dataclass
class PanelWork:
    """One panel's share of an action: its client (closed after if we opened it)."""

    panel_id: int
    local_ids: list[int]
    client: PanelClient
    own_client: bool
    services: Callable[[int], Service | None] | None


@dataclass
class RunOutcome:
    """What a background action produced, across panels."""

    results: list[ActionResult] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    errors: list[tuple[int, Exception]] = field(default_factory=list)
    asked: list[int] = field(default_factory=list)


def plan_work(
    ctx: AppContext, session: PanelSession | None, records: Sequence[OrderRecord]
) -> tuple[list[PanelWork], list[str]]:
    """Split the orders by panel and find a client for each; the strings say which panels
    cannot be reached (no key)."""
    by_panel: dict[int, list[int]] = {}
    for record in records:
        by_panel.setdefault(record.panel_id, []).append(record.local_id)
    work: list[PanelWork] = []
    problems: list[str] = []
    for panel_id, ids in by_panel.items():
        if session is not None and session.panel.id == panel_id:
            # a client of the run's own (closed when it ends): switching panels meanwhile
            # closes the session's client, never this one
            reached = session.own_client()
            if not isinstance(reached, PanelError):  # a client, not why there is none
                catalog = session.catalog
                services = None if catalog is None else catalog.by_id
                work.append(PanelWork(panel_id, ids, reached, True, services))
                continue
        try:
            panel = ctx.store.get_panel(panel_id)
        except StoreError:
            problems.append(
                QCoreApplication.translate("OrderActions", "panel %1 no longer exists").replace(
                    "%1", order_ref(panel_id)
                )
            )
            continue
        # the key is known since the poller asked; the gateway never reads the keyring
        client = ctx.gateway.reach(panel) if panel.removed_at is None else None
        if client is None or isinstance(client, PanelError):
            problems.append(
                QCoreApplication.translate(
                    "OrderActions", "no API key is available for the panel “%1”"
                ).replace("%1", isolate(panel.name))
            )
            continue
        work.append(PanelWork(panel_id, ids, client, True, None))
    return work, problems


def run_work(
    store: Store, work: list[PanelWork], door: Callable[[Store, PanelWork, RunOutcome], None]
) -> RunOutcome:
    """The worker's loop: run ``door`` for each panel's share, then close what was opened."""
    outcome = RunOutcome()
    try:
        for part in work:
            try:
                door(store, part, outcome)
            except Exception as exc:  # one panel failing must not hide the others
                outcome.errors.append((part.panel_id, exc))
    finally:
        for part in work:
            if part.own_client:
                part.client.close()
        store.close_thread_connection()
    return outcome


def refresh_door(store: Store, part: PanelWork, outcome: RunOutcome) -> None:
    """Ask for the status of the orders (read-only)."""
    outcome.asked.extend(part.local_ids)
    outcome.changed.extend(refresh_statuses(store, part.client, part.panel_id, part.local_ids))


def refill_status_door(store: Store, part: PanelWork, outcome: RunOutcome) -> None:
    """Ask how the orders' refills are going (read-only)."""
    outcome.asked.extend(part.local_ids)
    outcome.changed.extend(refresh_refills(store, part.client, part.panel_id, part.local_ids))


def refill_door(store: Store, part: PanelWork, outcome: RunOutcome) -> None:
    """Request the refills (sent once)."""
    outcome.results.extend(
        request_refills(store, part.client, part.panel_id, part.local_ids, services=part.services)
    )


def cancel_door(store: Store, part: PanelWork, outcome: RunOutcome) -> None:
    """Request the cancels (sent once), then read the accepted ones' status."""
    results = request_cancels(
        store, part.client, part.panel_id, part.local_ids, services=part.services
    )
    outcome.results.extend(results)
    accepted = [r.local_id for r in results if r.outcome is ActionOutcome.ACCEPTED]
    if accepted:
        # Read-only and safe to send: shows "Canceled" at once where the panel is quick.
        try:
            outcome.changed.extend(refresh_statuses(store, part.client, part.panel_id, accepted))
        except Exception as exc:
            log.info("status after cancel not fetched: %s", type(exc).__name__)
