"""The doors for acting on placed orders: refresh statuses, refill status, refill and cancel.
Refill and cancel are sent once and never retried; each order's result carries an
ActionReason and the fields to word it.

Over 400 lines: refill and cancel share one path (which orders may be asked, the intent
recorded before the request leaves, what a failed request means for each order, one result
per order) that reads best as a whole; importing orders by id lives in core.order_import."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, Protocol

from smmdesk.core.errors import AuthError, PanelError, PanelRejected, TransportError
from smmdesk.core.models import (
    CancelResult,
    OrderState,
    OrderStatus,
    RefillResult,
    RefillState,
    Service,
)
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord, Store

__all__ = [
    "MAX_IDS_PER_REQUEST",
    "ActionOutcome",
    "ActionReason",
    "ActionResult",
    "CancelClient",
    "RefillClient",
    "RefillStatusClient",
    "ServiceLookup",
    "StatusesClient",
    "refresh_refills",
    "refresh_statuses",
    "request_cancels",
    "request_refills",
]

log = logging.getLogger(__name__)

#: panels take up to 100 ids in one multi-id request
MAX_IDS_PER_REQUEST = 100

#: the catalogue's idea of a service (``Catalog.by_id``), or None where it has none
ServiceLookup = Callable[[int], Service | None]


class StatusesClient(Protocol):
    def statuses(self, order_ids: Iterable[int]) -> Mapping[int, OrderState | PanelRejected]: ...


class RefillClient(Protocol):
    def refill(self, order_id: int) -> RefillResult: ...

    def refills(self, order_ids: Iterable[int]) -> Sequence[RefillResult]: ...


class CancelClient(Protocol):
    def cancel(self, order_ids: Iterable[int]) -> Sequence[CancelResult]: ...


class RefillStatusClient(Protocol):
    def refill_statuses(self, refill_ids: Iterable[int]) -> Mapping[int, RefillState]: ...


class ActionOutcome(StrEnum):
    ACCEPTED = "ACCEPTED"  # the panel took the request
    REJECTED = "REJECTED"  # the panel refused it for this order
    UNKNOWN = "UNKNOWN"  # sent, but no usable answer: it may have been done
    NOT_SENT = "NOT_SENT"  # nothing reached the panel
    SKIPPED = "SKIPPED"  # not asked: the order or its service does not allow it


class ActionReason(StrEnum):
    """Why a refill or cancel of one order came out as it did (the GUI words it by this)."""

    ACCEPTED = "accepted"  # the panel took it (a refill with its ``refill_id``)
    REFUSED_BY_PANEL = "refused_by_panel"  # the panel said no: its words in ``panel_text``
    KEY_REFUSED = "key_refused"  # the panel refused the API key: nothing was done
    NOT_REACHED = "not_reached"  # nothing reached the panel (``error``: a TransportError)
    NO_ANSWER = "no_answer"  # sent, no usable answer came back (``error`` says how)
    NOT_MENTIONED = "not_mentioned"  # the panel's answer left this order out
    UNUSABLE_REFILL_ID = "unusable_refill_id"  # an answer for the order without a usable id
    SEND_FAILED = "send_failed"  # SMMDesk itself failed while sending (history only)
    # skipped: nothing was asked
    NOT_IN_DATABASE = "not_in_database"
    OTHER_PANEL = "other_panel"
    OUTCOME_UNKNOWN = "outcome_unknown"  # the order's own placement is still unsettled
    NOT_PLACED_YET = "not_placed_yet"  # a draft, or still being sent
    SUPERSEDED = "superseded"  # the panel gave the order's number to a newer order
    NEVER_PLACED = "never_placed"  # refused or settled as not placed
    SERVICE_SAYS_NO_REFILL = "service_says_no_refill"  # the catalogue's refill flag is false
    SERVICE_SAYS_NO_CANCEL = "service_says_no_cancel"  # the catalogue's cancel flag is false
    ALREADY_FINAL = "already_final"  # the order's ``status`` is final: nothing to cancel


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The outcome of a refill or cancel for one order: ``outcome`` and ``reason`` say what
    happened, the fields say with what. ``message`` is an English sentence for logs.

    ``refill_id``: the panel's refill id of an accepted refill; ``warning``: the panel's text
    sent beside it; ``panel_text``: the panel's own words of a refusal (verbatim, None when it
    gave none); ``service_name``: the order's service (for the service-list reasons);
    ``status``: the order's status (``ALREADY_FINAL``); ``error``: the client's error when the
    whole request failed (``KEY_REFUSED``, ``NOT_REACHED``, ``NO_ANSWER``, or a refusal)."""

    local_id: int
    order_id: int | None
    outcome: ActionOutcome
    reason: ActionReason
    message: str
    refill_id: int | None = None
    warning: str | None = None
    panel_text: str | None = None
    service_name: str = ""
    status: OrderStatus | None = None
    error: PanelError | None = field(default=None, compare=False)


def _chunks(items: Sequence[int], size: int = MAX_IDS_PER_REQUEST) -> list[Sequence[int]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _placed(store: Store, panel_id: int, local_ids: Iterable[int]) -> dict[int, OrderRecord]:
    """The panel's placed orders among ``local_ids`` that still hold their number (not frozen
    by a reused one), by local id, in the order given."""
    wanted = list(dict.fromkeys(local_ids))
    records = {r.local_id: r for r in store.get_orders(wanted)}
    return {
        i: records[i]
        for i in wanted
        if i in records
        and records[i].panel_id == panel_id
        and records[i].state is LocalState.ACCEPTED
        and records[i].panel_order_id is not None
        and records[i].superseded_by is None
    }


# ---------------------------------------------------------------------------------------------
# Read-only: statuses


def refresh_statuses(
    store: Store, client: StatusesClient, panel_id: int, local_ids: Iterable[int]
) -> list[int]:
    """Ask the panel for the status of these orders (≤100 ids a request) and record the
    answers; returns the local ids whose status changed. Orders not placed on this panel are
    left alone. Each request's answers are saved before the next is sent, so a failure part
    way (raised as the client's ``PanelError``) keeps what was learnt."""
    orders = _placed(store, panel_id, local_ids)
    order_ids = list(dict.fromkeys(r.panel_order_id for r in orders.values() if r.panel_order_id))
    changed: list[int] = []
    for chunk in _chunks(order_ids):
        answer = client.statuses(chunk)
        changed.extend(store.apply_statuses(panel_id, answer))
    return list(dict.fromkeys(changed))


def refresh_refills(
    store: Store, client: RefillStatusClient, panel_id: int, local_ids: Iterable[int]
) -> list[int]:
    """Ask for the status of the open (accepted, not yet final) refills of these orders and
    record it; returns the local ids whose refill changed."""
    wanted = set(_placed(store, panel_id, local_ids))
    open_refills = {
        r.panel_refill_id: r
        for r in store.list_refills(panel_id=panel_id)
        if r.local_id in wanted
        and r.state is LocalState.ACCEPTED
        and r.panel_refill_id is not None
        and (r.status is None or not r.status.is_terminal)
    }
    changed: list[int] = []
    for chunk in _chunks(list(open_refills)):
        answer = client.refill_statuses(chunk)
        with store.transaction():
            for refill_id, state in answer.items():
                refill = open_refills.get(refill_id)
                if refill is not None and _record_refill_state(store, refill, state):
                    changed.append(refill.local_id)
    return list(dict.fromkeys(changed))


def _record_refill_state(store: Store, refill: RefillRecord, state: RefillState) -> bool:
    if state.error is not None:
        return store.update_refill(refill.id, error_text=state.error)
    if state.status is not None:
        return store.update_refill(refill.id, status=state.status, error_text=None)
    return False


# ---------------------------------------------------------------------------------------------
# Refill and cancel: sent once

#: the English log sentence of each reason that needs no field of its own
_SKIP_MESSAGES: Final[dict[ActionReason, str]] = {
    ActionReason.NOT_IN_DATABASE: "This order is not in the database any more.",
    ActionReason.OTHER_PANEL: "This order belongs to another panel.",
    ActionReason.OUTCOME_UNKNOWN: (
        "It is not known whether this order was placed: settle it first (Check…)."
    ),
    ActionReason.NOT_PLACED_YET: "This order has not been placed yet.",
    ActionReason.SUPERSEDED: (
        "The panel has since given this order's number to a newer order: a request for it "
        "would reach that order instead."
    ),
    ActionReason.NEVER_PLACED: (
        "This order was never placed, so there is nothing to ask the panel."
    ),
}


def _why_not_eligible(record: OrderRecord | None, panel_id: int) -> ActionReason:
    if record is None:
        return ActionReason.NOT_IN_DATABASE
    if record.panel_id != panel_id:
        return ActionReason.OTHER_PANEL
    if record.state is LocalState.UNKNOWN:
        return ActionReason.OUTCOME_UNKNOWN
    if record.state in (LocalState.SENDING, LocalState.DRAFT):
        return ActionReason.NOT_PLACED_YET
    if record.superseded_by is not None:
        return ActionReason.SUPERSEDED
    return ActionReason.NEVER_PLACED


def _not_eligible(
    store: Store,
    panel_id: int,
    local_ids: Iterable[int],
    placed: Mapping[int, OrderRecord],
) -> list[ActionResult]:
    """SKIPPED results for the ids that are not placed orders of this panel, saying why."""
    missing = [i for i in dict.fromkeys(local_ids) if i not in placed]
    found = {r.local_id: r for r in store.get_orders(missing)}
    results = []
    for local_id in missing:
        record = found.get(local_id)
        reason = _why_not_eligible(record, panel_id)
        order_id = None if record is None else record.panel_order_id
        results.append(
            ActionResult(local_id, order_id, ActionOutcome.SKIPPED, reason, _SKIP_MESSAGES[reason])
        )
    return results


def _service_refuses(services: ServiceLookup | None, record: OrderRecord, flag: str) -> bool:
    """True when the catalogue knows the order's service and states that it lacks ``flag``
    (an explicit false). A flag the panel leaves out, or a service the catalogue does not know
    (removed, imported order), is tried: the panel's answer decides."""
    if services is None or record.service_id is None:
        return False
    service = services(record.service_id)
    return service is not None and getattr(service, flag) is False


def _skipped_by_service(record: OrderRecord, reason: ActionReason, message: str) -> ActionResult:
    return ActionResult(
        record.local_id,
        record.panel_order_id,
        ActionOutcome.SKIPPED,
        reason,
        message,
        service_name=record.service_name,
    )


@dataclass(frozen=True, slots=True)
class _Failure:
    """How a whole-request failure reads for every order in it."""

    outcome: ActionOutcome
    reason: ActionReason
    state: LocalState  # what a refill in the request becomes
    message: str
    panel_text: str | None = None

    def result(self, record: OrderRecord, error: PanelError) -> ActionResult:
        return ActionResult(
            record.local_id,
            record.panel_order_id,
            self.outcome,
            self.reason,
            self.message,
            panel_text=self.panel_text,
            error=error,
        )


def _failure(exc: PanelError, action: str) -> _Failure:
    """Mirrors ordering's rules: only an error that proves nothing was done (the panel
    refused, or nothing reached it) is a refusal; anything else may have been done."""
    if isinstance(exc, PanelRejected):
        return _Failure(
            ActionOutcome.REJECTED,
            ActionReason.REFUSED_BY_PANEL,
            LocalState.REJECTED,
            f"The panel refused the {action}: “{exc.panel_text}”.",
            exc.panel_text,
        )
    if isinstance(exc, AuthError):
        return _Failure(
            ActionOutcome.REJECTED,
            ActionReason.KEY_REFUSED,
            LocalState.REJECTED,
            f"The panel refused the API key, so nothing was done. {exc.hint}",
        )
    if isinstance(exc, TransportError):
        return _Failure(
            ActionOutcome.NOT_SENT,
            ActionReason.NOT_REACHED,
            LocalState.REJECTED,
            f"Not sent: SMMDesk could not reach the panel ({exc.message}). Nothing was "
            f"requested; try again when the panel answers.",
        )
    return _Failure(
        ActionOutcome.UNKNOWN,
        ActionReason.NO_ANSWER,
        LocalState.UNKNOWN,
        f"Unconfirmed: the {action} request was sent but no usable answer came back "
        f"({exc.message}). It was not sent again: check the order on the panel's website "
        f"before asking again.",
    )


def request_refills(
    store: Store,
    client: RefillClient,
    panel_id: int,
    local_ids: Iterable[int],
    *,
    services: ServiceLookup | None = None,
) -> list[ActionResult]:
    """Ask the panel to refill these orders; one result per id, in the order given.

    Orders whose service the catalogue (``services``) states offers no refill are skipped;
    others (a service that does not say) are tried and the panel's answer shown. Each refill
    is recorded (SENDING) before its request leaves, then ACCEPTED with the panel's refill id,
    REJECTED, or UNKNOWN. One order is asked with the single form (``order``), several with
    ``orders`` (≤100 a request). Nothing is ever retried: an unreadable answer stays UNKNOWN.
    """
    wanted = list(dict.fromkeys(local_ids))
    placed = _placed(store, panel_id, wanted)
    results: dict[int, ActionResult] = {
        r.local_id: r for r in _not_eligible(store, panel_id, wanted, placed)
    }
    to_send: list[OrderRecord] = []
    for record in placed.values():
        if _service_refuses(services, record, "refill"):
            results[record.local_id] = _skipped_by_service(
                record,
                ActionReason.SERVICE_SAYS_NO_REFILL,
                f"“{record.service_name}” does not offer refills (the panel's service list "
                "says so).",
            )
        else:
            to_send.append(record)
    single = len(to_send) == 1
    for start in range(0, len(to_send), MAX_IDS_PER_REQUEST):
        batch = to_send[start : start + MAX_IDS_PER_REQUEST]
        for result in _refill_batch(store, client, batch, single=single):
            results[result.local_id] = result
    return [results[i] for i in wanted]


def _refill_batch(
    store: Store, client: RefillClient, batch: Sequence[OrderRecord], *, single: bool
) -> list[ActionResult]:
    # The intent of every refill in the request is on disk before the request leaves.
    with store.transaction():
        refill_ids = {r.local_id: store.add_refill(r.local_id) for r in batch}
    order_ids = [r.panel_order_id for r in batch if r.panel_order_id is not None]
    answers: dict[int, RefillResult] = {}
    try:
        if single:
            answers[order_ids[0]] = client.refill(order_ids[0])
        else:
            answers = {a.order_id: a for a in client.refills(order_ids)}
    except PanelError as exc:
        failure = _failure(exc, "refill")
        log.warning("refill of %d order(s): %s", len(batch), type(exc).__name__)
        with store.transaction():
            for record in batch:
                store.update_refill(
                    refill_ids[record.local_id], state=failure.state, error_text=failure.message
                )
        return [failure.result(r, exc) for r in batch]
    except BaseException:
        # A bug or an interrupt after the request may have left: never claim "not sent".
        with store.transaction():
            for record in batch:
                store.update_refill(
                    refill_ids[record.local_id],
                    state=LocalState.UNKNOWN,
                    error_text="SMMDesk failed while sending the refill request.",
                )
        raise
    with store.transaction():
        return [
            _refill_answer(
                store, record, refill_ids[record.local_id], answers.get(record.panel_order_id or 0)
            )
            for record in batch
        ]


def _refill_answer(
    store: Store, record: OrderRecord, refill_id: int, answer: RefillResult | None
) -> ActionResult:
    """Record the panel's answer about one order's refill; its result."""
    local_id, order_id = record.local_id, record.panel_order_id
    if answer is not None and answer.refill_id is not None:
        # An id means the refill exists, whatever text the panel sent beside it.
        store.update_refill(
            refill_id,
            state=LocalState.ACCEPTED,
            panel_refill_id=answer.refill_id,
            warning=answer.warning,
        )
        message = f"Refill requested: the panel's refill #{answer.refill_id}."
        if answer.warning:
            message += f" The panel also said: “{answer.warning}”."
        return ActionResult(
            local_id,
            order_id,
            ActionOutcome.ACCEPTED,
            ActionReason.ACCEPTED,
            message,
            refill_id=answer.refill_id,
            warning=answer.warning,
        )
    if answer is not None and answer.error is not None:
        store.update_refill(refill_id, state=LocalState.REJECTED, error_text=answer.error)
        return ActionResult(
            local_id,
            order_id,
            ActionOutcome.REJECTED,
            ActionReason.REFUSED_BY_PANEL,
            f"The panel refused the refill: “{answer.error}”.",
            panel_text=answer.error,
        )
    if answer is None:
        reason = ActionReason.NOT_MENTIONED
        message = (
            "Unconfirmed: the panel's answer did not mention this order, so it is not known "
            "whether the refill was requested. It was not sent again."
        )
    else:
        reason = ActionReason.UNUSABLE_REFILL_ID
        message = (
            "Unconfirmed: the panel's answer for this order has no usable refill id, so it is "
            "not known whether the refill was requested. It was not sent again."
        )
    store.update_refill(refill_id, state=LocalState.UNKNOWN, error_text=message)
    return ActionResult(local_id, order_id, ActionOutcome.UNKNOWN, reason, message)


def request_cancels(
    store: Store,
    client: CancelClient,
    panel_id: int,
    local_ids: Iterable[int],
    *,
    services: ServiceLookup | None = None,
) -> list[ActionResult]:
    """Ask the panel to cancel these orders (≤100 a request); one result per id, in the order
    given. Orders already finished, or whose service the catalogue says cannot be canceled,
    are skipped. The request and its outcome are written to each order's history; an
    accepted cancel shows as Canceled after the next status refresh. Never retried."""
    wanted = list(dict.fromkeys(local_ids))
    placed = _placed(store, panel_id, wanted)
    results: dict[int, ActionResult] = {
        r.local_id: r for r in _not_eligible(store, panel_id, wanted, placed)
    }
    to_send: list[OrderRecord] = []
    for record in placed.values():
        skipped = _cancel_skipped(record, services)
        if skipped is not None:
            results[record.local_id] = skipped
        else:
            to_send.append(record)
    for start in range(0, len(to_send), MAX_IDS_PER_REQUEST):
        batch = to_send[start : start + MAX_IDS_PER_REQUEST]
        for result in _cancel_batch(store, client, batch):
            results[result.local_id] = result
    return [results[i] for i in wanted]


def _cancel_skipped(record: OrderRecord, services: ServiceLookup | None) -> ActionResult | None:
    """Why a placed order is not asked to be canceled, or None when it is asked."""
    status = record.status
    if status is not None and status.is_terminal:
        return ActionResult(
            record.local_id,
            record.panel_order_id,
            ActionOutcome.SKIPPED,
            ActionReason.ALREADY_FINAL,
            f"This order is already {status.value}: it cannot be canceled.",
            status=status,
        )
    if _service_refuses(services, record, "cancel"):
        return _skipped_by_service(
            record,
            ActionReason.SERVICE_SAYS_NO_CANCEL,
            f"“{record.service_name}” cannot be canceled (the panel's service list says so).",
        )
    return None


def _cancel_batch(
    store: Store, client: CancelClient, batch: Sequence[OrderRecord]
) -> list[ActionResult]:
    with store.transaction():
        for record in batch:
            store.add_event(record.local_id, "cancel", {"state": "SENDING"})
    order_ids = [r.panel_order_id for r in batch if r.panel_order_id is not None]
    try:
        answers = {a.order_id: a for a in client.cancel(order_ids)}
    except PanelError as exc:
        failure = _failure(exc, "cancel")
        log.warning("cancel of %d order(s): %s", len(batch), type(exc).__name__)
        results = [failure.result(r, exc) for r in batch]
        _record_cancels(store, results)
        return results
    except BaseException:
        _record_cancels(
            store,
            [
                ActionResult(
                    r.local_id,
                    r.panel_order_id,
                    ActionOutcome.UNKNOWN,
                    ActionReason.SEND_FAILED,
                    "SMMDesk failed while sending the cancel request; it may have been received.",
                )
                for r in batch
            ],
        )
        raise
    results = [_cancel_answer(r, answers.get(r.panel_order_id or 0)) for r in batch]
    _record_cancels(store, results)
    return results


def _cancel_answer(record: OrderRecord, answer: CancelResult | None) -> ActionResult:
    local_id, order_id = record.local_id, record.panel_order_id
    if answer is None:
        return ActionResult(
            local_id,
            order_id,
            ActionOutcome.UNKNOWN,
            ActionReason.NOT_MENTIONED,
            "Unconfirmed: the panel's answer did not mention this order, so it is not known "
            "whether it will be canceled. It was not sent again.",
        )
    if answer.accepted:
        return ActionResult(
            local_id,
            order_id,
            ActionOutcome.ACCEPTED,
            ActionReason.ACCEPTED,
            "Cancel requested: the panel accepted it; the order shows Canceled once the panel "
            "has done it.",
        )
    return ActionResult(
        local_id,
        order_id,
        ActionOutcome.REJECTED,
        ActionReason.REFUSED_BY_PANEL,
        f"The panel refused to cancel it: “{answer.error or 'no reason given'}”.",
        panel_text=answer.error,
    )


def _record_cancels(store: Store, results: Sequence[ActionResult]) -> None:
    """Each cancel's outcome in its order's history: the outcome, its reason code and the
    panel's own words, if any (the GUI words the event from these fields)."""
    with store.transaction():
        for result in results:
            detail: dict[str, object] = {
                "state": result.outcome.value,
                "reason": result.reason.value,
            }
            if result.panel_text is not None:
                detail["text"] = result.panel_text
            store.add_event(result.local_id, "cancel", detail)
