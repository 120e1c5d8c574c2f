"""The orders table's data without a view: the snapshot read from the store (on a worker, with
everything the filter needs derived up front) and the filter bar's value object."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any, Final

from smmdesk.core.catalog import fold
from smmdesk.core.store import OrderRecord, RefillRecord, Store
from smmdesk.gui.orders.status import needs_attention, status_category

__all__ = ["OrderFilter", "OrdersSnapshot", "load_snapshot"]

# ---------------------------------------------------------------------------------------------
# Data, filter and sort (plain Python: loaded on a worker, filtered on the GUI thread)


_ACTIVE_FLAG: Final = 1
_ATTENTION_FLAG: Final = 2


def _haystack(record: OrderRecord) -> str:
    parts = (
        record.link,
        record.service_name,
        f"#{record.service_id}" if record.service_id is not None else "",
        f"#{record.panel_order_id}" if record.panel_order_id is not None else "",
        record.note,
    )
    return "\t".join(p.replace("\n", " ") for p in parts)


def _fold_all(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]`` in one pass of C string work (texts hold no line break)."""
    if not texts:
        return []
    folded = fold("\n".join(texts)).split("\n")
    return folded if len(folded) == len(texts) else [fold(t) for t in texts]


def _flags(record: OrderRecord, refill: RefillRecord | None) -> int:
    return (_ACTIVE_FLAG if record.is_active else 0) | (
        _ATTENTION_FLAG if needs_attention(record, refill) else 0
    )


@dataclass
class OrdersSnapshot:
    """Everything the table shows, read from the store in one go (on a worker thread).

    ``records`` are newest first; the other lists run parallel to it."""

    records: list[OrderRecord]
    refills: dict[int, RefillRecord]
    panel_names: dict[int, str]
    panel_currencies: dict[int, str] = field(default_factory=dict)
    haystacks: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    positions: dict[int, int] = field(default_factory=dict)  # local id -> index in records
    services: list[tuple[int, str]] = field(default_factory=list)  # (id, name) by id
    complete: bool = True  # False: only the newest page, the rest is still loading

    @classmethod
    def build(
        cls,
        records: list[OrderRecord],
        refills: dict[int, RefillRecord],
        panel_names: dict[int, str],
        panel_currencies: dict[int, str] | None = None,
        *,
        complete: bool = True,
    ) -> OrdersSnapshot:
        # Everything derivable is derived here, on the loading thread, so that showing a
        # snapshot costs the GUI thread as little as possible.
        records.sort(key=operator.attrgetter("created_at", "local_id"), reverse=True)
        get_refill = refills.get
        services: dict[int, str] = {}
        for record in records:
            if record.service_id is not None and record.service_id not in services:
                services[record.service_id] = record.service_name
        return cls(
            records,
            refills,
            panel_names,
            panel_currencies or {},
            _fold_all([_haystack(r) for r in records]),
            [status_category(r) for r in records],
            [_flags(r, get_refill(r.local_id)) for r in records],
            {r.local_id: i for i, r in enumerate(records)},
            sorted(services.items()),
            complete,
        )


def load_snapshot(store: Store, *, limit: int | None = None) -> OrdersSnapshot:
    """Read the orders for the table: all of them, or only the newest ``limit`` (a first page
    to show at once while the rest loads). Safe to run on a worker thread."""
    panels = store.list_panels(include_removed=True)
    names = {p.id: p.name for p in panels}
    currencies = {p.id: p.currency for p in panels if p.currency}
    if limit is None:
        records = store.load_orders()
        refills = store.latest_refills()
        return OrdersSnapshot.build(records, refills, names, currencies)
    records = store.list_orders(limit=limit)
    refills = store.latest_refills(r.local_id for r in records)
    return OrdersSnapshot.build(records, refills, names, currencies, complete=False)


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """What the filter bar asks for. ``date_to`` is inclusive (the whole day)."""

    text: str = ""
    status: str = "all"
    panel_id: int | None = None
    service_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    def with_(self, **changes: Any) -> OrderFilter:
        return replace(self, **changes)


def _local_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the local time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()
