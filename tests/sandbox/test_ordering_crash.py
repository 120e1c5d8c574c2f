"""kill -9 in the middle of placing orders: the database stays sound, every intent survives,
every order the panel created is accounted for, and nothing was placed twice."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import IO

import pytest

from smmdesk.core.store import LocalState, Store
from smmdesk.sandbox import SandboxPanel

RUNS = 20
KEY = "crash-test-key-5be1c0d7"
WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]
LATENCY = 0.05  # every add waits this long on the panel, so most kills land mid-request


def _reader(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _run_and_kill(
    db: Path, panel: SandboxPanel, panel_id: int, run: int, rng: random.Random
) -> list[str]:
    errors = db.with_name(f"worker-{run}.stderr")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SMMDESK_CRASH_KEY": KEY}
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                f"--db={db}",
                f"--url={panel.url}",
                f"--panel-id={panel_id}",
                f"--run={run}",
            ],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=env,
        )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        first = lines.get(timeout=30)
        if first is None:
            proc.wait(timeout=10)
            raise AssertionError(f"worker died before placing anything:\n{errors.read_text()}")
        seen.append(first)
        # The random moment of death: the point of the test, not a wait for a condition.
        time.sleep(rng.uniform(0.0, 0.3))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        reader.join(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
    while (line := lines.get_nowait()) is not None:
        seen.append(line)
    assert proc.returncode == -signal.SIGKILL, proc.returncode
    return seen


@pytest.mark.slow
def test_kill_9_while_placing_orders(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(4242)
    intents: dict[int, str] = {}
    outcomes: dict[int, tuple[str, str]] = {}
    with SandboxPanel(services=30, seed=3, balance=Decimal("100000"), api_key=KEY) as panel:
        panel.faults.inject("latency", action="add", delay=LATENCY)
        with Store.open(db) as setup:
            panel_id = setup.add_panel("Sandbox", panel.url)

        started = time.monotonic()
        for run in range(RUNS):
            for line in _run_and_kill(db, panel, panel_id, run, rng):
                word, number, rest = line.split(" ", 2)
                if word == "intent":
                    assert int(number) not in intents, "a local id was reused"
                    intents[int(number)] = rest
                else:
                    state, order_id = rest.split(" ")
                    outcomes[int(number)] = (state, order_id)
        elapsed = time.monotonic() - started

        # Requests whose sender died are still finished by the panel: wait for all of them.
        deadline = time.monotonic() + 10
        while panel.faults.count("latency", "add") < panel.received["add"]:
            assert time.monotonic() < deadline, "the sandbox never finished its requests"
            time.sleep(0.01)
        created = panel.orders
        add_requests = [params for action, params in panel.requests if action == "add"]

    with Store.open(db) as store:
        recovered = store.recover_interrupted()
        assert store.integrity_check() == "ok"
        orders = {o.local_id: o for o in store.list_orders(panel_id)}
        by_link = {o.link: o for o in orders.values()}

    assert len(intents) >= RUNS, "every run placed at least one order before dying"
    assert len(by_link) == len(orders), "one row per link: nothing recorded twice"
    # No intent lost: every id announced before its request is in the database, intact.
    for local_id, link in intents.items():
        assert local_id in orders, f"intent {local_id} lost"
        assert orders[local_id].link == link
    # Outcomes a worker reported are what the database says.
    for local_id, (state, order_id) in outcomes.items():
        assert orders[local_id].state.value == state
        if order_id != "-":
            assert orders[local_id].panel_order_id == int(order_id)
    assert all(o.state is not LocalState.SENDING for o in orders.values())

    # Nothing placed twice, and each request belongs to exactly one recorded intent.
    sent_links = [params["link"] for params in add_requests]
    assert len(sent_links) == len(set(sent_links)), "an add was sent twice"
    assert set(sent_links) <= set(by_link)
    created_links = [order.link for order in created.values()]
    assert len(created_links) == len(set(created_links)), "the panel has a duplicate order"

    # Every order the panel created is in the database as ACCEPTED (same id) or UNKNOWN;
    # every ACCEPTED order exists on the panel; nothing REJECTED does.
    for created_id, order in created.items():
        record = by_link[order.link]
        assert (record.state, record.panel_order_id) in {
            (LocalState.ACCEPTED, created_id),
            (LocalState.UNKNOWN, None),
        }, (created_id, record)
    created_ids = set(created)
    for record in orders.values():
        if record.state is LocalState.ACCEPTED:
            assert record.panel_order_id in created_ids
            assert created[record.panel_order_id].link == record.link
        assert record.state is not LocalState.REJECTED, record

    # The test only means something if kills landed mid-request.
    unknown = [o for o in orders.values() if o.state is LocalState.UNKNOWN]
    assert unknown, "no kill landed while a request was in flight"
    assert {o.local_id for o in unknown} >= set(recovered)
    print(
        f"\n{RUNS} kills in {elapsed:.1f}s: {len(orders)} intents, {len(created)} created, "
        f"{len(unknown)} unknown (of which created: "
        f"{sum(1 for o in unknown if o.link in set(created_links))})"
    )
