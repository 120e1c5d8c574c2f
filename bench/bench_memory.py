"""Resident memory of the app with 20,000 services and 100,000 orders loaded (target < 300 MB).

Real classes: the catalogue is ``parse_services`` -> ``Catalog`` shown in a ``CatalogPane`` (its
``ServiceTreeModel`` and tree view); the orders are loaded by the real ``OrdersPane`` (its
``OrdersTableModel``, table and detail panel); the store is open and a ``Poller`` thread runs.
RSS is VmRSS from /proc/self/status (psutil is not installed), printed after each stage, with
the peak (VmHWM).

The test data is made in child processes, so their garbage never counts here: the catalogue
JSON by the sandbox's generator, and a database of 100,000 orders over 3 panels through
``Store.import_order`` + ``Store.apply_statuses`` (varied statuses, charges, remains), with
the ``params`` JSON each order would have been sent with written in one bulk UPDATE.

Prints a table; not a test. Usage: .venv/bin/python bench/bench_memory.py [--orders 100000]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

TARGET_MB = 300


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def make_catalogue(path: str, size: int) -> None:
    """Child process: the sandbox's catalogue of ``size`` services as the panel serves it."""
    from smmdesk.sandbox.catalog import shared_catalogue

    Path(path).write_bytes(shared_catalogue(size, 1).json_bytes())


def make_orders(path: str, count: int) -> None:
    """Child process: a database of ``count`` tracked orders with realistic fields."""
    from smmdesk.core.models import OrderState, OrderStatus
    from smmdesk.core.store import Store

    finals = [OrderStatus.COMPLETED] * 6 + [
        OrderStatus.IN_PROGRESS,
        OrderStatus.PENDING,
        OrderStatus.PARTIAL,
        OrderStatus.CANCELED,
    ]
    with Store.open(path) as store:
        panels = [
            store.add_panel(f"Panel {n}", f"https://panel{n}.example/api/v2") for n in (1, 2, 3)
        ]
        per_panel: dict[int, dict[int, OrderState]] = {p: {} for p in panels}
        with store.transaction():
            for n in range(count):
                panel_id = panels[n % 3]
                order_id = 100_000 + n
                quantity = 100 * (1 + n % 50)
                store.import_order(
                    panel_id,
                    order_id,
                    service_id=1 + n % 20_000,
                    service_name=f"Instagram Followers [Real, {n % 400} days refill] ♻️",
                    service_type="Default",
                    link=f"https://www.instagram.com/p/C{n:08d}xYz/",
                    quantity=quantity,
                    cost=Decimal(quantity) * Decimal("0.0009"),
                )
                status = finals[n % len(finals)]
                per_panel[panel_id][order_id] = OrderState(
                    order_id,
                    status,
                    status.value,
                    charge=Decimal(quantity) * Decimal("0.0009"),
                    start_count=1000 + n % 7919,
                    remains=0 if status is OrderStatus.COMPLETED else quantity // 3,
                    currency="USD",
                )
        for panel_id, states in per_panel.items():
            store.apply_statuses(panel_id, states)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE orders SET params = json_object('link', link, 'quantity', "
            "CAST(quantity AS TEXT)), source = 'app'"
        )


def in_child(target: Callable[..., None], *args: object) -> None:
    spawn = multiprocessing.get_context("spawn")
    process = spawn.Process(target=target, args=args)
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"{getattr(target, '__name__', target)} failed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--orders", type=int, default=100_000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="smmdesk-bench-memory-"))
    catalogue_path, db_path = root / "services.json", root / "smmdesk.sqlite3"
    began = time.perf_counter()
    in_child(make_catalogue, str(catalogue_path), args.services)
    in_child(make_orders, str(db_path), args.orders)
    print(f"test data made in child processes in {time.perf_counter() - began:.1f} s")

    stages: list[tuple[str, int]] = [("python started", status_kb("VmRSS"))]

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from smmdesk.core.catalog import Catalog
    from smmdesk.core.parse import parse_services
    from smmdesk.core.secrets import KeyStore
    from smmdesk.core.store import Store
    from smmdesk.gui.catalog.pane import CatalogPane
    from smmdesk.gui.orders.pane import OrdersPane
    from smmdesk.gui.runtime.context import AppContext
    from smmdesk.gui.runtime.poller import Poller
    from smmdesk.gui.runtime.tasks import TaskRunner

    app = QApplication(sys.argv)
    ctx = AppContext(
        store=Store.open(db_path),
        keys=KeyStore(),
        settings=QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat),
        tasks=TaskRunner(),
    )
    poller = Poller(ctx)
    poller.start()
    app.processEvents()
    stages.append(("Qt + app modules, store open, poller thread", status_kb("VmRSS")))

    raw = catalogue_path.read_bytes()
    catalog = Catalog(parse_services(raw))
    del raw
    pane = CatalogPane()
    pane.resize(700, 800)
    pane.set_catalog(catalog, "USD")
    pane.show()
    app.processEvents()
    stages.append(
        (f"+ {len(catalog.services):,} services (Catalog + tree, shown)", status_kb("VmRSS"))
    )

    orders = OrdersPane(ctx, lambda: None)
    orders.resize(1400, 800)
    orders.show()
    while orders.loading:  # the pane loads on a worker thread
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    total = orders.model.total_count
    stages.append((f"+ {total:,} orders (OrdersPane + its model, shown)", status_kb("VmRSS")))
    gc.collect()
    app.processEvents()
    stages.append(("after gc.collect()", status_kb("VmRSS")))

    print(f"\nResident memory of the app process (VmRSS, MB); target < {TARGET_MB} MB")
    previous = 0
    for label, kb in stages:
        print(f"{label:55} {kb / 1024:7.1f}  (+{(kb - previous) / 1024:.1f})")
        previous = kb
    final = stages[-1][1] / 1024
    peak = status_kb("VmHWM") / 1024
    print(f"peak (VmHWM): {peak:.1f} MB; with everything loaded: {final:.1f} MB")
    print(f"under target: {final < TARGET_MB}")
    assert poller.stop()
    orders.close()
    pane.close()
    ctx.shutdown()
    return 0 if final < TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
