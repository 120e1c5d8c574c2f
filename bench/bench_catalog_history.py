"""Catalogue history storage: what 30 daily refreshes of a 20,000-service catalogue with 2%
churn cost on disk, against keeping a full snapshot of every refresh.

The catalogue is the sandbox's generated one, served as the panel serves it (PHP-style JSON).
Each refresh changes ``churn`` of the services: mostly rate moves, then removals, additions,
new limits, renames, type changes and ids given to another service. Each refresh goes through
``record_refresh`` (the app's door: the new cached catalogue plus its change set, one
transaction) into a real Store; the baseline stores every refresh's raw answer in a table of
its own in another file, as a snapshot history would. Sizes are the database files after a WAL
checkpoint (what the user's disk holds), and ``--check`` exits 1 above the limit.

It also prints how the id-reuse rule judges the labelled names of tests/data/service_kinds.csv:
each renamed the way panels rename (a tag or emoji added, a word dropped, upper case), which
must not count as reused, and each put under another row's name and category with another
platform or product, which must.

    .venv/bin/python bench/bench_catalog_history.py [--services 20000] [--refreshes 30]
        [--churn 0.02] [--check]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from smmdesk.core.catalog_history import record_refresh
from smmdesk.core.changes import looks_reused
from smmdesk.core.models import Service
from smmdesk.core.parse_services import parse_catalogue
from smmdesk.core.store import Store
from smmdesk.sandbox.catalog import Catalogue, php_json

LIMIT_MB = 20.0
LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "service_kinds.csv"
_TAGS = (" ⚡", " 🔥 Fast", " [Refill 30D]", " - Max 100K", " [HQ]", " | Instant Start", " ♻️")
_OTHER = (
    ("TikTok Views [Instant]", "TikTok - Views"),
    ("Spotify Plays USA", "Spotify"),
    ("Telegram Members [Non Drop]", "Telegram"),
)


def churn(rng: random.Random, services: list[dict[str, Any]], share: float, next_id: int) -> int:
    """Change ``share`` of the services in place; returns the next free id."""
    count = max(1, round(len(services) * share))
    for _ in range(count):
        roll = rng.random()
        index = rng.randrange(len(services))
        entry = services[index]
        if roll < 0.55:  # rate up or down by up to 30%
            rate = float(entry["rate"]) * rng.uniform(0.7, 1.3)
            entry["rate"] = f"{max(rate, 0.0001):.4f}"
        elif roll < 0.70:
            del services[index]
        elif roll < 0.85:
            clone = dict(entry, service=next_id, name=f"{entry['name']} v{next_id}")
            services.insert(index, clone)
            next_id += rng.choice((1, 2, 3))
        elif roll < 0.91:
            entry["min"] = int(entry["min"]) * 2
            entry["max"] = int(entry["max"]) + 1000
        elif roll < 0.96:
            entry["name"] = f"{entry['name']} 🔥"
        elif roll < 0.98:
            entry["type"] = "Package" if entry["type"] != "Package" else "Default"
        else:
            name, category = rng.choice(_OTHER)
            entry["name"], entry["category"] = name, category
    return next_id


def file_size(path: Path) -> tuple[int, int]:
    """(bytes on disk, bytes of them in free pages SQLite reuses for the next writes)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0]) * page
    conn.close()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")), free


def run(size: int, refreshes: int, share: float) -> dict[str, float]:
    """Sizes in bytes (history, its free pages, after the baseline alone; snapshots), the
    changes stored and the seconds per refresh."""
    rng = random.Random(7)
    services = [dict(s) for s in Catalogue.generate(size, 3).services]
    next_id = max(int(s["service"]) for s in services) + 1
    start = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        history_path = Path(folder) / "history.db"
        snapshots_path = Path(folder) / "snapshots.db"
        snapshots = sqlite3.connect(snapshots_path, isolation_level=None)
        snapshots.execute("PRAGMA journal_mode = WAL")
        snapshots.execute(
            "CREATE TABLE snapshots (panel_id INTEGER, fetched_at TEXT, raw BLOB, sha256 TEXT)"
        )
        elapsed = 0.0
        with Store.open(history_path) as store:
            panel = store.add_panel("Bench", "https://bench.example/api/v2")
            for day in range(refreshes + 1):  # the first is the baseline
                if day:
                    next_id = churn(rng, services, share, next_id)
                raw = php_json(services)
                at = start + timedelta(days=day)
                parsed = parse_catalogue(raw)
                began = time.perf_counter()
                record_refresh(store, panel, raw, parsed, at=at)
                elapsed += time.perf_counter() - began
                if not day:
                    baseline, _ = file_size(history_path)
                snapshots.execute(
                    "INSERT INTO snapshots VALUES (?, ?, ?, '')", (panel, at.isoformat(), raw)
                )
            stored = len(store.catalog_changes())
        snapshots.close()
        history, free = file_size(history_path)
        return {
            "history": history,
            "free": free,
            "baseline": baseline,
            "snapshots": file_size(snapshots_path)[0],
            "stored": stored,
            "per_refresh": elapsed / (refreshes + 1),
        }


def _renamed(rng: random.Random, name: str) -> str:
    roll = rng.random()
    if roll < 0.4:
        return name + rng.choice(_TAGS)
    if roll < 0.7:
        words = name.split()
        if len(words) > 3:
            del words[rng.randrange(2, len(words))]
        return " ".join(words) + rng.choice(_TAGS)
    return name.upper() if name.isascii() else name + rng.choice(_TAGS)


def reuse_judgement() -> tuple[int, int, int, int]:
    """(renames, renames called reused, other services, other services called reused)."""
    with LABELLED.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    rng = random.Random(3)

    def service(name: str, category: str) -> Service:
        return Service(1, name, "Default", category, Decimal(1), 10, 1000)

    false_alarms = sum(
        looks_reused(
            service(r["name"], r["category"]), service(_renamed(rng, r["name"]), r["category"])
        )
        for r in rows
    )
    others = caught = 0
    for row in rows:
        other = rng.choice(rows)
        if (other["platform"], other["product"]) == (row["platform"], row["product"]):
            continue
        others += 1
        caught += looks_reused(
            service(row["name"], row["category"]), service(other["name"], other["category"])
        )
    return len(rows), false_alarms, others, caught


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--refreshes", type=int, default=30)
    parser.add_argument("--churn", type=float, default=0.02)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    got = run(args.services, args.refreshes, args.churn)
    mb = 1024 * 1024
    history, snapshots = got["history"], got["snapshots"]
    print(
        f"{args.refreshes} refreshes of {args.services:,} services, "
        f"{args.churn:.0%} churn each: {got['stored']:,.0f} changes stored"
    )
    print(f"  history database (cached catalogue + change sets): {history / mb:6.2f} MB")
    print(f"    of it free pages (the previous cache, reused):    {got['free'] / mb:6.2f} MB")
    print(f"    after the first refresh alone (the baseline):     {got['baseline'] / mb:6.2f} MB")
    print(f"  full snapshot per refresh (baseline method):       {snapshots / mb:6.2f} MB")
    print(f"  ratio: {snapshots / history:.1f}x smaller; limit {LIMIT_MB:.0f} MB")
    print(f"  record_refresh: {got['per_refresh'] * 1000:.0f} ms per refresh (cache parse + diff)")
    renames, alarms, others, caught = reuse_judgement()
    print(
        f"id reuse rule on {renames} labelled names: {alarms} of {renames} renames called "
        f"reused ({alarms / renames:.1%}); {caught} of {others} other services caught "
        f"({caught / others:.1%})"
    )
    if args.check and history > LIMIT_MB * mb:
        print("FAIL: over the limit")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
