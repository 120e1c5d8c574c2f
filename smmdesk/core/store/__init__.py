"""The local SQLite store: panels, orders with their status history, refills, favourites and the
catalogue cache; versioned forward migrations; per-thread connections; corrupt-file handling."""

from __future__ import annotations

from smmdesk.core.store.base import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from smmdesk.core.store.base import StoreBase
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
    StateConflict,
    StoreError,
)
from smmdesk.core.store.refills import RefillsMixin
from smmdesk.core.store.schema import MIGRATIONS
from smmdesk.core.store.schema import Migration as Migration
from smmdesk.core.store.schema import migrate as migrate

__all__ = [
    "MIGRATIONS",
    "CachedCatalog",
    "CorruptDatabase",
    "LocalState",
    "NewerSchema",
    "OpenOrder",
    "OrderEvent",
    "OrderRecord",
    "PanelRecord",
    "RefillRecord",
    "StateConflict",
    "Store",
    "StoreError",
]


class Store(PanelsMixin, OrdersMixin, QueriesMixin, RefillsMixin, StoreBase):
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
