"""poll_cycle against the real sandbox over loopback, and the Backoff policy between cycles."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import BadResponse, OutcomeUnknown, RateLimited, TransportError
from smmdesk.core.models import OrderStatus
from smmdesk.core.polling import (
    MAX_RETRY_AFTER,
    Backoff,
    PollHealth,
    PollMemory,
    Transition,
    poll_cycle,
)
from smmdesk.core.store import LocalState, Store
from smmdesk.sandbox import SandboxPanel

DEFAULT = 1  # sandbox fixed service: Default, refill and cancel allowed, min 50


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=3, balance=Decimal("100000"), speed=0.0) as started:
        yield started


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "orders.sqlite3") as opened:
        yield opened


@pytest.fixture
def client(panel: SandboxPanel) -> Iterator[PanelClient]:
    with PanelClient(
        panel.url, panel.api_key, max_retries=0, sleep=lambda _: None, rng=random.Random(1)
    ) as c:
        yield c


@pytest.fixture
def panel_id(store: Store, panel: SandboxPanel) -> int:
    return store.add_panel("Sandbox", panel.url, currency="USD")


def place(
    store: Store, client: PanelClient, panel_id: int, count: int, link: str = "https://x.test/p"
) -> list[int]:
    """``count`` orders accepted by the sandbox and tracked locally; returns local ids."""
    order_ids = [
        client.add(DEFAULT, {"link": f"{link}/{n}", "quantity": "100"}).order_id
        for n in range(count)
    ]
    with store.transaction():
        return [store.import_order(panel_id, oid, service_id=DEFAULT) for oid in order_ids]


def status_of(store: Store, local_id: int) -> OrderStatus | None:
    return store.get_order(local_id).status


def asked_ids(panel: SandboxPanel) -> list[set[str]]:
    """The id sets of every multi-status request the sandbox received, in order."""
    return [set(p["orders"].split(",")) for a, p in panel.requests if a == "status"]


# -- one cycle --------------------------------------------------------------------------------


def test_orders_progress_to_completed_and_then_are_no_longer_polled(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    local = place(store, client, panel_id, 3)

    first = poll_cycle(store, client, panel_id)
    assert first.ok
    assert first.polled == 3
    assert first.status_requests == 1
    assert sorted(first.changed) == sorted(local)
    assert {t.new for t in first.transitions} == {OrderStatus.PENDING}
    assert all(t.old is None for t in first.transitions)
    assert first.balance is not None
    assert first.balance.currency == "USD"

    panel.advance(90)
    second = poll_cycle(store, client, panel_id)
    assert sorted(second.transitions) == sorted(
        Transition(i, OrderStatus.PENDING, OrderStatus.IN_PROGRESS) for i in local
    )
    assert all(status_of(store, i) is OrderStatus.IN_PROGRESS for i in local)

    # remains moving while still In progress: a change, but not a transition
    panel.advance(60)
    moving = poll_cycle(store, client, panel_id)
    assert sorted(moving.changed) == sorted(local)
    assert moving.transitions == ()

    panel.advance(2000)
    done = poll_cycle(store, client, panel_id)
    assert {t.new for t in done.transitions} == {OrderStatus.COMPLETED}
    assert all(store.get_order(i).remains == 0 for i in local)

    before = panel.received["status"]
    idle = poll_cycle(store, client, panel_id)
    assert idle.ok
    assert idle.polled == 0
    assert idle.status_requests == 0
    assert panel.received["status"] == before  # terminal orders are never asked about again
    assert idle.balance is not None  # the balance is still fetched


def test_unchanged_orders_report_no_change(
    store: Store, client: PanelClient, panel_id: int
) -> None:
    place(store, client, panel_id, 2)
    poll_cycle(store, client, panel_id)
    again = poll_cycle(store, client, panel_id)
    assert again.ok
    assert again.polled == 2
    assert again.changed == ()
    assert again.transitions == ()


def test_250_active_orders_take_exactly_3_status_requests_of_at_most_100_ids(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    local = place(store, client, panel_id, 250)
    result = poll_cycle(store, client, panel_id)
    assert result.ok
    assert result.polled == 250
    assert result.status_requests == 3
    assert panel.received["status"] == 3
    sizes = [len(ids) for ids in asked_ids(panel)]
    assert sizes == [100, 100, 50]
    assert len(result.changed) == 250
    assert set(result.changed) == set(local)
    # one apply_statuses call: every order got its status and one history event
    assert all(status_of(store, i) is OrderStatus.PENDING for i in local)
    assert all(len([e for e in store.events(i) if e.kind == "status"]) == 1 for i in local)


def test_partial_and_canceled_are_reported_as_transitions(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    partial, canceled, running = place(store, client, panel_id, 3)
    poll_cycle(store, client, panel_id)
    oids = {i: store.get_order(i).panel_order_id for i in (partial, canceled, running)}
    panel.set_status(oids[partial] or 0, "Partial", remains=40)
    panel.set_status(oids[canceled] or 0, "Canceled")

    result = poll_cycle(store, client, panel_id)
    assert set(result.transitions) == {
        Transition(partial, OrderStatus.PENDING, OrderStatus.PARTIAL),
        Transition(canceled, OrderStatus.PENDING, OrderStatus.CANCELED),
    }
    record = store.get_order(partial)
    assert record.status is OrderStatus.PARTIAL
    assert record.remains == 40
    assert store.get_order(canceled).charge == Decimal(0)  # refunded in full
    assert [t[0] for t in store.poll_targets(panel_id)] == [running]


def test_an_order_the_panel_does_not_know_is_marked_kept_and_polled_at_most_3_times(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    (real,) = place(store, client, panel_id, 1)
    ghost = store.import_order(panel_id, 999_999, note="mistyped id")
    memory = PollMemory()

    for cycle in range(1, 4):
        result = poll_cycle(store, client, panel_id, memory=memory)
        assert result.ok
        record = store.get_order(ghost)
        assert record.status_text == "Incorrect order ID"  # marked...
        assert record.state is LocalState.ACCEPTED  # ...never deleted or settled
        assert result.stopped == ((ghost,) if cycle == 3 else ())
    assert [e.kind for e in store.events(ghost)].count("poll_stopped") == 1

    poll_cycle(store, client, panel_id, memory=memory)
    assert asked_ids(panel)[-1] == {str(store.get_order(real).panel_order_id)}
    assert len(asked_ids(panel)) == 4

    # a restart (fresh memory) remembers from the order's history
    restarted = PollMemory()
    poll_cycle(store, client, panel_id, memory=restarted)
    assert "999999" not in asked_ids(panel)[-1]

    # a manual refresh asks once more; still unknown, it stays stopped (no second event)
    manual = poll_cycle(store, client, panel_id, memory=restarted, include_stopped=True)
    assert "999999" in asked_ids(panel)[-1]
    assert manual.stopped == ()
    assert [e.kind for e in store.events(ghost)].count("poll_stopped") == 1
    assert store.get_order(ghost).note == "mistyped id"


def test_a_stopped_order_that_the_panel_knows_again_resumes_polling(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    (local,) = place(store, client, panel_id, 1)
    order_id = store.get_order(local).panel_order_id
    # as if the panel had refused it three times (a glitch) and polling had stopped
    memory = PollMemory()
    memory.stopped_orders.add(local)
    assert poll_cycle(store, client, panel_id, memory=memory).polled == 0
    result = poll_cycle(store, client, panel_id, memory=memory, include_stopped=True)
    assert result.polled == 1
    assert local not in memory.stopped_orders
    assert str(order_id) in asked_ids(panel)[-1]
    assert poll_cycle(store, client, panel_id, memory=memory).polled == 1


def test_a_failing_request_keeps_what_was_answered_and_skips_the_rest(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    local = place(store, client, panel_id, 250)
    balance_calls = panel.received["balance"]
    panel.faults.inject("html", "status", times=1)  # a Cloudflare page instead of JSON
    result = poll_cycle(store, client, panel_id)
    assert isinstance(result.error, BadResponse)
    assert result.status_requests == 1
    assert result.changed == ()
    assert result.balance is None
    assert panel.received["balance"] == balance_calls  # the cycle ended there

    # request 1 answered (a zero-delay "latency" fault is a normal answer), request 2 cut
    panel.faults.inject("latency", "status", times=1, delay=0)
    panel.faults.inject("drop_after", "status", times=1)
    partial = poll_cycle(store, client, panel_id)
    assert isinstance(partial.error, OutcomeUnknown)
    assert partial.status_requests == 2
    assert len(partial.changed) == 100  # the answered chunk is in the store
    assert sum(status_of(store, i) is OrderStatus.PENDING for i in local) == 100

    recovered = poll_cycle(store, client, panel_id)
    assert recovered.ok
    assert len(recovered.changed) == 150
    assert all(status_of(store, i) is OrderStatus.PENDING for i in local)


def test_refill_status_is_followed_until_completed(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    (local,) = place(store, client, panel_id, 1)
    order_id = store.get_order(local).panel_order_id or 0
    panel.set_status(order_id, "Completed")
    refill_id = store.add_refill(
        local, state=LocalState.ACCEPTED, panel_refill_id=client.refill(order_id).refill_id
    )

    first = poll_cycle(store, client, panel_id)
    assert first.ok
    assert first.refills_changed == (local,)
    assert store.get_refill(refill_id).status is OrderStatus.PENDING

    assert poll_cycle(store, client, panel_id).refills_changed == ()
    panel.advance(700)
    done = poll_cycle(store, client, panel_id)
    assert done.refills_changed == (local,)
    assert store.get_refill(refill_id).status is OrderStatus.COMPLETED

    before = panel.received["refill_status"]
    poll_cycle(store, client, panel_id)
    assert panel.received["refill_status"] == before  # a finished refill is not asked again


def test_a_refill_the_panel_does_not_know_is_marked_and_dropped_after_3_answers(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    (local,) = place(store, client, panel_id, 1)
    refill_id = store.add_refill(local, state=LocalState.ACCEPTED, panel_refill_id=4242)
    memory = PollMemory()
    for _ in range(3):
        poll_cycle(store, client, panel_id, memory=memory)
    assert store.get_refill(refill_id).error_text == "Refill not found"
    before = panel.received["refill_status"]
    assert before == 3
    poll_cycle(store, client, panel_id, memory=memory)
    assert panel.received["refill_status"] == before


def test_rate_limit_surfaces_as_rate_limited(
    panel: SandboxPanel, store: Store, client: PanelClient, panel_id: int
) -> None:
    place(store, client, panel_id, 1)
    panel.faults.inject("http429", "status", times=1)
    result = poll_cycle(store, client, panel_id)
    assert isinstance(result.error, RateLimited)
    assert result.error.retry_after == 1


# -- backoff ------------------------------------------------------------------------------------


def test_backoff_doubles_with_jitter_up_to_the_cap_and_resets_on_success() -> None:
    backoff = Backoff(30, cap=600, jitter=0.2, rng=random.Random(5))
    assert backoff.success().delay == 30
    delays = [backoff.failure(BadResponse("html")) for _ in range(6)]
    for n, step in enumerate(delays, start=1):
        raw = min(600, 30 * 2**n)
        assert 0.8 * raw <= step.delay <= raw
        assert step.health is PollHealth.BACKING_OFF
        assert step.failures == n
    assert delays[-1].delay <= 600
    ok = backoff.success()
    assert (ok.delay, ok.health, ok.failures) == (30, PollHealth.OK, 0)
    assert backoff.failure(BadResponse("html")).delay <= 60


def test_backoff_honours_retry_after_and_says_rate_limited() -> None:
    backoff = Backoff(30, rng=random.Random(1))
    step = backoff.failure(RateLimited("slow down", retry_after=500))
    assert step.health is PollHealth.RATE_LIMITED
    assert step.delay == 500
    short = Backoff(30, rng=random.Random(1)).failure(RateLimited("slow down", retry_after=1))
    assert short.health is PollHealth.RATE_LIMITED
    assert 48 <= short.delay <= 60
    huge = Backoff(30).failure(RateLimited("slow down", retry_after=86_400))
    assert huge.delay == MAX_RETRY_AFTER


def test_backoff_goes_offline_after_3_transport_errors_and_probes_at_the_cap() -> None:
    backoff = Backoff(30, cap=600, offline_after=3, rng=random.Random(2))
    down = TransportError("Could not connect to panel.example")
    first, second, third, fourth = (backoff.failure(down) for _ in range(4))
    assert first.health is second.health is PollHealth.BACKING_OFF
    assert third.health is fourth.health is PollHealth.OFFLINE
    assert third.delay == fourth.delay == 600
    # a different failure means the panel is reachable again: no longer "offline"
    assert backoff.failure(OutcomeUnknown("timeout")).health is PollHealth.BACKING_OFF
    assert backoff.failure(down).health is PollHealth.BACKING_OFF
    assert backoff.success().health is PollHealth.OK


def test_interval_is_configurable_with_a_5_second_minimum() -> None:
    backoff = Backoff()
    assert backoff.interval == 30
    assert backoff.set_interval(1) == 5
    assert backoff.set_interval(120) == 120
    assert backoff.success().delay == 120
    assert backoff.set_interval(10_000) == backoff.cap
