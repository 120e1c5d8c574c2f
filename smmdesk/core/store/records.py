"""The store's errors, the money rule's ``LocalState``, and the frozen records the store
returns: panels, the cached catalogue, orders, order history events, refills."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from smmdesk.core.models import OrderStatus


class StoreError(Exception):
    """The local database cannot do what was asked. The message names the file when it matters."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class CorruptDatabase(StoreError):
    """The file is not an SQLite database, or SQLite reports it damaged."""


class NewerSchema(StoreError):
    """The database was written by a newer SMMDesk; it is left untouched."""


class StateConflict(StoreError):
    """An order is not in a state that allows the requested change (e.g. accepting it twice)."""


class LocalState(StrEnum):
    """Where an order stands in the money rule (ARCHITECTURE.md), independent of the panel's
    own ``status``. Only ACCEPTED orders have a panel order id."""

    DRAFT = "DRAFT"  # saved, not sent (mass-order queue)
    SENDING = "SENDING"  # intent committed, request may be in flight
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"  # the panel refused it, or it never left this machine
    UNKNOWN = "UNKNOWN"  # may or may not have been placed: needs the user's decision
    NOT_PLACED = "NOT_PLACED"  # an UNKNOWN the user (or reconciliation) settled as not placed


@dataclass(frozen=True, slots=True)
class PanelRecord:
    id: int
    name: str
    url: str
    currency: str | None
    user_agent: str | None
    capabilities: Mapping[str, bool]  # e.g. {"refill": True, "cancel": False}
    created_at: datetime
    last_used_at: datetime | None
    removed_at: datetime | None


@dataclass(frozen=True, slots=True)
class CachedCatalog:
    raw: bytes
    fetched_at: datetime
    sha256: str


@dataclass(frozen=True, slots=True)
class OrderRecord:
    local_id: int
    panel_id: int
    service_id: int | None
    service_name: str
    service_type: str
    link: str
    quantity: int | None
    params: Mapping[str, str]  # exactly what was sent besides key/action/service
    cost: Decimal | None
    state: LocalState
    panel_order_id: int | None
    error_code: str | None
    error_text: str | None
    created_at: datetime
    sent_at: datetime | None
    resolved_at: datetime | None
    status: OrderStatus | None
    status_text: str | None
    charge: Decimal | None
    start_count: int | None
    remains: int | None
    currency: str | None
    last_checked_at: datetime | None
    source: str
    note: str
    #: the local id of a later placement the panel gave this order's number to. This order is
    #: then frozen: its status, charge and history stay as last seen and it is never polled.
    superseded_by: int | None = None
    #: the local id of the earlier order that already had this order's panel number
    reuses_id_of: int | None = None

    @property
    def is_active(self) -> bool:
        """Placed, not finished and not frozen: the poller keeps asking about it."""
        return (
            self.state is LocalState.ACCEPTED
            and self.superseded_by is None
            and (self.status is None or not self.status.is_terminal)
        )


@dataclass(frozen=True, slots=True)
class OpenOrder:
    """An order still in progress on some panel (``Store.open_orders``): placed and not in a
    final status, being sent, or UNKNOWN (it may have been placed). What the same-link guard
    names: the panel, its order number (None while unconfirmed), the service and when."""

    local_id: int
    panel_id: int
    panel_name: str
    panel_order_id: int | None
    service_id: int | None
    service_name: str
    link: str
    state: LocalState
    status: OrderStatus | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class OrderEvent:
    id: int
    local_id: int
    at: datetime
    kind: str  # intent, accepted, rejected, unknown, recovered, resolved, status, imported, ...
    status: str | None
    detail: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RefillRecord:
    id: int
    local_id: int
    panel_refill_id: int | None
    state: LocalState
    status: OrderStatus | None
    created_at: datetime
    updated_at: datetime
    error_text: str | None


@dataclass(frozen=True, slots=True)
class StoredBalance:
    """A panel's last balance answer and when it was read (UTC)."""

    panel_id: int
    amount: Decimal
    currency: str  # as the panel spells it, upper-cased; "" when the panel named none
    read_at: datetime


class SpendRow(NamedTuple):
    """What the spending figures (the Spending window, the Balances window) need of one order
    (``Store.spending_rows``): a light row, read for 100,000 orders at a time. ``placed_at``:
    when it was sent (when it was recorded, for one never sent)."""

    panel_id: int
    service_id: int | None
    service_name: str
    state: LocalState
    status: OrderStatus | None
    charge: Decimal | None
    cost: Decimal | None
    quantity: int | None
    remains: int | None
    currency: str | None
    placed_at: datetime

    @classmethod
    def of(cls, order: OrderRecord) -> SpendRow:
        return cls(
            order.panel_id,
            order.service_id,
            order.service_name,
            order.state,
            order.status,
            order.charge,
            order.cost,
            order.quantity,
            order.remains,
            order.currency,
            order.sent_at or order.created_at,
        )
