"""The Refills window against the real sandbox panel over loopback: which orders it lists and in
what order (checked against windows counted by hand), many refilled in one go (≤100 a request,
never retried, each answer in its row), and refill statuses followed by the poller until final."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderStatus
from smmdesk.core.order_actions import ActionOutcome, refresh_statuses, request_cancels
from smmdesk.core.ordering import place_order
from smmdesk.core.store import LocalState
from smmdesk.core.store import orders as store_orders
from smmdesk.gui.menus import fill_orders_menu
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.orders.refills.model import LAST_REFILL, ORDER, RESULT, WINDOW
from smmdesk.gui.orders.refills.window import RefillsWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.poller import Poller
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel

DONE = 60 + 1800 + 1  # sandbox seconds after which an ordinary order has finished
T0 = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)  # when the app first saw the orders finished
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sandbox() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=5, balance=Decimal("100000"), speed=0.0) as panel:
        yield panel


@pytest.fixture
def session(qtbot: QtBot, gui_ctx: AppContext, sandbox: SandboxPanel) -> Iterator[PanelSession]:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox.api_key)
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    session.open()
    qtbot.waitUntil(lambda: session.catalog is not None and session.balance is not None)
    yield session
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)
    session.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes shown (none is expected: the window shows outcomes in place)."""
    shown: list[str] = []

    def box(_parent: object, _title: str, text: str, details: str = "") -> None:
        shown.append(text + details)

    for name in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, name, box)
    return shown


def place(session: PanelSession, key: str, link: str) -> int:
    service = session.catalog.by_id(IDS[key]) if session.catalog else None
    assert service is not None
    params = {"link": link, "quantity": "100"}
    if service.type == "Comment Likes":
        params["username"] = "owner"
    placement = place_order(
        session.ctx.store, session.client(), session.panel.id, service, params,
        cost=None, quantity=100,
    )  # fmt: skip
    assert placement.order_id is not None, placement.message
    return placement.local_id


def seen_finished_at(
    monkeypatch: pytest.MonkeyPatch, session: PanelSession, ids: list[int], when: datetime
) -> None:
    """The app polls these orders at ``when`` and sees them finished."""
    with monkeypatch.context() as patch:
        patch.setattr(store_orders, "_now", lambda: when)
        refresh_statuses(session.ctx.store, session.client(), session.panel.id, ids)


def open_window(qtbot: QtBot, ctx: AppContext, session: PanelSession, now: datetime) -> Any:
    pane = OrdersPane(ctx, lambda: session)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading, timeout=10_000)
    window = RefillsWindow(ctx, lambda: session, pane)
    qtbot.addWidget(window)
    window.clock = lambda: now
    with qtbot.waitSignal(window.sig_loaded, timeout=10_000):
        window.show()
    return pane, window


def column(window: RefillsWindow, col: int) -> list[str]:
    model = window.model
    return [str(model.index(row, col).data()) for row in range(model.rowCount())]


def test_orders_inside_their_window_are_listed_ending_soon_first(
    qtbot: QtBot,
    gui_ctx: AppContext,
    session: PanelSession,
    sandbox: SandboxPanel,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    early = place(session, "Comment Likes", "https://instagram.com/p/early")  # 30 days
    partial = place(session, "Comment Likes", "https://instagram.com/p/partial-1")
    later = place(session, "Comment Likes", "https://instagram.com/p/later")
    unstated = place(session, "Default", "https://instagram.com/p/unstated")  # days not said
    no_refill = place(session, "Default dripfeed", "https://instagram.com/p/nr")  # flag 0
    canceled = place(session, "Default", "https://instagram.com/p/canceled")
    store, client, panel_id = gui_ctx.store, session.client(), session.panel.id
    (cancel,) = request_cancels(store, client, panel_id, [canceled])
    assert cancel.outcome is ActionOutcome.ACCEPTED
    sandbox.advance(DONE)
    seen_finished_at(monkeypatch, session, [early, partial, unstated, no_refill, canceled], T0)
    seen_finished_at(monkeypatch, session, [later], T0 + timedelta(days=10))
    assert store.get_order(partial).status is OrderStatus.PARTIAL

    # 28 days on: early and partial end in 2 days; later in 12; unstated is not known
    _pane, window = open_window(qtbot, gui_ctx, session, T0 + timedelta(days=28))

    assert [w.local_id for w in window.model.windows()] == [early, partial, later, unstated]
    assert column(window, WINDOW) == [
        "⚠ 2 days left",
        "⚠ 2 days left",
        "✔ 12 days left",
        "◷ Refill, days not stated",
    ]
    assert window.count_label.text() == "4 orders, 2 ending soon"
    tip = window.model.index(0, WINDOW).data(Qt.ItemDataRole.ToolTipRole)
    assert "The service promises refills for 30 days." in tip
    assert window.model.index(0, WINDOW).data(Qt.ItemDataRole.FontRole).bold()

    window.show_combo.setCurrentIndex(1)  # all finished orders: the one without refill last
    assert [w.local_id for w in window.model.windows()][-1] == no_refill
    assert column(window, WINDOW)[-1] == "⊘ No refill"
    assert canceled not in [w.local_id for w in window.model.windows()]

    window.table.sortByColumn(ORDER, Qt.SortOrder.DescendingOrder)
    numbers = [w.order.panel_order_id for w in window.model.windows()]
    assert numbers == sorted(numbers, reverse=True)
    assert boxes == []


def test_many_orders_are_refilled_in_requests_of_100_and_a_lost_answer_is_not_retried(
    qtbot: QtBot,
    gui_ctx: AppContext,
    session: PanelSession,
    sandbox: SandboxPanel,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    ids = [place(session, "Comment Likes", f"https://instagram.com/p/m{n}") for n in range(105)]
    sandbox.advance(DONE)
    seen_finished_at(monkeypatch, session, ids, T0)
    _pane, window = open_window(qtbot, gui_ctx, session, T0 + timedelta(days=1))
    assert window.model.rowCount() == 105
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.selected_ids()) == 105
    # the first request's answer is lost after the panel did the refills
    sandbox.faults.inject("drop_after", "refill", times=1)

    with qtbot.waitSignal(window.sig_refilled, timeout=20_000) as done:
        QTest.keyClick(window.table, Qt.Key.Key_Return)  # Enter refills the selection
    outcome = done.args[0]

    sent = [p["orders"].split(",") for action, p in sandbox.requests if action == "refill"]
    assert [len(orders) for orders in sent] == [100, 5]
    outcomes = {r.local_id: r.outcome for r in outcome.results}
    order_of = {o.local_id: o.panel_order_id for o in gui_ctx.store.get_orders(ids)}
    first = {i for i in ids if str(order_of[i]) in sent[0]}
    assert {outcomes[i] for i in first} == {ActionOutcome.UNKNOWN}
    assert {outcomes[i] for i in set(ids) - first} == {ActionOutcome.ACCEPTED}
    # each answer in its own row
    row = window.model.row_of(next(iter(first)))
    assert row is not None
    assert window.model.index(row, RESULT).data().startswith("⚠ Unconfirmed")
    accepted = next(r for r in outcome.results if r.outcome is ActionOutcome.ACCEPTED)
    row = window.model.row_of(accepted.local_id)
    assert row is not None
    assert window.model.index(row, RESULT).data() == (f"✔ Accepted: refill #{accepted.refill_id}")
    assert "Refill: 5 accepted, 100 unconfirmed" in window.status_label.text()
    # nothing is sent again: not by itself, not by the reload that follows
    qtbot.waitUntil(lambda: not window.loading and gui_ctx.tasks.active() == 0, timeout=10_000)
    assert sandbox.received["refill"] == 2
    # the answers stay in their rows once the window has counted the windows again
    row = window.model.row_of(accepted.local_id)
    assert row is not None
    assert window.model.index(row, RESULT).data().startswith("✔ Accepted")
    assert window.model.index(row, LAST_REFILL).data().startswith("↻ Requested")
    states = {r.state for i in first for r in gui_ctx.store.list_refills(i)}
    assert states == {LocalState.UNKNOWN}
    assert gui_ctx.gateway.in_flight() == []
    assert boxes == []


def test_refill_statuses_are_followed_by_the_poller_until_final(
    qtbot: QtBot,
    gui_ctx: AppContext,
    session: PanelSession,
    sandbox: SandboxPanel,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    local_id = place(session, "Comment Likes", "https://instagram.com/p/follow")
    sandbox.advance(DONE)
    seen_finished_at(monkeypatch, session, [local_id], T0)
    pane, window = open_window(qtbot, gui_ctx, session, T0 + timedelta(days=1))
    window.select_ids([local_id])
    with qtbot.waitSignal(window.sig_refilled, timeout=10_000):
        assert window.refill_selected()
    qtbot.waitUntil(lambda: column(window, LAST_REFILL)[0].startswith("↻ Requested"))

    poller = Poller(gui_ctx)
    poller.sig_refills_changed.connect(lambda _panel, ids: pane.apply_changes(ids))
    poller.watch(session.panel.id, sandbox.url, sandbox.api_key, None)
    try:
        poller.start()
        qtbot.waitUntil(
            lambda: column(window, LAST_REFILL)[0].startswith("◷ Pending"), timeout=10_000
        )
        sandbox.advance(600)  # the sandbox's refill is done
        poller.refresh_now(session.panel.id)
        qtbot.waitUntil(
            lambda: column(window, LAST_REFILL)[0].startswith("✔ Completed"), timeout=10_000
        )
        asked = sandbox.received["refill_status"]
        with qtbot.waitSignal(poller.sig_cycle_finished, timeout=10_000):
            poller.refresh_now(session.panel.id)
        assert sandbox.received["refill_status"] == asked  # a final refill is not asked again
    finally:
        assert poller.stop()
    (refill,) = gui_ctx.store.list_refills(local_id)
    assert refill.status is OrderStatus.COMPLETED
    assert boxes == []


def test_the_orders_menu_and_its_key_open_the_window_and_tab_leaves_the_table(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel
) -> None:
    local_id = place(session, "Comment Likes", "https://instagram.com/p/keys")
    sandbox.advance(DONE)
    refresh_statuses(gui_ctx.store, session.client(), session.panel.id, [local_id])
    pane = OrdersPane(gui_ctx, lambda: session)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading, timeout=10_000)
    menu = QMenu()
    fill_orders_menu(menu, pane.order_actions)
    (entry,) = [a for a in menu.actions() if a.text() == "Refills…"]
    assert entry.shortcut() == QKeySequence("Ctrl+Shift+W")
    assert entry in pane.toolbar.actions()

    pane.setFocus()
    QTest.keyClick(pane, Qt.Key.Key_W, CTRL_SHIFT)
    window = pane.order_actions.refills_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.isVisible() and window.model.rowCount() == 1, timeout=10_000)
    assert pane.order_actions.open_refills() is window  # one window, brought to the front

    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()  # Tab leaves the table instead of walking its cells


def test_a_window_deleted_before_its_count_arrives_is_left_alone(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel
) -> None:
    local_id = place(session, "Comment Likes", "https://instagram.com/p/gone")
    sandbox.advance(DONE)
    refresh_statuses(gui_ctx.store, session.client(), session.panel.id, [local_id])
    pane = OrdersPane(gui_ctx, lambda: session)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading, timeout=10_000)
    window = pane.order_actions.open_refills()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.reload()  # its answer comes back after the window is gone
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    QApplication.processEvents()
    QApplication.processEvents()
    # the next one is a new window that counts again
    again = pane.order_actions.open_refills()
    assert again is not window
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=10_000)
