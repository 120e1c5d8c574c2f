"""Delivery statistics from the user's own order history, and stuck orders.

Pure Python. Two ways in, with the same results: :func:`delivery_stats` and
:func:`stuck_orders` over :class:`OrderTimes` (one small tuple per placed order, from
``Store.delivery_times``: every time as it is, the plain reference), and
:func:`delivery_summary` over :data:`OrderFacts` (``Store.delivery_facts``: each order already
judged by SQLite against the definitions below, so 100,000 orders cost one light row each; the
fast way the app uses). The figures are numbers and codes; the GUI words them.

Definitions (what the local history can tell):

- **Placed**: when the request left this machine (``sent_at``; ``created_at`` when it has none).
  Imported orders were placed elsewhere at a time the app does not know: they count in the
  order and outcome figures but never in a time.
- **Completion time**: from placed to the first time the app saw the order *Completed* (its
  first "status" event with that status). The app sees a status when it polls, so this is the
  delivery time rounded up to the next poll; an order first seen already completed (imported,
  or the app was closed meanwhile) is not timed when it was imported.
- **Started**: the first "status" event whose status shows delivery under way: *In progress*,
  *Processing*, *Active*, *Partial* or *Completed* (a panel may skip straight to one of the
  last two). *Started within an hour*: that first event came at most 3600 s after placing.
  An order counts in that share once it can be judged: it has started, it has ended, or it was
  placed more than an hour ago.
- **Outcome shares**: of the orders with a final status, the share that ended *Completed*,
  *Partial* and *Canceled* (Error, Old and the like make up the rest); orders still running
  are counted apart.
- **Not enough orders**: a median, a p90 or a share drawn from fewer than :data:`MIN_ORDERS`
  orders is ``None`` (unknown): one order's time is an anecdote, not a typical time.
- **Stuck**: a placed order, not final, whose history has not moved (no "status" event: no
  change of status, remains, start count or charge) for longer than its service's limit:
  ``max(2 × p90, 6 h)`` when the service's p90 is known, else 72 h.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from operator import itemgetter
from typing import NamedTuple

from smmdesk.core.models import OrderStatus

__all__ = [
    "FALLBACK_STUCK_SECONDS",
    "FINAL_STATUSES",
    "MIN_ORDERS",
    "MIN_STUCK_SECONDS",
    "STARTED_STATUSES",
    "START_WINDOW_SECONDS",
    "OrderFacts",
    "OrderTimes",
    "Outcome",
    "ServiceDelivery",
    "Start",
    "Stuck",
    "delivery_stats",
    "delivery_summary",
    "median",
    "percentile",
    "stuck_limit",
    "stuck_orders",
]

#: fewer orders than this give no median, p90 or share (``None``: not enough orders)
MIN_ORDERS = 3
#: "started within an hour"
START_WINDOW_SECONDS = 3600.0
#: a stuck order has not moved for at least this long, however fast its service usually is
MIN_STUCK_SECONDS = 6 * 3600.0
#: without a usual time for the service (fewer than MIN_ORDERS timed completions)
FALLBACK_STUCK_SECONDS = 72 * 3600.0
#: a "status" event with one of these statuses means delivery has started
STARTED_STATUSES = frozenset(
    {
        OrderStatus.IN_PROGRESS.value,
        OrderStatus.PROCESSING.value,
        OrderStatus.ACTIVE.value,
        OrderStatus.PARTIAL.value,
        OrderStatus.COMPLETED.value,
    }
)
#: the statuses that end an order (Completed, Partial, Canceled, Error, Old…)
FINAL_STATUSES = frozenset(s.value for s in OrderStatus if s.is_terminal)
_COMPLETED = OrderStatus.COMPLETED.value
_PARTIAL = OrderStatus.PARTIAL.value
_CANCELED = OrderStatus.CANCELED.value


class OrderTimes(NamedTuple):
    """One placed order as the statistics need it; times are POSIX seconds (UTC)."""

    local_id: int
    panel_id: int
    service_id: int | None
    status: str | None  # the panel's current status (OrderStatus value), None before the first
    imported: bool  # placed elsewhere: its placement time is unknown
    placed: float
    completed: float | None  # first "status" event with Completed
    started: float | None  # first "status" event with a STARTED_STATUSES status
    last_moved: float | None  # newest "status" event


class Outcome(IntEnum):
    """Where an order stands, for :data:`OrderFacts`."""

    COMPLETED = 0
    PARTIAL = 1
    CANCELED = 2
    OTHER_FINAL = 3  # Error, Old, …
    RUNNING = 4  # no final status yet (or no status at all)


class Start(IntEnum):
    """Whether an order started within an hour, for :data:`OrderFacts`."""

    UNJUDGED = 0  # imported, or not started, not final and placed less than an hour ago
    LATE = 1  # it can be judged, and it did not start within the hour
    QUICK = 2  # its first started status came at most an hour after placing


#: One placed order, judged: ``(local_id, panel_id, service_id, code, seconds)``. ``code`` is
#: ``Outcome * 3 + Start``. ``seconds``: for a Completed order placed here with a known
#: completion, its completion time (never below 0); for a running order, when it last moved (its
#: newest "status" event, else its placement) in POSIX seconds; otherwise None.
OrderFacts = tuple[int, int, int | None, int, float | None]


@dataclass(frozen=True, slots=True)
class ServiceDelivery:
    """How one service of one panel has delivered for this user. ``None``: not enough orders."""

    panel_id: int
    service_id: int
    orders: int
    completed: int
    partial: int
    cancelled: int
    other_final: int  # Error, Old, …
    timed: int  # completed orders with a known completion time
    median_seconds: float | None
    p90_seconds: float | None
    start_judged: int  # orders that can tell whether they started within an hour
    started_within_hour: int

    @property
    def finished(self) -> int:
        return self.completed + self.partial + self.cancelled + self.other_final

    @property
    def running(self) -> int:
        """Orders with no final status yet."""
        return self.orders - self.finished

    def share(self, count: int) -> float | None:
        """``count`` as a share (0..1) of the finished orders; None with too few of them."""
        return None if self.finished < MIN_ORDERS else count / self.finished

    @property
    def completed_share(self) -> float | None:
        return self.share(self.completed)

    @property
    def partial_share(self) -> float | None:
        return self.share(self.partial)

    @property
    def cancelled_share(self) -> float | None:
        return self.share(self.cancelled)

    @property
    def started_within_hour_share(self) -> float | None:
        if self.start_judged < MIN_ORDERS:
            return None
        return self.started_within_hour / self.start_judged


@dataclass(frozen=True, slots=True)
class Stuck:
    """An order that has not moved for much longer than its service usually takes."""

    local_id: int
    since: datetime  # its last movement (or its placement)
    limit_seconds: float  # how long without movement counts as stuck for this service
    usual_seconds: float | None  # the service's p90 completion time; None: not known


def median(values: list[float]) -> float | None:
    """The median of sorted ``values`` (None with fewer than MIN_ORDERS)."""
    n = len(values)
    if n < MIN_ORDERS:
        return None
    middle = n // 2
    return values[middle] if n % 2 else (values[middle - 1] + values[middle]) / 2


def percentile(values: list[float], fraction: float) -> float | None:
    """The nearest-rank percentile of sorted ``values``: the smallest value with at least
    ``fraction`` of them at or below it (None with fewer than MIN_ORDERS)."""
    n = len(values)
    if n < MIN_ORDERS:
        return None
    return values[max(math.ceil(fraction * n) - 1, 0)]


class _Tally:
    __slots__ = (
        "cancelled",
        "completed",
        "durations",
        "judged",
        "orders",
        "other",
        "partial",
        "quick",
    )

    def __init__(self) -> None:
        self.orders = self.completed = self.partial = self.cancelled = self.other = 0
        self.judged = self.quick = 0
        self.durations: list[float] = []

    def add(self, row: OrderTimes, judged_before: float) -> None:
        self.orders += 1
        status = row.status
        final = status in FINAL_STATUSES
        if status == _COMPLETED:
            self.completed += 1
            if row.completed is not None and not row.imported:
                self.durations.append(max(row.completed - row.placed, 0.0))
        elif status == _PARTIAL:
            self.partial += 1
        elif status == _CANCELED:
            self.cancelled += 1
        elif final:
            self.other += 1
        if row.imported:
            return
        if row.started is not None:
            self.judged += 1
            if row.started - row.placed <= START_WINDOW_SECONDS:
                self.quick += 1
        elif final or row.placed < judged_before:
            self.judged += 1

    def count(self, code: int, count: int) -> None:
        """``count`` orders with this :data:`OrderFacts` code."""
        outcome, start = divmod(code, 3)
        self.orders += count
        if outcome == Outcome.COMPLETED:
            self.completed += count
        elif outcome == Outcome.PARTIAL:
            self.partial += count
        elif outcome == Outcome.CANCELED:
            self.cancelled += count
        elif outcome == Outcome.OTHER_FINAL:
            self.other += count
        if start != Start.UNJUDGED:
            self.judged += count
            if start == Start.QUICK:
                self.quick += count


def delivery_stats(
    rows: Iterable[OrderTimes], now: datetime
) -> dict[tuple[int, int], ServiceDelivery]:
    """Every (panel id, service id) among ``rows``, with its figures (see the module's
    definitions). ``now`` decides which running orders can already be judged "started within
    an hour". Orders without a service id are left out."""
    tallies: dict[tuple[int, int], _Tally] = {}
    judged_before = now.timestamp() - START_WINDOW_SECONDS
    for row in rows:
        if row.service_id is None:
            continue
        key = (row.panel_id, row.service_id)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally()
        tally.add(row, judged_before)
    return {key: _figures(key, tally) for key, tally in tallies.items()}


def _figures(key: tuple[int, int], tally: _Tally) -> ServiceDelivery:
    durations = sorted(tally.durations)
    return ServiceDelivery(
        panel_id=key[0],
        service_id=key[1],
        orders=tally.orders,
        completed=tally.completed,
        partial=tally.partial,
        cancelled=tally.cancelled,
        other_final=tally.other,
        timed=len(durations),
        median_seconds=median(durations),
        p90_seconds=percentile(durations, 0.9),
        start_judged=tally.judged,
        started_within_hour=tally.quick,
    )


def stuck_limit(stats: ServiceDelivery | None) -> float:
    """How long an order of this service may go without moving before it is stuck."""
    if stats is None or stats.p90_seconds is None:
        return FALLBACK_STUCK_SECONDS
    return max(2 * stats.p90_seconds, MIN_STUCK_SECONDS)


def stuck_orders(
    rows: Iterable[OrderTimes],
    stats: Mapping[tuple[int, int], ServiceDelivery],
    now: datetime,
) -> dict[int, Stuck]:
    """The stuck orders among ``rows`` at ``now``, by local id (see the module's definition)."""
    terminal = FINAL_STATUSES
    running = (
        (
            row.local_id,
            row.panel_id,
            row.service_id,
            row.last_moved if row.last_moved is not None else row.placed,
        )
        for row in rows
        if row.status not in terminal
    )
    return _stuck(running, stats, now)


def _stuck(
    running: Iterable[tuple[int, int, int | None, float]],
    stats: Mapping[tuple[int, int], ServiceDelivery],
    now: datetime,
) -> dict[int, Stuck]:
    """The stuck ones among running orders given as (local id, panel id, service id, when it
    last moved)."""
    stuck: dict[int, Stuck] = {}
    at = now.timestamp()
    limits: dict[tuple[int, int | None], tuple[float, float | None]] = {}
    zone = now.tzinfo
    for local_id, panel_id, service_id, moved in running:
        idle = at - moved
        if idle <= MIN_STUCK_SECONDS:
            continue  # never stuck, whatever the service: the cheap common case
        key = (panel_id, service_id)
        known = limits.get(key)
        if known is None:
            service = None if service_id is None else stats.get((panel_id, service_id))
            usual = None if service is None else service.p90_seconds
            known = limits[key] = (stuck_limit(service), usual)
        limit, usual = known
        if idle > limit:
            stuck[local_id] = Stuck(local_id, datetime.fromtimestamp(moved, zone), limit, usual)
    return stuck


_FACT_KEY = itemgetter(1, 2, 3)


def delivery_summary(
    facts: Iterable[OrderFacts], now: datetime
) -> tuple[dict[tuple[int, int], ServiceDelivery], dict[int, Stuck]]:
    """``(delivery_stats(rows, now), stuck_orders(rows, those stats, now))`` for the same orders,
    from their :data:`OrderFacts` (judged for the same ``now``)."""
    facts = facts if isinstance(facts, list) else list(facts)
    tallies: dict[tuple[int, int], _Tally] = {}
    for (panel_id, service_id, code), count in Counter(map(_FACT_KEY, facts)).items():
        if service_id is None:
            continue
        tally = tallies.get((panel_id, service_id))
        if tally is None:
            tally = tallies[(panel_id, service_id)] = _Tally()
        tally.count(code, count)
    running: list[tuple[int, int, int | None, float]] = []
    first_running = Outcome.RUNNING * 3
    for local_id, panel_id, service_id, code, seconds in facts:
        if seconds is None:
            continue
        if code >= first_running:
            running.append((local_id, panel_id, service_id, seconds))
        elif service_id is not None:  # a completion time
            tallies[(panel_id, service_id)].durations.append(seconds)
    stats = {key: _figures(key, tally) for key, tally in tallies.items()}
    return stats, _stuck(running, stats, now)
