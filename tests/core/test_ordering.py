"""The money rule with a hand-written fake panel client: intent before the request, exactly one
``add`` whatever goes wrong, the outcome the user sees, and settling unconfirmed orders."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.core.models import AddResult, Balance, OrderState, OrderStatus, Service
from smmdesk.core.ordering import PlacementState, place_order, recover_at_startup, send_draft
from smmdesk.core.reconcile import (
    Evidence,
    ReconcileError,
    ReconcileProblem,
    Verdict,
    mark_not_placed,
    mark_placed,
    reconcile,
)
from smmdesk.core.store import LocalState, StateConflict, Store

SERVICE = Service(1, "IG Followers [Real]", "Default", "Instagram", Decimal("0.90"), 50, 10000)
PARAMS = {"link": "https://instagram.com/p/abc", "quantity": "1000"}
COST = Decimal("0.9")
BALANCE = Balance(Decimal("100.00"), "USD")
API_KEY = "sk-live-9f8e7d6c5b4a3928170655aa"


class FakePanel:
    """Stands in for PanelClient. ``add`` checks, through its own connection, that the intent
    is already committed, then returns ``outcome`` or raises it."""

    def __init__(
        self,
        db_path: Path,
        outcome: int | AddResult | BaseException = 23501,
        balance: Balance | PanelError = BALANCE,
        statuses: Mapping[int, OrderState | PanelError] | None = None,
    ) -> None:
        self.db_path = db_path
        self.outcome = outcome
        self.balance_answer = balance
        self.status_answer = dict(statuses or {})
        self.api_key = API_KEY
        self.add_calls: list[tuple[int, dict[str, str]]] = []
        self.intent_seen: list[tuple[object, ...]] = []
        self.status_calls: list[list[int]] = []

    def add(self, service_id: int, params: Mapping[str, str]) -> AddResult:
        self.add_calls.append((service_id, dict(params)))
        with closing(sqlite3.connect(self.db_path)) as conn:
            self.intent_seen = conn.execute(
                "SELECT local_id, state, params FROM orders ORDER BY local_id DESC LIMIT 1"
            ).fetchall()
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        if isinstance(self.outcome, AddResult):
            return self.outcome
        return AddResult(self.outcome)

    def balance(self) -> Balance:
        if isinstance(self.balance_answer, PanelError):
            raise self.balance_answer
        return self.balance_answer

    def statuses(self, ids: Sequence[int]) -> dict[int, OrderState | PanelError]:
        self.status_calls.append(list(ids))
        return {i: self.status_answer[i] for i in ids if i in self.status_answer}


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


def test_accepted_order_commits_the_intent_first_and_sends_once(
    store: Store, panel_id: int, db_path: Path
) -> None:
    panel = FakePanel(db_path, outcome=23501)
    result = place_order(store, panel, panel_id, SERVICE, PARAMS, cost=COST, quantity=1000)
    assert panel.add_calls == [(1, PARAMS)]
    assert [(row[0], row[1]) for row in panel.intent_seen] == [(result.local_id, "SENDING")]
    assert result.state is PlacementState.ACCEPTED
    assert result.order_id == 23501
    assert result.error is None
    assert "#23501" in result.message
    order = store.get_order(result.local_id)
    assert (order.state, order.panel_order_id, order.cost, order.quantity) == (
        LocalState.ACCEPTED,
        23501,
        COST,
        1000,
    )
    assert (order.service_name, order.service_type, order.link) == (
        SERVICE.name,
        "Default",
        PARAMS["link"],
    )
    assert dict(order.params) == PARAMS
    assert store.active_orders(panel_id) == [(result.local_id, 23501)]


def test_an_order_id_beside_an_error_text_is_accepted_with_the_panels_words(
    store: Store, panel_id: int, db_path: Path
) -> None:
    """{"order": 12345, "error": "Low balance warning"}: the order exists, so it is ACCEPTED
    (recording it "not placed" would invite placing and paying for it twice)."""
    panel = FakePanel(db_path, outcome=AddResult(12345, "Low balance warning"))
    result = place_order(store, panel, panel_id, SERVICE, PARAMS, cost=COST, quantity=1000)
    assert panel.add_calls == [(1, PARAMS)]
    assert (result.state, result.order_id, result.error) == (PlacementState.ACCEPTED, 12345, None)
    assert (result.warning, result.saved) == ("Low balance warning", True)
    assert "#12345" in result.message
    assert "“Low balance warning”" in result.message
    assert str(result) == result.message
    order = store.get_order(result.local_id)
    assert (order.state, order.panel_order_id) == (LocalState.ACCEPTED, 12345)
    assert store.active_orders(panel_id) == [(result.local_id, 12345)]
    (accepted,) = [e for e in store.events(result.local_id) if e.kind == "accepted"]
    assert accepted.detail["warning"] == "Low balance warning"
    assert accepted.detail["answer"] == {"order": 12345, "error": "Low balance warning"}


def test_a_plain_accepted_order_has_no_warning(store: Store, panel_id: int, db_path: Path) -> None:
    result = place_order(
        store, FakePanel(db_path), panel_id, SERVICE, PARAMS, cost=COST, quantity=1000
    )
    assert (result.warning, result.saved) == (None, True)
    (accepted,) = [e for e in store.events(result.local_id) if e.kind == "accepted"]
    assert "warning" not in accepted.detail


REJECTIONS = [
    (
        PanelRejected("Not enough funds on balance"),
        "insufficient_funds",
        "Not enough funds on balance",
        "balance is too low",
    ),
    (
        PanelRejected(
            "You have active order with this link. Please wait until order being completed."
        ),
        "duplicate_active_order",
        "You have active order with this link. Please wait until order being completed.",
        "already has an active order for this link",
    ),
    (PanelRejected("Incorrect link"), "bad_link", "Incorrect link", "did not accept the link"),
    (
        PanelRejected("Quantity less than minimal 50"),
        "quantity_out_of_range",
        "Quantity less than minimal 50",
        "did not accept the quantity",
    ),
    (PanelRejected("neworder.error.weird"), "other", "neworder.error.weird", "refused the order"),
    (
        AuthError("The panel rejected the API key"),
        "auth",
        "The panel rejected the API key",
        "API key",
    ),
    (
        TransportError("Connection refused"),
        "not_sent",
        "Connection refused",
        "no money was spent",
    ),
]


@pytest.mark.parametrize(("error", "code", "text", "says"), REJECTIONS)
def test_rejections_are_recorded_with_the_panels_reason(
    store: Store,
    panel_id: int,
    db_path: Path,
    error: PanelError,
    code: str,
    text: str,
    says: str,
) -> None:
    panel = FakePanel(db_path, outcome=error)
    result = place_order(store, panel, panel_id, SERVICE, PARAMS, cost=COST, quantity=1000)
    assert len(panel.add_calls) == 1
    assert panel.intent_seen[0][1] == "SENDING"
    assert result.state is PlacementState.REJECTED
    assert result.order_id is None
    assert result.error is error
    assert says in result.message
    assert result.message.startswith(("Not placed", "Not sent"))
    order = store.get_order(result.local_id)
    assert (order.state, order.error_code, order.error_text) == (LocalState.REJECTED, code, text)
    assert store.active_orders(panel_id) == []


UNKNOWNS = [
    (
        OutcomeUnknown("The panel did not answer in time (read timeout)"),
        "no_answer",
        "no usable answer",
    ),
    (OutcomeUnknown("The connection was reset"), "no_answer", "no usable answer"),
    (
        BadResponse("The panel sent an HTML page", "<html>Just a moment...</html>"),
        "bad_response",
        "unexpected page",
    ),
    (RateLimited("Too many requests", retry_after=1.0), "rate_limited", "too many requests"),
]


@pytest.mark.parametrize(("error", "code", "says"), UNKNOWNS)
def test_anything_after_sending_is_unknown_and_never_retried(
    store: Store, panel_id: int, db_path: Path, error: PanelError, code: str, says: str
) -> None:
    panel = FakePanel(db_path, outcome=error)
    result = place_order(store, panel, panel_id, SERVICE, PARAMS, cost=COST, quantity=1000)
    assert len(panel.add_calls) == 1, "an unconfirmed add must never be re-sent"
    assert result.state is PlacementState.UNKNOWN
    assert result.order_id is None
    assert result.error is error
    assert says in result.message
    assert "Do not place it again" in result.message
    order = store.get_order(result.local_id)
    assert (order.state, order.error_code) == (LocalState.UNKNOWN, code)
    assert order.error_text == error.message


def test_a_crash_inside_the_client_leaves_the_order_unknown(
    store: Store, panel_id: int, db_path: Path
) -> None:
    panel = FakePanel(db_path, outcome=RuntimeError("bug in parse"))
    with pytest.raises(RuntimeError, match="bug in parse"):
        place_order(store, panel, panel_id, SERVICE, PARAMS, cost=COST, quantity=1000)
    assert len(panel.add_calls) == 1
    (order,) = store.list_orders()
    assert (order.state, order.error_code) == (LocalState.UNKNOWN, "client_failure")


def test_nothing_is_sent_when_the_intent_cannot_be_recorded(
    store: Store, panel_id: int, db_path: Path
) -> None:
    panel = FakePanel(db_path)
    with pytest.raises(ValueError, match="key"):
        place_order(
            store, panel, panel_id, SERVICE, {**PARAMS, "key": API_KEY}, cost=COST, quantity=1000
        )
    assert panel.add_calls == []
    assert store.count_orders() == 0


def test_on_intent_runs_after_the_commit_and_before_the_request(
    store: Store, panel_id: int, db_path: Path
) -> None:
    panel = FakePanel(db_path)
    seen: list[tuple[int, int, str]] = []

    def on_intent(local_id: int) -> None:
        seen.append((local_id, len(panel.add_calls), store.get_order(local_id).state.value))

    result = place_order(
        store, panel, panel_id, SERVICE, PARAMS, cost=COST, quantity=1000, on_intent=on_intent
    )
    assert seen == [(result.local_id, 0, "SENDING")]


def test_an_accepted_order_that_cannot_be_saved_still_tells_the_user_its_number(
    store: Store, panel_id: int, db_path: Path
) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)

    class LockingPanel(FakePanel):
        def add(self, service_id: int, params: Mapping[str, str]) -> AddResult:
            order_id = super().add(service_id, params)
            # Another process grabs the write lock while the answer is on its way.
            store._conn().execute("PRAGMA busy_timeout = 50")
            holder.execute("BEGIN IMMEDIATE")
            return order_id

    result = place_order(
        store, LockingPanel(db_path, outcome=777), panel_id, SERVICE, PARAMS, cost=COST, quantity=1
    )
    holder.execute("ROLLBACK")
    holder.close()
    assert result.state is PlacementState.ACCEPTED
    assert result.order_id == 777
    assert "#777" in result.message
    assert "could not save" in result.message
    assert result.saved is False  # what the GUI reads, instead of the message's words
    # The money rule still holds on disk: never "not placed", and UNKNOWN after a restart.
    assert store.get_order(result.local_id).state is LocalState.SENDING
    assert recover_at_startup(store) == [result.local_id]


def test_recover_at_startup_turns_interrupted_sends_into_unknown(
    db_path: Path, panel_id: int, store: Store
) -> None:
    class Killed(FakePanel):
        def add(self, service_id: int, params: Mapping[str, str]) -> AddResult:
            super().add(service_id, params)
            raise KeyboardInterrupt  # stands in for the process dying mid-request

    store.mark_unknown = lambda *a, **k: None  # type: ignore[method-assign]  # died before writing
    with pytest.raises(KeyboardInterrupt):
        place_order(store, Killed(db_path), panel_id, SERVICE, PARAMS, cost=COST, quantity=1000)
    store.close()
    with Store.open(db_path) as restarted:
        (local_id,) = recover_at_startup(restarted)
        assert restarted.get_order(local_id).state is LocalState.UNKNOWN


def test_drafts_are_sent_exactly_once(store: Store, panel_id: int, db_path: Path) -> None:
    draft = store.create_intent(
        panel_id=panel_id,
        service_id=SERVICE.id,
        service_name=SERVICE.name,
        service_type=SERVICE.type,
        params=PARAMS,
        cost=COST,
        quantity=1000,
        source="mass",
        draft=True,
    )
    panel = FakePanel(db_path, outcome=31)
    result = send_draft(store, panel, draft)
    assert (result.local_id, result.state, result.order_id) == (draft, PlacementState.ACCEPTED, 31)
    with pytest.raises(StateConflict, match="not a draft"):
        send_draft(store, panel, draft)
    assert len(panel.add_calls) == 1


def test_no_api_key_reaches_the_database_file(store: Store, panel_id: int, db_path: Path) -> None:
    outcomes: list[int | BaseException] = [
        1,
        PanelRejected("Not enough funds on balance"),
        OutcomeUnknown("reset"),
        BadResponse("HTML", "<b>Warning</b>"),
        AuthError("The panel rejected the API key"),
    ]
    for outcome in outcomes:
        place_order(
            store, FakePanel(db_path, outcome), panel_id, SERVICE, PARAMS, cost=COST, quantity=1000
        )
    unknown = store.list_orders(states=[LocalState.UNKNOWN])[0].local_id
    reconcile(store, FakePanel(db_path), unknown, balance_before=Decimal("100.9"))
    mark_placed(store, unknown, 99)
    store.close()
    for path in db_path.parent.iterdir():
        assert API_KEY.encode() not in path.read_bytes(), path.name
    assert (db_path.parent / db_path.name).stat().st_size > 0


# -- settling UNKNOWN orders -------------------------------------------------------------------


@pytest.fixture
def unknown_id(store: Store, panel_id: int, db_path: Path) -> int:
    result = place_order(
        store,
        FakePanel(db_path, OutcomeUnknown("read timeout")),
        panel_id,
        SERVICE,
        PARAMS,
        cost=Decimal("12.50"),
        quantity=1000,
        balance_before=Decimal("100.00"),
    )
    return result.local_id


@pytest.mark.parametrize(
    ("now", "verdict", "evidence"),
    [
        ("87.50", Verdict.LIKELY_PLACED, Evidence.DROPPED_BY_COST),
        ("87.49", Verdict.LIKELY_PLACED, Evidence.DROPPED_BY_COST),  # a panel rounding its charge
        ("100.00", Verdict.LIKELY_NOT_PLACED, Evidence.DID_NOT_DROP),
        ("100", Verdict.LIKELY_NOT_PLACED, Evidence.DID_NOT_DROP),
        ("60.00", Verdict.CANNOT_TELL, Evidence.OTHER_CHANGE),
        ("150.00", Verdict.CANNOT_TELL, Evidence.OTHER_CHANGE),
    ],
)
def test_reconcile_compares_the_balance_with_the_cost(
    store: Store, db_path: Path, unknown_id: int, now: str, verdict: Verdict, evidence: Evidence
) -> None:
    panel = FakePanel(
        db_path,
        outcome=AssertionError("reconcile must not send add"),
        balance=Balance(Decimal(now), "USD"),
    )
    hint = reconcile(store, panel, unknown_id)
    assert panel.add_calls == []
    assert (hint.verdict, hint.evidence, hint.error) == (verdict, evidence, None)
    assert (hint.balance_before, hint.balance_now, hint.currency, hint.cost) == (
        Decimal("100.00"),
        Decimal(now),
        "USD",
        Decimal("12.50"),
    )
    assert store.get_order(unknown_id).state is LocalState.UNKNOWN, "a hint decides nothing"
    detail = store.events(unknown_id)[-1].detail
    assert (detail["verdict"], detail["evidence"]) == (verdict.value, evidence.value)


def test_reconcile_without_a_balance_before_cannot_tell(
    store: Store, panel_id: int, db_path: Path
) -> None:
    result = place_order(
        store,
        FakePanel(db_path, OutcomeUnknown("x")),
        panel_id,
        SERVICE,
        PARAMS,
        cost=COST,
        quantity=1000,
    )
    hint = reconcile(store, FakePanel(db_path), result.local_id)
    assert (hint.verdict, hint.evidence) == (Verdict.CANNOT_TELL, Evidence.NO_EARLIER_READING)
    assert (hint.balance_before, hint.balance_now) == (None, BALANCE.amount)
    explicit = reconcile(
        store, FakePanel(db_path), result.local_id, balance_before=Decimal("100.90")
    )
    assert explicit.verdict is Verdict.LIKELY_PLACED


def test_reconcile_when_the_balance_cannot_be_read(
    store: Store, db_path: Path, unknown_id: int
) -> None:
    refused = TransportError("Connection refused")
    hint = reconcile(store, FakePanel(db_path, balance=refused), unknown_id)
    assert (hint.verdict, hint.evidence) == (Verdict.CANNOT_TELL, Evidence.BALANCE_UNREADABLE)
    assert hint.error is refused
    assert hint.balance_now is None


def test_reconcile_does_not_trust_a_cost_below_the_balance_precision(
    store: Store, panel_id: int, db_path: Path
) -> None:
    result = place_order(
        store,
        FakePanel(db_path, OutcomeUnknown("x")),
        panel_id,
        SERVICE,
        PARAMS,
        cost=Decimal("0.0003"),
        quantity=1000,
        balance_before=Decimal("100.00"),
    )
    hint = reconcile(
        store, FakePanel(db_path, balance=Balance(Decimal("100.00"), "USD")), result.local_id
    )
    assert (hint.verdict, hint.evidence) == (Verdict.CANNOT_TELL, Evidence.COST_TOO_SMALL)


def test_reconcile_refuses_orders_that_are_not_unknown(
    store: Store, panel_id: int, db_path: Path
) -> None:
    result = place_order(
        store, FakePanel(db_path), panel_id, SERVICE, PARAMS, cost=COST, quantity=1
    )
    with pytest.raises(StateConflict, match="ACCEPTED"):
        reconcile(store, FakePanel(db_path), result.local_id)


def test_mark_placed_checks_the_number_with_the_panel(
    store: Store, db_path: Path, unknown_id: int, panel_id: int
) -> None:
    panel = FakePanel(
        db_path,
        statuses={
            4242: OrderState(4242, OrderStatus.IN_PROGRESS, "In progress", Decimal("12.5")),
            13: PanelRejected("Incorrect order ID"),
        },
    )
    with pytest.raises(ReconcileError) as refused:
        mark_placed(store, unknown_id, 13, client=panel)
    assert (refused.value.code, refused.value.order_id) == (ReconcileProblem.NOT_CONFIRMED, 13)
    assert isinstance(refused.value.error, PanelRejected)
    assert refused.value.error.panel_text == "Incorrect order ID"
    assert store.get_order(unknown_id).state is LocalState.UNKNOWN
    with pytest.raises(ReconcileError) as unanswered:
        mark_placed(store, unknown_id, 14, client=panel)
    assert (unanswered.value.code, unanswered.value.order_id) == (
        ReconcileProblem.NOT_CONFIRMED,
        14,
    )
    assert unanswered.value.error is None
    order = mark_placed(store, unknown_id, 4242, client=panel)
    assert (order.state, order.panel_order_id, order.status) == (
        LocalState.ACCEPTED,
        4242,
        OrderStatus.IN_PROGRESS,
    )
    assert panel.status_calls == [[13], [14], [4242]]
    assert panel.add_calls == []
    assert store.active_orders(panel_id) == [(unknown_id, 4242)]


def test_mark_placed_refuses_a_number_another_local_order_holds(
    store: Store, db_path: Path, unknown_id: int, panel_id: int
) -> None:
    holder = place_order(
        store, FakePanel(db_path, outcome=4242), panel_id, SERVICE, PARAMS, cost=COST, quantity=1
    )
    with pytest.raises(ReconcileError) as taken:
        mark_placed(store, unknown_id, 4242)
    assert (taken.value.code, taken.value.order_id, taken.value.local_order) == (
        ReconcileProblem.ID_TAKEN,
        4242,
        holder.local_id,
    )
    assert store.get_order(unknown_id).state is LocalState.UNKNOWN


def test_mark_placed_without_a_client_records_the_users_number(
    store: Store, unknown_id: int
) -> None:
    order = mark_placed(store, unknown_id, 5150)
    assert (order.state, order.panel_order_id, order.status) == (LocalState.ACCEPTED, 5150, None)
    resolved = store.events(unknown_id)[-1]
    assert (resolved.kind, resolved.detail["by"]) == ("resolved", "user")


def test_mark_not_placed(store: Store, unknown_id: int) -> None:
    order = mark_not_placed(store, unknown_id)
    assert order.state is LocalState.NOT_PLACED
    assert order.resolved_at is not None
    with pytest.raises(StateConflict):
        mark_not_placed(store, unknown_id)
