"""The local SQLite store: panels, orders with their status history, refills, favourites, the
catalogue cache and its history of changes; the last known balances; versioned forward
migrations; per-thread connections; corrupt-file handling."""

from __future__ import annotations

from smmdesk.core.store.balances import BalancesMixin
from smmdesk.core.store.base import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from smmdesk.core.store.base import StoreBase
from smmdesk.core.store.changes import ChangeRecord, ChangesMixin, LastOrdered
from smmdesk.core.store.orders import OrdersMixin
from smmdesk.core.store.panels import PanelsMixin
from smmdesk.core.store.queries import QueriesMixin
from smmdesk.core.store.records import (
    CachedCatalog,
    CorruptDatabase,
    LocalState,
    NewerSchema,
    OpenOrder,
    OrderEvent,
    OrderRecord,
    PanelRecord,
    RefillRecord,
    SpendRow,
    StateConflict,
    StoredBalance,
    StoreError,
)
from smmdesk.core.store.refills import RefillsMixin
from smmdesk.core.store.schema import MIGRATIONS
from smmdesk.core.store.schema import Migration as Migration
from smmdesk.core.store.schema import migrate as migrate

__all__ = [
    "MIGRATIONS",
    "CachedCatalog",
    "ChangeRecord",
    "CorruptDatabase",
    "LastOrdered",
    "LocalState",
    "NewerSchema",
    "OpenOrder",
    "OrderEvent",
    "OrderRecord",
    "PanelRecord",
    "RefillRecord",
    "SpendRow",
    "StateConflict",
    "Store",
    "StoreError",
    "StoredBalance",
]


class Store(
    PanelsMixin, OrdersMixin, QueriesMixin, RefillsMixin, ChangesMixin, BalancesMixin, StoreBase
):
    """The app's database. Thread-safe by giving each thread its own connection.

    Connections are thread-local and created on first use in a thread (GUI thread, poller,
    one-shot workers); each runs in autocommit mode and every write method is one
    ``BEGIN IMMEDIATE`` transaction, so writers queue on SQLite's lock (``busy_timeout``)
    instead of failing. A worker thread that ends may call :meth:`close_thread_connection`;
    connections of finished threads are also reaped when the next thread connects, and
    :meth:`close` closes them all.

    Removing a panel keeps its orders (they are a record of money spent) and hides the panel;
    ``purge=True`` deletes the panel with its orders, events and refills.
    """
