"""When the panel gives an order number to a second order, the orders table and the detail
panel say so plainly on both orders, tell which is which, and offer no action on the frozen one;
and the app's demo panel never gives out a number its history already has."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.store import Store
from smmdesk.gui.orders.columns import ORDER, STATUS
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.runtime.context import DEMO_URL, AppContext
from smmdesk.gui.wording import numbers
from smmdesk.sandbox import FIRST_ORDER_ID

NUMBER = 23501


@pytest.fixture
def panel_id(gui_ctx: AppContext) -> int:
    return gui_ctx.store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")


def place(store: Store, panel_id: int, link: str, charge: str) -> int:
    local_id = store.create_intent(
        panel_id=panel_id,
        service_id=1,
        service_name="Instagram Followers",
        service_type="Default",
        params={"link": link, "quantity": "1000"},
        cost=Decimal(charge),
        quantity=1000,
    )
    store.mark_accepted(local_id, NUMBER, {"order": NUMBER})
    state = OrderState(NUMBER, OrderStatus.IN_PROGRESS, "In progress", Decimal(charge), 5, 500)
    store.apply_statuses(panel_id, {NUMBER: state})
    return local_id


def open_pane(qtbot: QtBot, ctx: AppContext) -> OrdersPane:
    pane = OrdersPane(ctx, lambda: None)
    qtbot.addWidget(pane)
    pane.resize(1200, 600)
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading, timeout=10_000)
    return pane


def cell(pane: OrdersPane, local_id: int, column: int, role: Qt.ItemDataRole) -> str:
    row = pane.model.row_of(local_id)
    assert row is not None
    return str(pane.model.index(row, column).data(role) or "")


def test_both_orders_say_the_number_was_reused_and_which_is_which(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, shown: Callable[..., str]
) -> None:
    store = gui_ctx.store
    older = place(store, panel_id, "https://instagram.com/p/first", "0.90")
    pane = open_pane(qtbot, gui_ctx)
    assert "⚠" not in cell(pane, older, ORDER, Qt.ItemDataRole.DisplayRole)

    # The panel restarted its ids: a new order comes back with the same number.
    newer = place(store, panel_id, "https://instagram.com/p/second", "0.09")
    pane.apply_changes([newer])

    placed_older = numbers.fmt_datetime(store.get_order(older).created_at)
    placed_newer = numbers.fmt_datetime(store.get_order(newer).created_at)
    for local_id in (older, newer):
        assert cell(pane, local_id, ORDER, Qt.ItemDataRole.DisplayRole) == f"#{NUMBER} ⚠"
    old_tip = shown(cell(pane, older, ORDER, Qt.ItemDataRole.ToolTipRole))
    assert f"later gave the same number #{NUMBER} to a newer order" in old_tip
    assert placed_newer in old_tip
    assert "no longer checks it" in old_tip
    new_tip = shown(cell(pane, newer, ORDER, Qt.ItemDataRole.ToolTipRole))
    assert f"reused order number #{NUMBER}: an earlier order" in new_tip
    assert placed_older in new_tip
    assert old_tip in shown(cell(pane, older, STATUS, Qt.ItemDataRole.ToolTipRole))

    pane.select_local_ids([older])
    detail = pane.detail
    assert "no longer checks it" in detail.state_label.text()
    assert "0.90" in detail.fact_labels["money"].text()
    actions = pane.order_actions
    assert not actions.act_refill.isEnabled()
    assert not actions.act_cancel.isEnabled()
    assert not actions.act_refresh.isEnabled()

    pane.select_local_ids([newer])
    assert f"reused order number #{NUMBER}" in detail.state_label.text()
    history = [
        (detail.history.topLevelItem(i).text(1), detail.history.topLevelItem(i).text(2))
        for i in range(detail.history.topLevelItemCount())
    ]
    assert ("Number reused", f"the panel had already given #{NUMBER} to an earlier order, "
            "which is kept as it was") in history  # fmt: skip
    assert actions.act_refresh.isEnabled()


def test_the_demo_panel_never_gives_out_a_number_the_history_already_has(
    gui_ctx: AppContext, tmp_path: Path
) -> None:
    """An older SMMDesk kept no demo state: its demo orders are in the history only. The demo
    panel then starts above them instead of at its first id, and keeps its state from now on."""
    store = gui_ctx.store
    demo = store.add_panel("Demo", DEMO_URL, currency="USD")
    for number in (FIRST_ORDER_ID, FIRST_ORDER_ID + 7):
        store.import_order(demo, number)
    gui_ctx.demo_state = tmp_path / "demo-panel.json"
    panel = gui_ctx.demo_panel()
    answer = requests.post(
        panel.url,
        data={"key": panel.api_key, "action": "add", "service": "1",
              "link": "https://instagram.com/p/new", "quantity": "100"},
        timeout=5,
    ).json()  # fmt: skip
    assert answer["order"] == FIRST_ORDER_ID + 8
    assert panel.state_file == gui_ctx.demo_state
    assert gui_ctx.demo_state.is_file()
