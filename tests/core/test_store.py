"""The local store: durability settings, the order life cycle, status history, migrations and
what happens to a damaged, locked or newer database file."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smmdesk.core import store as store_module
from smmdesk.core.errors import PanelRejected
from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.store import (
    MIGRATIONS,
    CorruptDatabase,
    LocalState,
    NewerSchema,
    StateConflict,
    Store,
    StoreError,
    migrate,
)

PARAMS = {"link": "https://instagram.com/p/abc", "quantity": "1000"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "smmdesk.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def panel_id(store: Store) -> int:
    return store.add_panel("Demo", "https://panel.example/api/v2", currency="USD")


def intent(store: Store, panel_id: int, **overrides: object) -> int:
    fields: dict[str, object] = {
        "panel_id": panel_id,
        "service_id": 1,
        "service_name": "Followers",
        "service_type": "Default",
        "params": PARAMS,
        "cost": Decimal("0.90"),
        "quantity": 1000,
    }
    fields.update(overrides)
    return store.create_intent(**fields)  # type: ignore[arg-type]


def placed(store: Store, panel_id: int, order_id: int, **overrides: object) -> int:
    local_id = intent(store, panel_id, **overrides)
    store.mark_accepted(local_id, order_id, {"order": order_id})
    return local_id


def raw_sql(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- connections and durability ---------------------------------------------------------------


def test_every_thread_gets_a_durable_connection(store: Store) -> None:
    seen: list[tuple[object, ...]] = []

    def look() -> None:
        conn = store._conn()
        seen.append(
            (
                conn.execute("PRAGMA journal_mode").fetchone()[0],
                conn.execute("PRAGMA synchronous").fetchone()[0],
                conn.execute("PRAGMA foreign_keys").fetchone()[0],
                conn.execute("PRAGMA busy_timeout").fetchone()[0],
                id(conn),
            )
        )

    worker = threading.Thread(target=look)
    worker.start()
    worker.join()
    look()
    assert [s[:4] for s in seen] == [("wal", 2, 1, store_module.BUSY_TIMEOUT_MS)] * 2
    assert seen[0][4] != seen[1][4], "threads must not share a connection"


def test_concurrent_writers_from_many_threads_lose_nothing(store: Store, panel_id: int) -> None:
    ids: list[int] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(40):
                ids.append(intent(store, panel_id))
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close_thread_connection()

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(ids)) == 160
    assert store.count_orders(panel_id, states=[LocalState.SENDING]) == 160


def test_a_closed_store_refuses_work(db_path: Path) -> None:
    opened = Store.open(db_path)
    opened.close()
    with pytest.raises(StoreError, match="closed"):
        opened.list_orders()


def test_an_unwritable_location_is_a_clear_error_not_corruption(tmp_path: Path) -> None:
    a_directory = tmp_path / "orders.sqlite3"
    a_directory.mkdir()
    with pytest.raises(StoreError, match=r"orders\.sqlite3") as caught:
        Store.open(a_directory, on_corrupt="backup")
    assert not isinstance(caught.value, CorruptDatabase)
    assert a_directory.is_dir()


# -- panels, catalogue cache, favourites ------------------------------------------------------


def test_panel_crud(store: Store) -> None:
    first = store.add_panel(
        "Alpha", "https://alpha.example/api/v2", capabilities={"refill": True, "cancel": False}
    )
    second = store.add_panel("beta", "https://beta.example/api/v2")
    record = store.update_panel(first, name="Alpha 2", currency="EUR")
    assert (record.name, record.currency, record.url) == (
        "Alpha 2",
        "EUR",
        "https://alpha.example/api/v2",
    )
    assert dict(record.capabilities) == {"refill": True, "cancel": False}
    store.update_panel(first, capabilities={"refill": False})
    assert dict(store.get_panel(first).capabilities) == {"refill": False}
    store.touch_panel(second)
    assert [p.id for p in store.list_panels()] == [second, first], "last used first"
    with pytest.raises(StoreError, match="no panel 999"):
        store.get_panel(999)


def test_a_url_carrying_the_api_key_is_refused(store: Store, panel_id: int) -> None:
    with pytest.raises(ValueError, match="API key"):
        store.add_panel("Bad", "https://p.example/api/v2?key=secret123")
    with pytest.raises(ValueError, match="API key"):
        store.update_panel(panel_id, url="https://p.example/api/v2?action=add&KEY=secret123")
    assert store.get_panel(panel_id).url == "https://panel.example/api/v2"


def test_removing_a_panel_keeps_its_orders_and_purging_deletes_them(
    store: Store, panel_id: int
) -> None:
    local_id = placed(store, panel_id, 501)
    store.save_catalog(panel_id, b"[]")
    store.set_favourites(panel_id, [1, 2])
    store.remove_panel(panel_id)
    assert store.list_panels() == []
    assert store.get_panel(panel_id).removed_at is not None
    assert [p.id for p in store.list_panels(include_removed=True)] == [panel_id]
    assert store.get_order(local_id).panel_order_id == 501
    assert store.events(local_id)
    assert store.load_catalog(panel_id) is None
    assert store.favourites(panel_id) == frozenset()

    store.remove_panel(panel_id, purge=True)
    assert store.count_orders() == 0
    assert raw_sql(store.path, "SELECT COUNT(*) FROM order_events") == [(0,)]


def test_catalog_cache_round_trips_bytes_and_reports_changes(store: Store, panel_id: int) -> None:
    raw = '[{"service": 1, "name": "Likes ❤️ &amp; views"}]'.encode()
    assert store.load_catalog(panel_id) is None
    assert store.save_catalog(panel_id, raw) is True
    cached = store.load_catalog(panel_id)
    assert cached is not None
    assert cached.raw == raw
    assert cached.sha256 == hashlib.sha256(raw).hexdigest()
    assert store.save_catalog(panel_id, raw) is False, "same bytes: nothing new"
    assert store.save_catalog(panel_id, raw + b" ") is True


def test_favourites(store: Store, panel_id: int) -> None:
    store.set_favourites(panel_id, [5, 7, 7])
    store.set_favourite(panel_id, 9, True)
    store.set_favourite(panel_id, 5, False)
    assert store.favourites(panel_id) == frozenset({7, 9})


# -- orders: the intent and its outcomes ------------------------------------------------------


def test_intent_is_committed_and_visible_to_another_connection(store: Store, panel_id: int) -> None:
    local_id = intent(store, panel_id)
    # A separate connection sees it at once: it was committed, not left in a transaction.
    assert raw_sql(store.path, f"SELECT state FROM orders WHERE local_id = {local_id}") == [
        ("SENDING",)
    ]
    order = store.get_order(local_id)
    assert order.state is LocalState.SENDING
    assert dict(order.params) == PARAMS
    assert order.link == PARAMS["link"]
    assert order.sent_at is not None
    assert [e.kind for e in store.events(local_id)] == ["intent"]


def test_params_that_carry_the_key_are_refused(store: Store, panel_id: int) -> None:
    with pytest.raises(ValueError, match="key"):
        intent(store, panel_id, params={**PARAMS, "key": "sk-123"})
    assert store.count_orders() == 0


def test_accepted_order_records_id_and_answer(store: Store, panel_id: int) -> None:
    local_id = placed(store, panel_id, 23501)
    order = store.get_order(local_id)
    assert (order.state, order.panel_order_id) == (LocalState.ACCEPTED, 23501)
    assert order.resolved_at is not None
    event = store.events(local_id)[-1]
    assert event.kind == "accepted"
    assert event.detail["answer"] == {"order": 23501}
    assert store.find_order(panel_id, 23501) == order


def test_an_outcome_is_recorded_only_once(store: Store, panel_id: int) -> None:
    local_id = placed(store, panel_id, 10)
    with pytest.raises(StateConflict, match="ACCEPTED"):
        store.mark_accepted(local_id, 11)
    with pytest.raises(StateConflict):
        store.mark_rejected(local_id, "other", "late error")
    with pytest.raises(StoreError, match="no order 999"):
        store.mark_unknown(999, "lost")
    assert store.get_order(local_id).panel_order_id == 10


def test_rejected_and_unknown_keep_the_reason(store: Store, panel_id: int) -> None:
    refused = intent(store, panel_id)
    store.mark_rejected(refused, "insufficient_funds", "Not enough funds on balance")
    lost = intent(store, panel_id)
    store.mark_unknown(lost, "Read timed out", code="no_answer")
    refused_order, lost_order = store.get_order(refused), store.get_order(lost)
    assert (refused_order.state, refused_order.error_code, refused_order.error_text) == (
        LocalState.REJECTED,
        "insufficient_funds",
        "Not enough funds on balance",
    )
    assert (lost_order.state, lost_order.error_text) == (LocalState.UNKNOWN, "Read timed out")
    assert lost_order.resolved_at is None, "UNKNOWN is not settled yet"


def test_recovery_turns_sending_into_unknown(db_path: Path) -> None:
    with Store.open(db_path) as first:
        panel = first.add_panel("P", "https://p.example/api/v2")
        interrupted = [intent(first, panel), intent(first, panel)]
        done = placed(first, panel, 77)
        refill = first.add_refill(done)
    # "Restart"
    with Store.open(db_path) as second:
        assert second.recover_interrupted() == interrupted
        for local_id in interrupted:
            order = second.get_order(local_id)
            assert order.state is LocalState.UNKNOWN
            assert order.error_code == "interrupted"
            assert second.events(local_id)[-1].kind == "recovered"
        assert second.get_order(done).state is LocalState.ACCEPTED
        assert second.get_refill(refill).state is LocalState.UNKNOWN
        assert second.recover_interrupted() == []


def test_the_panels_answer_wins_over_a_recovery_by_a_second_instance(
    store: Store, panel_id: int, db_path: Path
) -> None:
    in_flight = [intent(store, panel_id) for _ in range(3)]
    with Store.open(db_path) as second_instance:
        assert second_instance.recover_interrupted() == in_flight
        second_instance.resolve_unknown(in_flight[2], None)
    store.mark_accepted(in_flight[0], 61)
    store.mark_rejected(in_flight[1], "bad_link", "Incorrect link")
    store.mark_unknown(in_flight[2], "read timeout")
    assert [store.get_order(i).state for i in in_flight] == [
        LocalState.ACCEPTED,
        LocalState.REJECTED,
        LocalState.UNKNOWN,
    ]
    assert store.get_order(in_flight[0]).panel_order_id == 61


def test_resolving_unknown_orders(store: Store, panel_id: int) -> None:
    found = intent(store, panel_id)
    store.mark_unknown(found, "reset")
    store.resolve_unknown(found, 901)
    assert (store.get_order(found).state, store.get_order(found).panel_order_id) == (
        LocalState.ACCEPTED,
        901,
    )
    assert store.active_orders(panel_id) == [(found, 901)]

    gone = intent(store, panel_id)
    store.mark_unknown(gone, "reset")
    store.resolve_unknown(gone, None)
    assert store.get_order(gone).state is LocalState.NOT_PLACED
    # The user finds it on the panel later: a NOT_PLACED may still be corrected...
    with pytest.raises(StateConflict, match="already recorded as local order"):
        store.resolve_unknown(gone, 901)  # ...but not with a number another order has
    store.resolve_unknown(gone, 902)
    assert store.get_order(gone).state is LocalState.ACCEPTED
    with pytest.raises(StateConflict):
        store.resolve_unknown(gone, None)
    kinds = [e.kind for e in store.events(gone)]
    assert kinds == ["intent", "unknown", "resolved", "resolved"]


def test_an_intent_cannot_hide_inside_a_larger_transaction(store: Store, panel_id: int) -> None:
    def both() -> None:
        with store.transaction():
            store.import_order(panel_id, 1)
            intent(store, panel_id)

    with pytest.raises(StoreError, match="committed on its own"):
        both()
    assert store.count_orders() == 0, "the whole transaction was rolled back"


def test_drafts_are_sent_at_most_once(store: Store, panel_id: int) -> None:
    draft = intent(store, panel_id, draft=True, source="mass")
    assert store.get_order(draft).state is LocalState.DRAFT
    assert store.get_order(draft).sent_at is None
    assert store.begin_sending(draft) is True
    assert store.begin_sending(draft) is False
    assert store.delete_draft(draft) is False, "a sent order is no longer a draft"
    other = intent(store, panel_id, draft=True, source="mass")
    assert store.delete_draft(other) is True
    assert store.recover_interrupted() == [draft], "drafts are not in flight"


# -- money ------------------------------------------------------------------------------------


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cost=st.decimals(allow_nan=False, allow_infinity=False))
def test_money_round_trips_exactly(store: Store, panel_id: int, cost: Decimal) -> None:
    # One database for every example: each example adds its own row.
    stored = store.get_order(intent(store, panel_id, cost=cost)).cost
    assert stored == cost
    assert str(stored) == str(cost), "same digits and exponent, not just equal"


@pytest.mark.parametrize("cost", ["0.0003", "95200", "3960.0", "0.27819", "1E+2", "0.10"])
def test_known_prices_round_trip_exactly(store: Store, panel_id: int, cost: str) -> None:
    local_id = intent(store, panel_id, cost=Decimal(cost))
    assert str(store.get_order(local_id).cost) == cost


def test_non_finite_money_is_refused(store: Store, panel_id: int) -> None:
    with pytest.raises(ValueError, match="finite"):
        intent(store, panel_id, cost=Decimal("NaN"))
    with pytest.raises(ValueError, match="finite"):
        intent(store, panel_id, cost=0.9)


# -- statuses ---------------------------------------------------------------------------------


def state(
    order_id: int, status: OrderStatus, charge: str = "0.27819", remains: int = 157
) -> OrderState:
    return OrderState(order_id, status, status.value, Decimal(charge), 3572, remains, "USD")


def test_status_is_written_only_when_it_changes(store: Store, panel_id: int) -> None:
    local_id = placed(store, panel_id, 42)
    assert store.apply_status(panel_id, state(42, OrderStatus.IN_PROGRESS)) is True
    checked = store.get_order(local_id).last_checked_at
    # Same answer, charge spelled differently: nothing the user sees changed.
    assert store.apply_status(panel_id, state(42, OrderStatus.IN_PROGRESS, "0.278190")) is False
    assert store.get_order(local_id).last_checked_at != checked, "the check itself is stamped"
    assert store.apply_status(panel_id, state(42, OrderStatus.PARTIAL, remains=100)) is True
    order = store.get_order(local_id)
    assert (order.status, order.remains, order.charge, order.currency) == (
        OrderStatus.PARTIAL,
        100,
        Decimal("0.27819"),
        "USD",
    )
    history = [(e.kind, e.status) for e in store.events(local_id)]
    assert history == [
        ("intent", None),
        ("accepted", None),
        ("status", "In progress"),
        ("status", "Partial"),
    ]
    assert store.events(local_id)[-1].detail["remains"] == 100


def test_status_for_another_panel_or_unknown_id_changes_nothing(
    store: Store, panel_id: int
) -> None:
    local_id = placed(store, panel_id, 42)
    other_panel = store.add_panel("Other", "https://other.example/api/v2")
    assert store.apply_status(other_panel, state(42, OrderStatus.COMPLETED)) is False
    assert store.apply_status(panel_id, state(43, OrderStatus.COMPLETED)) is False
    assert store.get_order(local_id).status is None


def test_per_order_errors_are_kept_as_status_text(store: Store, panel_id: int) -> None:
    ok, missing = placed(store, panel_id, 1), placed(store, panel_id, 2)
    changed = store.apply_statuses(
        panel_id,
        {1: state(1, OrderStatus.PENDING), 2: PanelRejected("Incorrect order ID")},
    )
    assert sorted(changed) == [ok, missing]
    assert store.get_order(missing).status_text == "Incorrect order ID"
    assert store.apply_statuses(panel_id, {2: PanelRejected("Incorrect order ID")}) == []
    assert [e.kind for e in store.events(missing)][-1] == "status_error"


def test_active_orders_are_the_ones_still_running(store: Store, panel_id: int) -> None:
    running = placed(store, panel_id, 1)
    finished = placed(store, panel_id, 2)
    unheard = placed(store, panel_id, 3)
    odd = placed(store, panel_id, 4)
    intent(store, panel_id)  # SENDING: no panel id to ask about
    store.apply_statuses(
        panel_id,
        {
            1: state(1, OrderStatus.IN_PROGRESS),
            2: state(2, OrderStatus.COMPLETED),
            4: state(4, OrderStatus.UNKNOWN),
        },
    )
    assert store.active_orders(panel_id) == [(running, 1), (unheard, 3), (odd, 4)]
    assert store.get_order(finished).is_active is False
    assert store.count_orders(panel_id, active_only=True) == 3


def test_bulk_status_is_one_transaction(store: Store, panel_id: int) -> None:
    with store.transaction():
        ids = [store.import_order(panel_id, 1000 + i) for i in range(1200)]  # several chunks
    answer = {1000 + i: state(1000 + i, OrderStatus.COMPLETED) for i in range(1200)}
    answer[999_999] = state(999_999, OrderStatus.COMPLETED)  # not ours: ignored
    assert sorted(store.apply_statuses(panel_id, answer)) == ids
    assert store.count_orders(panel_id, active_only=True) == 0
    rows = raw_sql(store.path, "SELECT COUNT(*) FROM order_events WHERE kind = 'status'")
    assert rows == [(1200,)]


# -- import, listing ---------------------------------------------------------------------------


def test_import_order_is_idempotent(store: Store, panel_id: int) -> None:
    first = store.import_order(
        panel_id,
        555,
        service_id=3,
        link="https://t.me/x",
        state=state(555, OrderStatus.IN_PROGRESS),
    )
    again = store.import_order(panel_id, 555)
    assert first == again
    order = store.get_order(first)
    assert (order.source, order.state, order.status) == (
        "imported",
        LocalState.ACCEPTED,
        OrderStatus.IN_PROGRESS,
    )
    assert store.count_orders(panel_id, source="imported") == 1


def test_list_orders_filters_and_pages(store: Store, panel_id: int) -> None:
    other = store.add_panel("Other", "https://other.example/api/v2")
    ours = [placed(store, panel_id, i) for i in range(1, 6)]
    theirs = intent(store, other)
    store.mark_rejected(theirs, "bad_link", "Incorrect link")
    assert [o.local_id for o in store.list_orders(panel_id)] == ours[::-1]
    assert [o.local_id for o in store.list_orders(panel_id, newest_first=False)] == ours
    assert [o.local_id for o in store.list_orders(panel_id, limit=2, offset=1)] == ours[3:1:-1]
    assert [o.local_id for o in store.list_orders(states=[LocalState.REJECTED])] == [theirs]
    assert store.list_orders(states=[]) == []
    assert store.count_orders() == 6
    assert store.count_orders(other) == 1


# -- refills -----------------------------------------------------------------------------------


def test_refill_life(store: Store, panel_id: int) -> None:
    order = placed(store, panel_id, 7)
    refill = store.add_refill(order)
    assert store.update_refill(refill, state=LocalState.ACCEPTED, panel_refill_id=31) is True
    assert store.active_refills(panel_id) == [(refill, 31)]
    assert store.update_refill(refill, status=OrderStatus.IN_PROGRESS) is True
    assert store.update_refill(refill, status=OrderStatus.IN_PROGRESS) is False
    store.update_refill(refill, status=OrderStatus.COMPLETED)
    assert store.active_refills(panel_id) == []
    (record,) = store.list_refills(order)
    assert (record.panel_refill_id, record.status) == (31, OrderStatus.COMPLETED)
    assert store.list_refills(panel_id=panel_id) == [record]
    refill_events = [e for e in store.events(order) if e.kind == "refill"]
    assert [e.status for e in refill_events] == [None, None, "In progress", "Completed"]


# -- schema versions ---------------------------------------------------------------------------


def test_fresh_database_is_at_the_latest_version(store: Store) -> None:
    assert store.schema_version == len(MIGRATIONS)


def test_older_database_is_migrated_forward_keeping_its_data(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        migrate(conn, db_path, MIGRATIONS[:1])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        conn.execute(
            "INSERT INTO panels (id, name, url, created_at) "
            "VALUES (1, 'Old', 'https://old.example/api/v2', '2024-01-01T00:00:00.000000+00:00')"
        )
        conn.execute(
            "INSERT INTO orders (panel_id, service_id, params, cost, state, panel_order_id, "
            "created_at) VALUES (1, 5, '{\"link\": \"x\"}', '1.50', 'ACCEPTED', 88, "
            "'2024-01-01T00:00:01.000000+00:00')"
        )
    with Store.open(db_path) as upgraded:
        assert upgraded.schema_version == len(MIGRATIONS)
        (order,) = upgraded.list_orders()
        assert (order.panel_order_id, order.cost, dict(order.params)) == (
            88,
            Decimal("1.50"),
            {"link": "x"},
        )
        assert upgraded.add_refill(order.local_id) > 0, "the new table is usable"


def test_a_failing_migration_leaves_the_previous_version_intact(db_path: Path) -> None:
    with Store.open(db_path) as s:
        panel = s.add_panel("P", "https://p.example/api/v2")
        placed(s, panel, 5)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("UPDATE orders SET link = 'clobbered'")
        raise RuntimeError("migration bug")

    with (
        closing(sqlite3.connect(db_path, isolation_level=None)) as conn,
        pytest.raises(RuntimeError, match="migration bug"),
    ):
        migrate(conn, db_path, (*MIGRATIONS, broken))
    assert raw_sql(db_path, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    assert raw_sql(db_path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    assert raw_sql(db_path, "SELECT link FROM orders") == [(PARAMS["link"],)]


def test_a_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.add_panel("P", "https://p.example/api/v2")
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    before = file_digest(db_path)
    with pytest.raises(NewerSchema, match="newer SMMDesk") as caught:
        Store.open(db_path, on_corrupt="backup")
    assert str(db_path) in str(caught.value)
    assert caught.value.path == db_path
    assert file_digest(db_path) == before
    assert list(db_path.parent.glob("*.corrupt-*")) == []


# -- damaged and busy files --------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_reported_by_name(db_path: Path) -> None:
    db_path.write_bytes(b"<html>this is not SQLite</html>" * 200)
    before = file_digest(db_path)
    with pytest.raises(CorruptDatabase) as caught:
        Store.open(db_path)
    assert str(db_path) in str(caught.value)
    assert file_digest(db_path) == before, "nothing is overwritten without being asked"


def test_a_corrupt_file_can_be_moved_aside_and_a_fresh_store_started(db_path: Path) -> None:
    db_path.write_bytes(b"garbage" * 1000)
    before = file_digest(db_path)
    with Store.open(db_path, on_corrupt="backup") as fresh:
        assert fresh.moved_aside is not None
        assert fresh.moved_aside.name.startswith("smmdesk.sqlite3.corrupt-")
        assert file_digest(fresh.moved_aside) == before, "the bad file is kept, byte for byte"
        panel = fresh.add_panel("P", "https://p.example/api/v2")
        assert fresh.get_order(placed(fresh, panel, 1)).panel_order_id == 1
        assert fresh.integrity_check() == "ok"


def test_damaged_pages_in_a_real_database_are_detected(db_path: Path) -> None:
    with Store.open(db_path) as s, s.transaction():
        panel = s.add_panel("P", "https://p.example/api/v2")
        for i in range(300):
            s.import_order(panel, i + 1, link=f"https://t.me/{i}")
    page_size = raw_sql(db_path, "PRAGMA page_size")[0][0]
    assert isinstance(page_size, int)
    data = bytearray(db_path.read_bytes())
    for page in range(2, len(data) // page_size):
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase, match=r"smmdesk\.sqlite3"):
        Store.open(db_path)
    with Store.open(db_path, on_corrupt="backup") as fresh:
        assert fresh.moved_aside is not None
        assert fresh.moved_aside.exists()
        assert fresh.count_orders() == 0


def test_a_busy_database_is_never_mistaken_for_a_corrupt_one(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as s:
        s.add_panel("P", "https://p.example/api/v2")
    # Leave a migration pending so opening needs the write lock another process holds.
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA user_version = 1")
        conn.execute("DROP TABLE refills")
        conn.commit()
    monkeypatch.setattr(store_module.base, "BUSY_TIMEOUT_MS", 100)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="locked") as caught:
            Store.open(db_path, on_corrupt="backup")
        holder.execute("ROLLBACK")
    assert not isinstance(caught.value, CorruptDatabase)
    assert list(db_path.parent.glob("*.corrupt-*")) == []
    with Store.open(db_path) as s:
        assert [p.name for p in s.list_panels()] == ["P"]


def test_the_last_status_change_of_each_order(store: Store, panel_id: int) -> None:
    first = placed(store, panel_id, 501)
    second = placed(store, panel_id, 502)
    silent = placed(store, panel_id, 503)
    store.apply_status(panel_id, OrderState(501, OrderStatus.PENDING, "Pending"))
    store.apply_status(panel_id, OrderState(501, OrderStatus.IN_PROGRESS, "In progress"))
    store.apply_status(panel_id, OrderState(502, OrderStatus.COMPLETED, "Completed", remains=0))
    changes = store.last_status_changes([first, second, silent])
    assert set(changes) == {first, second}  # never asked about: no change to tell
    assert changes[first][1] == "In progress"
    assert changes[second][1] == "Completed"
    events = [e for e in store.events(first) if e.kind == "status"]
    assert changes[first][0] == events[-1].at
    assert store.last_status_changes() == changes
