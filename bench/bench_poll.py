"""One poll cycle over 10,000 active orders against the sandbox, through the real Poller thread,
with the real orders pane (OrdersPane: OrdersTableModel in its table, shown) receiving changes.

Measured per cycle: multi-status requests sent (must be 100: ≤100 ids each), wall time from
``refresh_now`` to the table updated, and the longest stall of the GUI event loop meanwhile, seen
by a 10 ms heartbeat QTimer on the GUI thread (target < 50 ms). ``sig_orders_changed`` goes to
``OrdersPane.apply_changes`` (re-read those orders, repaint their rows, on the GUI thread); the
Poller hands changes over in slices of CHANGE_BATCH ids, one per event-loop pass. Cycles:
every order new (None -> Pending), every order moving (-> In progress), nothing changed; then,
after gc.freeze(), remains moving and every order Completed. Baseline, same process: the same
cycle run on the GUI thread (what the poller exists to avoid): its stall is the whole cycle.

Prints a table; not a test. Usage: .venv/bin/python bench/bench_poll.py [--orders 10000]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from smmdesk.core.client import PanelClient
from smmdesk.core.polling import PollResult, poll_cycle
from smmdesk.core.secrets import KeyStore
from smmdesk.core.store import Store
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.poller import Poller
from smmdesk.gui.runtime.tasks import TaskRunner
from smmdesk.sandbox import SandboxPanel


class LocalPanel:
    """The sandbox in this process."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.panel = SandboxPanel(**options).start()
        self.url, self.api_key = self.panel.url, self.panel.api_key

    def advance(self, seconds: float) -> None:
        self.panel.advance(seconds)

    def status_requests(self) -> int:
        return self.panel.received["status"]

    def stop(self) -> None:
        self.panel.stop()


class RemotePanel:
    """The sandbox in a child process, driven over a pipe: a real panel's work does not run in
    the app's process (nor hold its GIL)."""

    def __init__(self, options: dict[str, Any]) -> None:
        spawn = multiprocessing.get_context("spawn")
        self._conn, child = spawn.Pipe()
        self._process = spawn.Process(target=_serve, args=(child, options), daemon=True)
        self._process.start()
        self.url, self.api_key = self._conn.recv()

    def _ask(self, *command: Any) -> Any:
        self._conn.send(command)
        return self._conn.recv()

    def advance(self, seconds: float) -> None:
        self._ask("advance", seconds)

    def status_requests(self) -> int:
        return int(self._ask("received", "status"))

    def stop(self) -> None:
        self._ask("stop")
        self._process.join(5)


Panel = LocalPanel | RemotePanel


def _serve(conn: Connection, options: dict[str, Any]) -> None:
    panel = SandboxPanel(**options).start()
    conn.send((panel.url, panel.api_key))
    while True:
        command, *args = conn.recv()
        if command == "advance":
            panel.advance(args[0])
            conn.send(None)
        elif command == "received":
            conn.send(panel.received[args[0]])
        else:
            panel.stop()
            conn.send(None)
            return


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
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run the sandbox in this process (its Python work then competes for the GIL)",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    root = Path(tempfile.mkdtemp(prefix="smmdesk-bench-poll-"))
    options = {"services": 200, "seed": 1, "balance": Decimal(10**7), "speed": 0.0}
    panel: Panel = LocalPanel(options) if args.in_process else RemotePanel(options)
    where = "in this process" if args.in_process else "in its own process, like a remote panel"
    print(f"sandbox panel {where}: {panel.url}")
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


def run(app: QApplication, ctx: AppContext, panel: Panel, count: int) -> int:
    store = ctx.store
    panel_id = store.add_panel("Bench", panel.url, currency="USD")
    began = time.perf_counter()
    with PanelClient(panel.url, panel.api_key) as client:
        ids = [
            client.add(1, {"link": f"https://x.test/{n}", "quantity": "5000"}).order_id
            for n in range(count)
        ]
    with store.transaction():
        for oid in ids:
            store.import_order(panel_id, oid, service_id=1, service_name="Followers")
    took = time.perf_counter() - began
    print(f"setup: {count} orders placed in the sandbox and tracked in {took:.1f} s")

    pane = OrdersPane(ctx, lambda: None)
    pane.resize(1400, 800)
    pane.show()
    wait_until(app, lambda: not pane.loading)
    assert pane.model.total_count == count

    poller = Poller(ctx)
    heartbeat = Heartbeat()
    state: dict[str, Any] = {}

    def on_changed(_panel_id: int, local_ids: list[int]) -> None:
        # What the main window wires: the pane re-reads these orders and repaints their rows.
        started = time.perf_counter()
        pane.apply_changes(local_ids)
        took = (time.perf_counter() - started) * 1000
        state["apply_ms"] = max(state.get("apply_ms", 0.0), took)

    def on_cycle(_panel_id: int, result: PollResult | None) -> None:
        state["result"] = result

    poller.sig_orders_changed.connect(on_changed)
    poller.sig_cycle_finished.connect(on_cycle)

    rows: list[tuple[str, int, int, int, float, int, int, float]] = []

    def cycles(plan: tuple[tuple[str, float, int], ...]) -> None:
        for label, advance, runs in plan:
            walls: list[float] = []
            stalls: list[int] = []
            applies: list[float] = []
            requests = changed = 0
            for _ in range(runs):
                panel.advance(advance)
                state.clear()
                asked = panel.status_requests()
                heartbeat.start()
                started = time.perf_counter()
                if not poller.is_running():
                    poller.start()  # the first cycle runs as soon as the thread starts
                else:
                    poller.refresh_now(panel_id)
                wait_until(app, lambda: "result" in state)
                walls.append(time.perf_counter() - started)
                stalls.append(heartbeat.stop())
                applies.append(state.get("apply_ms", 0.0))
                result: PollResult = state["result"]
                requests = panel.status_requests() - asked
                changed = len(result.changed)
            rows.append(
                (
                    label,
                    runs,
                    requests,
                    changed,
                    statistics.median(walls),
                    int(statistics.median(stalls)),
                    max(stalls),
                    max(applies),
                )
            )

    def idle_floor() -> int:
        """The same heartbeat over a second with nothing to do: the machine's own noise."""
        heartbeat.start()
        wait_until(app, lambda: heartbeat.clock.elapsed() > 1000)
        return heartbeat.stop()

    floor = [idle_floor() for _ in range(3)]
    poller.watch(panel_id, panel.url, panel.api_key, None)
    cycles(
        (
            ("new (-> Pending)", 0, 1),
            ("moving (-> In progress)", 90, 1),
            ("remains moving", 20, 3),
            ("unchanged", 0, 3),
        )
    )

    # Baseline: the same cycle on the GUI thread.
    panel.advance(20)
    heartbeat.start()
    started = time.perf_counter()
    with PanelClient(panel.url, panel.api_key) as client:
        QTimer.singleShot(0, lambda: state.update(base=poll_cycle(store, client, panel_id)))
        wait_until(app, lambda: "base" in state)
    base_wall = time.perf_counter() - started
    base_stall = heartbeat.stop()

    # Long pauses are mostly CPython's full garbage collections (every thread waits while the
    # whole heap is scanned); gc.freeze() after loading takes the loaded data out of them.
    gc.collect()
    gc.freeze()
    default_rows = len(rows)
    cycles(
        (
            ("gc frozen: remains moving", 20, 3),
            ("gc frozen: unchanged", 0, 3),
            ("gc frozen: -> Completed", 3000, 1),
        )
    )
    stopped = time.perf_counter()
    ended = poller.stop()
    stop_ms = (time.perf_counter() - stopped) * 1000

    print(f"\nOne poll cycle over {count} active orders (Poller thread; orders table updating)")
    print(
        f"{'cycle':27} {'runs':>4} {'requests':>8} {'changed':>7} {'wall s':>6} "
        f"{'stall ms med':>12} {'max':>4} {'apply ms':>8}"
    )
    for label, runs, requests, changed, wall, median, worst, apply_ms in rows:
        print(
            f"{label:27} {runs:>4} {requests:>8} {changed:>7} {wall:>6.2f} "
            f"{median:>12} {worst:>4} {apply_ms:>8.1f}"
        )
    print("stall: longest gap in a 10 ms GUI heartbeat during the cycle (target < 50 ms);")
    print("apply ms: the longest single OrdersPane.apply_changes() (re-read + repaint) call")
    print(f"idle noise floor (heartbeat, nothing running, 3 x 1 s): {floor} ms")
    print(
        f"baseline, the same cycle on the GUI thread: wall {base_wall:.2f} s, stall {base_stall} ms"
    )
    default_worst = max(r[6] for r in rows[:default_rows])
    frozen_worst = max(r[6] for r in rows[default_rows:])
    print(
        f"longest stall with the poller: {default_worst} ms (default gc), "
        f"{frozen_worst} ms (after gc.freeze()); baseline {base_stall} ms"
    )
    print(f"poller stop(): {'ended' if ended else 'DID NOT END'} in {stop_ms:.0f} ms")
    expected = -(-count // 100)
    right = all(r[2] == expected for r in rows)
    print(f"status requests per cycle == {expected} (ceil(orders / 100)): {right}")
    return 0 if right and ended else 1


if __name__ == "__main__":
    raise SystemExit(main())
