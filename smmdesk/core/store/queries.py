"""The Store's order reads: one order, filtered lists and counts, history, the poller's
targets, and the bulk reads behind the orders table (100,000 orders)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from smmdesk.core.delivery import (
    FINAL_STATUSES,
    START_WINDOW_SECONDS,
    OrderFacts,
    OrderTimes,
    Outcome,
    Start,
)
from smmdesk.core.models import OrderStatus
from smmdesk.core.store.base import _CHUNK, StoreBase
from smmdesk.core.store.convert import (
    _ORDER_COLUMNS,
    _TERMINAL_TEXT,
    _dt_req,
    _order,
    _refill,
    _status,
    _ts,
)
from smmdesk.core.store.records import (
    LocalState,
    OpenOrder,
    OrderEvent,
    OrderRecord,
    RefillRecord,
    SpendRow,
    StoreError,
)
from smmdesk.core.store.schema import OPEN_ORDERS_SQL

#: The open orders of every panel not removed, through the partial index ``orders_open`` (the
#: planner would otherwise pick ``orders_by_state`` and visit every placed order).
OPEN_ORDERS_QUERY = (
    "SELECT o.local_id, o.panel_id, p.name, o.panel_order_id, o.service_id, o.service_name, "
    "o.link, o.state, o.status, o.created_at "
    "FROM orders o INDEXED BY orders_open JOIN panels p ON p.id = o.panel_id "
    f"WHERE {OPEN_ORDERS_SQL} AND p.removed_at IS NULL ORDER BY o.local_id"
)


def _cached_decimal(cache: dict[str | None, Decimal | None], text: str) -> Decimal:
    """Charges and costs repeat: each distinct text is converted once."""
    value = cache[text] = Decimal(text)
    return value


class QueriesMixin(StoreBase):
    """Reading orders (and the orders table's newest refill of each)."""

    # -- orders: queries --------------------------------------------------------------------

    def spending_rows(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[SpendRow]:
        """The light rows the spending figures read, of every order placed (sent; recorded,
        for one never sent) from ``since`` to ``until`` (both optional), drafts left out."""
        where, args = ["state != 'DRAFT'"], []
        if since is not None:
            where.append("COALESCE(sent_at, created_at) >= ?")
            args.append(_ts(since))
        if until is not None:
            where.append("COALESCE(sent_at, created_at) < ?")
            args.append(_ts(until))
        sql = (
            "SELECT panel_id, service_id, service_name, state, status, charge, cost, quantity, "
            "remains, currency, COALESCE(sent_at, created_at) FROM orders "
            f"WHERE {' AND '.join(where)}"
        )
        states = {state.value: state for state in LocalState}
        statuses: dict[str | None, OrderStatus | None] = {None: None}
        decimals: dict[str | None, Decimal | None] = {None: None}
        rows = []
        for r in self._conn().execute(sql, args):
            status = statuses.get(r[4])
            if status is None and r[4] is not None:
                status = statuses[r[4]] = _status(r[4])
            charge = decimals.get(r[5]) if r[5] in decimals else _cached_decimal(decimals, r[5])
            cost = decimals.get(r[6]) if r[6] in decimals else _cached_decimal(decimals, r[6])
            rows.append(
                SpendRow(
                    r[0],
                    r[1],
                    r[2] or "",
                    states[r[3]],
                    status,
                    charge,
                    cost,
                    r[7],
                    r[8],
                    r[9],
                    datetime.fromisoformat(r[10]),
                )
            )
        return rows

    def get_order(self, local_id: int) -> OrderRecord:
        rows = self._read(f"SELECT {_ORDER_COLUMNS} FROM orders WHERE local_id = ?", (local_id,))
        if not rows:
            raise StoreError(f"There is no order {local_id} in {self.path}.", self.path)
        return _order(rows[0])

    def find_order(self, panel_id: int, panel_order_id: int) -> OrderRecord | None:
        """The order that holds this panel number now (the newest placement, when the panel
        gave the number more than once), or None."""
        rows = self._read(
            f"SELECT {_ORDER_COLUMNS} FROM orders WHERE panel_id = ? AND panel_order_id = ? "
            "ORDER BY superseded_by IS NOT NULL, local_id DESC LIMIT 1",
            (panel_id, panel_order_id),
        )
        return _order(rows[0]) if rows else None

    def highest_panel_ids(self, url: str) -> tuple[int | None, int | None]:
        """(highest panel order id, highest panel refill id) recorded for panels at ``url``,
        removed panels included: a panel restarted from scratch (the demo panel) must never
        hand out those numbers again."""
        orders = self._read(
            "SELECT MAX(o.panel_order_id) FROM orders o JOIN panels p ON p.id = o.panel_id "
            "WHERE p.url = ?",
            (url,),
        )
        refills = self._read(
            "SELECT MAX(r.panel_refill_id) FROM refills r JOIN orders o ON o.local_id = r.local_id "
            "JOIN panels p ON p.id = o.panel_id WHERE p.url = ?",
            (url,),
        )
        order_id, refill_id = orders[0][0], refills[0][0]
        return (
            None if order_id is None else int(order_id),
            None if refill_id is None else int(refill_id),
        )

    def active_orders(self, panel_id: int) -> list[tuple[int, int]]:
        """(local_id, panel_order_id) of placed orders not yet in a final status (and not
        frozen because the panel gave their number to a later order): what the poller asks
        the panel about."""
        marks = ",".join("?" * len(_TERMINAL_TEXT))
        rows = self._read(
            "SELECT local_id, panel_order_id FROM orders WHERE panel_id = ? AND state = 'ACCEPTED' "
            "AND panel_order_id IS NOT NULL AND superseded_by IS NULL "
            f"AND (status IS NULL OR status NOT IN ({marks})) ORDER BY local_id",
            (panel_id, *_TERMINAL_TEXT),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def open_orders(self) -> list[OpenOrder]:
        """Every order still in progress (``OPEN_ORDERS_SQL``) on the panels not removed, oldest
        first, with its panel's name: what the same-link guard compares a new order with. Read
        through the partial index ``orders_open``: only the open orders are visited."""
        try:
            rows = self._conn().execute(OPEN_ORDERS_QUERY).fetchall()
        except sqlite3.OperationalError:
            # the index is missing or was made with other terms: read the same rows without it
            rows = self._read(OPEN_ORDERS_QUERY.replace(" INDEXED BY orders_open", ""))
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc
        return [
            OpenOrder(
                local_id=int(r[0]),
                panel_id=int(r[1]),
                panel_name=str(r[2]),
                panel_order_id=None if r[3] is None else int(r[3]),
                service_id=None if r[4] is None else int(r[4]),
                service_name=str(r[5]),
                link=str(r[6]),
                state=LocalState(r[7]),
                status=_status(r[8]),
                created_at=_dt_req(r[9]),
            )
            for r in rows
        ]

    def _order_filter(
        self,
        panel_id: int | None,
        states: Iterable[LocalState] | None,
        source: str | None,
        active_only: bool,
    ) -> tuple[str, list[object]]:
        clauses: list[str] = []
        args: list[object] = []
        if panel_id is not None:
            clauses.append("panel_id = ?")
            args.append(panel_id)
        if states is not None:
            values = [LocalState(s).value for s in states]
            clauses.append(f"state IN ({','.join('?' * len(values))})" if values else "0")
            args.extend(values)
        if source is not None:
            clauses.append("source = ?")
            args.append(source)
        if active_only:
            marks = ",".join("?" * len(_TERMINAL_TEXT))
            clauses.append(
                "state = 'ACCEPTED' AND superseded_by IS NULL "
                f"AND (status IS NULL OR status NOT IN ({marks}))"
            )
            args.extend(_TERMINAL_TEXT)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), args

    def list_orders(
        self,
        panel_id: int | None = None,
        *,
        states: Iterable[LocalState] | None = None,
        source: str | None = None,
        active_only: bool = False,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[OrderRecord]:
        where, args = self._order_filter(panel_id, states, source, active_only)
        direction = "DESC" if newest_first else "ASC"
        sql = (
            f"SELECT {_ORDER_COLUMNS} FROM orders {where} "
            f"ORDER BY created_at {direction}, local_id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [_order(r) for r in self._read(sql, args)]

    def count_orders(
        self,
        panel_id: int | None = None,
        *,
        states: Iterable[LocalState] | None = None,
        source: str | None = None,
        active_only: bool = False,
    ) -> int:
        where, args = self._order_filter(panel_id, states, source, active_only)
        return int(self._read(f"SELECT COUNT(*) FROM orders {where}", args)[0][0])

    def events(self, local_id: int) -> list[OrderEvent]:
        rows = self._read(
            "SELECT id, local_id, at, kind, status, detail FROM order_events "
            "WHERE local_id = ? ORDER BY id",
            (local_id,),
        )
        return [
            OrderEvent(
                id=r["id"],
                local_id=r["local_id"],
                at=_dt_req(r["at"]),
                kind=r["kind"],
                status=r["status"],
                detail=MappingProxyType(json.loads(r["detail"])),
            )
            for r in rows
        ]

    # -- background poller (issue 4: poller) ------------------------------------------------

    def poll_targets(self, panel_id: int) -> list[tuple[int, int, OrderStatus | None, str | None]]:
        """(local_id, panel_order_id, status, status_text) of the orders :meth:`active_orders`
        lists, in the same order: the poller needs the status before a poll to report what
        changed, without loading whole records for thousands of orders."""
        marks = ",".join("?" * len(_TERMINAL_TEXT))
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None  # plain tuples: cheaper than sqlite3.Row
            cursor.execute(
                "SELECT local_id, panel_order_id, status, status_text FROM orders "
                "WHERE panel_id = ? AND state = 'ACCEPTED' AND panel_order_id IS NOT NULL "
                "AND superseded_by IS NULL "
                f"AND (status IS NULL OR status NOT IN ({marks})) ORDER BY local_id",
                (panel_id, *_TERMINAL_TEXT),
            )
            return [(int(r[0]), int(r[1]), _status(r[2]), r[3]) for r in cursor]
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc

    # -- orders view (issue 4, orders table): bulk reads ------------------------------------
    # Kept together, and only added to: the table over 100,000 orders needs reads that are
    # faster and lighter than list_orders (which builds each row through sqlite3.Row).

    def load_orders(self, panel_id: int | None = None) -> list[OrderRecord]:
        """Every order (of one panel, or of all), in no particular order, built for a big
        table: params are decoded on first use, and repeated texts and amounts are shared
        (100,000 orders: about half the time and memory of :meth:`list_orders`)."""
        sql = f"SELECT {_ORDER_COLUMNS} FROM orders"
        args: tuple[object, ...] = ()
        if panel_id is not None:
            sql += " WHERE panel_id = ?"
            args = (panel_id,)
        builder = _BulkOrders()
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None  # plain tuples: far cheaper than sqlite3.Row
            cursor.execute(sql, args)
            while rows := cursor.fetchmany(2000):
                builder.add(rows)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc
        return builder.records

    def get_orders(self, local_ids: Iterable[int]) -> list[OrderRecord]:
        """These orders (ids not in the database are skipped), in no particular order; one
        query per 500 ids."""
        ids = list(dict.fromkeys(int(i) for i in local_ids))
        builder = _BulkOrders()
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                cursor.execute(
                    f"SELECT {_ORDER_COLUMNS} FROM orders WHERE local_id IN ({marks})", chunk
                )
                builder.add(cursor.fetchall())
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc
        return builder.records

    def latest_refills(self, local_ids: Iterable[int] | None = None) -> dict[int, RefillRecord]:
        """The newest refill of each order that has one (of these orders, or of all)."""
        rows = self._newest_per_order("refills", "*", "1", local_ids)
        return {int(r["local_id"]): _refill(r) for r in rows}

    def last_status_changes(
        self, local_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[datetime, str | None]]:
        """When each order's status history last changed, and the status it changed to (of
        these orders, or of all): its newest "status" event."""
        rows = self._newest_per_order(
            "order_events", "local_id, at, status", "kind = 'status'", local_ids
        )
        return {int(r["local_id"]): (_dt_req(r["at"]), r["status"]) for r in rows}

    def _newest_per_order(
        self, table: str, columns: str, where: str, local_ids: Iterable[int] | None
    ) -> list[sqlite3.Row]:
        """``columns`` of the newest row of ``table`` (matching ``where``) of each order: of
        these orders (500 ids a query), or of all."""
        newest = f"SELECT MAX(id) FROM {table} WHERE {where}"
        query = f"SELECT {columns} FROM {table} WHERE id IN ({{}})"
        if local_ids is None:
            return self._read(query.format(newest + " GROUP BY local_id"))
        ids = list(dict.fromkeys(int(i) for i in local_ids))
        rows: list[sqlite3.Row] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += self._read(
                query.format(f"{newest} AND local_id IN ({marks}) GROUP BY local_id"), chunk
            )
        return rows

    # -- delivery statistics (issue 12) -------------------------------------------------------

    def delivery_times(
        self, panel_id: int | None = None, service_id: int | None = None
    ) -> list[OrderTimes]:
        """One :class:`OrderTimes` per placed order (of one panel, one service of it, or all):
        what ``core.delivery`` needs, in one query over the orders and their times (the
        ``order_times`` table: first Completed, first started and newest "status" event in
        seconds, kept by triggers). Frozen orders (their number given again) are left out."""
        where, args = _delivery_filter(panel_id, service_id)
        sql = (
            "SELECT o.local_id, o.panel_id, o.service_id, o.status, o.source = 'imported', "
            f"{_PLACED}, t.completed, t.started, t.moved "
            f"FROM orders o LEFT JOIN order_times t ON t.local_id = o.local_id WHERE {where}"
        )
        make = OrderTimes._make
        return [make(row) for row in self._tuples(sql, args)]

    def delivery_facts(
        self, now: datetime, panel_id: int | None = None, service_id: int | None = None
    ) -> list[OrderFacts]:
        """One :data:`~smmdesk.core.delivery.OrderFacts` per placed order (of one panel, one
        service of it, or all), judged at ``now``: the same orders as ``delivery_times``, for
        ``core.delivery.delivery_summary``. SQLite reads each order's times and judges it; only
        a short row of plain numbers per order reaches Python."""
        where, args = _delivery_filter(panel_id, service_id)
        # Outcome * 3 + Start (core.delivery), in the same order as its definitions.
        code = (
            f"CASE o.status WHEN :completed THEN {Outcome.COMPLETED * 3} "
            f"WHEN :partial THEN {Outcome.PARTIAL * 3} WHEN :canceled THEN {Outcome.CANCELED * 3} "
            f"ELSE CASE WHEN o.status IN ({_FINAL_MARKS}) THEN {Outcome.OTHER_FINAL * 3} "
            f"ELSE {Outcome.RUNNING * 3} END END + "
            f"CASE WHEN o.source = 'imported' THEN {Start.UNJUDGED} "
            f"WHEN t.started - {_PLACED} <= :window THEN {Start.QUICK} "
            f"WHEN t.started IS NOT NULL OR o.status IN ({_FINAL_MARKS}) "
            f"OR {_PLACED} < :judged_before THEN {Start.LATE} "
            f"ELSE {Start.UNJUDGED} END"
        )
        seconds = (
            "CASE WHEN o.status = :completed THEN CASE WHEN o.source <> 'imported' "
            f"THEN MAX(t.completed - {_PLACED}, 0.0) END "
            f"WHEN o.status IS NULL OR o.status NOT IN ({_FINAL_MARKS}) "
            f"THEN COALESCE(t.moved, {_PLACED}) END"
        )
        sql = (
            f"SELECT o.local_id, o.panel_id, o.service_id, {code}, {seconds} "
            f"FROM orders o LEFT JOIN order_times t ON t.local_id = o.local_id WHERE {where}"
        )
        params: dict[str, object] = {
            "completed": OrderStatus.COMPLETED.value,
            "partial": OrderStatus.PARTIAL.value,
            "canceled": OrderStatus.CANCELED.value,
            "window": START_WINDOW_SECONDS,
            "judged_before": now.timestamp() - START_WINDOW_SECONDS,
            **_FINAL_PARAMS,
            **args,
        }
        return self._tuples(sql, params)

    def _tuples(self, sql: str, params: Sequence[object] | Mapping[str, object]) -> list[Any]:
        """Every row of ``sql`` as a plain tuple (far cheaper than sqlite3.Row)."""
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc


# julianday() reads the stored ISO text (UTC offset included) in C: POSIX seconds without a
# datetime per timestamp in Python.
_PLACED = "((julianday(COALESCE(o.sent_at, o.created_at)) - 2440587.5) * 86400.0)"
_FINAL_PARAMS = {f"final{n}": status for n, status in enumerate(sorted(FINAL_STATUSES))}
_FINAL_MARKS = ", ".join(f":{name}" for name in _FINAL_PARAMS)


def _delivery_filter(panel_id: int | None, service_id: int | None) -> tuple[str, dict[str, int]]:
    """The placed, not frozen orders (of one panel, one service of it): WHERE and its values."""
    clauses = ["o.state = 'ACCEPTED'", "o.superseded_by IS NULL"]
    args: dict[str, int] = {}
    if panel_id is not None:
        clauses.append("o.panel_id = :panel_id")
        args["panel_id"] = panel_id
    if service_id is not None:
        clauses.append("o.service_id = :service_id")
        args["service_id"] = service_id
    return " AND ".join(clauses), args


class _LazyParams(Mapping[str, str]):
    """An order's sent params, decoded from their JSON text on first use (a table of 100,000
    orders rarely looks at them)."""

    __slots__ = ("_decoded", "_raw")

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._decoded: dict[str, str] | None = None

    def _map(self) -> dict[str, str]:
        if self._decoded is None:
            self._decoded = json.loads(self._raw)
        return self._decoded

    def __getitem__(self, key: str) -> str:
        return self._map()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())

    def __repr__(self) -> str:
        return f"{dict(self._map())!r}"


_NO_PARAMS: Mapping[str, str] = MappingProxyType({})


class _BulkOrders:
    """Builds OrderRecords from plain row tuples (``_ORDER_COLUMNS`` order), sharing equal
    texts and amounts between rows."""

    def __init__(self) -> None:
        self.records: list[OrderRecord] = []
        self._texts: dict[str, str] = {}
        self._amounts: dict[str, Decimal] = {}

    def _text(self, value: str | None) -> str | None:
        return None if value is None else self._texts.setdefault(value, value)

    def _amount(self, value: str | None) -> Decimal | None:
        if value is None:
            return None
        amount = self._amounts.get(value)
        if amount is None:
            amount = self._amounts[value] = Decimal(value)
        return amount

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        text, amount, when = self._text, self._amount, datetime.fromisoformat
        states = {s.value: s for s in LocalState}
        statuses: dict[str | None, OrderStatus | None] = {s.value: s for s in OrderStatus}
        statuses[None] = None
        append = self.records.append
        for (
            local_id, panel_id, service_id, service_name, service_type, link, quantity,
            params, cost, state, panel_order_id, error_code, error_text, created_at, sent_at,
            resolved_at, status, status_text, charge, start_count, remains, currency,
            last_checked_at, source, note, superseded_by, reuses_id_of,
        ) in rows:  # fmt: skip
            append(
                OrderRecord(
                    local_id=local_id,
                    panel_id=panel_id,
                    service_id=service_id,
                    service_name=text(service_name) or "",
                    service_type=text(service_type) or "",
                    link=link,
                    quantity=quantity,
                    params=_NO_PARAMS if params == "{}" else _LazyParams(params),
                    cost=amount(cost),
                    state=states[state],
                    panel_order_id=panel_order_id,
                    error_code=text(error_code),
                    error_text=error_text,
                    created_at=when(created_at),
                    sent_at=None if sent_at is None else when(sent_at),
                    resolved_at=None if resolved_at is None else when(resolved_at),
                    status=statuses[status],
                    status_text=text(status_text),
                    charge=amount(charge),
                    start_count=start_count,
                    remains=remains,
                    currency=text(currency),
                    last_checked_at=None if last_checked_at is None else when(last_checked_at),
                    source=text(source) or "app",
                    note=text(note) or "",
                    superseded_by=superseded_by,
                    reuses_id_of=reuses_id_of,
                )
            )
