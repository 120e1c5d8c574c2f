"""The orders pane at 100,000 stored orders: ours against Qt's stock approach, same process.

Ours: ``OrdersPane`` (``OrdersTableModel`` over OrderRecords; filter and sort in Python, then
one reset / layout change). Open = store -> model -> view shown, measured twice: until the
newest page is painted (the GUI thread reads only that page) and until every order is in the
table (the full read runs on a worker); the longest stall of the GUI event loop during that
load is measured with a 5 ms heartbeat timer. Filter = the filter-bar change through to the
view repainted (free text over link/service/ids/note; a status); sort = a header sort.

Baseline: ``store.list_orders()`` -> a ``QStandardItemModel`` (one QStandardItem per cell,
display text as ours shows it) under a ``QSortFilterProxyModel`` in a ``QTableView``, built
and shown on the GUI thread; filtering with ``setFilterFixedString`` (all columns for free
text, the status column for a status), sorting with the proxy. Both views are shown offscreen
at the same size. Timings are medians over --repeat runs; ratios are ours / baseline.

Prints a table; not a test. Usage: .venv/bin/python bench/bench_orders_view.py [--size 100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from smmdesk.core.secrets import KeyStore
from smmdesk.core.store import Store
from smmdesk.gui.orders.columns import COLUMN_COUNT, LINK, QUANTITY, SERVICE, STATUS
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.tasks import TaskRunner

WIDTH, HEIGHT = 1400, 800
STATUSES = ["Pending", "In progress", "Completed", "Partial", "Canceled", None]
SERVICES = [
    (1, "Instagram Followers [Real] ♻️ 30 days"),
    (2, "YouTube Views - Fast"),
    (3, "TikTok Likes | Instant"),
    (10, "متابعين انستقرام حقيقيين"),
    (21, "Telegram Members [Non Drop]"),
]


def make_store(path: Path, size: int) -> Store:
    """``size`` orders written straight into the schema (the store's API commits one fsync'd
    transaction per order: minutes at this size), then opened through Store as the app does."""
    store = Store.open(path)
    panel_id = store.add_panel("Demo panel", "https://demo.example/api/v2", currency="USD")
    store.close()
    rnd = random.Random(1)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(size):
        status = rnd.choice(STATUSES)
        service_id, name = SERVICES[n % len(SERVICES)]
        link = f"https://instagram.com/p/{n:08x}"
        quantity = 100 * (1 + n % 50)
        created = (start + timedelta(seconds=n * 37)).isoformat(timespec="microseconds")
        remains = None if status is None else (0 if status == "Completed" else quantity // 3)
        rows.append(
            (panel_id, service_id, name, "Default", link, quantity,
             json.dumps({"link": link, "quantity": str(quantity)}), "0.90", "ACCEPTED",
             30_000 + n, created, created, status, status, "0.90" if status else None,
             100 + n % 900, remains, "USD")
        )  # fmt: skip
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO orders (panel_id, service_id, service_name, service_type, link, "
            "quantity, params, cost, state, panel_order_id, created_at, sent_at, status, "
            "status_text, charge, start_count, remains, currency) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return Store.open(path)


def timed(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def settle(view: QTableView) -> None:
    """Process pending events and paint the visible rows now."""
    QApplication.processEvents()
    view.viewport().repaint()


# -- ours -----------------------------------------------------------------------------------


class Heartbeat:
    """The longest gap between 5 ms timer ticks: how long the GUI thread was unresponsive."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def open_ours(ctx: AppContext, beat: Heartbeat) -> tuple[OrdersPane, dict[str, float]]:
    start = time.perf_counter()
    pane = OrdersPane(ctx, lambda: None)
    pane.resize(WIDTH, HEIGHT)
    pane.show()
    settle(pane.table)
    first_page = time.perf_counter() - start
    beat.start()
    while pane.loading:
        QApplication.processEvents()
        time.sleep(0.001)
    settle(pane.table)
    full = time.perf_counter() - start
    stall = beat.stop()
    assert pane.model.rowCount() == pane.model.total_count
    return pane, {"first": first_page, "full": full, "stall": stall}


def our_text(pane: OrdersPane, text: str) -> None:
    pane.search_edit.blockSignals(True)
    pane.search_edit.setText(text)
    pane.search_edit.blockSignals(False)
    pane.apply_filters()
    settle(pane.table)


def our_status(pane: OrdersPane, key: str) -> None:
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(key))
    settle(pane.table)


def our_sort(pane: OrdersPane, column: int, order: Qt.SortOrder) -> None:
    pane.table.sortByColumn(column, order)
    settle(pane.table)


# -- baseline -------------------------------------------------------------------------------


def open_standard(store: Store) -> tuple[QTableView, QSortFilterProxyModel, QStandardItemModel]:
    records = store.list_orders()
    # the same texts ours displays, computed once per cell as QStandardItemModel needs
    from smmdesk.gui.orders.model import OrdersTableModel
    from smmdesk.gui.orders.snapshot import OrdersSnapshot

    helper = OrdersTableModel()
    helper.set_snapshot(OrdersSnapshot.build(list(records), {}, {1: "Demo panel"}, {}))
    model = QStandardItemModel(0, COLUMN_COUNT)
    model.setHorizontalHeaderLabels(
        [str(helper.headerData(c, Qt.Orientation.Horizontal)) for c in range(COLUMN_COUNT)]
    )
    for row in range(helper.rowCount()):
        items = []
        for column in range(COLUMN_COUNT):
            item = QStandardItem(str(helper.index(row, column).data() or ""))
            item.setEditable(False)
            items.append(item)
        model.appendRow(items)
    proxy = QSortFilterProxyModel()
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSourceModel(model)
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.setModel(proxy)
    view.resize(WIDTH, HEIGHT)
    view.show()
    settle(view)
    return view, proxy, model


def standard_text(view: QTableView, proxy: QSortFilterProxyModel, text: str) -> None:
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterFixedString(text)
    settle(view)


def standard_status(view: QTableView, proxy: QSortFilterProxyModel, text: str) -> None:
    proxy.setFilterKeyColumn(STATUS)
    proxy.setFilterFixedString(text)
    settle(view)


def standard_sort(view: QTableView, proxy: QSortFilterProxyModel, column: int) -> None:
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    settle(view)


TEXT_QUERIES = ["0001f", "instagram 00a", "متابعين", "#30999"]


def open_ours_repeatedly(
    ctx: AppContext, beat: Heartbeat, repeat: int
) -> tuple[OrdersPane, list[dict[str, float]], float]:
    """Open the pane ``repeat`` times (each previous one really gone first); returns the last
    pane, each open's timings and the memory the first open added (MB)."""
    opens: list[dict[str, float]] = []
    pane: OrdersPane | None = None
    rss_ours = 0.0
    for _ in range(repeat):
        if pane is not None:  # really gone (records freed) before the next open
            pane.close()
            pane.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            pane = None
            gc.collect()
        rss0 = rss_mb()
        pane, parts = open_ours(ctx, beat)
        rss_ours = rss_ours or rss_mb() - rss0
        opens.append(parts)
    assert pane is not None
    return pane, opens, rss_ours


def measure_ours(pane: OrdersPane, store: Store, repeat: int) -> dict[str, list[float]]:
    """Filter and sort timings, then the live updates at full size: what the poller and a new
    order cost the GUI thread."""
    ours: dict[str, list[float]] = {"text": [], "status": [], "sort": []}
    for _ in range(repeat):
        for query in TEXT_QUERIES:
            ours["text"].append(timed(lambda q=query: our_text(pane, q)))  # type: ignore[misc]
        our_text(pane, "")
        for key in ("completed", "active"):
            ours["status"].append(timed(lambda k=key: our_status(pane, k)))  # type: ignore[misc]
        our_status(pane, "all")
        for column in (SERVICE, QUANTITY, LINK, STATUS):
            ours["sort"].append(
                timed(lambda c=column: our_sort(pane, c, Qt.SortOrder.AscendingOrder))  # type: ignore[misc]
            )
        our_sort(pane, 0, Qt.SortOrder.DescendingOrder)

    step = max(1, pane.model.rowCount() // 1000)
    polled = [pane.model.record_at(row).local_id for row in range(0, pane.model.rowCount(), step)]
    polled = polled[:1000]
    ours["poll"] = [timed(lambda: pane.apply_changes(polled)) for _ in range(repeat)]
    panel_id = pane.model.record_at(0).panel_id
    ours["insert"] = []
    for n in range(repeat):
        new = store.import_order(panel_id, 900_000 + n, link=f"https://t.me/bench{n}")
        ours["insert"].append(timed(lambda i=new: pane.apply_changes([i])))  # type: ignore[misc]
    return ours


def open_standard_repeatedly(
    store: Store, repeat: int
) -> tuple[QTableView, QSortFilterProxyModel, QStandardItemModel, list[float], float]:
    """Open the baseline ``repeat`` times; returns the last view, proxy and model, each open's
    time and the memory the first open added (MB)."""
    base_open: list[float] = []
    rss_base = 0.0
    view = proxy = model = None
    for _ in range(repeat):
        if view is not None:
            view.close()
            view.deleteLater()
            del view, proxy, model
            QApplication.processEvents()
            gc.collect()
        rss1 = rss_mb()
        start = time.perf_counter()
        view, proxy, model = open_standard(store)
        base_open.append(time.perf_counter() - start)
        rss_base = rss_base or rss_mb() - rss1
    assert view is not None
    assert proxy is not None
    assert model is not None
    return view, proxy, model, base_open, rss_base


def measure_standard(
    view: QTableView, proxy: QSortFilterProxyModel, repeat: int
) -> dict[str, list[float]]:
    base: dict[str, list[float]] = {"text": [], "status": [], "sort": []}
    for _ in range(repeat):
        for query in TEXT_QUERIES:
            base["text"].append(timed(lambda q=query: standard_text(view, proxy, q)))  # type: ignore[misc]
        standard_text(view, proxy, "")
        for status in ("Completed", "Pending"):
            base["status"].append(timed(lambda s=status: standard_status(view, proxy, s)))  # type: ignore[misc]
        standard_status(view, proxy, "")
        for column in (SERVICE, QUANTITY, LINK, STATUS):
            base["sort"].append(timed(lambda c=column: standard_sort(view, proxy, c)))  # type: ignore[misc]
        proxy.sort(-1)
    return base


def ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def print_results(
    opens: list[dict[str, float]],
    ours: dict[str, list[float]],
    base_open: list[float],
    base: dict[str, list[float]],
    rss: tuple[float, float],
) -> None:
    """The table (ours, baseline, ratio), then what has no baseline; ``rss`` is the memory
    each side's first open added (ours, baseline)."""
    first = ms([o["first"] for o in opens])
    full = ms([o["full"] for o in opens])
    stall_first = opens[0]["stall"] * 1000
    stall = max(o["stall"] for o in opens) * 1000
    print()
    print(f"{'':34}{'ours':>12}{'baseline':>12}{'ratio':>9}")
    b_open = ms(base_open)
    print(f"{'open: newest page painted (ms)':34}{first:12.0f}{b_open:12.0f}{first / b_open:9.3f}")
    print(f"{'open: every order in view (ms)':34}{full:12.0f}{b_open:12.0f}{full / b_open:9.3f}")
    for key, label in (("text", "free-text filter"), ("status", "status filter"),
                       ("sort", "sort by a column")):  # fmt: skip
        o, b = ms(ours[key]), ms(base[key])
        print(f"{label + ' (ms, median)':34}{o:12.1f}{b:12.1f}{o / b:9.3f}")
    rss_ours, rss_base = rss
    memory = rss_ours / rss_base
    print(
        f"{'memory added by the first open (MB)':34}{rss_ours:12.0f}{rss_base:12.0f}{memory:9.3f}"
    )
    print()
    print(f"poller update of 1,000 orders (apply_changes): {ms(ours['poll']):.1f} ms")
    print(f"a new order inserted (apply_changes of an unknown id): {ms(ours['insert']):.1f} ms")
    print(
        f"longest GUI stall while the full list loads on the worker: {stall_first:.0f} ms "
        f"(first open), {stall:.0f} ms (worst of {len(opens)})"
    )
    print("(baseline: the whole open runs on the GUI thread, so it stalls for all of it)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    qInstallMessageHandler(lambda *_: None)  # offscreen platform chatter
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="smmdesk-bench-orders-"))
    store = make_store(folder / "orders.sqlite3", args.size)
    ctx = AppContext(
        store=store,
        keys=KeyStore(),
        settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        tasks=TaskRunner(),
    )
    print(f"orders: {args.size:,} in SQLite; views {WIDTH}x{HEIGHT} offscreen")

    warm = QTableView()  # Qt's one-time costs (fonts, style) are paid before measuring
    warm.show()
    settle(warm)
    pane, opens, rss_ours = open_ours_repeatedly(ctx, Heartbeat(), args.repeat)
    ours = measure_ours(pane, store, args.repeat)
    view, proxy, _model, base_open, rss_base = open_standard_repeatedly(store, args.repeat)
    base = measure_standard(view, proxy, args.repeat)
    print_results(opens, ours, base_open, base, (rss_ours, rss_base))
    ctx.tasks.shutdown(timeout=2.0)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
