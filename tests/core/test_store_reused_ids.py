"""A panel that gives an order number again (a reinstalled panel, a demo panel whose ids
restarted) never rewrites the earlier order: the newer placement takes the number over and is
flagged, the earlier one is frozen exactly as it was and no longer polled."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.errors import PanelRejected
from smmdesk.core.models import Balance, OrderState, OrderStatus
from smmdesk.core.order_actions import ActionOutcome, ActionReason, request_cancels
from smmdesk.core.polling import poll_cycle
from smmdesk.core.store import MIGRATIONS, Store, migrate

PARAMS = {"link": "https://instagram.com/p/abc", "quantity": "1000"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "smmdesk.sqlite3") as opened:
        yield opened


@pytest.fixture
def panel_id(store: Store) -> int:
    return store.add_panel("Demo", "https://panel.example/api/v2", currency="USD")


def placed(store: Store, panel_id: int, order_id: int, link: str = PARAMS["link"]) -> int:
    local_id = store.create_intent(
        panel_id=panel_id,
        service_id=1,
        service_name="Followers",
        service_type="Default",
        params={**PARAMS, "link": link},
        cost=Decimal("0.90"),
        quantity=1000,
    )
    store.mark_accepted(local_id, order_id, {"order": order_id})
    return local_id


def state(order_id: int, status: OrderStatus, charge: str, remains: int = 0) -> OrderState:
    return OrderState(order_id, status, status.value, Decimal(charge), 3572, remains, "USD")


def row_and_history(path: Path, local_id: int) -> tuple[dict[str, object], list[tuple[object]]]:
    """The order's stored row (every column) and its history rows, read straight from SQLite."""
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM orders WHERE local_id = ?", (local_id,)).fetchone()
        events = conn.execute(
            "SELECT id, at, kind, status, detail FROM order_events WHERE local_id = ? ORDER BY id",
            (local_id,),
        ).fetchall()
    return dict(row), [tuple(e) for e in events]


def test_a_reused_order_id_never_rewrites_the_earlier_order(store: Store, panel_id: int) -> None:
    first = placed(store, panel_id, 23501)
    store.apply_statuses(panel_id, {23501: state(23501, OrderStatus.COMPLETED, "0.90")})
    before_row, before_history = row_and_history(store.path, first)

    # The panel forgot its orders and hands out 23501 again, for a different placement.
    second = placed(store, panel_id, 23501, link="https://instagram.com/p/other")
    changed = store.apply_statuses(
        panel_id, {23501: state(23501, OrderStatus.IN_PROGRESS, "0.09", remains=500)}
    )
    store.apply_statuses(panel_id, {23501: PanelRejected("Incorrect order ID")})

    after_row, after_history = row_and_history(store.path, first)
    assert after_history == before_history, "the earlier order's history is untouched"
    assert after_row.pop("superseded_by") == second
    before_row.pop("superseded_by")
    assert after_row == before_row, "charge, status and every other field stay as they were"
    assert store.get_order(first).charge == Decimal("0.90")

    assert changed == [second], "the answer went to the newest placement only"
    newer = store.get_order(second)
    assert (newer.charge, newer.status, newer.remains) == (
        Decimal("0.09"),
        OrderStatus.IN_PROGRESS,
        500,
    )
    assert newer.status_text == "Incorrect order ID"
    assert newer.reuses_id_of == first
    assert newer.superseded_by is None
    reused = [e for e in store.events(second) if e.kind == "id_reused"]
    assert [dict(e.detail) for e in reused] == [{"order": 23501, "earlier": first}]

    older = store.get_order(first)
    assert older.superseded_by == second
    assert older.reuses_id_of is None
    assert older.is_active is False
    assert store.find_order(panel_id, 23501) == newer
    assert store.import_order(panel_id, 23501) == second


def test_a_frozen_order_is_no_longer_polled_and_nothing_is_sent_about_it(
    store: Store, panel_id: int
) -> None:
    first = placed(store, panel_id, 7)  # never finished: still "active" before the clash
    second = placed(store, panel_id, 7)
    assert store.poll_targets(panel_id) == [(second, 7, None, None)]
    assert store.active_orders(panel_id) == [(second, 7)]
    assert store.count_orders(panel_id, active_only=True) == 1
    assert [o.local_id for o in store.load_orders() if o.superseded_by] == [first]

    asked: list[list[int]] = []

    class Panel:
        def statuses(self, ids: object) -> dict[int, OrderState]:
            asked.append(list(ids))  # type: ignore[call-overload]
            return {7: state(7, OrderStatus.PENDING, "0.10")}

        def refill_statuses(self, ids: object) -> dict[int, object]:
            return {}

        def balance(self) -> Balance:
            return Balance(Decimal(0), "USD")

        def cancel(self, ids: object) -> list[object]:
            raise AssertionError("nothing may be sent about a frozen order")

    result = poll_cycle(store, Panel(), panel_id)  # type: ignore[arg-type]
    assert asked == [[7]]
    assert result.changed == (second,)
    (skipped,) = request_cancels(store, Panel(), panel_id, [first])  # type: ignore[arg-type]
    assert skipped.outcome is ActionOutcome.SKIPPED
    assert skipped.reason is ActionReason.SUPERSEDED


def test_a_third_placement_freezes_only_the_one_that_held_the_number(
    store: Store, panel_id: int
) -> None:
    first = placed(store, panel_id, 9)
    second = placed(store, panel_id, 9)
    third = placed(store, panel_id, 9)
    records = {o.local_id: o for o in store.get_orders([first, second, third])}
    assert (records[first].superseded_by, records[first].reuses_id_of) == (second, None)
    assert (records[second].superseded_by, records[second].reuses_id_of) == (third, first)
    assert (records[third].superseded_by, records[third].reuses_id_of) == (None, second)


def test_orders_already_sharing_a_number_are_sorted_out_by_the_migration(tmp_path: Path) -> None:
    db_path = tmp_path / "old.sqlite3"
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        migrate(conn, db_path, MIGRATIONS[:2])
        conn.execute(
            "INSERT INTO panels (id, name, url, created_at) "
            "VALUES (1, 'Demo', 'demo://sandbox', '2024-01-01T00:00:00.000000+00:00')"
        )
        rows = ((1, 23501, "0.90"), (2, 23502, "1.00"), (3, 23501, "0.09"))
        for local_id, order_id, charge in rows:
            conn.execute(
                "INSERT INTO orders (local_id, panel_id, state, panel_order_id, charge, "
                "status, created_at) VALUES (?, 1, 'ACCEPTED', ?, ?, 'In progress', "
                "'2024-01-01T00:00:01.000000+00:00')",
                (local_id, order_id, charge),
            )
    with Store.open(db_path) as upgraded:
        assert upgraded.schema_version == len(MIGRATIONS)
        records = {o.local_id: o for o in upgraded.load_orders()}
        assert (records[1].superseded_by, records[1].reuses_id_of) == (3, None)
        assert (records[2].superseded_by, records[2].reuses_id_of) == (None, None)
        assert (records[3].superseded_by, records[3].reuses_id_of) == (None, 1)
        assert upgraded.active_orders(1) == [(2, 23502), (3, 23501)]
        assert upgraded.highest_panel_ids("demo://sandbox") == (23502, None)
