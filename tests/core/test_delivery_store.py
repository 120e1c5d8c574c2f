"""Delivery statistics as the app reads them (Store.delivery_facts + delivery_summary, over the
trigger-kept ``order_times``) against a straightforward reference computation: every order's
history read event by event, on a generated history with the awkward cases in it."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smmdesk.core.delivery import (
    STARTED_STATUSES,
    OrderTimes,
    ServiceDelivery,
    Stuck,
    delivery_stats,
    delivery_summary,
    stuck_orders,
)
from smmdesk.core.store import MIGRATIONS, Store, migrate
from smmdesk.core.store.schema import ORDER_TIMES_STARTED

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
STATUSES = ["Pending", "In progress", "Processing", "Active", "Partial", "Completed"]
FINALS = ["Completed", "Completed", "Completed", "Partial", "Canceled", "Error", "Old", None]


def _ts(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _orders(rnd: random.Random, panels: list[int], count: int) -> list[tuple[object, ...]]:
    rows = []
    for local_id in range(1, count + 1):
        placed = NOW - timedelta(hours=rnd.uniform(0.2, 400))
        sent = None if rnd.random() < 0.1 else _ts(placed)
        state = "ACCEPTED" if rnd.random() < 0.92 else rnd.choice(["REJECTED", "UNKNOWN"])
        service = None if rnd.random() < 0.04 else rnd.randrange(6)
        source = rnd.choice(["app"] * 8 + ["imported", "mass"])
        rows.append(
            (local_id, rnd.choice(panels), service, state, _ts(placed - timedelta(seconds=5)),
             sent, rnd.choice([*FINALS, "In progress", "Pending"]), source)
        )  # fmt: skip
    return rows


def _events(rnd: random.Random, orders: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Several "status" events per order, some written out of time order, some of other kinds,
    some orders with none."""
    events = []
    for local_id, *_rest, created, _sent, _status, _source in orders:
        start = datetime.fromisoformat(str(created))
        for _ in range(rnd.choice([0, 1, 2, 3, 4, 5])):
            at = start + timedelta(seconds=rnd.uniform(-60, 30 * 3600))
            kind = "status" if rnd.random() < 0.85 else rnd.choice(["refill", "note"])
            events.append((local_id, _ts(at), kind, rnd.choice([*STATUSES, "Canceled", None])))
    rnd.shuffle(events)
    return events


def _insert(conn: sqlite3.Connection, orders: list[tuple[object, ...]], events: list) -> None:
    conn.executemany(
        "INSERT INTO orders (local_id, panel_id, service_id, state, created_at, sent_at, "
        "status, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        orders,
    )
    conn.executemany(
        "INSERT INTO order_events (local_id, at, kind, status) VALUES (?, ?, ?, ?)", events
    )


def _reference_times(store: Store) -> list[OrderTimes]:
    """Each placed order's times from its records and events, one by one, as datetimes."""
    rows = []
    for record in store.list_orders(newest_first=False):
        if record.state.value != "ACCEPTED" or record.superseded_by is not None:
            continue
        status = [e for e in store.events(record.local_id) if e.kind == "status"]
        completed = [e.at for e in status if e.status == "Completed"]
        started = [e.at for e in status if e.status in STARTED_STATUSES]
        rows.append(
            OrderTimes(
                record.local_id,
                record.panel_id,
                record.service_id,
                None if record.status is None else record.status.value,
                record.source == "imported",
                (record.sent_at or record.created_at).timestamp(),
                min(completed).timestamp() if completed else None,
                min(started).timestamp() if started else None,
                max(e.at for e in status).timestamp() if status else None,
            )
        )
    return rows


def _same_stats(a: ServiceDelivery, b: ServiceDelivery) -> bool:
    """Equal counts; times equal to 10 ms (SQLite's julianday keeps milliseconds)."""
    for x, y in zip(a.__slots__, b.__slots__, strict=True):
        one, other = getattr(a, x), getattr(b, y)
        if isinstance(one, float) and isinstance(other, float):
            if abs(one - other) > 0.01:
                return False
        elif one != other:
            return False
    return True


def _same_stuck(a: dict[int, Stuck], b: dict[int, Stuck]) -> bool:
    return a.keys() == b.keys() and all(
        abs((a[k].since - b[k].since).total_seconds()) < 0.01
        and abs(a[k].limit_seconds - b[k].limit_seconds) < 0.02
        for k in a
    )


@pytest.fixture
def history(tmp_path: Path) -> Store:
    """300 orders of 2 panels, half written before the order_times migration existed and half
    after (through the triggers), one order's number given again, one event removed."""
    path = tmp_path / "smmdesk.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, path, MIGRATIONS[:3])
        conn.execute(
            "INSERT INTO panels (id, name, url, created_at) VALUES "
            "(1, 'A', 'https://a.example/api/v2', '2025-01-01T00:00:00.000000+00:00'), "
            "(2, 'B', 'https://b.example/api/v2', '2025-01-01T00:00:00.000000+00:00')"
        )
        rnd = random.Random(7)
        orders = _orders(rnd, [1, 2], 300)
        events = _events(rnd, orders)
        _insert(conn, orders[:150], [e for e in events if e[0] <= 150])
    store = Store.open(path)  # migrates: the times of the first 150 orders are read in full
    conn = store._conn()
    _insert(conn, orders[150:], [e for e in events if e[0] > 150])
    conn.execute("UPDATE orders SET superseded_by = 2 WHERE local_id = 1")
    conn.execute(
        "DELETE FROM order_events WHERE id = (SELECT MAX(id) FROM order_events "
        "WHERE kind = 'status' AND local_id = 160)"
    )
    return store


def test_the_fast_path_gives_the_figures_of_the_reference_computation(history: Store) -> None:
    reference = _reference_times(history)
    assert len(reference) > 200
    expected_stats = delivery_stats(reference, NOW)
    expected_stuck = stuck_orders(reference, expected_stats, NOW)
    assert expected_stuck, "the generated history has stuck orders"

    stats, stuck = delivery_summary(history.delivery_facts(NOW), NOW)

    assert stats.keys() == expected_stats.keys()
    assert all(_same_stats(stats[k], expected_stats[k]) for k in stats)
    assert _same_stuck(stuck, expected_stuck)
    # the same orders read as OrderTimes give exactly the same figures
    rows = history.delivery_times()
    assert delivery_stats(rows, NOW) == stats
    assert stuck_orders(rows, stats, NOW) == stuck


def test_one_service_of_one_panel_alone(history: Store) -> None:
    everything, _ = delivery_summary(history.delivery_facts(NOW), NOW)
    for panel_id, service_id in everything:
        facts = history.delivery_facts(NOW, panel_id, service_id)
        alone, _ = delivery_summary(facts, NOW)
        assert alone == {(panel_id, service_id): everything[(panel_id, service_id)]}


def test_order_times_are_the_aggregate_of_each_orders_status_events(history: Store) -> None:
    conn = history._conn()
    conn.execute(  # an event changed by hand moves its order's times too
        "UPDATE order_events SET status = 'Completed' WHERE id = (SELECT MIN(id) "
        "FROM order_events WHERE kind = 'status' AND status = 'Pending')"
    )
    started = ", ".join(f"'{s}'" for s in sorted(STARTED_STATUSES))
    seconds = "(julianday(at) - 2440587.5) * 86400.0"
    fresh = conn.execute(
        f"SELECT local_id, MIN(CASE WHEN status = 'Completed' THEN {seconds} END), "
        f"MIN(CASE WHEN status IN ({started}) THEN {seconds} END), MAX({seconds}) "
        "FROM order_events WHERE kind = 'status' GROUP BY local_id ORDER BY local_id"
    ).fetchall()
    kept = conn.execute(
        "SELECT local_id, completed, started, moved FROM order_times ORDER BY local_id"
    ).fetchall()
    assert [tuple(r) for r in kept] == [tuple(r) for r in fresh]
    history.remove_panel(1, purge=True)
    orphans = "SELECT COUNT(*) FROM order_times WHERE local_id NOT IN (SELECT local_id FROM orders)"
    assert conn.execute(orphans).fetchone()[0] == 0


def test_the_triggers_know_the_started_statuses_of_core_delivery() -> None:
    # A new "started" status needs a new migration replacing the order_times triggers.
    assert sorted(ORDER_TIMES_STARTED) == sorted(STARTED_STATUSES)
