"""Delivery statistics over loopback: orders placed on the demo panel (a sandbox whose clock only
moves when the test advances it), polled into the store, then the service details pane's figures
and the orders view's stuck mark, checked against hand-computed values.

The store stamps its history with the sandbox's clock here (``_now`` patched), so every time
below is exact: an order's completion time is the poll that first saw it Completed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.core.client import PanelClient
from smmdesk.core.delivery import delivery_stats
from smmdesk.core.store import Store
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.orders.columns import STATUS
from smmdesk.gui.runtime.context import DEMO_KEY, AppContext
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]
BASE = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class History:
    """Orders placed on the sandbox and polled into the store, at sandbox times."""

    def __init__(self, store: Store, panel: SandboxPanel, panel_id: int) -> None:
        self.store, self.panel, self.panel_id = store, panel, panel_id
        self.client = PanelClient(panel.url, DEMO_KEY)
        self.start = panel.now

    def now(self) -> datetime:
        return BASE + timedelta(seconds=self.panel.now - self.start)

    def at(self, seconds: float) -> None:
        """Move the sandbox clock to ``seconds`` after the start."""
        self.panel.advance(self.start + seconds - self.panel.now)

    def place(self, link: str) -> int:
        params = {"link": link, "quantity": "100"}
        local_id = self.store.create_intent(
            panel_id=self.panel_id,
            service_id=DEFAULT,
            service_name="Default",
            service_type="Default",
            params=params,
            cost=None,
            quantity=100,
        )
        self.store.mark_accepted(local_id, self.client.add(DEFAULT, params).order_id)
        return self.store.get_order(local_id).panel_order_id or 0

    def poll(self, seconds: float) -> None:
        self.at(seconds)
        ids = [panel_order_id for _local, panel_order_id in self.store.active_orders(self.panel_id)]
        self.store.apply_statuses(self.panel_id, dict(self.client.statuses(ids)))


@pytest.fixture
def demo(gui_ctx: AppContext) -> SandboxPanel:
    """The demo panel with its clock stopped (speed 0): only the test moves it."""
    panel = SandboxPanel(services=600, seed=1, api_key=DEMO_KEY, speed=0).start()
    gui_ctx._sandbox = panel  # the context stops it at shutdown
    return panel


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext, demo: SandboxPanel) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def open_demo(qtbot: QtBot, window: MainWindow) -> int:
    window.start()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.catalog is not None,
        timeout=15_000,
    )
    assert window.session is not None
    return window.session.panel.id


def build_history(history: History) -> dict[str, int]:
    """Six orders of the Default service (100 each: Pending 60 s, then 130 s delivering):

    - A at 0 s: seen In progress at 100 s, Completed at 200 s -> 200 s
    - B at 200 s: In progress at 300 s, Completed at 500 s -> 300 s
    - C at 500 s: In progress at 600 s, Completed at 1100 s -> 600 s
    - D at 0 s (a "partial" link): In progress at 100 s, Partial at 200 s
    - E at 0 s: cancelled on the panel at 10 s, first seen Canceled at 100 s (never started)
    - F at 0 s: In progress at 100 s; forced to stay In progress with 50 remaining at 150 s,
      seen at 200 s, and never moves again: stuck once it has not moved for 6 h (the
      service's p90 is 600 s, so max(2 x 600 s, 6 h) = 6 h).
    """
    ids = {
        "A": history.place("https://instagram.com/p/a"),
        "D": history.place("https://instagram.com/p/partial-d"),
        "E": history.place("https://instagram.com/p/e"),
        "F": history.place("https://instagram.com/p/f"),
    }
    history.at(10)
    history.panel.set_status(ids["E"], "Canceled")
    history.poll(100)
    history.at(150)
    history.panel.set_status(ids["F"], "In progress", remains=50)
    history.poll(200)
    ids["B"] = history.place("https://instagram.com/p/b")
    history.poll(300)
    history.poll(500)
    ids["C"] = history.place("https://instagram.com/p/c")
    history.poll(600)
    history.poll(1100)
    return ids


@pytest.fixture
def clocked(monkeypatch: pytest.MonkeyPatch) -> list[History]:
    """The store's history is stamped with the sandbox clock of the History made next."""
    holder: list[History] = []
    monkeypatch.setattr(
        "smmdesk.core.store.orders._now",
        lambda: holder[0].now() if holder else datetime.now(UTC),
    )
    return holder


def test_figures_from_sandbox_orders_match_hand_computed_values(
    gui_ctx: AppContext, demo: SandboxPanel, clocked: list[History]
) -> None:
    panel_id = gui_ctx.store.add_panel("Demo", "demo://sandbox")
    history = History(gui_ctx.store, demo, panel_id)
    clocked.append(history)
    build_history(history)
    rows = gui_ctx.store.delivery_times(panel_id)
    stats = delivery_stats(rows, history.now())[(panel_id, DEFAULT)]
    assert (stats.orders, stats.running) == (6, 1)
    assert (stats.completed, stats.partial, stats.cancelled) == (3, 1, 1)
    assert stats.completed_share == pytest.approx(3 / 5)
    assert stats.partial_share == pytest.approx(1 / 5)
    assert stats.cancelled_share == pytest.approx(1 / 5)
    assert stats.timed == 3
    assert stats.median_seconds == pytest.approx(300, abs=0.01)
    assert stats.p90_seconds == pytest.approx(600, abs=0.01)
    # A, B, C, D and F started 100 s after placing; E was cancelled before it started
    assert (stats.start_judged, stats.started_within_hour) == (6, 5)


def test_details_pane_and_orders_view_show_delivery_and_a_stuck_order(
    qtbot: QtBot, window: MainWindow, demo: SandboxPanel, clocked: list[History]
) -> None:
    panel_id = open_demo(qtbot, window)
    history = History(window.ctx.store, demo, panel_id)
    clocked.append(history)
    ids = build_history(history)

    assert window.catalog_pane.select_service(DEFAULT)
    label = window.details.delivery_label
    qtbot.waitUntil(lambda: label.text().startswith("Orders:"), timeout=10_000)
    assert label.text().splitlines() == [
        "Orders: 6 (1 still running)",
        "Completed 60% · partial 20% · cancelled 20%",
        "Time to complete: usually about 5 min; 90% within about 10 min",
        "Started within an hour: 83%",
    ]

    pane = window.orders_pane
    pane.clock = history.now
    pane.reload()
    qtbot.waitUntil(lambda: not pane.loading and pane.model.total_count == 6, timeout=10_000)
    local_f = window.ctx.store.find_order(panel_id, ids["F"])
    assert local_f is not None
    # 5 h 50 min after F last moved (at 200 s): not stuck yet
    history.at(200 + 5 * 3600 + 50 * 60)
    pane.refresh_stuck()
    qtbot.waitUntil(lambda: pane.stuck_timer.isActive(), timeout=10_000)
    assert pane.model.stuck == {}
    # past 6 h without movement: stuck, and only F
    history.at(200 + 6 * 3600 + 60)
    pane.refresh_stuck()
    qtbot.waitUntil(lambda: local_f.local_id in pane.model.stuck, timeout=10_000)
    assert list(pane.model.stuck) == [local_f.local_id]
    row = pane.model.row_of(local_f.local_id)
    assert row is not None
    index = pane.model.index(row, STATUS)
    assert index.data().endswith("· stuck")
    tooltip = index.data(3)  # ToolTipRole
    assert "No change since" in tooltip
    usual = "90% of this service's orders complete within about 10 min; stuck after about 6 h"
    assert usual in tooltip

    # the "Stuck" status filter keeps F alone
    combo = pane.status_filter
    combo.setCurrentIndex(combo.findData("stuck"))
    pane.apply_filters()
    assert [r.local_id for r in pane.model.visible_records()] == [local_f.local_id]

    # F moves again: it is no longer stuck
    history.at(200 + 6 * 3600 + 120)
    demo.set_status(ids["F"], "In progress", remains=20)
    history.poll(200 + 6 * 3600 + 180)
    pane.apply_changes([local_f.local_id])
    assert local_f.local_id not in pane.model.stuck
