"""Settling an unconfirmed (UNKNOWN) order: the balance evidence gathered without sending
anything that could place it, and the user's decision (placed as order N, or not placed)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from smmdesk.core.errors import PanelError, PanelRejected
from smmdesk.core.models import Balance, OrderState
from smmdesk.core.store import LocalState, OrderRecord, StateConflict, Store

__all__ = [
    "BalanceClient",
    "Evidence",
    "ReconcileError",
    "ReconcileHint",
    "ReconcileProblem",
    "StatusClient",
    "Verdict",
    "mark_not_placed",
    "mark_placed",
    "reconcile",
]

log = logging.getLogger(__name__)


class BalanceClient(Protocol):
    def balance(self) -> Balance: ...


class StatusClient(Protocol):
    def statuses(self, ids: Sequence[int]) -> Mapping[int, OrderState | PanelError]: ...


class Verdict(StrEnum):
    LIKELY_PLACED = "LIKELY_PLACED"
    LIKELY_NOT_PLACED = "LIKELY_NOT_PLACED"
    CANNOT_TELL = "CANNOT_TELL"


class Evidence(StrEnum):
    """What the balance says about an unconfirmed order (:attr:`ReconcileHint.evidence`)."""

    BALANCE_UNREADABLE = "balance_unreadable"  # reading it failed: ReconcileHint.error says why
    NO_EARLIER_READING = "no_earlier_reading"  # no balance from before the order to compare
    COST_UNKNOWN = "cost_unknown"  # the order's cost is unknown (or not above zero)
    COST_TOO_SMALL = "cost_too_small"  # the cost is below what the balance's rounding shows
    DROPPED_BY_COST = "dropped_by_cost"  # it dropped by about the cost: LIKELY_PLACED
    DID_NOT_DROP = "did_not_drop"  # it did not move: LIKELY_NOT_PLACED
    OTHER_CHANGE = "other_change"  # it moved by an amount that does not match the cost


@dataclass(frozen=True, slots=True)
class ReconcileHint:
    """Evidence about an UNKNOWN order. Only a hint: the user decides (``mark_placed`` /
    ``mark_not_placed``); nothing is sent to the panel that could place it.

    ``evidence`` says which case it is, with the amounts beside it (``balance_now`` is None
    when the balance could not be read, and ``error`` then says why). ``message`` is the
    English sentence for logs and ``str``; the GUI words the hint from the fields.
    """

    local_id: int
    verdict: Verdict
    balance_before: Decimal | None
    balance_now: Decimal | None
    currency: str | None
    cost: Decimal | None
    evidence: Evidence
    message: str
    error: PanelError | None = None

    def __str__(self) -> str:
        return self.message


class ReconcileProblem(StrEnum):
    """Why the user's "it was placed as order N" was not recorded (:attr:`ReconcileError.code`)."""

    NOT_CONFIRMED = "not_confirmed"  # the panel's status answer does not confirm order N
    ID_TAKEN = "id_taken"  # another local order of this panel already holds order N


class ReconcileError(Exception):
    """The user's decision could not be recorded as given; nothing was changed.

    ``order_id`` is the panel order id the user typed. For ``NOT_CONFIRMED``, ``error`` is what
    the panel answered about it (a :class:`PanelRejected` carries its own words) or None when
    its answer did not mention the id; for ``ID_TAKEN``, ``local_order`` is the local order that
    already holds the id. ``message`` (and ``str``) is English, for logs.
    """

    def __init__(
        self,
        code: ReconcileProblem,
        order_id: int,
        *,
        error: PanelError | None = None,
        local_order: int | None = None,
    ) -> None:
        self.code = code
        self.order_id = order_id
        self.error = error
        self.local_order = local_order
        self.message = self._english()
        super().__init__(self.message)

    def _english(self) -> str:
        if self.code is ReconcileProblem.ID_TAKEN:
            return (
                f"Order #{self.order_id} of this panel is already recorded as local order "
                f"{self.local_order}; check the number."
            )
        if isinstance(self.error, PanelRejected):
            why = self.error.panel_text
        elif self.error is not None:
            why = self.error.message
        else:
            why = "no answer for it"
        return (
            f"The panel does not confirm order #{self.order_id} ({why}). Check the number on "
            "the panel's orders page."
        )


def reconcile(
    store: Store,
    client: BalanceClient,
    local_id: int,
    *,
    balance_before: Decimal | None = None,
) -> ReconcileHint:
    """Gather evidence about an UNKNOWN order without sending anything that could place it.

    The API cannot list orders or look one up by link, so the only evidence channel is the
    balance: if it dropped by about the order's cost since ``balance_before`` (default: the
    balance recorded with the intent) the order was probably placed. The hint says how sure
    that is and what to check by hand. The evidence is added to the order's history.
    """
    order = store.get_order(local_id)
    if order.state is not LocalState.UNKNOWN:
        raise StateConflict(
            f"Local order {local_id} is {order.state.value}; only unconfirmed orders need "
            "checking.",
            store.path,
        )
    before = balance_before if balance_before is not None else _recorded_balance(store, local_id)
    error: PanelError | None = None
    try:
        now: Balance | None = client.balance()
    except PanelError as exc:
        now = None
        error = exc
    hint = _judge(order, before, now, error)
    store.add_event(
        local_id,
        "reconcile",
        {
            "verdict": hint.verdict.value,
            "evidence": hint.evidence.value,
            "balance_before": None if before is None else str(before),
            "balance_now": None if now is None else str(now.amount),
            "currency": hint.currency,
        },
    )
    return hint


def _recorded_balance(store: Store, local_id: int) -> Decimal | None:
    for event in store.events(local_id):
        if event.kind == "intent" and event.detail.get("balance_before") is not None:
            return Decimal(str(event.detail["balance_before"]))
    return None


def _judge(
    order: OrderRecord, before: Decimal | None, now: Balance | None, error: PanelError | None
) -> ReconcileHint:
    cost = order.cost
    if now is None:
        evidence, verdict = Evidence.BALANCE_UNREADABLE, Verdict.CANNOT_TELL
    elif before is None:
        evidence, verdict = Evidence.NO_EARLIER_READING, Verdict.CANNOT_TELL
    elif cost is None or cost <= 0:
        evidence, verdict = Evidence.COST_UNKNOWN, Verdict.CANNOT_TELL
    else:
        evidence, verdict = _compare(before, now.amount, cost)
    return ReconcileHint(
        order.local_id,
        verdict,
        before,
        None if now is None else now.amount,
        None if now is None else now.currency,
        cost,
        evidence,
        _evidence_message(order, evidence, before, now, error),
        error,
    )


def _compare(before: Decimal, now: Decimal, cost: Decimal) -> tuple[Evidence, Verdict]:
    """What a balance that went from ``before`` to ``now`` says about an order of ``cost``."""
    drop = before - now
    # Panels round balances; the finer of the two readings shows their precision.
    exponent = min(_exponent(before), _exponent(now))
    tolerance = max(Decimal(1).scaleb(exponent), cost / 100)
    if cost <= tolerance:
        return Evidence.COST_TOO_SMALL, Verdict.CANNOT_TELL
    if abs(drop - cost) <= tolerance:
        return Evidence.DROPPED_BY_COST, Verdict.LIKELY_PLACED
    if abs(drop) <= tolerance:
        return Evidence.DID_NOT_DROP, Verdict.LIKELY_NOT_PLACED
    return Evidence.OTHER_CHANGE, Verdict.CANNOT_TELL


def _evidence_message(
    order: OrderRecord,
    evidence: Evidence,
    before: Decimal | None,
    now: Balance | None,
    error: PanelError | None,
) -> str:
    """The hint in English, for logs."""
    cost = order.cost
    balance = "" if now is None else f"{now.amount} {now.currency}"
    moved = f"The balance went from {before} to {balance}"
    problem = error.message if error is not None else "no answer"
    sentences = {
        Evidence.BALANCE_UNREADABLE: f"The balance could not be read now ({problem}).",
        Evidence.NO_EARLIER_READING: f"The balance is {balance}, but there is no reading from "
        "before the order to compare with.",
        Evidence.COST_UNKNOWN: "The order's cost is unknown, so the balance can't tell.",
        Evidence.COST_TOO_SMALL: f"{moved}; the order's cost ({cost}) is too small to show in "
        "the balance.",
        Evidence.DROPPED_BY_COST: f"{moved}: it dropped by about the order's cost ({cost}), so "
        "it was probably placed (unless another order was placed meanwhile).",
        Evidence.DID_NOT_DROP: f"{moved}: it did not drop by the order's cost ({cost}), so it "
        "was probably not placed (unless a refund or a top-up happened meanwhile).",
        Evidence.OTHER_CHANGE: f"{moved}: a change that does not match the order's cost "
        f"({cost}); other orders, refunds or top-ups happened meanwhile.",
    }
    manual = (
        "SMMDesk cannot list the panel's orders through its API, so only you can confirm: "
        f"open the panel's website, look in its orders for {order.link or 'this order'} "
        f"placed around {order.created_at.astimezone():%Y-%m-%d %H:%M}, then choose "
        "“Placed” (and enter the order number) or “Not placed”."
    )
    return f"{sentences[evidence]} {manual}"


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def mark_placed(
    store: Store, local_id: int, order_id: int, *, client: StatusClient | None = None
) -> OrderRecord:
    """The user says the UNKNOWN order was placed as ``order_id``.

    With a ``client``, the id is checked with a ``status`` request first (read-only, safe to
    send) and its status recorded; an id the panel does not confirm raises
    :class:`ReconcileError` (``NOT_CONFIRMED``) and changes nothing. A transport failure raises
    the :class:`PanelError`: the caller may offer to record the id unchecked (``client=None``).
    An id another local order of this panel already holds raises :class:`ReconcileError`
    (``ID_TAKEN``).
    """
    state: OrderState | None = None
    if client is not None:
        answer = client.statuses([order_id]).get(order_id)
        if not isinstance(answer, OrderState):
            raise ReconcileError(ReconcileProblem.NOT_CONFIRMED, order_id, error=answer)
        state = answer
    try:
        store.resolve_unknown(local_id, order_id, by="user")
    except StateConflict as exc:
        holder = store.find_order(store.get_order(local_id).panel_id, order_id)
        if holder is None or holder.local_id == local_id:
            raise
        raise ReconcileError(
            ReconcileProblem.ID_TAKEN, order_id, local_order=holder.local_id
        ) from exc
    if state is not None:
        store.apply_status(store.get_order(local_id).panel_id, state)
    log.info("local order %d settled by the user as panel order %d", local_id, order_id)
    return store.get_order(local_id)


def mark_not_placed(store: Store, local_id: int) -> OrderRecord:
    """The user says the UNKNOWN order was not placed (they checked the panel)."""
    store.resolve_unknown(local_id, None, by="user")
    log.info("local order %d settled by the user as not placed", local_id)
    return store.get_order(local_id)
