"""One poll cycle over 10,000 active orders against the sandbox, through the real Poller thread,
with the real orders table (OrdersTableModel in a shown QTableView) receiving the changes.

Measured per cycle: multi-status requests sent (must be 100: ≤100 ids each), wall time from
``refresh_now`` to the table updated, and the longest stall of the GUI event loop meanwhile, seen
by a 10 ms heartbeat QTimer on the GUI thread (target < 50 ms). Changed rows are read off the
GUI thread (a TaskRunner job: ``Store.get_orders``) and applied with ``apply_records`` on it,
as the orders view does. Three cycles: every order new (None -> Pending), every order moving
(-> In progress), nothing changed. Baseline, same process: the same cycle run on the GUI thread
(what the poller exists to avoid): its stall is the whole cycle.

Prints a table; not a test. Usage: .venv/bin/python bench/bench_poll.py [--orders 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from smmdesk.core.client import PanelClient
from smmdesk.core.polling import PollResult, poll_cycle
from smmdesk.core.secrets import KeyStore
from smmdesk.core.store import Store
from smmdesk.gui.context import AppContext
from smmdesk.gui.orders_model import OrdersTableModel, load_snapshot
from smmdesk.gui.poller import Poller
from smmdesk.gui.tasks import TaskRunner
from smmdesk.sandbox import SandboxPanel


class Heartbeat:
    """A 10 ms timer on the GUI thread; the longest gap between ticks, minus 10 ms, is the
    longest time the event loop could not run."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last - 10)
        self.last = now

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return max(0, self.worst)


def wait_until(app: QApplication, done: Any, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the cycle did not finish")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    root = Path(tempfile.mkdtemp(prefix="smmdesk-bench-poll-"))
    panel = SandboxPanel(services=200, seed=1, balance=Decimal(10**7), speed=0.0).start()
    store = Store.open(root / "bench.sqlite3")
    ctx = AppContext(
        store=store,
        keys=KeyStore(),
        settings=QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat),
        tasks=TaskRunner(),
    )
    try:
        return run(app, ctx, panel, args.orders)
    finally:
        ctx.shutdown()
        panel.stop()


def run(app: QApplication, ctx: AppContext, panel: SandboxPanel, count: int) -> int:
    store = ctx.store
    panel_id = store.add_panel("Bench", panel.url, currency="USD")
    began = time.perf_counter()
    with PanelClient(panel.url, panel.api_key) as client:
        ids = [
            client.add(1, {"link": f"https://x.test/{n}", "quantity": "100"}) for n in range(count)
        ]
    with store.transaction():
        for oid in ids:
            store.import_order(panel_id, oid, service_id=1, service_name="Followers")
    print(
        f"setup: {count} orders placed in the sandbox and tracked in {time.perf_counter() - began:.1f} s"
    )

    model = OrdersTableModel()
    model.set_snapshot(load_snapshot(store))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    app.processEvents()

    poller = Poller(ctx)
    heartbeat = Heartbeat()
    state: dict[str, Any] = {}

    def on_changed(_panel_id: int, local_ids: list[int]) -> None:
        state["pending"] = state.get("pending", 0) + 1

        def read() -> Any:
            return store.get_orders(local_ids), store.latest_refills(local_ids)

        def apply(result: Any) -> None:
            started = time.perf_counter()
            if not os.environ.get("NO_APPLY"): model.apply_records(*result)
            state["apply_ms"] = (time.perf_counter() - started) * 1000
            state["pending"] -= 1

        ctx.tasks.submit("bench-read", read, apply)

    def on_cycle(_panel_id: int, result: PollResult | None) -> None:
        state["result"] = result

    poller.sig_orders_changed.connect(on_changed)
    poller.sig_cycle_finished.connect(on_cycle)

    rows = []
    poller.watch(panel_id, panel.url, panel.api_key, None)
    for label, advance in (
        ("new (-> Pending)", 0),
        ("moving (-> In progress)", 90),
        ("unchanged", 0),
    ):
        panel.advance(advance)
        state.clear()
        asked = panel.received["status"]
        heartbeat.start()
        started = time.perf_counter()
        if not poller.is_running():
            poller.start()  # the first cycle runs as soon as the thread starts
        else:
            poller.refresh_now(panel_id)
        wait_until(app, lambda: "result" in state and not state.get("pending"))
        wall = time.perf_counter() - started
        stall = heartbeat.stop()
        result: PollResult = state["result"]
        rows.append(
            (
                label,
                panel.received["status"] - asked,
                len(result.changed),
                wall,
                stall,
                state.get("apply_ms", 0.0),
                result.ok,
            )
        )
    stopped = time.perf_counter()
    ended = poller.stop()
    stop_ms = (time.perf_counter() - stopped) * 1000

    # Baseline: the same cycle on the GUI thread.
    panel.advance(60)
    heartbeat.start()
    started = time.perf_counter()
    with PanelClient(panel.url, panel.api_key) as client:
        QTimer.singleShot(0, lambda: state.update(base=poll_cycle(store, client, panel_id)))
        wait_until(app, lambda: "base" in state)
    base_wall = time.perf_counter() - started
    base_stall = heartbeat.stop()

    print(f"\nOne poll cycle over {count} active orders (sandbox over loopback, Poller thread)")
    print(
        f"{'cycle':26} {'requests':>8} {'changed':>8} {'wall s':>7} {'GUI stall ms':>13} "
        f"{'apply ms':>9}  ok"
    )
    for label, requests, changed, wall, stall, apply_ms, ok in rows:
        print(
            f"{label:26} {requests:>8} {changed:>8} {wall:>7.2f} {stall:>13} {apply_ms:>9.1f}  {ok}"
        )
    worst = max(r[4] for r in rows)
    print(
        f"\nbaseline (same cycle on the GUI thread): wall {base_wall:.2f} s, GUI stall {base_stall} ms"
    )
    print(
        f"longest GUI stall with the poller: {worst} ms (target < 50 ms); "
        f"{base_stall / max(worst, 1):.0f}x shorter than the baseline"
    )
    print(f"poller stop(): {'ended' if ended else 'DID NOT END'} in {stop_ms:.0f} ms")
    ok = all(r[1] == -(-count // 100) for r in rows[:2]) and worst < 50 and ended
    print("requests per cycle == ceil(orders/100):", all(r[1] == -(-count // 100) for r in rows))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
