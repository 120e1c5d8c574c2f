"""The money rule against the real client and the sandbox panel over loopback: for every fault
on ``add`` the order is sent exactly once and the local state matches what the panel did."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.models import Service, cost_of
from smmdesk.core.ordering import Placement, PlacementState, place_order
from smmdesk.core.reconcile import Verdict, mark_not_placed, mark_placed, reconcile
from smmdesk.core.store import LocalState, Store
from smmdesk.sandbox import PANEL_WARNING, SandboxPanel

KEY = "sk-sandbox-7c1e5a9b3d2f4e6a8b0c1d2e"
SERVICE = Service(1, "Default", "Default", "Sandbox", Decimal("0.90"), 50, 10000)
QUANTITY = 1000
COST = cost_of(SERVICE.rate, QUANTITY)
LINK = "https://instagram.com/p/money-rule"


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=30, seed=1, balance=Decimal("1000"), api_key=KEY, speed=0.0) as p:
        yield p


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "smmdesk.sqlite3") as opened:
        yield opened


@pytest.fixture
def client(panel: SandboxPanel) -> Iterator[PanelClient]:
    made = PanelClient(panel.url, KEY)
    yield made
    made.close()


@pytest.fixture
def panel_id(store: Store, panel: SandboxPanel) -> int:
    return store.add_panel("Sandbox", panel.url, currency="USD")


def place(store: Store, client: PanelClient, panel_id: int, link: str = LINK) -> Placement:
    return place_order(
        store,
        client,
        panel_id,
        SERVICE,
        {"link": link, "quantity": str(QUANTITY)},
        cost=COST,
        quantity=QUANTITY,
    )


def created_for(panel: SandboxPanel, link: str = LINK) -> list[int]:
    return [order_id for order_id, order in panel.orders.items() if order.link == link]


# Faults after which the panel may have processed the order: always UNKNOWN locally.
# (kind, did the sandbox process it)
FAULTS = [
    ("drop_after", True),
    ("truncated", True),
    ("reset", False),
    ("html", False),
    ("http500", False),
    ("http429", False),
]


@pytest.mark.parametrize(("kind", "processed"), FAULTS)
def test_a_fault_on_add_is_unknown_sent_once_and_matches_the_panel(
    store: Store,
    client: PanelClient,
    panel: SandboxPanel,
    panel_id: int,
    kind: str,
    processed: bool,
) -> None:
    panel.faults.inject(kind, action="add", times=1)
    result = place(store, client, panel_id)
    assert panel.received["add"] == 1, "add must be sent exactly once"
    assert panel.faults.count(kind, "add") == 1
    assert result.state is PlacementState.UNKNOWN
    assert store.get_order(result.local_id).state is LocalState.UNKNOWN
    assert len(created_for(panel)) == (1 if processed else 0)
    assert "Do not place it again" in result.message


@pytest.mark.parametrize("kind", ["form_error", "php_warning"])
def test_odd_answers_never_contradict_the_panel(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int, kind: str
) -> None:
    panel.faults.inject(kind, action="add", times=1)
    result = place(store, client, panel_id)
    assert panel.received["add"] == 1
    created = created_for(panel)
    order = store.get_order(result.local_id)
    if result.state is PlacementState.ACCEPTED:
        assert created == [result.order_id] == [order.panel_order_id]
    elif result.state is PlacementState.REJECTED:
        assert created == [], "REJECTED must mean the panel did not create it"
    assert order.state.value == result.state.value


def test_an_order_id_beside_an_error_text_is_accepted_with_the_warning(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    """{"order": N, "error": "Low balance warning"}: the order exists on the panel, so it is
    ACCEPTED with the panel's number, never "not placed" (which invites paying twice)."""
    panel.faults.inject("warning_with_id", action="add", times=1)
    result = place(store, client, panel_id)
    assert panel.received["add"] == 1
    (created,) = created_for(panel)
    assert result.state is PlacementState.ACCEPTED
    assert (result.order_id, result.warning) == (created, PANEL_WARNING)
    order = store.get_order(result.local_id)
    assert (order.state, order.panel_order_id) == (LocalState.ACCEPTED, created)
    (accepted,) = [e for e in store.events(result.local_id) if e.kind == "accepted"]
    assert accepted.detail["warning"] == PANEL_WARNING
    assert store.active_orders(panel_id) == [(result.local_id, created)]


def test_an_unusable_order_id_is_unknown_and_the_panel_did_create_it(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    panel.faults.inject("unusable_id", action="add", times=1)
    result = place(store, client, panel_id)
    assert panel.received["add"] == 1
    assert result.state is PlacementState.UNKNOWN
    order = store.get_order(result.local_id)
    assert (order.state, order.panel_order_id) == (LocalState.UNKNOWN, None)
    assert len(created_for(panel)) == 1
    assert "Do not place it again" in result.message


def test_latency_within_the_timeout_is_accepted(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    panel.faults.inject("latency", action="add", times=1, delay=0.3)
    result = place(store, client, panel_id)
    assert panel.received["add"] == 1
    assert result.state is PlacementState.ACCEPTED
    assert created_for(panel) == [result.order_id]
    assert store.get_order(result.local_id).panel_order_id == result.order_id


def test_a_plain_order_is_accepted_with_the_panels_id(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    result = place(store, client, panel_id)
    assert result.state is PlacementState.ACCEPTED
    assert created_for(panel) == [result.order_id]
    sent = [params for action, params in panel.requests if action == "add"]
    assert sent == [{"action": "add", "service": "1", "link": LINK, "quantity": "1000"}]
    order = store.get_order(result.local_id)
    assert (order.state, order.panel_order_id, order.cost) == (
        LocalState.ACCEPTED,
        result.order_id,
        Decimal("0.9"),
    )
    assert panel.balance == Decimal("1000") - COST


def test_insufficient_funds_is_rejected_and_nothing_is_created(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    panel.set_balance(Decimal("0.10"))
    result = place(store, client, panel_id)
    assert panel.received["add"] == 1
    assert result.state is PlacementState.REJECTED
    assert "balance is too low" in result.message
    assert store.get_order(result.local_id).error_code == "insufficient_funds"
    assert created_for(panel) == []


def test_a_wrong_key_is_rejected(store: Store, panel: SandboxPanel, panel_id: int) -> None:
    wrong = PanelClient(panel.url, "not-the-key")
    try:
        result = place(store, wrong, panel_id)
    finally:
        wrong.close()
    assert panel.received["add"] == 1
    assert result.state is PlacementState.REJECTED
    assert store.get_order(result.local_id).error_code == "auth"
    assert created_for(panel) == []


def test_an_unreachable_panel_is_rejected_as_not_sent(store: Store, panel_id: int) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    offline = PanelClient(f"http://127.0.0.1:{port}/api/v2", KEY)
    try:
        result = place(store, offline, panel_id)
    finally:
        offline.close()
    assert result.state is PlacementState.REJECTED
    assert "no money was spent" in result.message
    assert store.get_order(result.local_id).error_code == "not_sent"


def test_reconciling_a_dropped_answer_finds_the_order(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    before = client.balance().amount
    panel.faults.inject("drop_after", action="add", times=1)
    result = place(store, client, panel_id)
    assert result.state is PlacementState.UNKNOWN
    hint = reconcile(store, client, result.local_id, balance_before=before)
    assert hint.verdict is Verdict.LIKELY_PLACED, hint.message
    (order_id,) = created_for(panel)
    order = mark_placed(store, result.local_id, order_id, client=client)
    assert (order.state, order.panel_order_id) == (LocalState.ACCEPTED, order_id)
    assert order.status is not None, "the number was checked with the panel"
    assert panel.received["add"] == 1, "reconciling never sends add"


def test_reconciling_a_reset_finds_nothing_was_spent(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int
) -> None:
    before = client.balance().amount
    panel.faults.inject("reset", action="add", times=1)
    result = place(store, client, panel_id)
    hint = reconcile(store, client, result.local_id, balance_before=before)
    assert hint.verdict is Verdict.LIKELY_NOT_PLACED, hint.message
    assert mark_not_placed(store, result.local_id).state is LocalState.NOT_PLACED
    assert panel.received["add"] == 1


def test_the_api_key_never_reaches_the_database_files(
    store: Store, client: PanelClient, panel: SandboxPanel, panel_id: int, tmp_path: Path
) -> None:
    before = client.balance().amount
    ok = place(store, client, panel_id, "https://t.me/one")
    assert ok.order_id is not None
    for kind in ("drop_after", "html", "http500", "http429", "reset"):
        panel.faults.inject(kind, action="add", times=1)
        place(store, client, panel_id, f"https://t.me/{kind}")
    unknown = store.list_orders(states=[LocalState.UNKNOWN])
    reconcile(store, client, unknown[0].local_id, balance_before=before)
    store.apply_statuses(panel_id, client.statuses([ok.order_id]))
    store.save_catalog(panel_id, client.services_raw())
    store.close()
    files = list(tmp_path.iterdir())
    assert files
    for path in files:
        assert KEY.encode() not in path.read_bytes(), path.name
