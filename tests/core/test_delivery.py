"""Delivery statistics and stuck orders (core.delivery), by hand-computed figures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from smmdesk.core.delivery import (
    FALLBACK_STUCK_SECONDS,
    MIN_STUCK_SECONDS,
    OrderTimes,
    delivery_stats,
    median,
    percentile,
    stuck_limit,
    stuck_orders,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
T = NOW.timestamp()
H = 3600.0


def order(
    local_id: int,
    status: str | None,
    *,
    placed: float,
    completed: float | None = None,
    started: float | None = None,
    moved: float | None = None,
    service: int | None = 7,
    panel: int = 1,
    imported: bool = False,
) -> OrderTimes:
    return OrderTimes(local_id, panel, service, status, imported, placed, completed, started, moved)


def test_median_and_p90_by_nearest_rank() -> None:
    assert median([1.0, 2.0, 10.0]) == 2.0
    assert median([1.0, 2.0, 4.0, 10.0]) == 3.0
    values = [float(v) for v in range(1, 11)]  # 1..10
    assert percentile(values, 0.9) == 9.0
    assert percentile([1.0, 2.0, 3.0], 0.9) == 3.0
    # fewer than three orders: unknown, never a median of one
    assert median([5.0]) is None
    assert median([5.0, 6.0]) is None
    assert percentile([5.0, 6.0], 0.9) is None


def test_figures_of_one_service() -> None:
    start = T - 100 * H
    rows = [
        # completed in 1 h, 2 h, 4 h, 10 h; started after 10 min, 30 min, 2 h, 20 min
        order(1, "Completed", placed=start, started=start + 600, completed=start + 1 * H),
        order(2, "Completed", placed=start, started=start + 1800, completed=start + 2 * H),
        order(3, "Completed", placed=start, started=start + 2 * H, completed=start + 4 * H),
        order(4, "Completed", placed=start, started=start + 1200, completed=start + 10 * H),
        order(5, "Partial", placed=start, started=start + 300),  # started within the hour
        order(6, "Canceled", placed=start),  # never started: judged, not within the hour
        order(7, "In progress", placed=start, started=start + 5 * H),
        # placed 10 minutes ago, nothing yet: cannot be judged
        order(8, "Pending", placed=T - 600),
        # imported: counted, never timed nor judged
        order(9, "Completed", placed=T - H, completed=T - H, imported=True),
    ]
    stats = delivery_stats(rows, NOW)[(1, 7)]
    assert (stats.orders, stats.running) == (9, 2)
    assert (stats.completed, stats.partial, stats.cancelled, stats.other_final) == (5, 1, 1, 0)
    assert stats.completed_share == pytest.approx(5 / 7)
    assert stats.partial_share == pytest.approx(1 / 7)
    assert stats.cancelled_share == pytest.approx(1 / 7)
    assert stats.timed == 4
    assert stats.median_seconds == 3 * H  # (2 h + 4 h) / 2
    assert stats.p90_seconds == 10 * H  # ceil(0.9 * 4) = 4th
    # judged: 1-5 and 7 started (6), 6 ended (1); within the hour: 1, 2, 4, 5
    assert (stats.start_judged, stats.started_within_hour) == (7, 4)
    assert stats.started_within_hour_share == pytest.approx(4 / 7)


def test_too_few_orders_give_no_figures_but_their_counts() -> None:
    start = T - 50 * H
    rows = [
        order(1, "Completed", placed=start, started=start + 60, completed=start + H),
        order(2, "Completed", placed=start, started=start + 60, completed=start + 2 * H),
    ]
    stats = delivery_stats(rows, NOW)[(1, 7)]
    assert (stats.orders, stats.completed, stats.timed) == (2, 2, 2)
    assert stats.median_seconds is None
    assert stats.p90_seconds is None
    assert stats.completed_share is None
    assert stats.started_within_hour_share is None


def test_services_and_panels_are_kept_apart_and_orders_without_service_left_out() -> None:
    rows = [
        order(1, "Completed", placed=T - H, panel=1, service=7),
        order(2, "Completed", placed=T - H, panel=2, service=7),
        order(3, "Completed", placed=T - H, panel=1, service=8),
        order(4, "Completed", placed=T - H, service=None),
    ]
    assert sorted(delivery_stats(rows, NOW)) == [(1, 7), (1, 8), (2, 7)]


def _usual(p90_hours: float) -> list[OrderTimes]:
    start = T - 500 * H
    return [
        order(i, "Completed", placed=start, started=start, completed=start + p90_hours * H)
        for i in range(1, 4)
    ]


def test_stuck_limit_is_twice_p90_but_at_least_six_hours() -> None:
    slow = delivery_stats(_usual(10), NOW)[(1, 7)]
    fast = delivery_stats(_usual(1), NOW)[(1, 7)]
    assert stuck_limit(slow) == 20 * H
    assert stuck_limit(fast) == MIN_STUCK_SECONDS
    assert stuck_limit(None) == FALLBACK_STUCK_SECONDS
    few = delivery_stats(_usual(10)[:2], NOW)[(1, 7)]
    assert stuck_limit(few) == FALLBACK_STUCK_SECONDS


def test_stuck_orders() -> None:
    rows = _usual(10)  # this service's p90: 10 h, so stuck after 20 h without movement
    rows += [
        order(10, "In progress", placed=T - 30 * H, moved=T - 21 * H),  # stuck
        order(11, "In progress", placed=T - 30 * H, moved=T - 19 * H),  # moved lately
        order(12, "Pending", placed=T - 25 * H),  # no event since placed 25 h ago: stuck
        order(13, "Completed", placed=T - 90 * H, moved=T - 80 * H),  # final: never stuck
        # another service with no usual time: 72 h
        order(14, "In progress", placed=T - 100 * H, moved=T - 73 * H, service=9),
        order(15, "In progress", placed=T - 100 * H, moved=T - 71 * H, service=9),
        order(16, None, placed=T - 80 * H, service=None),  # no service: 72 h too
    ]
    stats = delivery_stats(rows, NOW)
    stuck = stuck_orders(rows, stats, NOW)
    assert sorted(stuck) == [10, 12, 14, 16]
    assert stuck[10].since == datetime.fromtimestamp(T - 21 * H, UTC)
    assert (stuck[10].limit_seconds, stuck[10].usual_seconds) == (20 * H, 10 * H)
    assert stuck[12].since == datetime.fromtimestamp(T - 25 * H, UTC)
    assert (stuck[14].limit_seconds, stuck[14].usual_seconds) == (FALLBACK_STUCK_SECONDS, None)
