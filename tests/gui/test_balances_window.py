"""The Balances window and the low-balance warning, over loopback: the poller reads every
watched panel's balance (three sandbox panels in three currencies, none of them open), keeps it
with its read time, and the window shows it with spending, the forecast and the total in the
user's currency, checked against figures worked out by hand."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from smmdesk.core.balances import LowBalanceRule, ThresholdMode
from smmdesk.core.client import PanelClient
from smmdesk.core.store import Store
from smmdesk.gui.money import prefs
from smmdesk.gui.money.alerts import LowBalanceMonitor
from smmdesk.gui.money.settings_page import MoneySettings
from smmdesk.gui.money.view import COLUMNS, BalancesWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.poller import Poller
from smmdesk.gui.tray import TrayNotifier
from smmdesk.gui.wording import numbers
from smmdesk.sandbox import SandboxPanel


@pytest.fixture
def panels() -> Iterator[dict[str, SandboxPanel]]:
    started = {
        code: SandboxPanel(
            services=50, seed=3, balance=Decimal(amount), currency=code, speed=0.0
        ).start()
        for code, amount in (("USD", "1000"), ("EUR", "500"), ("GBP", "200"))
    }
    yield started
    for panel in started.values():
        panel.stop()


@pytest.fixture
def poller(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[Poller]:
    started = Poller(gui_ctx, min_interval=0.05)
    started.start()
    yield started
    started.stop()


def _placed(store: Store, panel: SandboxPanel, panel_id: int, quantity: int, days: int) -> None:
    """An order of the sandbox's Default service (0.90 per 1000), placed ``days`` ago."""
    with PanelClient(panel.url, panel.api_key, max_retries=0, rng=random.Random(1)) as client:
        order = client.add(1, {"link": f"https://x.test/{days}", "quantity": str(quantity)})
    local = store.import_order(
        panel_id, order.order_id, quantity=quantity, cost=Decimal("0.90") * quantity / 1000
    )
    at = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="microseconds")
    with sqlite3.connect(store.path) as conn:
        conn.execute(
            "UPDATE orders SET created_at = ?, sent_at = ? WHERE local_id = ?", (at, at, local)
        )


def _read_all(qtbot: QtBot, poller: Poller, ids: dict[str, int], panels: dict[str, SandboxPanel]):
    seen: set[int] = set()
    poller.sig_balance.connect(lambda pid, _b: seen.add(pid))
    for code, panel in panels.items():
        poller.watch(ids[code], panel.url, panel.api_key, None)
    qtbot.waitUntil(lambda: seen >= set(ids.values()), timeout=10_000)


def _cell(window: BalancesWindow, row: int, column: str) -> str:
    return window.model.item(row, COLUMNS.index(column)).text()


def test_every_panels_balance_spending_forecast_and_the_total(
    qtbot: QtBot, gui_ctx: AppContext, poller: Poller, panels: dict[str, SandboxPanel]
) -> None:
    store = gui_ctx.store
    ids = {code: store.add_panel(f"{code} panel", p.url) for code, p in panels.items()}
    _placed(store, panels["USD"], ids["USD"], 10_000, 2)  # 9.00
    _placed(store, panels["USD"], ids["USD"], 5_000, 10)  # 4.50
    gui_ctx.settings.setValue(prefs.CURRENCY_KEY, "USD")
    prefs.save_rates(gui_ctx.settings, {"EUR": Decimal("1.10")})  # GBP: no rate
    _read_all(qtbot, poller, ids, panels)

    window = BalancesWindow(gui_ctx, poller.refresh_now)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.report is not None and window.model.rowCount() == 3)
    rows = {_cell(window, r, "panel"): r for r in range(3)}
    usd = rows["USD panel"]
    # by hand: 1000 - 9.00 - 4.50 = 986.50; 9.00 in 7 days, 13.50 in 30 days
    assert _cell(window, usd, "balance") == numbers.fmt_money(Decimal("986.50"), "USD", 2)
    assert _cell(window, usd, "last_7") == numbers.fmt_money(Decimal("9"), "USD", 2)
    assert _cell(window, usd, "last_30") == numbers.fmt_money(Decimal("13.5"), "USD", 2)
    # 986.50 / (9.00 / 7 a day) = 767.3 days; the automatic level: 3 × 9.00 / 7 = 3.86
    assert _cell(window, usd, "forecast") == "Runs out in about 767 days"
    assert _cell(window, usd, "level") == numbers.fmt_money(Decimal("3.86"), "USD", 2)
    assert _cell(window, usd, "read")  # when it was read
    eur = rows["EUR panel"]
    assert _cell(window, eur, "balance") == numbers.fmt_money(Decimal("500"), "EUR", 2)
    assert _cell(window, eur, "forecast") == "Not enough history"
    # by hand: 986.50 + 500 × 1.10 = 1536.50; GBP 200 apart, never added in
    assert window.total_label.text() == (
        f"Total in USD: {numbers.fmt_money(Decimal('1536.50'), 'USD', 2)} (2 panels)"
    )
    assert window.apart_label.isVisible()
    assert numbers.fmt_money(Decimal("200"), "GBP", 2) in window.apart_label.text()
    assert "GBP" not in window.total_label.text()

    # kept with its read time: a window opened later shows the last known values at once,
    # before any panel is asked again
    poller.stop()
    again = BalancesWindow(gui_ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.report is not None)
    assert again.total_label.text() == window.total_label.text()


def test_a_low_balance_is_said_once_per_crossing_in_the_status_bar(
    qtbot: QtBot, gui_ctx: AppContext, poller: Poller, panels: dict[str, SandboxPanel]
) -> None:
    usd = panels["USD"]
    panel_id = gui_ctx.store.add_panel("Main", usd.url)
    prefs.save_rule(gui_ctx.settings, panel_id, LowBalanceRule(ThresholdMode.FIXED, Decimal(50)))
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = TrayNotifier(gui_ctx, window)
    monitor = LowBalanceMonitor(gui_ctx, window)
    monitor.sig_low.connect(notifier.on_low_balance)
    poller.sig_balance.connect(monitor.on_balance)
    notices: list[str] = []
    notifier.sig_notice.connect(lambda title, text: notices.append(f"{title}: {text}"))

    def read(amount: str) -> None:
        usd.set_balance(Decimal(amount))
        with qtbot.waitSignal(poller.sig_balance, timeout=10_000):
            poller.refresh_now(panel_id)
        QApplication.processEvents()

    poller.watch(panel_id, usd.url, usd.api_key, None)
    qtbot.waitUntil(lambda: panel_id in gui_ctx.store.last_balances(), timeout=10_000)
    for amount in ("100", "40", "30", "20"):  # under 50 from 40 on: said once
        read(amount)
    assert len(notices) == 1
    assert "Main" in notices[0]
    assert numbers.fmt_money(Decimal("40"), "USD", 2) in notices[0]
    if not notifier.has_tray:
        assert "Low balance" in window.statusBar().currentMessage()
    read("60")  # back above: re-armed, nothing said
    assert len(notices) == 1
    read("10")  # under again: said again
    assert len(notices) == 2


def test_rates_are_checked_as_typed_and_saved_as_exact_decimals(
    qtbot: QtBot, gui_ctx: AppContext
) -> None:
    page = MoneySettings(gui_ctx)
    qtbot.addWidget(page)
    page.add_rate()
    row = page.rates_table.rowCount() - 1
    page.rates_table.item(row, 0).setText("eur")
    page.rates_table.item(row, 1).setText("-2")
    assert not page.check()
    assert "EUR" in page.error_label.text()
    assert "above 0" in page.error_label.text()
    page.rates_table.item(row, 1).setText("1.0825")
    page.add_rate()
    page.rates_table.item(row + 1, 0).setText("eur")
    page.rates_table.item(row + 1, 1).setText("2")
    assert "two rates" in page.error_label.text()
    page.remove_rate()  # the current row: the one just added
    page.add_rate()
    page.rates_table.item(row + 1, 0).setText("$$")
    assert "not a currency code" in page.error_label.text()
    page.rates_table.item(row + 1, 0).setText("TRY")  # a currency without a rate yet
    assert page.check()
    assert page.save() == [prefs.RATES_KEY]
    assert prefs.rates(gui_ctx.settings) == {"EUR": Decimal("1.0825")}
