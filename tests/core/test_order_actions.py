"""Refresh, refill, cancel, refill status and import-by-id against the real sandbox panel over
loopback, with the money rule: refill and cancel go out once, whatever happens."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import AuthError, BadResponse, PanelError, PanelRejected, TransportError
from smmdesk.core.models import OrderState, OrderStatus, Service
from smmdesk.core.order_actions import (
    ActionOutcome,
    ActionReason,
    refresh_refills,
    refresh_statuses,
    request_cancels,
    request_refills,
)
from smmdesk.core.order_import import import_orders, parse_order_ids
from smmdesk.core.ordering import place_order
from smmdesk.core.store import LocalState, Store
from smmdesk.sandbox import PANEL_WARNING, SANDBOX_FIXED_SERVICES, SandboxPanel
from smmdesk.sandbox.catalog import shared_catalogue

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]  # refill and cancel allowed
PACKAGE = SANDBOX_FIXED_SERVICES["Package"]  # neither
NO_REFILL = SANDBOX_FIXED_SERVICES["Default no refill"]  # name promises a refill, flag denies
DONE = 60 + 1800 + 1  # sandbox seconds after which any ordinary order is Completed


@pytest.fixture
def sandbox() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=3, balance=Decimal("1000"), speed=0.0) as panel:
        yield panel


@pytest.fixture
def client(sandbox: SandboxPanel) -> Iterator[PanelClient]:
    with PanelClient(sandbox.url, sandbox.api_key, max_retries=0, read_timeout=5) as opened:
        yield opened


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "orders.sqlite3") as opened:
        yield opened


@pytest.fixture
def panel_id(store: Store, sandbox: SandboxPanel) -> int:
    return store.add_panel("Sandbox", sandbox.url, currency="USD")


@pytest.fixture
def services(client: PanelClient) -> dict[int, Service]:
    return {s.id: s for s in client.services()}


def place(
    store: Store,
    client: PanelClient,
    panel_id: int,
    service: Service,
    link: str,
    quantity: int = 100,
) -> int:
    params = {"link": link, "quantity": str(quantity)}
    if service.type == "Package":
        params = {"link": link}
    placement = place_order(
        store, client, panel_id, service, params, cost=Decimal("0.09"), quantity=quantity
    )
    assert placement.order_id is not None, placement.message
    return placement.local_id


def test_refresh_statuses_records_changes_in_requests_of_at_most_100(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    ids = [
        place(store, client, panel_id, services[DEFAULT], f"https://instagram.com/p/r{n}")
        for n in range(130)
    ]
    before = sandbox.received["status"]
    changed = refresh_statuses(store, client, panel_id, ids)
    status_requests = [p for a, p in sandbox.requests if a == "status"][before:]
    assert len(status_requests) == 2
    assert all(len(p["orders"].split(",")) <= 100 for p in status_requests)
    assert sorted(changed) == sorted(ids)  # every order got its first status
    assert {store.get_order(i).status for i in ids} == {OrderStatus.PENDING}
    # nothing moved on the panel: nothing changed
    assert refresh_statuses(store, client, panel_id, ids[:5]) == []
    sandbox.advance(DONE)
    assert sorted(refresh_statuses(store, client, panel_id, ids[:5])) == sorted(ids[:5])
    assert store.get_order(ids[0]).status is OrderStatus.COMPLETED
    assert store.get_order(ids[5]).status is OrderStatus.PENDING  # not asked about


def test_refresh_leaves_unplaced_and_foreign_orders_alone(
    store: Store, client: PanelClient, sandbox: SandboxPanel, panel_id: int
) -> None:
    other_panel = store.add_panel("Other", "https://other.example/api/v2")
    foreign = store.import_order(other_panel, 23501)
    unknown = store.create_intent(
        panel_id=panel_id,
        service_id=DEFAULT,
        service_name="x",
        service_type="Default",
        params={"link": "l", "quantity": "100"},
        cost=None,
        quantity=100,
    )
    store.mark_unknown(unknown, "timeout")
    assert refresh_statuses(store, client, panel_id, [foreign, unknown]) == []
    assert sandbox.received["status"] == 0


def test_cancel_a_pending_order_then_refresh_shows_canceled(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    local_id = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/c1")
    refresh_statuses(store, client, panel_id, [local_id])
    assert store.get_order(local_id).status is OrderStatus.PENDING
    balance_before = sandbox.balance

    (result,) = request_cancels(store, client, panel_id, [local_id], services=services.get)

    assert result.outcome is ActionOutcome.ACCEPTED, result.message
    assert result.reason is ActionReason.ACCEPTED
    assert result.refill_id is None
    assert sandbox.received["cancel"] == 1
    assert refresh_statuses(store, client, panel_id, [local_id]) == [local_id]
    assert store.get_order(local_id).status is OrderStatus.CANCELED
    assert sandbox.balance > balance_before  # the panel refunded it
    cancel_events = [dict(e.detail) for e in store.events(local_id) if e.kind == "cancel"]
    assert cancel_events == [{"state": "SENDING"}, {"state": "ACCEPTED", "reason": "accepted"}]


def test_cancel_is_skipped_or_refused_where_not_allowed(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    finished = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/f1")
    sandbox.advance(DONE)
    package = place(store, client, panel_id, services[PACKAGE], "https://instagram.com/p/pk")
    refresh_statuses(store, client, panel_id, [package, finished])
    assert store.get_order(package).status is OrderStatus.PENDING

    results = request_cancels(store, client, panel_id, [package, finished], services=services.get)

    assert [r.outcome for r in results] == [ActionOutcome.SKIPPED, ActionOutcome.SKIPPED]
    assert [r.reason for r in results] == [
        ActionReason.SERVICE_SAYS_NO_CANCEL,
        ActionReason.ALREADY_FINAL,
    ]
    assert results[0].service_name == services[PACKAGE].name
    assert results[1].status is OrderStatus.COMPLETED
    assert sandbox.received["cancel"] == 0

    # Without the catalogue the request is tried and the panel's own words come back.
    other = place(store, client, panel_id, services[PACKAGE], "https://instagram.com/p/pk2")
    (tried,) = request_cancels(store, client, panel_id, [other])
    assert tried.outcome is ActionOutcome.REJECTED
    assert tried.reason is ActionReason.REFUSED_BY_PANEL
    assert tried.panel_text == "Cancel is disabled for this service"
    assert sandbox.received["cancel"] == 1
    # the history keeps the outcome as codes and the panel's own words, not a sentence
    (refused,) = [e.detail for e in store.events(other) if e.detail.get("state") == "REJECTED"]
    assert dict(refused) == {
        "state": "REJECTED",
        "reason": "refused_by_panel",
        "text": "Cancel is disabled for this service",
    }


def unstated_default(size: int, seed: int, *, allowed: bool) -> int:
    """A Default service of that sandbox catalogue served without refill/cancel flags, which
    the sandbox does (``allowed``) or does not refill and cancel."""
    catalogue = shared_catalogue(size, seed)
    for served in catalogue.services:
        entry = catalogue.entries[int(served["service"])]
        if (
            entry.kind == "Default"
            and "refill" not in served
            and "cancel" not in served
            and entry.refill is allowed
            and entry.cancel is allowed
        ):
            return entry.id
    raise AssertionError("the sandbox catalogue has no such service")


@pytest.mark.parametrize("allowed", [True, False])
def test_a_service_that_does_not_state_refill_or_cancel_is_tried_and_the_panel_decides(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
    allowed: bool,
) -> None:
    service = services[unstated_default(200, 3, allowed=allowed)]
    assert service.refill is None
    assert service.cancel is None
    done = place(store, client, panel_id, service, "https://instagram.com/p/un2")
    sandbox.advance(DONE)
    refresh_statuses(store, client, panel_id, [done])
    pending = place(store, client, panel_id, service, "https://instagram.com/p/un1")

    (refill,) = request_refills(store, client, panel_id, [done], services=services.get)
    (cancel,) = request_cancels(store, client, panel_id, [pending], services=services.get)

    assert sandbox.received["refill"] == 1
    assert sandbox.received["cancel"] == 1
    if allowed:
        assert refill.outcome is ActionOutcome.ACCEPTED
        assert refill.refill_id in sandbox.refills
        assert cancel.outcome is ActionOutcome.ACCEPTED
    else:
        assert (refill.outcome, refill.reason) == (
            ActionOutcome.REJECTED,
            ActionReason.REFUSED_BY_PANEL,
        )
        assert refill.panel_text == "Refill is disabled for this service"
        assert (cancel.outcome, cancel.reason) == (
            ActionOutcome.REJECTED,
            ActionReason.REFUSED_BY_PANEL,
        )
        assert cancel.panel_text == "Cancel is disabled for this service"


def test_an_explicit_no_refill_is_still_skipped_without_asking(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    assert services[NO_REFILL].refill is False
    local_id = place(store, client, panel_id, services[NO_REFILL], "https://instagram.com/p/nr")
    sandbox.advance(DONE)
    refresh_statuses(store, client, panel_id, [local_id])
    (result,) = request_refills(store, client, panel_id, [local_id], services=services.get)
    assert result.outcome is ActionOutcome.SKIPPED
    assert result.reason is ActionReason.SERVICE_SAYS_NO_REFILL
    assert result.service_name == services[NO_REFILL].name
    assert sandbox.received["refill"] == 0


def test_refill_a_completed_order_then_its_refill_completes(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    local_id = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/rf")
    sandbox.advance(DONE)
    refresh_statuses(store, client, panel_id, [local_id])
    assert store.get_order(local_id).status is OrderStatus.COMPLETED

    (result,) = request_refills(store, client, panel_id, [local_id], services=services.get)

    assert result.outcome is ActionOutcome.ACCEPTED, result.message
    assert result.reason is ActionReason.ACCEPTED
    assert result.warning is None
    assert sandbox.requests[-1] == (
        "refill",
        {"action": "refill", "order": str(store.get_order(local_id).panel_order_id)},
    )
    (refill,) = store.list_refills(local_id)
    assert refill.state is LocalState.ACCEPTED
    assert refill.panel_refill_id == result.refill_id
    assert result.refill_id in sandbox.refills

    assert refresh_refills(store, client, panel_id, [local_id]) == [local_id]
    assert store.get_refill(refill.id).status is OrderStatus.PENDING
    sandbox.advance(601)
    assert refresh_refills(store, client, panel_id, [local_id]) == [local_id]
    assert store.get_refill(refill.id).status is OrderStatus.COMPLETED
    # a finished refill is not asked about again
    asked = sandbox.received["refill_status"]
    assert refresh_refills(store, client, panel_id, [local_id]) == []
    assert sandbox.received["refill_status"] == asked


def test_refill_many_orders_in_one_request_with_per_order_answers(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    done = [
        place(store, client, panel_id, services[DEFAULT], f"https://instagram.com/p/m{n}")
        for n in range(3)
    ]
    sandbox.advance(DONE)
    fresh = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/fresh")
    no_refill = place(store, client, panel_id, services[NO_REFILL], "https://x.com/p/nr")

    results = request_refills(
        store, client, panel_id, [*done, fresh, no_refill], services=services.get
    )

    assert [r.outcome for r in results] == [ActionOutcome.ACCEPTED] * 3 + [
        ActionOutcome.REJECTED,
        ActionOutcome.SKIPPED,
    ]
    assert [r.reason for r in results] == [ActionReason.ACCEPTED] * 3 + [
        ActionReason.REFUSED_BY_PANEL,
        ActionReason.SERVICE_SAYS_NO_REFILL,
    ]
    assert results[3].panel_text == "Order not eligible for refill."
    refill_requests = [p for a, p in sandbox.requests if a == "refill"]
    assert len(refill_requests) == 1
    assert len(refill_requests[0]["orders"].split(",")) == 4
    assert [r.state for r in store.list_refills(fresh)] == [LocalState.REJECTED]
    assert store.list_refills(no_refill) == []


@pytest.mark.parametrize("count", [1, 3], ids=["single", "multi"])
def test_a_refill_id_beside_an_error_text_is_accepted_with_the_warning(
    count: int,
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    ids = [
        place(store, client, panel_id, services[DEFAULT], f"https://instagram.com/p/w{n}")
        for n in range(count)
    ]
    sandbox.advance(DONE)
    sandbox.faults.inject("warning_with_id", "refill", times=1)

    results = request_refills(store, client, panel_id, ids)

    assert sandbox.received["refill"] == 1
    assert [r.outcome for r in results] == [ActionOutcome.ACCEPTED] * count
    assert [r.reason for r in results] == [ActionReason.ACCEPTED] * count
    assert [r.warning for r in results] == [PANEL_WARNING] * count
    assert sorted(r.refill_id for r in results) == sorted(sandbox.refills)
    for local_id, result in zip(ids, results, strict=True):
        (refill,) = store.list_refills(local_id)
        assert (refill.state, refill.panel_refill_id) == (LocalState.ACCEPTED, result.refill_id)
        (accepted,) = [
            e
            for e in store.events(local_id)
            if e.kind == "refill" and e.detail.get("state") == "ACCEPTED"
        ]
        assert accepted.detail["warning"] == PANEL_WARNING


@pytest.mark.parametrize("count", [1, 3], ids=["single", "multi"])
def test_an_unusable_refill_id_is_unknown_and_the_panel_did_start_it(
    count: int,
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    ids = [
        place(store, client, panel_id, services[DEFAULT], f"https://instagram.com/p/u{n}")
        for n in range(count)
    ]
    sandbox.advance(DONE)
    sandbox.faults.inject("unusable_id", "refill", times=1)

    results = request_refills(store, client, panel_id, ids)

    assert sandbox.received["refill"] == 1
    assert len(sandbox.refills) == count
    assert [r.outcome for r in results] == [ActionOutcome.UNKNOWN] * count
    # the single form's answer is unreadable as a whole; the multi form's lacks one order's id
    reason = ActionReason.NO_ANSWER if count == 1 else ActionReason.UNUSABLE_REFILL_ID
    assert [r.reason for r in results] == [reason] * count
    for local_id in ids:
        (refill,) = store.list_refills(local_id)
        assert (refill.state, refill.panel_refill_id) == (LocalState.UNKNOWN, None)


@pytest.mark.parametrize("kind", ["drop_after", "truncated", "html"])
def test_a_fault_on_refill_sends_one_request_and_reports_unknown(
    kind: str,
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    local_id = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/ft")
    sandbox.advance(DONE)
    refresh_statuses(store, client, panel_id, [local_id])
    sandbox.faults.inject(kind, "refill", times=5)

    (result,) = request_refills(store, client, panel_id, [local_id])

    assert sandbox.received["refill"] == 1
    assert (result.outcome, result.reason) == (ActionOutcome.UNKNOWN, ActionReason.NO_ANSWER)
    assert isinstance(result.error, PanelError)
    assert not isinstance(result.error, TransportError)
    (refill,) = store.list_refills(local_id)
    assert refill.state is LocalState.UNKNOWN


def test_a_fault_on_cancel_sends_one_request_and_reports_unknown(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    ids = [
        place(store, client, panel_id, services[DEFAULT], f"https://instagram.com/p/fc{n}")
        for n in range(2)
    ]
    sandbox.faults.inject("drop_after", "cancel", times=5)

    results = request_cancels(store, client, panel_id, ids)

    assert sandbox.received["cancel"] == 1
    assert [r.outcome for r in results] == [ActionOutcome.UNKNOWN] * 2
    assert [r.reason for r in results] == [ActionReason.NO_ANSWER] * 2
    # drop_after processes the request: the panel did cancel them, which only a refresh shows
    refresh_statuses(store, client, panel_id, ids)
    assert {store.get_order(i).status for i in ids} == {OrderStatus.CANCELED}


def test_an_unreachable_panel_means_not_sent(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    local_id = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/off")
    url = sandbox.url
    sandbox.stop()
    with PanelClient(url, sandbox.api_key, max_retries=0, connect_timeout=2) as offline:
        (cancel,) = request_cancels(store, offline, panel_id, [local_id])
        (refill,) = request_refills(store, offline, panel_id, [local_id])
    assert (cancel.outcome, cancel.reason) == (ActionOutcome.NOT_SENT, ActionReason.NOT_REACHED)
    assert (refill.outcome, refill.reason) == (ActionOutcome.NOT_SENT, ActionReason.NOT_REACHED)
    assert isinstance(cancel.error, TransportError)
    assert isinstance(refill.error, TransportError)
    assert [r.state for r in store.list_refills(local_id)] == [LocalState.REJECTED]


def test_orders_not_placed_are_skipped_with_a_reason(
    store: Store, client: PanelClient, sandbox: SandboxPanel, panel_id: int
) -> None:
    unknown = store.create_intent(
        panel_id=panel_id,
        service_id=DEFAULT,
        service_name="Followers",
        service_type="Default",
        params={"link": "https://instagram.com/p/u", "quantity": "100"},
        cost=Decimal("0.09"),
        quantity=100,
    )
    store.mark_unknown(unknown, "read timeout")
    results = request_refills(store, client, panel_id, [unknown, 999_999])
    assert [r.outcome for r in results] == [ActionOutcome.SKIPPED] * 2
    assert [r.reason for r in results] == [
        ActionReason.OUTCOME_UNKNOWN,
        ActionReason.NOT_IN_DATABASE,
    ]
    assert request_cancels(store, client, panel_id, [unknown])[0].outcome is ActionOutcome.SKIPPED
    assert sandbox.received["refill"] == sandbox.received["cancel"] == 0


def intent(store: Store, panel_id: int, *, draft: bool = False) -> int:
    return store.create_intent(
        panel_id=panel_id,
        service_id=DEFAULT,
        service_name="Followers",
        service_type="Default",
        params={"link": "https://instagram.com/p/x", "quantity": "100"},
        cost=Decimal("0.09"),
        quantity=100,
        draft=draft,
    )


def test_each_order_not_placed_here_is_skipped_with_its_reason_and_nothing_is_sent(
    store: Store, client: PanelClient, sandbox: SandboxPanel, panel_id: int
) -> None:
    other_panel = store.add_panel("Other", "https://other.example/api/v2")
    elsewhere = store.import_order(other_panel, 23501)
    unknown = intent(store, panel_id)
    store.mark_unknown(unknown, "read timeout")
    draft = intent(store, panel_id, draft=True)
    sending = intent(store, panel_id)
    refused = intent(store, panel_id)
    store.mark_rejected(refused, "bad_link", "Incorrect link")
    settled = intent(store, panel_id)
    store.mark_unknown(settled, "read timeout")
    store.resolve_unknown(settled, None)
    frozen = intent(store, panel_id)
    store.mark_accepted(frozen, 777, {"order": 777})
    store.mark_accepted(intent(store, panel_id), 777, {"order": 777})  # takes the number over
    ids = [999_999, elsewhere, unknown, draft, sending, frozen, refused, settled]
    expected = [
        ActionReason.NOT_IN_DATABASE,
        ActionReason.OTHER_PANEL,
        ActionReason.OUTCOME_UNKNOWN,
        ActionReason.NOT_PLACED_YET,
        ActionReason.NOT_PLACED_YET,
        ActionReason.SUPERSEDED,
        ActionReason.NEVER_PLACED,
        ActionReason.NEVER_PLACED,
    ]

    for door in (request_refills, request_cancels):
        results = door(store, client, panel_id, ids)  # type: ignore[operator]
        assert [r.local_id for r in results] == ids
        assert {r.outcome for r in results} == {ActionOutcome.SKIPPED}
        assert [r.reason for r in results] == expected
        assert results[1].order_id == 23501
        assert results[5].order_id == 777
    assert sandbox.received["refill"] == sandbox.received["cancel"] == 0
    assert store.list_refills(frozen) == []


def test_a_refused_api_key_is_a_refusal_and_the_refill_is_recorded_refused(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    done = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/key1")
    pending = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/key2")
    sandbox.advance(DONE)
    with PanelClient(sandbox.url, "not-the-key", max_retries=0, read_timeout=5) as wrong:
        (refill,) = request_refills(store, wrong, panel_id, [done])
        (cancel,) = request_cancels(store, wrong, panel_id, [pending])
    for result in (refill, cancel):
        assert (result.outcome, result.reason) == (
            ActionOutcome.REJECTED,
            ActionReason.KEY_REFUSED,
        )
        assert isinstance(result.error, AuthError)
        assert result.panel_text is None
    assert [r.state for r in store.list_refills(done)] == [LocalState.REJECTED]
    assert sandbox.received["refill"] == sandbox.received["cancel"] == 1


def test_orders_the_answer_leaves_out_are_not_mentioned_and_never_asked_again(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    ids = [
        place(store, client, panel_id, services[DEFAULT], f"https://instagram.com/p/om{n}")
        for n in range(2)
    ]
    sandbox.advance(DONE)
    sandbox.faults.inject("empty_list", "refill", times=5)
    sandbox.faults.inject("empty_list", "cancel", times=5)

    refills = request_refills(store, client, panel_id, ids)
    cancels = request_cancels(store, client, panel_id, ids)

    for results in (refills, cancels):
        assert [(r.outcome, r.reason) for r in results] == [
            (ActionOutcome.UNKNOWN, ActionReason.NOT_MENTIONED)
        ] * 2
    assert sandbox.received["refill"] == sandbox.received["cancel"] == 1
    for local_id in ids:
        assert [r.state for r in store.list_refills(local_id)] == [LocalState.UNKNOWN]
        (unknown,) = [e.detail for e in store.events(local_id) if e.kind == "cancel"][1:]
        assert dict(unknown) == {"state": "UNKNOWN", "reason": "not_mentioned"}


class Statuses:
    """A StatusesClient that answers from a table (an id missing from it is left out)."""

    def __init__(self, answers: dict[int, OrderState | PanelRejected]) -> None:
        self.answers = answers

    def statuses(self, order_ids: Iterable[int]) -> dict[int, OrderState | PanelRejected]:
        return {i: self.answers[i] for i in order_ids if i in self.answers}


def test_import_reports_the_ids_the_answer_leaves_out_apart_from_refused_ones(
    store: Store, panel_id: int
) -> None:
    pending = OrderState(5, OrderStatus.PENDING, "Pending", None, None, None, "USD")
    client = Statuses({5: pending, 6: PanelRejected("Incorrect order ID")})

    report = import_orders(store, client, panel_id, [5, 6, 7])

    assert [order_id for order_id, _ in report.imported] == [5]
    assert report.not_found == ((6, "Incorrect order ID"),)
    assert report.not_mentioned == (7,)
    assert store.find_order(panel_id, 7) is None


def test_import_by_id_known_unknown_and_duplicates(
    store: Store,
    client: PanelClient,
    sandbox: SandboxPanel,
    panel_id: int,
    services: dict[int, Service],
) -> None:
    tracked = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/t")
    tracked_id = store.get_order(tracked).panel_order_id
    assert tracked_id is not None
    # two orders placed elsewhere (straight to the panel, not through this store)
    elsewhere = [
        client.add(DEFAULT, {"link": f"https://instagram.com/p/web{n}", "quantity": "500"}).order_id
        for n in range(2)
    ]
    sandbox.advance(DONE)
    unknown_ids = [99_001, 99_002]  # odd and even: the sandbox answers both error forms

    report = import_orders(
        store, client, panel_id, [*elsewhere, tracked_id, *unknown_ids, elsewhere[0]]
    )

    assert [order_id for order_id, _ in report.imported] == elsewhere
    assert report.known == ((tracked_id, tracked),)
    assert [order_id for order_id, _ in report.not_found] == unknown_ids
    assert all(text == "Incorrect order ID" for _, text in report.not_found)
    assert report.not_mentioned == ()
    assert report.duplicates == (elsewhere[0],)
    assert report.error is None
    assert report.unchecked == ()
    for order_id, local_id in report.imported:
        record = store.get_order(local_id)
        assert record.panel_order_id == order_id
        assert record.source == "imported"
        assert record.status is OrderStatus.COMPLETED
        assert record.remains == 0
    assert {r.panel_order_id for r in store.list_orders()} == {tracked_id, *elsewhere}

    again = import_orders(store, client, panel_id, elsewhere)
    assert again.imported == ()
    assert [o for o, _ in again.known] == elsewhere


def test_import_stops_at_a_failing_request_and_keeps_what_it_had(
    store: Store, client: PanelClient, sandbox: SandboxPanel, panel_id: int
) -> None:
    placed = [
        client.add(DEFAULT, {"link": f"https://instagram.com/p/i{n}", "quantity": "100"}).order_id
        for n in range(150)
    ]
    # the first status request is answered (a zero-delay "fault"), the second gets HTML
    sandbox.faults.inject("latency", "status", delay=0, times=1)
    sandbox.faults.inject("html", "status", times=1)

    report = import_orders(store, client, panel_id, placed)

    assert isinstance(report.error, BadResponse)
    assert [order_id for order_id, _ in report.imported] == placed[:100]
    assert report.unchecked == tuple(placed[100:])
    assert store.count_orders() == 100


def test_parse_order_ids() -> None:
    parsed = parse_order_ids("23501, 23502\n#23503;23502  abc 0 -4 ² ٣ 23504\t")
    assert parsed.ids == (23501, 23502, 23503, 3, 23504)
    assert parsed.duplicates == (23502,)
    assert parsed.invalid == ("abc", "0", "-4", "²")
    # Arabic-Indic digits and the Arabic comma, as the Arabic dialog's own sample writes them
    assert parse_order_ids("٢٣٥٠١، ٢٣٥٠٢\n#٢٣٥٠٣؛٢٣٥٠٢").ids == (23501, 23502, 23503)
    assert parse_order_ids("  ").ids == ()
