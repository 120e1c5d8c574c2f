"""Catalogue parsing speed: parse_services on a sandbox catalogue vs json.loads of the same bytes.

The requirement: parse_services(raw) ≤ 2× json.loads(raw) for a 20,000-service catalogue as
SandboxPanel(services=20000) serves it. Also shown: the naive path (json.loads, then Service()
per entry through the careful converter) for scale. All timings in one process, interleaved,
median of --runs. ``--check`` exits 1 when the ratio is over the limit.

    .venv/bin/python bench/bench_parse.py [--services 20000] [--runs 15] [--check]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal

from smmdesk.core import parse
from smmdesk.core.client import PanelClient
from smmdesk.sandbox import SandboxPanel

LIMIT = 2.0


def naive(raw: bytes) -> list[object]:
    """What a straightforward implementation does: decode, then convert entry by entry."""
    return [parse._service_slow(entry) for entry in json.loads(raw)]


def timed(function: Callable[[bytes], object], raw: bytes) -> tuple[float, float]:
    """(wall, cpu) seconds for one call; the result is dropped inside the timing, as it would
    be by a caller replacing an old catalogue."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    function(raw)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--services", type=int, default=20000)
    options.add_argument("--runs", type=int, default=15)
    options.add_argument("--check", action="store_true", help=f"exit 1 if ratio > {LIMIT}")
    args = options.parse_args()

    panel = SandboxPanel(services=args.services, seed=1, balance=Decimal("1000"))
    with panel, PanelClient(panel.url, panel.api_key) as client:
        raw = client.services_raw()
    parsed = parse.parse_services(raw)
    assert len(parsed) == args.services, (len(parsed), args.services)

    candidates: dict[str, Callable[[bytes], object]] = {
        "json.loads": json.loads,
        "parse_services": parse.parse_services,
        "naive": naive,
    }
    walls: dict[str, list[float]] = {name: [] for name in candidates}
    cpus: dict[str, list[float]] = {name: [] for name in candidates}
    for function in candidates.values():  # warm-up
        function(raw)
    for _ in range(args.runs):
        for name, function in candidates.items():
            wall, cpu = timed(function, raw)
            walls[name].append(wall)
            cpus[name].append(cpu)

    base_wall = statistics.median(walls["json.loads"])
    base_cpu = statistics.median(cpus["json.loads"])
    print(f"catalogue: {args.services} services, {len(raw) / 1e6:.2f} MB; {args.runs} runs")
    for name in candidates:
        wall = statistics.median(walls[name])
        cpu = statistics.median(cpus[name])
        print(
            f"  {name:15s} wall {wall * 1000:7.1f} ms ({wall / base_wall:4.2f}x)   "
            f"cpu {cpu * 1000:7.1f} ms ({cpu / base_cpu:4.2f}x)"
        )
    ratio = statistics.median(walls["parse_services"]) / base_wall
    print(f"ratio parse_services / json.loads (median wall): {ratio:.2f} (limit {LIMIT})")
    return 1 if args.check and ratio > LIMIT else 0


if __name__ == "__main__":
    sys.exit(main())
