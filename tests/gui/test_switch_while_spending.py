"""Switching panels never cuts an order or a batch already under way: the spending work keeps a
client of its own, the closed session lives until it has reported, and the form shows the
outcome instead of staying on "Placing…"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import LocalState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    win.shutdown()


@pytest.fixture
def other(gui_ctx: AppContext) -> Iterator[int]:
    panel = SandboxPanel(services=30, seed=2, api_key="other-key-123").start()
    panel_id = gui_ctx.store.add_panel("Other", panel.url)
    gui_ctx.panel_keys.store(panel_id, panel.api_key)
    yield panel_id
    panel.stop()


def test_an_order_under_way_survives_a_panel_switch(
    qtbot: QtBot, window: MainWindow, other: int, sandbox_panel: SandboxPanel
) -> None:
    ctx = window.ctx
    first = ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    ctx.panel_keys.store(first, sandbox_panel.api_key)
    window.open_panel_id(first)
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: session.catalog is not None, timeout=10_000)
    sandbox_panel.faults.inject("latency", action="add", delay=0.8, times=1)
    assert window.catalog_pane.select_service(IDS["Default"])
    form = window.order_form
    form.field_widgets["link"].setText("https://instagram.com/p/switch")  # type: ignore[attr-defined]
    form.field_widgets["quantity"].setText("100")  # type: ignore[attr-defined]
    form.revalidate()
    finished: list[object] = []
    form.sig_order_placed.connect(finished.append)
    window.order_form._confirm = lambda *_args: True  # type: ignore[method-assign]
    form.place()
    qtbot.waitUntil(lambda: sandbox_panel.received["add"] == 1, timeout=5000)

    window.open_panel_id(other)  # while the add waits for its answer
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.session is not session

    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    (placement,) = finished
    assert isinstance(placement, Placement)
    assert placement.state is PlacementState.ACCEPTED
    assert placement.order_id in sandbox_panel.orders
    assert ctx.store.get_order(placement.local_id).state is LocalState.ACCEPTED
    assert not form.in_flight  # the form is free again
    assert sandbox_panel.received["add"] == 1  # sent once
