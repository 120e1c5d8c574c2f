"""The same-link guard's cost at confirmation time, on a store of 100k orders over 5 panels.

Orders get real-looking links (a few thousand of them still in progress, the rest completed,
partial or cancelled). Timed, best of ``--runs``:

- ``Store.open_orders``: the orders in progress of every panel, through the partial index
  ``orders_open``, and the same query with the index dropped (a full scan);
- ``ActiveLinks``: one link key per open order, cold (keys not cached: the first confirmation
  after start) and warm (the cache of ``link_key``: every later one);
- one single-order check (load + match), and flagging a 1,000-line mass order.

    .venv/bin/python bench/bench_same_link.py [--orders 100000] [--open 0.04] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smmdesk.core.catalog import Catalog
from smmdesk.core.massplan import parse_mass_order
from smmdesk.core.models import Service
from smmdesk.core.same_link import ActiveLinks, flag_mass_lines, link_key
from smmdesk.core.store import Store

_LINKS = (
    "https://www.instagram.com/p/C{n:07d}/?igshid=MzRlODBiNWFlZA==",
    "https://youtu.be/v{n:010d}?si=abc",
    "https://x.com/user{n}/status/17{n:016d}?s=20",
    "https://www.tiktok.com/@user{n}/video/73{n:017d}?is_from_webapp=1",
    "https://t.me/channel{n}",
)
_NAMES = (
    "Instagram Likes [Real]",
    "YouTube Views",
    "Twitter Followers",
    "TikTok Views",
    "TG Members",
)
_DONE = ("Completed", "Partial", "Canceled")
_RUNNING = ("In progress", "Pending", "Processing", None)


def _fill(store: Store, orders: int, share_open: float, rng: random.Random) -> None:
    panels = [store.add_panel(f"Panel {i}", f"https://p{i}.example/api/v2") for i in range(5)]
    now = "2026-01-01T00:00:00.000000+00:00"
    rows = []
    for n in range(orders):
        kind = rng.randrange(len(_LINKS))
        status = rng.choice(_RUNNING) if rng.random() < share_open else rng.choice(_DONE)
        rows.append(
            (rng.choice(panels), 1, _NAMES[kind], "Default", _LINKS[kind].format(n=n), 100,
             "{}", "1", "ACCEPTED", n + 1, now, status)
        )  # fmt: skip
    conn = sqlite3.connect(store.path)
    with conn:
        conn.executemany(
            "INSERT INTO orders (panel_id, service_id, service_name, service_type, link, "
            "quantity, params, cost, state, panel_order_id, created_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()


def _best(
    runs: int, work: Callable[[], object], before: Callable[[], None] = lambda: None
) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--open", type=float, default=0.04, help="share of orders in progress")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(11)
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "bench.sqlite3") as store,
    ):
        _fill(store, args.orders, args.open, rng)
        found = store.open_orders()
        print(f"{args.orders:,} orders, {len(found):,} in progress")
        print(f"open_orders (partial index):   {_best(args.runs, store.open_orders):7.1f} ms")
        link_key.cache_clear()
        cold = _best(args.runs, lambda: ActiveLinks(found), link_key.cache_clear)
        warm = _best(args.runs, lambda: ActiveLinks(found))
        print(f"ActiveLinks, keys cold:        {cold:7.1f} ms")
        print(f"ActiveLinks, keys cached:      {warm:7.1f} ms")
        single = _best(
            args.runs,
            lambda: ActiveLinks.load(store).matching("instagram.com/p/C0000005", "likes"),
        )
        print(f"one confirmation (load+match): {single:7.1f} ms")
        catalog = Catalog([Service(1, "Instagram Likes", "Default", "IG", Decimal(1), 1, 10**6)])
        text = "\n".join(
            f"1 | https://instagram.com/p/C{rng.randrange(args.orders):07d} | 100"
            for _ in range(1000)
        )
        plan = parse_mass_order(text, catalog)
        flags = _best(args.runs, lambda: flag_mass_lines(plan, ActiveLinks.load(store)))
        print(f"mass order, 1,000 lines:       {flags:7.1f} ms")
        store._conn().execute("DROP INDEX orders_open")
        print(f"open_orders (index dropped):   {_best(args.runs, store.open_orders):7.1f} ms")


if __name__ == "__main__":
    main()
