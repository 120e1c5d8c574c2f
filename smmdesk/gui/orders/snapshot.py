"""The orders table's data without a view: the snapshot read from the store (on a worker, with
everything the filter needs derived up front), the filter bar's value object and the rows it
keeps."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from smmdesk.core.catalog import fold
from smmdesk.core.store import OrderRecord, RefillRecord, Store
from smmdesk.gui.orders.status import needs_attention, status_category
from smmdesk.gui.orders.status_tables import FILTER_CATEGORIES

__all__ = [
    "ACTIVE_FLAG",
    "ATTENTION_FLAG",
    "STUCK_FLAG",
    "OrderFilter",
    "OrdersSnapshot",
    "PanelNames",
    "filter_rows",
    "haystack",
    "load_panel_names",
    "load_snapshot",
    "local_start",
    "row_flags",
]

# ---------------------------------------------------------------------------------------------
# Data, filter and sort (plain Python: loaded on a worker, filtered on the GUI thread)


#: bits of a row's flags: the order is active; it needs the user; it is stuck (core.delivery)
ACTIVE_FLAG: Final = 1
ATTENTION_FLAG: Final = 2
STUCK_FLAG: Final = 4


def haystack(record: OrderRecord) -> str:
    """The order's searchable text (before folding): link, service, ids and note."""
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


def row_flags(record: OrderRecord, refill: RefillRecord | None) -> int:
    """The order's ACTIVE_FLAG and ATTENTION_FLAG bits."""
    return (ACTIVE_FLAG if record.is_active else 0) | (
        ATTENTION_FLAG if needs_attention(record, refill) else 0
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
    removed_panels: frozenset[int] = frozenset()  # panels the user removed (orders kept)

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
            _fold_all([haystack(r) for r in records]),
            [status_category(r) for r in records],
            [row_flags(r, get_refill(r.local_id)) for r in records],
            {r.local_id: i for i, r in enumerate(records)},
            sorted(services.items()),
            complete,
        )


@dataclass(frozen=True)
class PanelNames:
    """Every panel the orders may name (removed ones too): names, currencies, removed ids."""

    names: dict[int, str]
    currencies: dict[int, str]
    removed: frozenset[int]


def load_panel_names(store: Store) -> PanelNames:
    """The panels as the store has them now (one small query; any thread)."""
    panels = store.list_panels(include_removed=True)
    return PanelNames(
        {p.id: p.name for p in panels},
        {p.id: p.currency for p in panels if p.currency},
        frozenset(p.id for p in panels if p.removed_at is not None),
    )


def load_snapshot(store: Store, *, limit: int | None = None) -> OrdersSnapshot:
    """Read the orders for the table: all of them, or only the newest ``limit`` (a first page
    to show at once while the rest loads). Safe to run on a worker thread."""
    panels = load_panel_names(store)
    names, currencies = panels.names, panels.currencies
    if limit is None:
        records = store.load_orders()
        refills = store.latest_refills()
        snapshot = OrdersSnapshot.build(records, refills, names, currencies)
    else:
        records = store.list_orders(limit=limit)
        refills = store.latest_refills(r.local_id for r in records)
        snapshot = OrdersSnapshot.build(records, refills, names, currencies, complete=False)
    snapshot.removed_panels = panels.removed
    return snapshot


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


def local_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the local time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


def filter_rows(
    flt: OrderFilter,
    rows: list[int],
    records: Sequence[OrderRecord],
    flags: Sequence[int],
    categories: Sequence[str],
    haystacks: Sequence[str],
) -> list[int]:
    """The indices among ``rows`` (kept in their order) whose orders ``flt`` keeps. The
    sequences run parallel: an OrdersSnapshot's lists, as the table model keeps them."""
    if flt.panel_id is not None:
        panel_id = flt.panel_id
        rows = [i for i in rows if records[i].panel_id == panel_id]
    if flt.service_id is not None:
        service_id = flt.service_id
        rows = [i for i in rows if records[i].service_id == service_id]
    rows = _by_status(flt.status, rows, flags, categories)
    if flt.date_from is not None or flt.date_to is not None:
        rows = _by_date(flt, rows, records)
    return _by_text(flt.text, rows, haystacks)


def _by_status(
    status: str, rows: list[int], flags: Sequence[int], categories: Sequence[str]
) -> list[int]:
    if status == "active":
        return [i for i in rows if flags[i] & ACTIVE_FLAG]
    if status == "attention":
        return [i for i in rows if flags[i] & ATTENTION_FLAG]
    if status == "stuck":
        return [i for i in rows if flags[i] & STUCK_FLAG]
    if status in FILTER_CATEGORIES and status != "all":
        wanted = FILTER_CATEGORIES[status]
        return [i for i in rows if categories[i] in wanted]
    return rows


def _by_date(flt: OrderFilter, rows: list[int], records: Sequence[OrderRecord]) -> list[int]:
    start = local_start(flt.date_from) if flt.date_from else None
    end = local_start(flt.date_to + timedelta(days=1)) if flt.date_to else None
    return [
        i
        for i in rows
        if (start is None or records[i].created_at >= start)
        and (end is None or records[i].created_at < end)
    ]


def _by_text(text: str, rows: list[int], haystacks: Sequence[str]) -> list[int]:
    tokens = fold(text).split()
    if not tokens:
        return rows
    if len(tokens) == 1:
        token = tokens[0]
        return [i for i in rows if token in haystacks[i]]
    return [i for i in rows if all(t in haystacks[i] for t in tokens)]
