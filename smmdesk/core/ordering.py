"""The money rule: placing an order exactly once behind a committed intent, and the
evidence-gathering and user decisions that settle an unconfirmed (UNKNOWN) order."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.core.models import AddResult, Balance, OrderState, Service
from smmdesk.core.store import LocalState, OrderRecord, StateConflict, Store, StoreError

__all__ = [
    "AddClient",
    "BalanceClient",
    "Evidence",
    "Placement",
    "PlacementState",
    "ReconcileError",
    "ReconcileHint",
    "ReconcileProblem",
    "StatusClient",
    "Verdict",
    "mark_not_placed",
    "mark_placed",
    "place_order",
    "reconcile",
    "recover_at_startup",
    "send_draft",
]

log = logging.getLogger(__name__)


class AddClient(Protocol):
    """The part of ``PanelClient`` placing needs: one ``add``, sent once, never retried."""

    def add(self, service_id: int, params: Mapping[str, str]) -> AddResult: ...


class BalanceClient(Protocol):
    def balance(self) -> Balance: ...


class StatusClient(Protocol):
    def statuses(self, ids: Sequence[int]) -> Mapping[int, OrderState | PanelError]: ...


class PlacementState(StrEnum):
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class Placement:
    """The outcome of one placement.

    ``warning`` is the panel's own text sent beside the order id of an ACCEPTED order
    (``{"order": 5, "error": "Low balance warning"}``), verbatim, or None. ``saved`` is False
    when the outcome could not be written to the database (an ACCEPTED order then shows as
    unconfirmed after a restart: the user must note its number). ``message`` is one English
    sentence for logs and ``str``; the GUI words the outcome from the fields.
    """

    local_id: int
    state: PlacementState
    order_id: int | None
    error: PanelError | None
    message: str
    warning: str | None = None
    saved: bool = True

    def __str__(self) -> str:
        return self.message


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


# ---------------------------------------------------------------------------------------------
# Placing


def place_order(
    store: Store,
    client: AddClient,
    panel_id: int,
    service: Service,
    params: Mapping[str, str],
    *,
    cost: Decimal | None,
    quantity: int | None,
    source: str = "app",
    balance_before: Decimal | None = None,
    on_intent: Callable[[int], None] | None = None,
) -> Placement:
    """Commit the intent, send ``add`` exactly once, record and return the outcome.

    ``params`` are the type's ``add`` parameters besides ``service`` (the client adds ``key``,
    ``action`` and ``service``). ``balance_before`` (the last balance seen) is kept with the
    intent so :func:`reconcile` can compare later. ``on_intent(local_id)`` runs after the
    intent is on disk and before the request leaves (e.g. to show the row as "Sending…").

    Raises :class:`StoreError` if the intent cannot be recorded: then nothing was sent.
    Any exception from ``client.add`` other than a :class:`PanelError` leaves the order
    UNKNOWN and is re-raised.
    """
    detail = {} if balance_before is None else {"balance_before": str(balance_before)}
    local_id = store.create_intent(
        panel_id=panel_id,
        service_id=service.id,
        service_name=service.name,
        service_type=service.type,
        params=params,
        cost=cost,
        quantity=quantity,
        source=source,
        detail=detail,
    )
    if on_intent is not None:
        on_intent(local_id)
    return _send(store, client, local_id, service.id, params)


def send_draft(
    store: Store,
    client: AddClient,
    local_id: int,
    *,
    on_intent: Callable[[int], None] | None = None,
) -> Placement:
    """Send a DRAFT order (a queued mass-order line) exactly once.

    The DRAFT → SENDING switch is atomic, so a draft sent by another worker (or twice by a
    double click) raises :class:`StateConflict` instead of placing a second order.
    """
    record = store.get_order(local_id)
    if record.service_id is None or not store.begin_sending(local_id):
        raise StateConflict(
            f"Local order {local_id} is {record.state.value}, not a draft: it was not sent again.",
            store.path,
        )
    if on_intent is not None:
        on_intent(local_id)
    return _send(store, client, local_id, record.service_id, record.params)


def _send(
    store: Store, client: AddClient, local_id: int, service_id: int, params: Mapping[str, str]
) -> Placement:
    try:
        answer = client.add(service_id, params)
    except PanelRejected as exc:
        return _rejected(store, local_id, exc, exc.code, exc.panel_text, _rejected_message(exc))
    except AuthError as exc:
        message = f"Not placed: the panel refused the API key. {exc.hint}"
        return _rejected(store, local_id, exc, "auth", exc.message, message)
    except TransportError as exc:
        message = (
            f"Not sent: SMMDesk could not reach the panel ({exc.message}), so no order was "
            f"placed and no money was spent. {exc.hint}"
        )
        return _rejected(store, local_id, exc, "not_sent", exc.message, message)
    except PanelError as exc:
        # OutcomeUnknown, BadResponse, RateLimited and anything new: the request left this
        # machine, so the panel may have processed it. See _unknown_message for the why.
        return _unknown(store, local_id, exc)
    except BaseException as exc:
        # A bug or an interrupt after the request may have left: never claim "not placed".
        _save(
            store.mark_unknown,
            local_id,
            f"SMMDesk failed while sending ({type(exc).__name__}); the order may have been placed.",
            code="client_failure",
        )
        raise
    order_id, warning = answer.order_id, answer.warning
    raw: dict[str, object] = {"order": order_id}
    if warning is not None:
        raw["error"] = warning
    saved = _save(store.mark_accepted, local_id, order_id, raw, warning=warning)
    log.info("local order %d accepted as panel order %d", local_id, order_id)
    message = f"Placed: the panel accepted it as order #{order_id}."
    if warning is not None:
        log.warning("panel order %d was placed with a note from the panel: %s", order_id, warning)
        message += f" The panel also said: “{warning}”."
    if not saved:
        log.error(
            "panel order %d (local order %d) was placed but could not be saved", order_id, local_id
        )
        message += (
            f" SMMDesk could not save this in its database: note the number #{order_id}; "
            "after a restart the order will show as unconfirmed until you enter it."
        )
    return Placement(
        local_id, PlacementState.ACCEPTED, order_id, None, message, warning=warning, saved=saved
    )


def _save(write: Callable[..., None], *args: object, **kwargs: object) -> bool:
    """Record an outcome. A failing disk must not turn a known outcome into an exception that
    hides it from the user; the row then stays SENDING and becomes UNKNOWN at next start."""
    try:
        write(*args, **kwargs)
    except StoreError:
        log.exception("could not record an order outcome")
        return False
    return True


def _rejected(
    store: Store, local_id: int, exc: PanelError, code: str, text: str, message: str
) -> Placement:
    saved = _save(store.mark_rejected, local_id, code, text)
    if not saved:
        message += " (SMMDesk could not save this result in its database.)"
    log.info("local order %d rejected: %s", local_id, code)
    return Placement(local_id, PlacementState.REJECTED, None, exc, message, saved=saved)


def _unknown(store: Store, local_id: int, exc: PanelError) -> Placement:
    if isinstance(exc, OutcomeUnknown):
        code = "no_answer"
    elif isinstance(exc, BadResponse):
        code = "bad_response"
    elif isinstance(exc, RateLimited):
        code = "rate_limited"
    else:
        code = "unknown"
    saved = _save(store.mark_unknown, local_id, exc.message, code=code)
    log.warning("local order %d unconfirmed: %s", local_id, code)
    return Placement(
        local_id, PlacementState.UNKNOWN, None, exc, _unknown_message(exc), saved=saved
    )


_CHECK_FIRST = (
    "It may have been placed and paid for. Do not place it again before checking: use "
    "“Check” (compares your balance) or look at the orders page on the panel's website."
)


def _unknown_message(exc: PanelError) -> str:
    # RateLimited and BadResponse count as UNKNOWN too. A 429 or an HTML page usually comes
    # from a proxy or firewall in front of the panel before the order is processed, but some
    # panels rate-limit (or print warnings) after doing the work, and no panel offers a way
    # to ask "did my last add go through?". Guessing "not placed" risks a double charge;
    # UNKNOWN only costs the user a check.
    if isinstance(exc, RateLimited):
        return (
            "Unconfirmed: the panel answered “too many requests”. Usually that means the order "
            f"was not processed, but SMMDesk cannot be sure. {_CHECK_FIRST}"
        )
    if isinstance(exc, BadResponse):
        return (
            "Unconfirmed: the panel answered with an unexpected page instead of an order "
            f"number ({exc.message}). {_CHECK_FIRST}"
        )
    return (
        f"Unconfirmed: the request was sent but no usable answer came back ({exc.message}). "
        f"{_CHECK_FIRST}"
    )


def _rejected_message(exc: PanelRejected) -> str:
    text = exc.panel_text
    by_code = {
        "insufficient_funds": (
            f"Not placed: the panel says the balance is too low (“{text}”). Add funds on the "
            "panel, then place the order again."
        ),
        "duplicate_active_order": (
            f"Not placed: the panel already has an active order for this link (“{text}”). "
            "Wait until it completes, or use another link."
        ),
        "bad_link": f"Not placed: the panel did not accept the link (“{text}”). Check the link.",
        "quantity_out_of_range": (f"Not placed: the panel did not accept the quantity (“{text}”)."),
        "disabled_service": (
            f"Not placed: the panel says this service is disabled (“{text}”). Refresh the "
            "service list and choose another."
        ),
        "unknown_service": (
            f"Not placed: the panel does not know this service (“{text}”). Refresh the "
            "service list and choose another."
        ),
        "auth": f"Not placed: the panel refused the API key (“{text}”). {AuthError.hint}",
    }
    return by_code.get(exc.code, f"Not placed: the panel refused the order (“{text}”).")


# ---------------------------------------------------------------------------------------------
# Settling UNKNOWN orders


def recover_at_startup(store: Store) -> list[int]:
    """Orders left SENDING by a crash or kill become UNKNOWN; returns their local ids so the
    app can tell the user they need checking."""
    return store.recover_interrupted()


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
