"""Spending at 100,000 orders: read from the store and summed, as the Spending window does on a
worker.

Ours: ``Store.list_orders()`` then ``core.spending.spending_report`` (per day over a year,
grouped by panel, and by product: every service name classified once).
Baseline, same process: the same sums the naive way, every order's service name classified
again (``kinds.classify`` per order), timed over the first ``--baseline`` orders and scaled.

History: 100,000 orders over 365 days on 5 panels (two currencies), 300 service names, outcomes
mixed (completed, partial, cancelled, a few unknown). Prints a table; not a test.
Usage: .venv/bin/python bench/bench_spending.py [--size 100000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from smmdesk.core.kinds import classify
from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.spending import GroupBy, Period, order_spent, spending_report
from smmdesk.core.store import Store
from smmdesk.core.store.records import OrderRecord

PLATFORMS = ["Instagram", "TikTok", "YouTube", "Telegram", "Facebook", "Twitter", "Spotify"]
PRODUCTS = ["Followers", "Likes", "Views", "Comments", "Members", "Plays", "Shares"]
EXTRAS = ["[Real]", "[R30]", "| Non Drop", "🇸🇦 Arab", "- Fast", "[Lifetime Refill]"]
FIRST = date(2025, 1, 1)


def names(rnd: random.Random) -> list[str]:
    return [
        f"{rnd.choice(PLATFORMS)} {rnd.choice(PRODUCTS)} {rnd.choice(EXTRAS)} #{n}"
        for n in range(300)
    ]


def fill(store: Store, size: int) -> None:
    """``size`` orders, written straight into the store's tables in one transaction (the
    store's own methods, one transaction each, would take minutes)."""
    rnd = random.Random(7)
    services = names(rnd)
    panels = [store.add_panel(f"Panel {n}", f"https://p{n}.example/api/v2",
                              currency="EUR" if n == 4 else "USD") for n in range(5)]  # fmt: skip
    template = store.get_order(
        store.import_order(
            panels[0],
            1,
            service_id=1,
            service_name=services[0],
            quantity=1000,
            cost=Decimal("0.9"),
            state=OrderState(
                1, OrderStatus.COMPLETED, "Completed", charge=Decimal("0.9"), remains=0
            ),
        )
    )
    conn = store._conn()
    columns = [r[1] for r in conn.execute("PRAGMA table_info(orders)")]
    row = dict(zip(columns, conn.execute("SELECT * FROM orders").fetchone(), strict=True))
    rows = []
    statuses = ["Completed"] * 7 + ["Partial", "Canceled", "In progress"]
    for n in range(2, size + 1):
        placed = datetime.combine(FIRST, datetime.min.time(), UTC) + timedelta(
            seconds=rnd.uniform(0, 365 * 86400)
        )
        quantity = rnd.choice([100, 500, 1000, 5000])
        charge = Decimal(rnd.randint(5, 5000)) / 1000
        status = rnd.choice(statuses)
        unknown = rnd.random() < 0.005
        rows.append({
            **row,
            "local_id": n,
            "panel_id": panels[n % 5],
            "panel_order_id": None if unknown else n,
            "service_name": services[n % len(services)],
            "quantity": quantity,
            "cost": str(charge),
            "charge": None if unknown else str(charge),
            "remains": quantity // 3 if status == "Partial" else 0,
            "status": None if unknown else status,
            "state": "UNKNOWN" if unknown else "ACCEPTED",
            "created_at": placed.isoformat(timespec="microseconds"),
        })  # fmt: skip
    marks = ", ".join("?" * len(columns))
    with conn:
        conn.executemany(
            f"INSERT INTO orders ({', '.join(columns)}) VALUES ({marks})",
            [[r[c] for c in columns] for r in rows],
        )
    del template


def naive(orders: list[OrderRecord], group_by: GroupBy) -> dict[tuple[str, date, str], Decimal]:
    sums: dict[tuple[str, date, str], Decimal] = {}
    for order in orders:
        spent = order_spent(order)
        if spent is None:
            continue
        kind = classify(order.service_name)
        group = (kind.product if group_by is GroupBy.PRODUCT else str(order.panel_id)) or ""
        key = (order.currency or "", order.created_at.date(), group)
        sums[key] = sums.get(key, Decimal(0)) + spent
    return sums


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "s.sqlite3")
        fill(store, args.size)
        started = time.perf_counter()
        orders = store.spending_rows()
        read = time.perf_counter() - started
        started = time.perf_counter()
        records = store.list_orders()
        read_records = time.perf_counter() - started
        names_ = {p.id: p.name for p in store.list_panels()}
        currencies = {p.id: p.currency or "" for p in store.list_panels()}
        timings = {}
        for group_by in (GroupBy.PANEL, GroupBy.PRODUCT):
            started = time.perf_counter()
            report = spending_report(orders, first=FIRST, last=date(2025, 12, 31),
                                     period=Period.DAY, group_by=group_by, panel_names=names_,
                                     currency_of=lambda o: currencies[o.panel_id],
                                     tz=UTC)  # fmt: skip
            timings[group_by] = time.perf_counter() - started
        sample = records[: args.baseline]
        started = time.perf_counter()
        naive(sample, GroupBy.PRODUCT)
        baseline = (time.perf_counter() - started) * len(records) / len(sample)
        store.close()
    total = read + timings[GroupBy.PRODUCT]
    del records
    print(f"spending, {len(orders):,} orders over a year, 5 panels, 300 services:")
    print(f"  read (Store.spending_rows)        {read * 1000:8.0f} ms")
    print(f"  read, full records (list_orders)  {read_records * 1000:8.0f} ms (baseline)")
    print(f"  ratio full / light read           {read_records / read:8.1f}x")
    print(f"  sum per day, per panel            {timings[GroupBy.PANEL] * 1000:8.0f} ms")
    print(f"  sum per day, per product          {timings[GroupBy.PRODUCT] * 1000:8.0f} ms")
    print(f"  read + sum per product            {total * 1000:8.0f} ms")
    print(f"  baseline (classify every order)   {baseline * 1000:8.0f} ms (sum only, scaled)")
    print(f"  ratio baseline / ours (sums)      {baseline / timings[GroupBy.PRODUCT]:8.1f}x")
    print(f"  currencies {[c.currency for c in report.currencies]}, unknown {len(report.unknown)}")


if __name__ == "__main__":
    main()
