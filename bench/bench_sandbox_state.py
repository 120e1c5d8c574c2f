"""What keeping the demo panel's state on disk costs each ``add``.

Over real HTTP on loopback, like the app: the median and p95 time of one ``add`` request with
the state kept in memory only (the baseline, same process) and with a state file (the whole
state is written, synced and renamed before the answer leaves), for panels that already hold
0, 1,000 and 5,000 orders. Also prints the state file's size. The catalogue is never saved.

Prints a table; not a test. Usage: .venv/bin/python bench/bench_sandbox_state.py [--adds 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, SandboxPanel

SERVICE = SANDBOX_FIXED_SERVICES["Default"]


def fill(panel: SandboxPanel, session: requests.Session, count: int, start: int) -> list[float]:
    """Place ``count`` orders; returns each request's time in ms."""
    times = []
    for n in range(start, start + count):
        data = {
            "key": panel.api_key,
            "action": "add",
            "service": SERVICE,
            "link": f"https://instagram.com/p/bench{n}",
            "quantity": "1000",
        }
        began = time.perf_counter()
        answer = session.post(panel.url, data=data, timeout=10).json()
        times.append((time.perf_counter() - began) * 1000)
        assert "order" in answer, answer
    return times


def measure(existing: int, adds: int, state: Path | None) -> tuple[float, float, int]:
    with (
        SandboxPanel(
            services=200, seed=1, balance=Decimal("1e9"), speed=0.0, state_file=state
        ) as panel,
        requests.Session() as session,
    ):
        fill(panel, session, existing, 0)
        times = sorted(fill(panel, session, adds, existing))
    size = state.stat().st_size if state is not None else 0
    return statistics.median(times), times[int(len(times) * 0.95) - 1], size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--adds", type=int, default=200)
    args = parser.parse_args()
    print(f"{'orders':>7} {'memory ms':>18} {'state file ms':>18} {'file KiB':>9}")
    print(f"{'':>7} {'median / p95':>18} {'median / p95':>18}")
    for existing in (0, 1000, 5000):
        mem_median, mem_p95, _ = measure(existing, args.adds, None)
        with tempfile.TemporaryDirectory() as folder:
            disk_median, disk_p95, size = measure(
                existing, args.adds, Path(folder) / "demo-panel.json"
            )
        print(
            f"{existing:>7} {mem_median:>8.2f} / {mem_p95:>7.2f} "
            f"{disk_median:>8.2f} / {disk_p95:>7.2f} {size / 1024:>9.0f}"
        )


if __name__ == "__main__":
    main()
