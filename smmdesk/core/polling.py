"""The background poll of one panel: one cycle (multi-``status`` in requests of ≤100 ids,
``refill_status`` for open refills, the balance) written to the store, and the backoff policy
that spaces cycles (exponential with jitter on errors, Retry-After honoured, "offline")."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, NamedTuple, Protocol

from smmdesk.core.errors import PanelError, PanelRejected, RateLimited, TransportError
from smmdesk.core.models import Balance, OrderState, OrderStatus, RefillState
from smmdesk.core.order_actions import MAX_IDS_PER_REQUEST
from smmdesk.core.store import Store

__all__ = [
    "DEFAULT_INTERVAL",
    "MAX_BACKOFF",
    "MAX_RETRY_AFTER",
    "MIN_INTERVAL",
    "OFFLINE_AFTER",
    "REFUSALS_BEFORE_STOP",
    "Backoff",
    "NextPoll",
    "PollClient",
    "PollHealth",
    "PollMemory",
    "PollResult",
    "Transition",
    "poll_cycle",
]

log = logging.getLogger(__name__)

DEFAULT_INTERVAL: Final = 30.0
MIN_INTERVAL: Final = 5.0
#: the longest wait between cycles after errors, and the probing interval while offline
MAX_BACKOFF: Final = 600.0
#: a panel's Retry-After is honoured up to this (a far-future HTTP date must not stop polling)
MAX_RETRY_AFTER: Final = 3600.0
#: consecutive cycles failing with TransportError (nothing reached the panel) before "offline"
OFFLINE_AFTER: Final = 3
#: consecutive cycles in which the panel refused an order ("Incorrect order ID") before the
#: poller stops asking about it (see PollMemory)
REFUSALS_BEFORE_STOP: Final = 3
#: history event written when the poller stops asking about an order
POLL_STOPPED_EVENT: Final = "poll_stopped"
# Events that tell what the poller last learned about an order (see PollMemory.seed).
_STATUS_EVENTS: Final = frozenset({"status", "status_error", POLL_STOPPED_EVENT})


class PollClient(Protocol):
    """What a poll cycle needs from a client (``PanelClient`` has it)."""

    def statuses(self, order_ids: Iterable[int]) -> Mapping[int, OrderState | PanelRejected]: ...

    def refill_statuses(self, refill_ids: Iterable[int]) -> Mapping[int, RefillState]: ...

    def balance(self) -> Balance: ...


class Transition(NamedTuple):
    """An order whose panel status changed in a poll (a plain tuple for Qt signals)."""

    local_id: int
    old: OrderStatus | None
    new: OrderStatus


@dataclass(frozen=True, slots=True)
class PollResult:
    """What one cycle did. ``error`` is the failure that ended it early (None: all steps ran);
    whatever was fetched before the failure is already in the store."""

    panel_id: int
    polled: int  # orders asked about
    status_requests: int  # multi-status requests attempted (≤100 ids each)
    changed: tuple[int, ...]  # local ids whose stored status fields changed
    transitions: tuple[Transition, ...]  # of those, the ones whose status itself changed
    refills_changed: tuple[int, ...]  # local ids of orders whose refill changed
    stopped: tuple[int, ...]  # local ids the poller stopped asking about in this cycle
    balance: Balance | None
    error: PanelError | None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class PollMemory:
    """What one panel's poller remembers between cycles.

    An order the panel refuses ("Incorrect order ID": a mistyped import, a deleted order) is
    marked by the store (its ``status_text`` holds the panel's text) and never deleted. After
    ``refusals_before_stop`` consecutive cycles of refusal the poller stops asking about it and
    writes a ``poll_stopped`` event to its history; that event keeps it stopped after a restart
    (see :meth:`seed`). A manual refresh (``include_stopped``; the GUI poller's first cycle
    of a session does the same) asks once more: a real status resumes polling. Refills refused
    that often are dropped for the session only.
    """

    refusals_before_stop: int = REFUSALS_BEFORE_STOP
    order_refusals: dict[int, int] = field(default_factory=dict)
    stopped_orders: set[int] = field(default_factory=set)
    refill_refusals: dict[int, int] = field(default_factory=dict)
    stopped_refills: set[int] = field(default_factory=set)
    _seeded: set[int] = field(default_factory=set)

    def seed(
        self, store: Store, targets: Sequence[tuple[int, int, OrderStatus | None, str | None]]
    ) -> None:
        """Restore stopped orders from their history (once per order and session). Only
        orders whose status text is not a status (a refusal) can have been stopped."""
        for local_id, _panel_order_id, _status, text in targets:
            if local_id in self._seeded or text is None:
                continue
            self._seeded.add(local_id)
            if OrderStatus.from_text(text) is not OrderStatus.UNKNOWN:
                continue
            last = [e.kind for e in store.events(local_id) if e.kind in _STATUS_EVENTS]
            if last and last[-1] == POLL_STOPPED_EVENT:
                self.stopped_orders.add(local_id)


def poll_cycle(
    store: Store,
    client: PollClient,
    panel_id: int,
    *,
    memory: PollMemory | None = None,
    include_stopped: bool = False,
) -> PollResult:
    """One poll of ``panel_id``: statuses of its active orders (≤100 ids a request, written
    with one ``apply_statuses``), then open refills, then the balance. The first failing step
    ends the cycle (a panel that cannot answer ``status`` will not answer ``balance``).

    Only non-terminal orders are asked about (``Store.poll_targets``), so a Completed,
    Partial, Canceled or Error order is never polled again.
    """
    memory = memory if memory is not None else PollMemory()
    targets = store.poll_targets(panel_id)
    memory.seed(store, targets)
    asked = [t for t in targets if include_stopped or t[0] not in memory.stopped_orders]
    panel_ids = list(dict.fromkeys(t[1] for t in asked))

    results: dict[int, OrderState | PanelRejected] = {}
    error: PanelError | None = None
    requests = 0
    for start in range(0, len(panel_ids), MAX_IDS_PER_REQUEST):
        requests += 1
        try:
            results.update(client.statuses(panel_ids[start : start + MAX_IDS_PER_REQUEST]))
        except PanelError as exc:
            error = exc
            break
    # Even after a failure, what the panel already answered is kept.
    changed = store.apply_statuses(panel_id, results) if results else []
    transitions = _transitions(asked, results, changed)
    stopped = _count_refusals(store, memory, asked, results)

    refills_changed: list[int] = []
    balance: Balance | None = None
    if error is None:
        error = _poll_refills(store, client, panel_id, memory, include_stopped, refills_changed)
    if error is None:
        try:
            balance = client.balance()
        except PanelError as exc:
            error = exc
        else:
            store.save_balance(panel_id, balance)  # the last known one, shown at start-up
    return PollResult(
        panel_id=panel_id,
        polled=len(asked),
        status_requests=requests,
        changed=tuple(changed),
        transitions=tuple(transitions),
        refills_changed=tuple(dict.fromkeys(refills_changed)),
        stopped=tuple(stopped),
        balance=balance,
        error=error,
    )


def _transitions(
    asked: Sequence[tuple[int, int, OrderStatus | None, str | None]],
    results: Mapping[int, OrderState | PanelRejected],
    changed: Iterable[int],
) -> list[Transition]:
    changed_ids = set(changed)
    found: list[Transition] = []
    for local_id, panel_order_id, old, _text in asked:
        result = results.get(panel_order_id)
        if local_id in changed_ids and isinstance(result, OrderState) and result.status != old:
            found.append(Transition(local_id, old, result.status))
    return found


def _count_refusals(
    store: Store,
    memory: PollMemory,
    asked: Sequence[tuple[int, int, OrderStatus | None, str | None]],
    results: Mapping[int, OrderState | PanelRejected],
) -> list[int]:
    stopped: list[int] = []
    for local_id, panel_order_id, _old, _text in asked:
        result = results.get(panel_order_id)
        if result is None:  # not mentioned in the answer: nothing learned
            continue
        if isinstance(result, OrderState):
            memory.order_refusals.pop(local_id, None)
            memory.stopped_orders.discard(local_id)
            continue
        count = memory.order_refusals.get(local_id, 0) + 1
        memory.order_refusals[local_id] = count
        if count >= memory.refusals_before_stop and local_id not in memory.stopped_orders:
            memory.stopped_orders.add(local_id)
            stopped.append(local_id)
            store.add_event(
                local_id,
                POLL_STOPPED_EVENT,
                {"text": result.panel_text, "answers": count},
            )
    if stopped:
        log.info("stopped polling %d order(s) the panel keeps refusing", len(stopped))
    return stopped


def _poll_refills(
    store: Store,
    client: PollClient,
    panel_id: int,
    memory: PollMemory,
    include_stopped: bool,
    changed: list[int],
) -> PanelError | None:
    """Refill statuses, each recorded with ``update_refill``; returns the error that ended the
    step early, if any. Local ids of orders whose refill changed are appended to ``changed``."""
    open_refills = [
        (refill_id, panel_refill_id)
        for refill_id, panel_refill_id in store.active_refills(panel_id)
        if include_stopped or refill_id not in memory.stopped_refills
    ]
    if not open_refills:
        return None
    wanted = list(dict.fromkeys(panel_refill_id for _, panel_refill_id in open_refills))
    states: dict[int, RefillState] = {}
    error: PanelError | None = None
    for start in range(0, len(wanted), MAX_IDS_PER_REQUEST):
        try:
            states.update(client.refill_statuses(wanted[start : start + MAX_IDS_PER_REQUEST]))
        except PanelError as exc:
            error = exc
            break
    for refill_id, panel_refill_id in open_refills:
        state = states.get(panel_refill_id)
        if state is None:
            continue
        if state.error is not None:
            count = memory.refill_refusals.get(refill_id, 0) + 1
            memory.refill_refusals[refill_id] = count
            if count >= memory.refusals_before_stop:
                memory.stopped_refills.add(refill_id)
            updated = store.update_refill(refill_id, error_text=state.error)
        elif state.status is not None:
            memory.refill_refusals.pop(refill_id, None)
            memory.stopped_refills.discard(refill_id)
            updated = store.update_refill(refill_id, status=state.status, error_text=None)
        else:
            continue
        if updated:
            changed.append(store.get_refill(refill_id).local_id)
    return error


# ---------------------------------------------------------------------------------------------
# Spacing cycles


class PollHealth(StrEnum):
    """How a panel's polling stands, as the status bar says it."""

    OK = "ok"
    BACKING_OFF = "backing_off"  # the last cycle(s) failed; waiting longer each time
    RATE_LIMITED = "rate_limited"  # the panel asked us to slow down
    OFFLINE = "offline"  # nothing reaches the panel; probing at the capped interval


@dataclass(frozen=True, slots=True)
class NextPoll:
    """When to poll next, and why."""

    delay: float  # seconds from now
    health: PollHealth
    failures: int  # consecutive failed cycles
    error: Exception | None = None


class Backoff:
    """The interval between a panel's cycles: ``interval`` while healthy; after a failure
    ``interval × 2^failures`` (jittered down by up to ``jitter`` so many panels do not retry in
    step), capped at ``cap``; at least a ``RateLimited.retry_after`` (up to an hour); after
    ``offline_after`` consecutive ``TransportError``s, "offline", probing every ``cap`` s.
    A success resets it.
    """

    def __init__(
        self,
        interval: float = DEFAULT_INTERVAL,
        *,
        min_interval: float = MIN_INTERVAL,
        cap: float = MAX_BACKOFF,
        offline_after: int = OFFLINE_AFTER,
        jitter: float = 0.2,
        rng: random.Random | None = None,
    ) -> None:
        if min_interval <= 0 or cap < min_interval:
            raise ValueError("need 0 < min_interval <= cap")
        if not 0.0 <= jitter < 1.0:
            raise ValueError("jitter must be within [0, 1)")
        self.min_interval = min_interval
        self.cap = cap
        self.offline_after = max(1, offline_after)
        self.jitter = jitter
        self._rng = rng or random.Random()
        self._interval = self._clamp(interval)
        self.failures = 0
        self.transport_failures = 0
        self.health = PollHealth.OK

    def _clamp(self, seconds: float) -> float:
        return min(self.cap, max(self.min_interval, float(seconds)))

    @property
    def interval(self) -> float:
        return self._interval

    def set_interval(self, seconds: float) -> float:
        """Set the healthy interval (clamped to [min_interval, cap]); returns what was set."""
        self._interval = self._clamp(seconds)
        return self._interval

    def success(self) -> NextPoll:
        self.failures = self.transport_failures = 0
        self.health = PollHealth.OK
        return NextPoll(self._interval, PollHealth.OK, 0)

    def failure(self, error: Exception) -> NextPoll:
        self.failures += 1
        self.transport_failures = (
            self.transport_failures + 1 if isinstance(error, TransportError) else 0
        )
        raw = min(self.cap, self._interval * 2.0**self.failures)
        delay = raw * (1.0 - self.jitter * self._rng.random())
        health = PollHealth.BACKING_OFF
        if isinstance(error, RateLimited):
            health = PollHealth.RATE_LIMITED
            if error.retry_after is not None:
                delay = max(delay, min(error.retry_after, MAX_RETRY_AFTER))
        elif self.transport_failures >= self.offline_after:
            health = PollHealth.OFFLINE
            delay = self.cap
        self.health = health
        return NextPoll(delay, health, self.failures, error)
