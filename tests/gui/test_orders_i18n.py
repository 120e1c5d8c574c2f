"""The orders workspace in the user's language: every word the orders table, the detail panel,
the order form and the refill, cancel, reconcile and mass-order outcomes show comes out of tr()
(the core's English sentences are given back by their codes), numbers are written with the
locale's digits or the Western ones the user chose, and the forms read right to left."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk.core.catalog import Catalog
from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.core.massplan import parse_mass_order
from smmdesk.core.models import (
    Balance,
    CancelResult,
    OrderState,
    OrderStatus,
    RefillResult,
    Service,
)
from smmdesk.core.order_actions import (
    ActionOutcome,
    ActionReason,
    ActionResult,
    request_cancels,
    request_refills,
)
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.ordertypes import ORDER_TYPES, FieldKind, spec_for
from smmdesk.core.reconcile import ReconcileError, ReconcileProblem, reconcile
from smmdesk.core.store import (
    CorruptDatabase,
    LocalState,
    OrderRecord,
    StateConflict,
    Store,
    StoreError,
)
from smmdesk.core.validate import FieldCode, FieldError, validate_order
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.ordering.mass.model import MassOrderModel
from smmdesk.gui.ordering.outcomes import local_failure_text
from smmdesk.gui.orders.columns import CHARGE, DATE, ORDER, PROGRESS, QUANTITY, SERVICE, STATUS
from smmdesk.gui.orders.model import OrdersTableModel
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.orders.snapshot import OrdersSnapshot
from smmdesk.gui.orders.status import describe_state, status_look
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.wording import i18n, numbers
from smmdesk.gui.wording.actions import action_message
from smmdesk.gui.wording.errors import error_reason
from smmdesk.gui.wording.fields import blocking_error_text, field_error_text
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import placement_message, record_failure_text
from smmdesk.gui.wording.reconcile import decision_error_text, evidence_text
from smmdesk.gui.wording.services import order_type_text

OPEN, CLOSE = "⟦", "⟧"
FSI, PDI = "\u2068", "\u2069"
ARABIC_DIGITS = frozenset("٠١٢٣٤٥٦٧٨٩")


class MarkingTranslator(QTranslator):
    """Stands in for a language: every text that goes through tr() comes back marked, so a
    test can tell the words SMMDesk translated from the core's English that slipped past."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    translator = MarkingTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.remove_translators(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    numbers.set_preferences("en", "locale")
    QLocale.setDefault(QLocale.system())


def use_numbers(language: str, digits: str = "locale") -> None:
    """What i18n.install_translators does for numbers: wording.numbers and Qt's default locale."""
    numbers.set_preferences(language, digits, QLocale("ar_EG" if language == "ar" else "C"))
    QLocale.setDefault(numbers.widget_locale())


def translated(text: str) -> bool:
    """Whether ``text`` came out of tr(): it starts with a marked piece."""
    return text.lstrip("\u200e\u200f").startswith(OPEN)


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def service(type_name: str, **overrides: Any) -> Service:
    fields: dict[str, Any] = {
        "id": 7,
        "name": "Instagram Followers",
        "type": type_name,
        "category": "Instagram",
        "rate": Decimal("0.90"),
        "min": 10,
        "max": 1000,
        "dripfeed": True,
        "refill": True,
        "cancel": True,
    }
    fields.update(overrides)
    return Service(**fields)


# ---------------------------------------------------------------------------------------------
# Every word through tr()


def test_every_text_of_the_order_types_table_reads_in_arabic(qapp: QApplication) -> None:
    # The core marks these with QT_TRANSLATE_NOOP("OrderTypes", ...): one left unmarked never
    # reaches the .ts and shows in English to Arabic users
    assert i18n.install_translators(qapp, "ar", system=QLocale("ar_EG")) == "ar"
    texts = {
        text
        for spec in ORDER_TYPES.values()
        for text in (
            spec.title,
            *(t for field in spec.fields for t in (field.label, field.help, field.placeholder)),
        )
        if text and text not in ("https://", "dd/mm/yyyy")
    }
    assert len(texts) > 50
    english = sorted(text for text in texts if order_type_text(text) == text)
    assert english == [], "mark these with QT_TRANSLATE_NOOP and run python -m tools.i18n update"


# Values that make validate_order produce every error code it has, type by type
BAD_VALUES: Sequence[tuple[str, dict[str, str], dict[str, Any]]] = (
    ("Default", {}, {}),
    ("Default", {"link": "has space", "quantity": "ten"}, {}),
    ("Default", {"link": "ftp://x.com", "quantity": "5"}, {}),
    ("Default", {"link": "https://", "quantity": "5000"}, {}),
    ("Default", {"link": "!!", "quantity": "100", "runs": "1", "interval": ""}, {}),
    ("Default", {"link": "nike.com", "quantity": "100", "runs": "", "interval": "0"}, {}),
    ("Default", {"link": "nike.com", "quantity": "500", "runs": "5", "interval": "5"}, {}),
    ("Default", {"link": "nike.com", "quantity": "7"}, {"min": 5, "max": 5}),
    ("Default", {"link": "nike.com", "quantity": "10.000"}, {}),
    ("Default", {"link": "nike.com", "quantity": "100"}, {"min": 500, "max": 100}),
    ("Custom Comments", {"link": "x.com/p", "comments": "one\ntwo"}, {}),
    ("Custom Comments", {"link": "x.com/p", "comments": "one"}, {"min": 3, "max": 3}),
    ("Comment Replies", {"link": "x.com/p", "username": "a b", "comments": "hi"}, {}),
    ("Comment Likes", {"link": "x.com/p", "quantity": "50", "username": "@"}, {}),
    ("Mentions Custom List", {"link": "x.com/p", "usernames": "al ice\nbob"}, {}),
    (
        "Mentions with Hashtags",
        {"link": "x", "quantity": "20", "usernames": "a", "hashtags": "#"},
        {},
    ),
    ("Mentions Hashtag", {"link": "x.com/p", "quantity": "20", "hashtag": "two words"}, {}),
    ("Mentions User Followers", {"link": "x.com/p", "quantity": "20", "username": "bob"}, {}),
    ("Mentions Media Likers", {"link": "x.com/p", "quantity": "20"}, {}),
    ("Poll", {"link": "x.com/p", "quantity": "20", "answer_number": "0"}, {}),
    ("SEO", {"link": "x.com", "quantity": "20"}, {}),
    ("Invites from Groups", {"link": "x.com", "quantity": "20"}, {}),
    ("Subscriptions", {"username": "", "min": "300", "max": "200", "delay": "7"}, {}),
    ("Subscriptions", {"username": "nike", "min": "20", "max": "30", "expiry": "31/02/2020"}, {}),
    ("Subscriptions", {"username": "nike", "min": "20", "max": "30", "expiry": "1/1/2020"}, {}),
    ("Subscriptions", {"username": "nike", "min": "20", "max": "30", "posts": "0"}, {}),
)


def all_field_errors() -> list[tuple[FieldError, Service, dict[str, str]]]:
    found = []
    for type_name, values, overrides in BAD_VALUES:
        svc = service(type_name, **overrides)
        found += [(e, svc, values) for e in validate_order(svc, values).errors]
    return found


def test_every_field_error_is_shown_in_the_users_language(marked: None) -> None:
    errors = all_field_errors()
    codes = {error.code for error, _svc, _values in errors}
    assert codes == set(FieldCode)  # every code has its sentence (and is shown here)
    shown = {e.message: field_error_text(e, svc) for e, svc, _values in errors}
    untranslated = {message: text for message, text in shown.items() if not translated(text)}
    assert untranslated == {}


def test_field_errors_in_english_read_as_the_core_words_them() -> None:
    # The translations start from these English texts: they must say what the core says.
    different = {
        e.message: plain(field_error_text(e, svc))
        for e, svc, _values in all_field_errors()
        if plain(field_error_text(e, svc)) != e.message
    }
    # core adds a unit the label already carries; the list item keeps its own quotes
    assert different == {
        "Interval (minutes) must be at least 1 minute": ("Interval (minutes) must be at least 1")
    }


def test_an_empty_username_is_required_and_a_lone_at_sign_asks_for_it() -> None:
    # a lone "@" is no username: the form asks for one; an empty field names its label
    svc = service("Comment Likes")
    values = {"link": "x.com/p", "quantity": "50"}
    typed = validate_order(svc, {**values, "username": "@"}).error_for("username")
    empty = validate_order(svc, {**values, "username": ""}).error_for("username")
    assert typed is not None
    assert empty is not None
    assert field_error_text(typed, svc) == "Enter the username"
    assert blocking_error_text(typed, svc) == "Enter the username to place the order"
    assert field_error_text(empty, svc) == "Comment owner is required"
    assert blocking_error_text(empty, svc) == "Comment owner is required"


def test_statuses_and_local_states_are_words_not_the_cores(marked: None) -> None:
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    model = OrdersTableModel()
    records = []
    for n, state in enumerate(LocalState):
        records.append(make_record(n + 1, state=state, created_at=now))
    for n, status in enumerate(OrderStatus):
        records.append(make_record(100 + n, status=status, created_at=now))
    records.append(make_record(200, status=OrderStatus.UNKNOWN, status_text="Incorrect order ID"))
    model.set_snapshot(OrdersSnapshot.build(records, {}, {1: "Demo"}))
    for row in range(model.rowCount()):
        record = model.record_at(row)
        look = status_look(record)
        if look.category == "panel_error":
            assert look.words == f"{FSI}Incorrect order ID{PDI}"  # the panel's own words
            continue
        if record.status is OrderStatus.UNKNOWN:
            continue  # an unrecognised status word is shown as the panel wrote it
        assert translated(look.words), look
        assert translated(describe_state(record)), record.state
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(translated(h) for h in headers)


def make_record(local_id: int, **overrides: Any) -> OrderRecord:
    fields: dict[str, Any] = {
        "local_id": local_id,
        "panel_id": 1,
        "service_id": 3,
        "service_name": "Instagram Followers",
        "service_type": "Default",
        "link": f"https://instagram.com/p/post{local_id}/",
        "quantity": 12_500,
        "params": MappingProxyType({"link": "x", "quantity": "12500"}),
        "cost": Decimal("11.25"),
        "state": LocalState.ACCEPTED,
        "panel_order_id": 23_500 + local_id,
        "error_code": None,
        "error_text": None,
        "created_at": datetime(2026, 3, 10, 12, tzinfo=UTC),
        "sent_at": None,
        "resolved_at": None,
        "status": OrderStatus.IN_PROGRESS,
        "status_text": "In progress",
        "charge": Decimal("11.25"),
        "start_count": 1_200,
        "remains": 2_500,
        "currency": "USD",
        "last_checked_at": None,
        "source": "app",
        "note": "",
    }
    fields.update(overrides)
    if fields["state"] is not LocalState.ACCEPTED:
        fields["panel_order_id"] = None
        fields["status"] = None
    return OrderRecord(**fields)


PLACEMENT_ERRORS: Sequence[PanelError | None] = (
    *(PanelRejected("x", code) for code in (
        "insufficient_funds", "bad_link", "duplicate_active_order", "quantity_out_of_range",
        "unknown_service", "disabled_service", "auth", "other",
    )),
    AuthError("bad key"),
    TransportError("refused"),
)  # fmt: skip


def test_placement_outcomes_are_given_in_the_users_language(marked: None) -> None:
    outcomes = [Placement(1, PlacementState.ACCEPTED, 23501, None, "Placed: …")]
    outcomes += [Placement(1, PlacementState.REJECTED, None, e, "…") for e in PLACEMENT_ERRORS]
    outcomes += [
        Placement(1, PlacementState.UNKNOWN, None, e, "…")
        for e in (OutcomeUnknown("timed out"), BadResponse("HTML"), RateLimited("429"), None)
    ]
    for outcome in outcomes:
        assert translated(placement_message(outcome)), outcome
    rejected = placement_message(outcomes[1])
    assert f"{OPEN}The panel said: “{FSI}x{PDI}”{CLOSE}" in rejected  # the panel's words kept


def test_an_order_placed_with_the_panels_words_beside_its_number(marked: None) -> None:
    """{"order": 23501, "error": "Low balance warning"}: placed, with the panel's words; and an
    accepted order the database could not record says so by its field, not by its English."""
    warned = Placement(
        1, PlacementState.ACCEPTED, 23501, None, "(English for logs)", warning=WARNED
    )
    text = placement_message(warned)
    assert text.startswith(
        f"{OPEN}Placed: the panel accepted it as order %1.{CLOSE}".replace("%1", order_ref(23501))
    )
    assert f"{OPEN}The panel also said: “{FSI}{WARNED}{PDI}”.{CLOSE}" in text
    assert "Not placed" not in text
    assert "could not save" not in text
    unsaved = placement_message(
        Placement(1, PlacementState.ACCEPTED, 23501, None, "no such words", saved=False)
    )
    assert f"{OPEN}SMMDesk could not save this in its database" in unsaved
    record = make_record(1)
    assert f"{OPEN}The panel also said: “{FSI}{WARNED}{PDI}”.{CLOSE}" in describe_state(
        record, warning=WARNED
    )
    assert "also said" not in describe_state(record)


# ---------------------------------------------------------------------------------------------
# The core's refill, cancel, reconcile and mass-order sentences, given back by code


WARNED = "Low balance warning"


class FakeActions:
    """A RefillClient/CancelClient/BalanceClient answering from a script (no HTTP: the core's
    doors are exercised with every answer a panel can give)."""

    def __init__(self, answer: object) -> None:
        self.answer = answer

    def _give(self, ids: Iterable[int], make: Any) -> list[Any]:
        if isinstance(self.answer, Exception):
            raise self.answer
        return [make(i) for i in ids if i != 0]

    def refill(self, order_id: int) -> RefillResult:
        if isinstance(self.answer, Exception):
            raise self.answer
        return RefillResult(order_id, 9001, None, WARNED if self.answer == "warned" else None)

    def refills(self, order_ids: Iterable[int]) -> Sequence[RefillResult]:
        if self.answer == "silent":
            return []
        if self.answer == "warned":  # ids beside an error text: accepted, the text kept
            return self._give(order_ids, lambda i: RefillResult(i, 9000 + i, None, WARNED))
        if self.answer == "unusable":  # an id there but not usable: unknown
            return self._give(order_ids, lambda i: RefillResult(i, None))
        return self._give(order_ids, lambda i: RefillResult(i, None, "Refill is disabled"))

    def cancel(self, order_ids: Iterable[int]) -> Sequence[CancelResult]:
        if self.answer == "silent":
            return []
        accepted = self.answer == "yes"
        return self._give(
            order_ids, lambda i: CancelResult(i, accepted, None if accepted else "No")
        )

    def balance(self) -> Balance:
        if isinstance(self.answer, Exception):
            raise self.answer
        assert isinstance(self.answer, Balance)
        return self.answer


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "orders.sqlite3")
    yield opened
    opened.close()


def placed(store: Store, panel_id: int, count: int, start: int = 23500) -> list[int]:
    with store.transaction():
        return [
            store.import_order(panel_id, start + n, service_id=7, service_name="Followers",
                               link=f"https://x.com/{n}", quantity=100, cost=Decimal("1"))
            for n in range(count)
        ]  # fmt: skip


def test_every_refill_and_cancel_result_is_given_in_the_users_language(
    qtbot: QtBot, gui_ctx: AppContext, store: Store, marked: None
) -> None:
    panel = store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")
    other = store.add_panel("Other", "https://other.example/api/v2", currency="USD")
    results = []
    # skipped: not placed here, unknown outcome, draft, never placed, service without refill
    (elsewhere,) = placed(store, other, 1, start=1)
    unknown = store.create_intent(panel_id=panel, service_id=7, service_name="F",
                                  service_type="Default", params={"link": "x"}, cost=None,
                                  quantity=None)  # fmt: skip
    store.mark_unknown(unknown, "timed out", code="no_answer")
    draft = store.create_intent(panel_id=panel, service_id=7, service_name="F",
                                service_type="Default", params={"link": "x"}, cost=None,
                                quantity=None, draft=True)  # fmt: skip
    refused = store.create_intent(panel_id=panel, service_id=7, service_name="F",
                                  service_type="Default", params={"link": "x"}, cost=None,
                                  quantity=None)  # fmt: skip
    store.mark_rejected(refused, "bad_link", "Incorrect link")
    frozen, newer = (store.create_intent(panel_id=panel, service_id=7, service_name="F",
                                         service_type="Default", params={"link": "x"},
                                         cost=None, quantity=None) for _ in range(2))  # fmt: skip
    store.mark_accepted(frozen, 8, {"order": 8})
    store.mark_accepted(newer, 8, {"order": 8})  # the panel gave number 8 again
    no_refill = {7: service("Default", refill=False, cancel=False)}.get
    skip_ids = [999_999, elsewhere, unknown, draft, refused, frozen]
    results += [("refill", r) for r in request_refills(store, FakeActions(None), panel, skip_ids)]
    ids = placed(store, panel, 2)
    results += [("refill", r) for r in request_refills(store, FakeActions(None), panel, ids,
                                                        services=no_refill)]  # fmt: skip
    results += [("cancel", r) for r in request_cancels(store, FakeActions(None), panel, ids,
                                                        services=no_refill)]  # fmt: skip
    # sent: every answer a panel can give, to one order and to several
    refill_answers = (
        None,
        "silent",
        "warned",
        "unusable",
        PanelRejected("Refill is disabled"),
        AuthError("key"),
        TransportError("refused"),
        OutcomeUnknown("timed out"),
    )
    for answer in refill_answers:
        for count in (1, 2):
            orders = placed(store, panel, count, start=30_000 + len(results))
            sent = request_refills(store, FakeActions(answer), panel, orders)
            results += [("refill", r) for r in sent]
    cancel_answers = (
        "yes",
        "no",
        "silent",
        PanelRejected("Cannot be canceled"),
        TransportError("refused"),
        OutcomeUnknown("timed out"),
    )
    for answer in cancel_answers:
        orders = placed(store, panel, 2, start=40_000 + len(results))
        answered = request_cancels(store, FakeActions(answer), panel, orders)
        results += [("cancel", r) for r in answered]
    done = OrderState(23500, OrderStatus.COMPLETED, "Completed", None, None, 0, "USD")
    store.apply_statuses(panel, {23500: done})
    results += [("cancel", r) for r in request_cancels(store, FakeActions("yes"), panel, ids[:1])]
    assert {r.outcome for _a, r in results} == set(ActionOutcome)
    # every reason a result can carry (SEND_FAILED is only written to the history)
    assert {r.reason for _a, r in results} == set(ActionReason) - {ActionReason.SEND_FAILED}
    pane = OrdersPane(gui_ctx, lambda: None)
    qtbot.addWidget(pane)
    untranslated = {r.message for action, r in results if not translated(action_message(r, action))}
    assert untranslated == set()
    warned = [r for _a, r in results if r.warning is not None]
    assert len(warned) == 3
    assert all(r.outcome is ActionOutcome.ACCEPTED for r in warned)
    for result in warned:  # accepted, with the panel's words beside the refill number
        text = action_message(result, "refill")
        assert f"{OPEN}The panel also said: “{FSI}{WARNED}{PDI}”.{CLOSE}" in text
        assert "refused" not in text.lower()
    qtbot.waitUntil(lambda: not pane.loading, timeout=5000)


def test_every_balance_verdict_is_given_in_the_users_language(store: Store, marked: None) -> None:
    panel = store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")
    cases = [  # (cost, balance before, balance now or the error reading it)
        (Decimal("2"), Decimal("100"), TransportError("refused")),
        (Decimal("2"), None, Balance(Decimal("100"), "USD")),
        (None, Decimal("100"), Balance(Decimal("100"), "USD")),
        (Decimal("0.001"), Decimal("100"), Balance(Decimal("100"), "USD")),
        (Decimal("2"), Decimal("100"), Balance(Decimal("98"), "USD")),
        (Decimal("2"), Decimal("100"), Balance(Decimal("100"), "USD")),
        (Decimal("2"), Decimal("100"), Balance(Decimal("90"), "USD")),
    ]
    texts = []
    for cost, before, now in cases:
        local_id = store.create_intent(panel_id=panel, service_id=7, service_name="F",
                                       service_type="Default", params={"link": "https://x.com/a"},
                                       cost=cost, quantity=10)  # fmt: skip
        store.mark_unknown(local_id, "timed out", code="no_answer")
        hint = reconcile(store, FakeActions(now), local_id, balance_before=before)
        texts.append(evidence_text(hint, store.get_order(local_id), "USD"))
    assert all(translated(text) for text in texts), texts
    assert f"{FSI}https://x.com/a{PDI}" in texts[0]  # the link is named, isolated


def test_balance_evidence_in_english_reads_as_the_core_judged_it(store: Store) -> None:
    panel = store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")
    unreadable = TransportError("refused")  # its reason in words is the errors' own wording
    cases = [  # (cost, balance before, balance now or the error reading it, what the user reads)
        (Decimal("2"), Decimal("100"), unreadable,
         f"The balance could not be read now (\u2068{error_reason(unreadable)}\u2069)."),
        (Decimal("2"), None, Balance(Decimal("100"), "USD"),
         "The balance is USD\xa0100.00, but there is no reading from before the order"),
        (None, Decimal("100"), Balance(Decimal("100"), "USD"),
         "The order's cost is unknown, so the balance can't tell."),
        (Decimal("0.001"), Decimal("100"), Balance(Decimal("100"), "USD"),
         "The balance went from USD\xa0100.00 to USD\xa0100.00; the order's cost "
         "(USD\xa00.001) is too small to show in the balance."),
        (Decimal("2"), Decimal("100"), Balance(Decimal("98"), "USD"),
         "The balance went from USD\xa0100.00 to USD\xa098.00: it dropped by about the "
         "order's cost (USD\xa02.00), so it was probably placed"),
        (Decimal("2"), Decimal("100"), Balance(Decimal("100"), "USD"),
         "The balance went from USD\xa0100.00 to USD\xa0100.00: it did not drop by the "
         "order's cost (USD\xa02.00), so it was probably not placed"),
        (Decimal("2"), Decimal("100"), Balance(Decimal("90"), "USD"),
         "The balance went from USD\xa0100.00 to USD\xa090.00: a change that does not match "
         "the order's cost (USD\xa02.00)"),
    ]  # fmt: skip
    for cost, before, now, says in cases:
        local_id = store.create_intent(panel_id=panel, service_id=7, service_name="F",
                                       service_type="Default", params={}, cost=cost,
                                       quantity=10)  # fmt: skip
        store.mark_unknown(local_id, "timed out", code="no_answer")
        hint = reconcile(store, FakeActions(now), local_id, balance_before=before)
        text = evidence_text(hint, store.get_order(local_id), "USD")
        assert text.startswith(says), (hint.evidence, text)
        assert "look in its orders for this order placed around" in text  # no link: "this order"


def test_a_decision_that_was_not_recorded_says_why() -> None:
    refused = ReconcileError(
        ReconcileProblem.NOT_CONFIRMED, 999, error=PanelRejected("Incorrect order ID")
    )
    assert decision_error_text(refused) == (
        "The panel does not confirm order #999 (\u2068Incorrect order ID\u2069). Check the number "
        "on the panel's orders page."
    )
    silent = ReconcileError(ReconcileProblem.NOT_CONFIRMED, 999)
    assert "order #999 (no answer for it)." in decision_error_text(silent)
    taken = ReconcileError(ReconcileProblem.ID_TAKEN, 23501, local_order=12)
    assert decision_error_text(taken) == (
        "Order #23501 of this panel is already recorded as local order 12; check the number."
    )


def test_database_failures_are_worded_by_their_kind_not_their_text(tmp_path: Path) -> None:
    path = tmp_path / "smmdesk.sqlite3"
    failure = StoreError(f"Cannot write to the database {path}: disk I/O error", path)
    kind, text, detail = local_failure_text(failure)
    assert kind == "error"
    assert text.startswith("Not sent:")
    assert detail == f"SMMDesk could not read or write its database \u2066{path}\u2069."
    conflict = StateConflict("Local order 4 is ACCEPTED; it cannot become NOT_PLACED.", path)
    assert decision_error_text(conflict) == record_failure_text(conflict)
    assert "changed meanwhile" in record_failure_text(conflict)
    assert "ACCEPTED" not in record_failure_text(conflict)
    damaged = record_failure_text(CorruptDatabase("file is not a database", path))
    assert damaged.startswith("The database \u2066")
    assert "is damaged" in damaged


def test_every_mass_order_problem_is_given_in_the_users_language(
    qtbot: QtBot, marked: None
) -> None:
    catalog = Catalog(
        [
            service("Default", id=1),
            service("Custom Comments", id=4),
            service("Package", id=5, min=1, max=1),
            service("Default", id=6, rate=Decimal("NaN")),
        ]
    )
    text = "\n".join(
        (
            "1 | https://x.com/a",  # fine: quantity is checked below
            "1 | https://x.com/a | 100",
            "1 | https://x.com/a | 200",  # duplicate
            "1 | https://x.com/b | 100 | extra | more",  # format
            "x | https://x.com/c | 100",  # service id
            "99 | https://x.com/c | 100",  # unknown service
            "4 | https://x.com/c | 100",  # needs the form
            "5 | https://x.com/c | 3",  # package quantity
            "6 | https://x.com/c | 100",  # no price
            "1 | https://x.com/d | 5",  # invalid: below the minimum
            "1 | https://x.com/sent | 100",  # already sent
        )
    )
    plan = parse_mass_order(text, catalog, already_sent={(1, "https://x.com/sent"): 7})
    problems = plan.problems
    assert {line.code for line in problems} == {
        "invalid", "duplicate", "format", "service_id", "unknown_service", "needs_form",
        "package_quantity", "no_price", "already_sent",
    }  # fmt: skip
    model = MassOrderModel()
    assert {line.code: model.problem_text(line) for line in problems if not translated(
        model.problem_text(line))} == {}  # fmt: skip


def test_mass_order_problems_in_english_keep_their_details() -> None:
    catalog = Catalog([service("Default", id=1)])
    text = "\n".join(
        (
            "1 | https://x.com/a | 100",
            "1 | https://x.com/a | 200",  # duplicate of line 1
            "1 | https://x.com/b | 100 | extra | more",  # 5 fields
            "1x | https://x.com/c | 100",  # not an id
            "1 | https://x.com/sent | 100",  # placed earlier as order 7
            "1 | https://x.com/maybe | 100",  # sent earlier, outcome unknown
            "1 | https://x.com/d | 5",  # below the minimum
        )
    )
    sent = {(1, "https://x.com/sent"): 7, (1, "https://x.com/maybe"): None}
    plan = parse_mass_order(text, catalog, already_sent=sent)
    model = MassOrderModel()
    words = {line.number: plain(model.problem_text(line)) for line in plan.problems}
    assert words == {
        2: "Same service and link as line 1: the panel refuses a second active order for the "
        "same link.",
        3: "Expected service ID | link | quantity; this line has 5 fields. If the link or the "
        "quantity contains a comma, separate the fields with | or put that field in quotes.",
        4: "The service id must be a number (found “1x”).",
        5: "Already sent from this window (order #7); check it before sending it again.",
        6: "Already sent from this window (unconfirmed: it may have been placed); check it "
        "before sending it again.",
        7: "Quantity must be between 10 and 1,000",
    }


# ---------------------------------------------------------------------------------------------
# Numbers: the locale's digits, or Western ones when the user chooses them


def number_cells(model: OrdersTableModel) -> dict[int, str]:
    return {col: model.index(0, col).data() for col in (ORDER, QUANTITY, CHARGE, PROGRESS, DATE)}


@pytest.mark.parametrize("digits", ["locale", "western"])
def test_money_and_quantities_use_the_chosen_digits(digits: str) -> None:
    use_numbers("ar", digits)
    model = OrdersTableModel()
    model.set_snapshot(OrdersSnapshot.build([make_record(1)], {}, {1: "Demo"}))
    cells = number_cells(model)
    for column, text in cells.items():
        has_arabic = any(ch in ARABIC_DIGITS for ch in text)
        has_western = any(ch.isascii() and ch.isdigit() for ch in text)
        assert has_arabic == (digits == "locale"), (column, text)
        assert has_western == (digits == "western"), (column, text)
    if digits == "locale":
        assert cells[QUANTITY] == "١٢٬٥٠٠"
        assert cells[ORDER] == "#٢٣٥٠١"  # a number that names an order is never grouped
        assert "١١٫٢٥" in cells[CHARGE]
        assert "USD" in cells[CHARGE]
        assert cells[PROGRESS] == "٨٠٪\u061c"
    else:
        assert cells[QUANTITY] == "12,500"
        assert cells[ORDER] == "#23501"
        assert "11.25" in cells[CHARGE]
        assert cells[PROGRESS].startswith("80%")
    assert model.index(0, SERVICE).data().startswith("#" + ("٣" if digits == "locale" else "3"))


def test_english_numbers_are_western_and_grouped() -> None:
    use_numbers("en")
    model = OrdersTableModel()
    model.set_snapshot(OrdersSnapshot.build([make_record(1)], {}, {1: "Demo"}))
    cells = number_cells(model)
    assert cells[QUANTITY] == "12,500"
    assert cells[ORDER] == "#23501"
    assert cells[CHARGE] == "USD\xa011.25"
    assert cells[PROGRESS] == "80%"


@pytest.mark.parametrize("digits", ["locale", "western"])
def test_counts_in_the_orders_pane_use_the_chosen_digits(
    qtbot: QtBot, gui_ctx: AppContext, digits: str
) -> None:
    use_numbers("ar", digits)
    panel = gui_ctx.store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")
    placed(gui_ctx.store, panel, 12)
    pane = OrdersPane(gui_ctx, lambda: None)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: not pane.loading, timeout=5000)
    count = pane.count_label.text()
    assert ("١٢" in count) == (digits == "locale")
    assert ("12" in count) == (digits == "western")


# ---------------------------------------------------------------------------------------------
# Right to left


@pytest.fixture
def rtl(qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    use_numbers("ar")


def test_the_order_form_reads_right_to_left(qtbot: QtBot, rtl: None) -> None:
    form = OrderForm(lambda: None)
    qtbot.addWidget(form)
    form.set_service(service("Subscriptions", id=17, dripfeed=False), "USD")
    form.resize(480, 700)
    form.show()
    assert form.isRightToLeft()
    # numbers and dates start where an Arabic reader starts: the right
    for name in ("min", "max", "posts"):
        edit = form.field_widgets[name]
        assert isinstance(edit, QLineEdit)
        assert edit.alignment() & Qt.AlignmentFlag.AlignRight
        assert edit.alignment() & Qt.AlignmentFlag.AlignAbsolute
    expiry = form.field_widgets["expiry"]
    assert isinstance(expiry, QDateEdit)
    assert not any(mark in expiry.displayFormat() for mark in "\u200e\u200f\u061c")
    assert any(ch in ARABIC_DIGITS for ch in expiry.text())
    # the subheader's limits are in Arabic-Indic digits
    assert "٢٠٬٠٠٠" in form.subheader_label.text() or "١٬٠٠٠" in form.subheader_label.text()
    form.set_service(service("Default", id=1), "USD")
    link = form.field_widgets["link"]
    assert link.layoutDirection() == Qt.LayoutDirection.LeftToRight  # a URL reads LTR
    assert form.field_widgets["quantity"].isRightToLeft()


def test_the_detail_panel_leads_each_fact_with_the_reading_direction(
    qtbot: QtBot, gui_ctx: AppContext, rtl: None
) -> None:
    panel = gui_ctx.store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")
    (local_id,) = placed(gui_ctx.store, panel, 1)
    pane = OrdersPane(gui_ctx, lambda: None)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: not pane.loading, timeout=5000)
    pane.select_local_ids([local_id])
    facts = pane.detail.fact_labels
    # "#7 Followers" holds no Arabic letter: without the mark Qt would lay it out left to right
    assert facts["service"].text().startswith("\u200f#٧ ")
    assert facts["link"].text() == f"\u200f{FSI}https://x.com/0{PDI}"
    assert facts["quantity"].text() == "\u200f١٠٠"


# ---------------------------------------------------------------------------------------------
# In Arabic, with the shipped translations


def test_the_orders_pane_and_form_in_arabic(
    qtbot: QtBot, gui_ctx: AppContext, qapp: QApplication
) -> None:
    assert i18n.install_translators(qapp, "ar", system=QLocale("ar_EG")) == "ar"
    panel = gui_ctx.store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")
    ids = placed(gui_ctx.store, panel, 12)
    done = OrderState(23500, OrderStatus.COMPLETED, "Completed", None, None, 0, "USD")
    gui_ctx.store.apply_statuses(panel, {23500: done})
    pane = OrdersPane(gui_ctx, lambda: None)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: not pane.loading, timeout=5000)
    assert pane.isRightToLeft()
    model = pane.model
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "الحالة"
    assert pane.count_label.text() == "١٢ طلبًا"  # the plural form for 11 to 99
    completed = model.index(model.row_of(ids[0]) or 0, STATUS).data()
    assert completed == "✔ مكتمل"
    form = OrderForm(lambda: None)
    qtbot.addWidget(form)
    form.set_service(service("Custom Comments", id=4, min=5, max=1000), "USD")
    form.prefill({"link": "https://x.com/p", "comments": "رائع\nجميل\nممتاز"})
    form._show_all_errors = True
    form.revalidate()
    assert form.place_button.text() == "تقديم الطلب"
    assert form.hint_text("comments") == "٣ تعليقات = الكمية ٣"
    assert form.error_text("comments") == "أدخل عددًا من التعليقات بين ٥ و١٬٠٠٠ (أدخلت ٣)"


def test_a_refill_that_never_reached_the_panel_names_its_cause_in_arabic(
    qapp: QApplication,
) -> None:
    """The cause inside the sentence comes from the error's class, not from the core's
    English text about it."""
    assert i18n.install_translators(qapp, "ar", system=QLocale("ar_EG")) == "ar"
    error = TransportError("Could not connect to demo.example: Connection refused")
    result = ActionResult(1, 23501, ActionOutcome.NOT_SENT, ActionReason.NOT_REACHED,
                          "Not sent: (English for logs)", error=error)  # fmt: skip
    text = action_message(result, "refill")
    assert text.startswith("لم يُرسَل: تعذّر على SMMDesk الوصول إلى اللوحة (")
    assert f"({FSI}لا اتصال{PDI})" in text
    assert "Connection refused" not in text
    assert "English" not in text


def test_an_order_already_final_is_named_by_its_status_in_arabic(qapp: QApplication) -> None:
    assert i18n.install_translators(qapp, "ar", system=QLocale("ar_EG")) == "ar"
    result = ActionResult(1, 23501, ActionOutcome.SKIPPED, ActionReason.ALREADY_FINAL,
                          "This order is already Completed: it cannot be canceled.",
                          status=OrderStatus.COMPLETED)  # fmt: skip
    text = action_message(result, "cancel")
    assert "مكتمل" in text
    assert "Completed" not in text


def test_a_record_with_an_english_panel_error_keeps_the_panels_words(marked: None) -> None:
    record = make_record(3, state=LocalState.REJECTED, error_code="bad_link",
                         error_text="Incorrect link")  # fmt: skip
    text = describe_state(record)
    assert translated(text)
    assert f"{FSI}Incorrect link{PDI}" in text
    unknown = replace(record, state=LocalState.UNKNOWN, error_code="interrupted", error_text="")
    assert "SMMDesk stopped while the order was being sent" in describe_state(unknown)
    field = spec_for("Default").field("link")
    assert field is not None
    assert field.kind is FieldKind.LINK
