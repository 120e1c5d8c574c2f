"""The Spending window over loopback: orders placed on two sandbox panels (USD and EUR), their
statuses forced (completed, partial, cancelled) and polled into the store, one placement left
UNKNOWN; the window's figures, its charts, the orders view's filter and the CSV export are
checked against hand-computed totals."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from smmdesk.core.client import PanelClient
from smmdesk.core.store import Store
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]  # 0.90 per 1000


class Panel:
    """A sandbox panel (clock stopped) registered in the store, orders placed over HTTP."""

    def __init__(self, store: Store, name: str, currency: str, key: str) -> None:
        self.sandbox = SandboxPanel(services=50, seed=2, api_key=key, currency=currency, speed=0)
        self.sandbox.start()
        self.store = store
        self.id = store.add_panel(name, self.sandbox.url, currency=currency)
        self.client = PanelClient(self.sandbox.url, key)
        self.placed = 0

    def place(self, quantity: int, name: str = "Instagram Likes") -> int:
        self.placed += 1
        params = {"link": f"https://instagram.com/p/{self.placed}", "quantity": str(quantity)}
        local_id = self.store.create_intent(
            panel_id=self.id, service_id=DEFAULT, service_name=name, service_type="Default",
            params=params, cost=Decimal("0.90") * quantity / 1000, quantity=quantity,
        )  # fmt: skip
        self.store.begin_sending(local_id)
        self.store.mark_accepted(local_id, self.client.add(DEFAULT, params).order_id)
        return self.store.get_order(local_id).panel_order_id or 0

    def poll(self) -> None:
        ids = [order_id for _local, order_id in self.store.active_orders(self.id)]
        self.store.apply_statuses(self.id, dict(self.client.statuses(ids)))


@pytest.fixture
def panels(gui_ctx: AppContext) -> Iterator[tuple[Panel, Panel]]:
    store = gui_ctx.store
    usd = Panel(store, "Alpha", "USD", "key-alpha")
    eur = Panel(store, "Beta", "EUR", "key-beta")
    done = usd.place(2000)  # 1.80
    partial = usd.place(2000)  # 1.80, 500 undelivered: 1.35
    cancelled = usd.place(1000)  # 0.90, refunded: 0
    followers = usd.place(1000, "Instagram Followers")  # 0.90
    usd.sandbox.set_status(done, "Completed")
    usd.sandbox.set_status(partial, "Partial", remains=500)
    usd.sandbox.set_status(cancelled, "Canceled")
    usd.sandbox.set_status(followers, "Completed")
    eur.sandbox.set_status(eur.place(3000), "Completed")  # 2.70 EUR
    usd.poll()
    eur.poll()
    # sent, no answer: may or may not have been paid for
    unknown = store.create_intent(
        panel_id=usd.id, service_id=DEFAULT, service_name="Instagram Likes",
        service_type="Default", params={"link": "https://x.example", "quantity": "5000"},
        cost=Decimal("4.50"), quantity=5000,
    )  # fmt: skip
    store.begin_sending(unknown)
    store.mark_unknown(unknown, "timeout")
    yield usd, eur
    usd.sandbox.stop()
    eur.sandbox.stop()


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext, panels: tuple[Panel, Panel]) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.open_panel(gui_ctx.store.get_panel(panels[0].id))
    win.show()
    yield win
    win.shutdown()


def table(spending: object) -> dict[str, str]:
    view = spending.table  # type: ignore[attr-defined]
    return {view.item(r, 0).text(): view.item(r, 1).text() for r in range(view.rowCount())}


def loaded(qtbot: QtBot, spending: object) -> None:
    qtbot.waitUntil(lambda: spending.report is not None and not spending._loading, timeout=10_000)  # type: ignore[attr-defined]


def test_spending_sums_each_currency_apart_by_the_rules(qtbot: QtBot, window: MainWindow) -> None:
    spending = window.show_spending()
    loaded(qtbot, spending)
    # USD: 1.80 + 1.35 + 0 + 0.90 = 4.05 (the unknown 4.50 apart); EUR: 2.70, never added in
    assert [c.currency for c in spending.report.currencies] == ["EUR", "USD"]
    spending.currency.setCurrentIndex(spending.currency.findData("USD"))
    assert table(spending) == {"Alpha": "4.05"}
    assert "4.05" in spending.summary.text()
    assert "4 orders" in spending.summary.text()
    assert spending.unknown_label.isVisibleTo(spending)
    assert "1 order whose placement is unknown" in spending.unknown_label.text()
    spending.currency.setCurrentIndex(spending.currency.findData("EUR"))
    assert table(spending) == {"Beta": "2.70"}
    # grouped by product: likes 1.80 + 1.35 + 0, followers 0.90
    spending.currency.setCurrentIndex(spending.currency.findData("USD"))
    spending.group.setCurrentIndex(spending.group.findData("product"))
    loaded(qtbot, spending)
    assert table(spending) == {"Likes": "3.15", "Followers": "0.90"}
    # the stacked chart holds the same figures: one set per group, summed over the days
    series = spending.over_time.chart().series()[0]
    sums = {bar.label(): round(sum(bar.at(i) for i in range(bar.count())), 2)
            for bar in series.barSets()}  # fmt: skip
    assert sums == {"Likes": 3.15, "Followers": 0.9}


def test_spending_can_follow_the_orders_views_filter(
    qtbot: QtBot, window: MainWindow, panels: tuple[Panel, Panel]
) -> None:
    pane = window.orders_pane
    qtbot.waitUntil(lambda: pane.model.total_count == 6, timeout=10_000)
    pane.panel_filter.setCurrentIndex(pane.panel_filter.findData(panels[1].id))
    pane.apply_filters()
    spending = window.show_spending()
    loaded(qtbot, spending)
    assert len(spending.report.currencies) == 2
    spending.only_filtered.setChecked(True)
    loaded(qtbot, spending)
    assert [c.currency for c in spending.report.currencies] == ["EUR"]
    assert table(spending) == {"Beta": "2.70"}
    assert not spending.unknown_label.isVisibleTo(spending)  # the unknown one is Alpha's


def test_spending_exports_its_figures_with_panel_names(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spending = window.show_spending()
    loaded(qtbot, spending)
    target = tmp_path / "spent"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    spending.export_csv()
    with (tmp_path / "spent.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Period", "Group", "Currency", "Spent"]
    assert sorted((r[1], r[2], Decimal(r[3])) for r in rows[1:]) == [
        ("Alpha", "USD", Decimal("4.05")),
        ("Beta", "EUR", Decimal("2.70")),
    ]
    assert "Exported 2 rows" in window.statusBar().currentMessage()


def test_a_window_closed_before_its_sums_arrive_is_left_alone(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    """The sums run on a worker: closing the window meanwhile (it is deleted on close) must not
    let their answer touch it (pytest-qt fails the test on an exception in the event loop)."""
    spending = window.show_spending()
    loaded(qtbot, spending)
    gui_ctx.tasks.hold()  # the next sums wait until the window is gone
    spending.reload()
    spending.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(spending)
    gui_ctx.tasks.release()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    qtbot.wait(50)  # the answer's delivery, queued to the GUI thread


def test_a_services_name_is_shown_as_written_never_as_markup(
    qtbot: QtBot, window: MainWindow, panels: tuple[Panel, Panel]
) -> None:
    """QtCharts draws legends and titles as HTML: a panel's service name is escaped for it, and
    the table shows it literally."""
    usd = panels[0]
    hostile = "<b>Views</b> & <img src=x>"
    usd.sandbox.set_status(usd.place(1000, hostile), "Completed")
    usd.poll()
    spending = window.show_spending()
    loaded(qtbot, spending)
    spending.currency.setCurrentIndex(spending.currency.findData("USD"))
    spending.group.setCurrentIndex(spending.group.findData("service"))
    loaded(qtbot, spending)
    assert table(spending)[hostile] == "0.90"
    labels = [bar.label() for bar in spending.over_time.chart().series()[0].barSets()]
    assert "&lt;b&gt;Views&lt;/b&gt; &amp; &lt;img src=x&gt;" in labels
    slices = [part.label() for part in spending.breakdown.chart().series()[0].slices()]
    assert "&lt;b&gt;Views&lt;/b&gt; &amp; &lt;img src=x&gt;" in slices
