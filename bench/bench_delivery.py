"""Delivery statistics and stuck orders at 100,000 orders with their status histories.

Ours, what the app runs (the target: under 300 ms, on a worker): ``Store.delivery_facts(now)``
(one query: every placed order joined to its ``order_times`` row, which triggers keep as
events are written, and judged by SQLite into a short row of numbers) then
``core.delivery.delivery_summary`` in Python. The query and the computation are timed apart and
together.

The reference way, also timed: ``Store.delivery_times()`` (every order's times as an OrderTimes)
then ``delivery_stats`` and ``stuck_orders``; both ways must give the same figures (checked).

Baseline, same process: the naive way, one ``Store.events(local_id)`` per order (OrderEvent
records, timestamps parsed into datetimes), then the same figures. At 100,000 orders it runs
for a long while, so it is timed over the first ``--baseline`` orders and scaled per order.

Each timing is repeated (``--repeat``): min and median are printed (the machine may be shared).

History: about 4 "status" events per order (Pending, In progress, remains moving, final), 50
services over 2 panels, outcomes mixed; some orders still running and some stalled for days.

Prints a table; not a test. Usage: .venv/bin/python bench/bench_delivery.py [--size 100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from smmdesk.core.delivery import (
    STARTED_STATUSES,
    OrderTimes,
    delivery_stats,
    delivery_summary,
    stuck_orders,
)
from smmdesk.core.store import Store

NOW = datetime(2025, 6, 1, tzinfo=UTC)
SERVICES = 50


def _ts(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _history(rnd: random.Random, placed: datetime) -> tuple[str, list[tuple[datetime, str]]]:
    """(final or current status, [(at, status)]) for one order."""
    start = placed + timedelta(seconds=rnd.uniform(60, 7200))
    middle = start + timedelta(seconds=rnd.uniform(600, 20_000))
    end = middle + timedelta(seconds=rnd.uniform(600, 40_000))
    roll = rnd.random()
    if roll < 0.70:
        final = "Completed"
    elif roll < 0.80:
        final = "Partial"
    elif roll < 0.88:
        final = "Canceled"
    else:
        final = "In progress"  # still running (some of them stalled for days)
    events = [(placed + timedelta(seconds=30), "Pending")]
    if final == "Canceled" and rnd.random() < 0.5:
        return final, [*events, (start, final)]
    events += [(start, "In progress"), (middle, "In progress")]
    if final != "In progress":
        events.append((end, final))
    return final, [e for e in events if e[0] < NOW]


def make_store(path: Path, size: int) -> Store:
    """``size`` orders and their events written straight into the schema, then opened
    through Store as the app does."""
    store = Store.open(path)
    panels = [store.add_panel(f"Panel {n}", f"https://p{n}.example/api/v2") for n in (1, 2)]
    store.close()
    rnd = random.Random(12)
    first = NOW - timedelta(days=120)
    orders, events = [], []
    for n in range(size):
        local_id = n + 1
        placed = first + timedelta(seconds=n * 100 + rnd.uniform(0, 50))
        _final, history = _history(rnd, placed)
        current = history[-1][1] if history else None
        orders.append(
            (local_id, panels[n % 2], n % SERVICES, f"Service {n % SERVICES}", "Default",
             f"https://x.com/{n}", 1000, "{}", "0.90", "ACCEPTED", 40_000 + n,
             _ts(placed), _ts(placed), current, current, "USD")
        )  # fmt: skip
        for at, event_status in history:
            events.append((local_id, _ts(at), "status", event_status, json.dumps({})))
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO orders (local_id, panel_id, service_id, service_name, service_type, "
            "link, quantity, params, cost, state, panel_order_id, created_at, sent_at, status, "
            "status_text, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            orders,
        )
        conn.executemany(
            "INSERT INTO order_events (local_id, at, kind, status, detail) VALUES (?, ?, ?, ?, ?)",
            events,
        )
    return Store.open(path)


def naive_times(store: Store, limit: int) -> list[OrderTimes]:
    """The baseline: every order's record, then one history query per order."""
    rows = []
    for record in store.list_orders(newest_first=False, limit=limit):
        completed = started = moved = None
        for event in store.events(record.local_id):
            if event.kind != "status":
                continue
            at = event.at.timestamp()
            moved = at
            if event.status == "Completed" and completed is None:
                completed = at
            if event.status in STARTED_STATUSES and started is None:
                started = at
        placed = (record.sent_at or record.created_at).timestamp()
        rows.append(
            OrderTimes(
                record.local_id,
                record.panel_id,
                record.service_id,
                None if record.status is None else record.status.value,
                record.source == "imported",
                placed,
                completed,
                started,
                moved,
            )
        )
    return rows


def _close(a: OrderTimes, b: OrderTimes) -> bool:
    """The same order read both ways (SQLite's julianday keeps milliseconds, not micro)."""
    for x, y in zip(a, b, strict=True):
        if isinstance(x, float) and isinstance(y, float):
            if abs(x - y) > 0.01:
                return False
        elif x != y and not (isinstance(x, int) and isinstance(y, bool) and bool(x) == y):
            return False
    return True


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """(min, median, last result) of ``repeat`` runs, in seconds."""
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="smmdesk-bench-delivery-"))
    store = make_store(folder / "orders.sqlite3", args.size)
    events = store._read("SELECT COUNT(*) FROM order_events")[0][0]
    print(f"orders: {args.size:,} with {events:,} status events in SQLite")
    table: list[tuple[str, float, float]] = []

    def row(label: str, fn: Callable[[], object]) -> object:
        low, middle, result = timed(fn, args.repeat)
        table.append((label, low, middle))
        return result

    facts = row("query (Store.delivery_facts)", lambda: store.delivery_facts(NOW))
    assert isinstance(facts, list)
    summary = row("computation (delivery_summary)", lambda: delivery_summary(facts, NOW))
    assert isinstance(summary, tuple)
    row(
        "query + computation (target < 300)",
        lambda: delivery_summary(store.delivery_facts(NOW), NOW),
    )
    rows = row("reference: Store.delivery_times", store.delivery_times)
    assert isinstance(rows, list)

    def reference() -> tuple[object, object]:
        stats = delivery_stats(rows, NOW)
        return stats, stuck_orders(rows, stats, NOW)

    same_figures = row("reference: stats + stuck", reference) == summary
    naive_n = min(args.baseline, args.size)
    _low, naive, naive_rows = timed(lambda: naive_times(store, naive_n), 1)
    assert isinstance(naive_rows, list)
    _low, naive_compute, _ = timed(
        lambda: stuck_orders(naive_rows, delivery_stats(naive_rows, NOW), NOW), 1
    )
    naive_total = (naive + naive_compute) / naive_n * args.size
    ours = {r.local_id: r for r in rows}
    same = all(_close(ours[r.local_id], r) for r in naive_rows)
    both = next(median for label, _low, median in table if label.startswith("query + comp"))
    print()
    print(f"{'':40}{'min ms':>10}{'median ms':>11}   ({args.repeat} runs)")
    for label, low, middle in table:
        print(f"{label:40}{low * 1000:10.1f}{middle * 1000:11.1f}")
    print(
        f"{'naive: one events() query per order':40}{naive_total * 1000:10.0f}"
        f"   (timed over {naive_n:,} orders, scaled)"
    )
    print(f"ratio ours / naive: {both / naive_total:.4f}  ({naive_total / both:.0f}x faster)")
    print(
        f"stuck orders found: {len(summary[1]):,}; same figures both ways: {same_figures}; "
        f"same inputs as the naive read: {same}"
    )
    store.close()
    return 0 if same and same_figures else 1


if __name__ == "__main__":
    raise SystemExit(main())
