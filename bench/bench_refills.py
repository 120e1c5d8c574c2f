"""Refill windows at 100,000 orders: every finished order's window, as the Refills window counts
it on a worker.

Ours: ``core.refill_windows.read_refill_windows`` (``Store.finished_orders``: one query over the
orders and their status events; the newest refills; each service's promise read once by
``kinds.classify``). Baseline, same process: the naive way, each finished order's history read
with ``Store.events(local_id)`` and its service name classified again, timed over the first
``--baseline`` orders and scaled per order.

History: bench_delivery's (about 4 status events per order, 50 services over 2 panels, outcomes
mixed); the services' names state refills (30 days, lifetime, none, unsaid). Prints a table; not
a test. Usage: .venv/bin/python bench/bench_refills.py [--size 100000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_delivery import NOW, make_store

from smmdesk.core.kinds import classify
from smmdesk.core.models import OrderStatus
from smmdesk.core.refill_windows import read_refill_windows

PROMISES = ["[R30]", "Lifetime Refill", "No Refill", "", "♻️ 60D"]


def name_services(store_path: Path) -> None:
    """Give the bench history's services names that state (or not) a refill promise."""
    import sqlite3

    conn = sqlite3.connect(store_path)
    with conn:
        for sid in range(1, 51):
            conn.execute(
                "UPDATE orders SET service_name = ? WHERE service_id = ?",
                (f"Instagram Followers {PROMISES[sid % len(PROMISES)]} #{sid}", sid),
            )
    conn.close()


def naive(store: object, limit: int) -> int:
    """One events() query per finished order, its service name classified each time."""
    done = 0
    for order in store.list_orders(limit=limit):  # type: ignore[attr-defined]
        if order.status not in (OrderStatus.COMPLETED, OrderStatus.PARTIAL):
            continue
        finished = [e.at for e in store.events(order.local_id) if e.status == order.status]  # type: ignore[attr-defined]
        kind = classify(order.service_name)
        if finished and (kind.refill_days or kind.refill_lifetime):
            done += 1
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=3_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="smmdesk-bench-refills-"))
    path = folder / "orders.sqlite3"
    make_store(path, args.size).close()
    name_services(path)
    from smmdesk.core.store import Store

    store = Store.open(path)
    times = []
    windows = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        windows = read_refill_windows(store, NOW)
        times.append(time.perf_counter() - started)
    times.sort()
    started = time.perf_counter()
    naive(store, args.baseline)
    naive_total = (time.perf_counter() - started) / args.baseline * args.size
    median = times[len(times) // 2]
    states: dict[str, int] = {}
    for window in windows:
        states[window.state.value] = states.get(window.state.value, 0) + 1
    print(f"refill windows, {args.size:,} orders ({len(windows):,} finished):")
    print(
        f"  read_refill_windows      min {times[0] * 1000:7.0f} ms   median {median * 1000:7.0f} ms"
    )
    print(f"  naive (scaled)               {naive_total * 1000:7.0f} ms")
    print(f"  ratio naive / ours           {naive_total / median:7.1f}x")
    print(f"  states: {dict(sorted(states.items()))}")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
