"""The doors for acting on placed orders: refresh statuses, refill, cancel, refill status, and
tracking orders placed elsewhere by id. Refill and cancel are sent once and never retried."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from smmdesk.core.errors import AuthError, PanelError, PanelRejected, TransportError
from smmdesk.core.models import (
    CancelResult,
    OrderState,
    RefillResult,
    RefillState,
    Service,
)
from smmdesk.core.store import LocalState, OrderRecord, Store

__all__ = [
    "MAX_IDS_PER_REQUEST",
    "ActionOutcome",
    "ActionResult",
    "CancelClient",
    "ImportReport",
    "ParsedIds",
    "RefillClient",
    "RefillStatusClient",
    "ServiceLookup",
    "StatusesClient",
    "import_orders",
    "parse_order_ids",
    "refresh_refills",
    "refresh_statuses",
    "request_cancels",
    "request_refills",
]

log = logging.getLogger(__name__)

#: panels take up to 100 ids in one multi-id request
MAX_IDS_PER_REQUEST = 100
_MAX_ID = 2**63 - 1  # SQLite INTEGER
_ID_SEPARATORS = re.compile(r"[\s,;]+")

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
    REJECTED = "REJECTED"  # the panel refused it for this order (its words in the message)
    UNKNOWN = "UNKNOWN"  # sent, but no usable answer: it may have been done
    NOT_SENT = "NOT_SENT"  # nothing reached the panel
    SKIPPED = "SKIPPED"  # not asked: the order or its service does not allow it


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The outcome of a refill or cancel for one order. ``message`` is an English sentence
    (logs); ``refill_id`` is the panel's refill id of an accepted refill and ``warning`` the
    panel's own text sent beside it (verbatim), if any."""

    local_id: int
    order_id: int | None
    outcome: ActionOutcome
    message: str
    refill_id: int | None = None
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedIds:
    """Order ids typed or pasted by the user: unique ids in the order given, the ids given
    more than once, and the pieces that are not ids."""

    ids: tuple[int, ...]
    duplicates: tuple[int, ...] = ()
    invalid: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What ``import_orders`` did with each id. ``not_found`` pairs an id with the panel's
    words ("Incorrect order ID"); ``unchecked`` ids were not asked about because ``error``
    stopped the import (the ones before it are kept)."""

    imported: tuple[tuple[int, int], ...] = ()  # (order id, local id)
    known: tuple[tuple[int, int], ...] = ()  # already tracked: (order id, local id)
    not_found: tuple[tuple[int, str], ...] = ()
    duplicates: tuple[int, ...] = ()
    unchecked: tuple[int, ...] = ()
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
                if refill is None:
                    continue
                if state.error is not None:
                    moved = store.update_refill(refill.id, error_text=state.error)
                elif state.status is not None:
                    moved = store.update_refill(refill.id, status=state.status, error_text=None)
                else:
                    continue
                if moved:
                    changed.append(refill.local_id)
    return list(dict.fromkeys(changed))


# ---------------------------------------------------------------------------------------------
# Refill and cancel: sent once


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
        if record is None:
            why = "This order is not in the database any more."
        elif record.panel_id != panel_id:
            why = "This order belongs to another panel."
        elif record.state is LocalState.UNKNOWN:
            why = "It is not known whether this order was placed: settle it first (Check…)."
        elif record.state in (LocalState.SENDING, LocalState.DRAFT):
            why = "This order has not been placed yet."
        elif record.superseded_by is not None:
            why = (
                "The panel has since given this order's number to a newer order: a request "
                "for it would reach that order instead."
            )
        else:
            why = "This order was never placed, so there is nothing to ask the panel."
        order_id = None if record is None else record.panel_order_id
        results.append(ActionResult(local_id, order_id, ActionOutcome.SKIPPED, why))
    return results


def _service_refuses(services: ServiceLookup | None, record: OrderRecord, flag: str) -> bool:
    """True when the catalogue knows the order's service and states that it lacks ``flag``
    (an explicit false). A flag the panel leaves out, or a service the catalogue does not know
    (removed, imported order), is tried: the panel's answer decides."""
    if services is None or record.service_id is None:
        return False
    service = services(record.service_id)
    return service is not None and getattr(service, flag) is False


def _failure(exc: PanelError, action: str) -> tuple[ActionOutcome, LocalState, str]:
    """How a whole-request failure reads for every order in it: (outcome, refill state,
    message). Mirrors ordering's rules: only an error that proves nothing was done (the panel
    refused, or nothing reached it) is a refusal; anything else may have been done."""
    if isinstance(exc, PanelRejected):
        return (
            ActionOutcome.REJECTED,
            LocalState.REJECTED,
            f"The panel refused the {action}: “{exc.panel_text}”.",
        )
    if isinstance(exc, AuthError):
        return (
            ActionOutcome.REJECTED,
            LocalState.REJECTED,
            f"The panel refused the API key, so nothing was done. {exc.hint}",
        )
    if isinstance(exc, TransportError):
        return (
            ActionOutcome.NOT_SENT,
            LocalState.REJECTED,
            f"Not sent: SMMDesk could not reach the panel ({exc.message}). Nothing was "
            f"requested; try again when the panel answers.",
        )
    return (
        ActionOutcome.UNKNOWN,
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
            results[record.local_id] = ActionResult(
                record.local_id,
                record.panel_order_id,
                ActionOutcome.SKIPPED,
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
        outcome, state, message = _failure(exc, "refill")
        log.warning("refill of %d order(s): %s", len(batch), type(exc).__name__)
        with store.transaction():
            for record in batch:
                store.update_refill(refill_ids[record.local_id], state=state, error_text=message)
        return [ActionResult(r.local_id, r.panel_order_id, outcome, message) for r in batch]
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
    results = []
    with store.transaction():
        for record in batch:
            refill_id = refill_ids[record.local_id]
            answer = answers.get(record.panel_order_id or 0)
            warning = None
            if answer is None:
                message = (
                    "Unconfirmed: the panel's answer did not mention this order, so it is not "
                    "known whether the refill was requested. It was not sent again."
                )
                store.update_refill(refill_id, state=LocalState.UNKNOWN, error_text=message)
                outcome, panel_refill = ActionOutcome.UNKNOWN, None
            elif answer.refill_id is not None:
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
                outcome, panel_refill = ActionOutcome.ACCEPTED, answer.refill_id
                warning = answer.warning
            elif answer.error is not None:
                store.update_refill(refill_id, state=LocalState.REJECTED, error_text=answer.error)
                message = f"The panel refused the refill: “{answer.error}”."
                outcome, panel_refill = ActionOutcome.REJECTED, None
            else:
                message = (
                    "Unconfirmed: the panel's answer for this order has no usable refill id, so "
                    "it is not known whether the refill was requested. It was not sent again."
                )
                store.update_refill(refill_id, state=LocalState.UNKNOWN, error_text=message)
                outcome, panel_refill = ActionOutcome.UNKNOWN, None
            results.append(
                ActionResult(
                    record.local_id,
                    record.panel_order_id,
                    outcome,
                    message,
                    panel_refill,
                    warning,
                )
            )
    return results


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
        why = ""
        if record.status is not None and record.status.is_terminal:
            why = f"This order is already {record.status.value}: it cannot be canceled."
        elif _service_refuses(services, record, "cancel"):
            why = f"“{record.service_name}” cannot be canceled (the panel's service list says so)."
        if why:
            results[record.local_id] = ActionResult(
                record.local_id, record.panel_order_id, ActionOutcome.SKIPPED, why
            )
        else:
            to_send.append(record)
    for start in range(0, len(to_send), MAX_IDS_PER_REQUEST):
        batch = to_send[start : start + MAX_IDS_PER_REQUEST]
        for result in _cancel_batch(store, client, batch):
            results[result.local_id] = result
    return [results[i] for i in wanted]


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
        outcome, _state, message = _failure(exc, "cancel")
        log.warning("cancel of %d order(s): %s", len(batch), type(exc).__name__)
        _record_cancels(store, [(r, outcome, message) for r in batch])
        return [ActionResult(r.local_id, r.panel_order_id, outcome, message) for r in batch]
    except BaseException:
        text = "SMMDesk failed while sending the cancel request; it may have been received."
        _record_cancels(store, [(r, ActionOutcome.UNKNOWN, text) for r in batch])
        raise
    outcomes: list[tuple[OrderRecord, ActionOutcome, str]] = []
    for record in batch:
        answer = answers.get(record.panel_order_id or 0)
        if answer is None:
            outcomes.append(
                (
                    record,
                    ActionOutcome.UNKNOWN,
                    "Unconfirmed: the panel's answer did not mention this order, so it is not "
                    "known whether it will be canceled. It was not sent again.",
                )
            )
        elif answer.accepted:
            outcomes.append(
                (
                    record,
                    ActionOutcome.ACCEPTED,
                    "Cancel requested: the panel accepted it; the order shows Canceled once "
                    "the panel has done it.",
                )
            )
        else:
            text = answer.error or "no reason given"
            outcomes.append(
                (record, ActionOutcome.REJECTED, f"The panel refused to cancel it: “{text}”.")
            )
    _record_cancels(store, outcomes)
    return [ActionResult(r.local_id, r.panel_order_id, o, m) for r, o, m in outcomes]


def _record_cancels(
    store: Store, outcomes: Sequence[tuple[OrderRecord, ActionOutcome, str]]
) -> None:
    with store.transaction():
        for record, outcome, message in outcomes:
            store.add_event(record.local_id, "cancel", {"state": outcome.value, "text": message})


# ---------------------------------------------------------------------------------------------
# Tracking orders placed elsewhere


def parse_order_ids(text: str) -> ParsedIds:
    """Order ids separated by spaces, commas, semicolons or new lines ("#23501" is fine)."""
    ids: dict[int, None] = {}
    duplicates: dict[int, None] = {}
    invalid: list[str] = []
    for piece in _ID_SEPARATORS.split(text):
        if not piece:
            continue
        digits = piece.removeprefix("#")
        value = int(digits) if digits.isascii() and digits.isdigit() else 0
        if not 0 < value <= _MAX_ID:
            invalid.append(piece)
        elif value in ids:
            duplicates[value] = None
        else:
            ids[value] = None
    return ParsedIds(tuple(ids), tuple(duplicates), tuple(invalid))


def import_orders(
    store: Store, client: StatusesClient, panel_id: int, order_ids: Iterable[int]
) -> ImportReport:
    """Track orders placed elsewhere (the panel's website, another device) by their ids.

    Ids already tracked for this panel are reported, not added again; the others are asked
    about (≤100 a request) and those the panel knows are stored with their status. Ids the
    panel does not know ("Incorrect order ID") are reported and not stored. A request that
    fails stops the import: what was imported before it is kept, the rest is ``unchecked``.
    """
    given = list(order_ids)
    unique = list(dict.fromkeys(given))
    seen: set[int] = set()
    repeated: dict[int, None] = {}
    for order_id in given:
        if order_id in seen:
            repeated[order_id] = None
        seen.add(order_id)
    duplicates = tuple(repeated)
    known: list[tuple[int, int]] = []
    fresh: list[int] = []
    for order_id in unique:
        record = store.find_order(panel_id, order_id)
        if record is None:
            fresh.append(order_id)
        else:
            known.append((order_id, record.local_id))
    imported: list[tuple[int, int]] = []
    not_found: list[tuple[int, str]] = []
    for number, chunk in enumerate(_chunks(fresh)):
        try:
            answer = client.statuses(chunk)
        except PanelError as exc:
            log.warning("import stopped: %s", type(exc).__name__)
            unchecked = tuple(i for later in _chunks(fresh)[number:] for i in later)
            return ImportReport(
                tuple(imported), tuple(known), tuple(not_found), duplicates, unchecked, exc
            )
        with store.transaction():
            for order_id in chunk:
                state = answer.get(order_id)
                if isinstance(state, OrderState):
                    local_id = store.import_order(panel_id, order_id, state=state)
                    imported.append((order_id, local_id))
                elif isinstance(state, PanelError):
                    text = state.panel_text if isinstance(state, PanelRejected) else state.message
                    not_found.append((order_id, text))
                else:
                    not_found.append((order_id, "The panel's answer did not mention this order."))
    return ImportReport(tuple(imported), tuple(known), tuple(not_found), duplicates)
