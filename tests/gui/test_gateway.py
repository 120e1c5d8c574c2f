"""The one gateway to the panels: a client only with a usable key (the sandbox over loopback
hears nothing otherwise), the demo profile reaches the live sandbox, spending work is counted
through real placements, mass-order runs and refills, and no GUI module but the gateway builds
a PanelClient."""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import smmdesk.gui
from smmdesk.core.client import PanelClient
from smmdesk.core.errors import MissingKey
from smmdesk.core.massorder import MassRun
from smmdesk.core.massplan import parse_mass_order
from smmdesk.core.ordering import PlacementState
from smmdesk.core.store import PanelRecord
from smmdesk.gui.ordering.mass.run import RunSignals, submit_run
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.panels.profiles import ensure_demo_profile
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.gateway import KeyNeeded
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.poller import Poller
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.runtime.spending import InFlight, SpendKind
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel

WAIT_MS = 15_000
GATEWAY = Path(smmdesk.gui.__file__).parent / "runtime" / "gateway.py"


def builds_panel_client(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name == "PanelClient"


def test_no_gui_module_but_the_gateway_builds_a_panel_client() -> None:
    root = Path(smmdesk.gui.__file__).parent
    found = [
        f"{path.relative_to(root)}:{node.lineno}"
        for path in sorted(root.rglob("*.py"))
        if path != GATEWAY
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if builds_panel_client(node)
    ]
    assert found == [], f"PanelClient built outside runtime/gateway.py: {found}"
    gateway = ast.parse(GATEWAY.read_text(encoding="utf-8"))
    assert sum(builds_panel_client(node) for node in ast.walk(gateway)) == 1


# -- a client only with a usable key ----------------------------------------------------------


@pytest.fixture
def record(gui_ctx: AppContext, sandbox_panel: SandboxPanel) -> PanelRecord:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    return gui_ctx.store.get_panel(panel_id)


def key_state(qtbot: QtBot, ctx: AppContext, panel: PanelRecord) -> KeyState:
    """Read the panel's key the way the app does (once, on a worker) and return its state."""
    known: list[KeyState] = []
    ctx.panel_keys.resolve(panel, known.append)
    qtbot.waitUntil(lambda: bool(known), timeout=WAIT_MS)
    return known[0]


def test_without_a_usable_key_there_is_no_client_and_the_panel_hears_nothing(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel, record: PanelRecord
) -> None:
    gateway = gui_ctx.gateway
    not_read = gateway.reach(record)
    assert isinstance(not_read, KeyNeeded)
    assert not_read.state is None
    assert key_state(qtbot, gui_ctx, record) is KeyState.MISSING  # the keyring holds none
    with pytest.raises(KeyNeeded) as missing:
        gateway.client(record)
    assert missing.value.state is KeyState.MISSING
    assert missing.value.panel_id == record.id
    assert isinstance(missing.value, MissingKey), "worded like any request that sent nothing"

    session = PanelSession(gui_ctx, record)
    try:
        with pytest.raises(KeyNeeded):
            session.client()
        failures: list[Exception] = []
        session.run("balance", PanelClient.balance, None, failures.append)
        session.spend(
            "place", SpendKind.ORDER, lambda client, _t: client.balance(), None, failures.append
        )
        assert gateway.in_flight() == [], "work that cannot send is not spending"
        qtbot.waitUntil(lambda: len(failures) == 2, timeout=WAIT_MS)
        assert all(isinstance(f, KeyNeeded) and f.state is KeyState.MISSING for f in failures)

        poller = Poller(gui_ctx)
        polled: list[int] = []
        poller.sig_cycle_finished.connect(lambda panel_id, _result: polled.append(panel_id))
        poller.start()
        try:
            poller.watch_panel(record)
            qtbot.wait(300)  # the worker would have polled at once
        finally:
            assert poller.stop()
        assert polled == []
    finally:
        session.close()
    assert sum(sandbox_panel.received.values()) == 0


def test_with_the_key_the_client_and_the_poller_send_it(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel, record: PanelRecord
) -> None:
    gui_ctx.panel_keys.store(record.id, sandbox_panel.api_key)
    with gui_ctx.gateway.client(record) as client:
        assert client.balance().amount == Decimal("1000")
    poller = Poller(gui_ctx)
    try:
        with qtbot.waitSignal(poller.sig_cycle_finished, timeout=WAIT_MS) as cycle:
            poller.watch_panel(record)
            poller.start()
    finally:
        assert poller.stop()
    result = cycle.args[1]
    # the sandbox answers a balance only to its key: the poller's client was given it
    assert result is not None
    assert result.ok
    assert result.balance is not None
    assert sandbox_panel.received["balance"] == 2


def test_the_demo_profile_reaches_the_live_sandbox(qtbot: QtBot, gui_ctx: AppContext) -> None:
    demo = ensure_demo_profile(gui_ctx)
    assert isinstance(gui_ctx.gateway.reach(demo), KeyNeeded), "its key is known once resolved"
    assert key_state(qtbot, gui_ctx, demo) is KeyState.NOT_NEEDED
    target = gui_ctx.gateway.target(demo)
    assert not isinstance(target, KeyNeeded)
    live = gui_ctx.demo_panel()
    assert target.url == live.url
    assert target.url != demo.url
    with gui_ctx.gateway.client(demo) as client:
        assert client.balance().currency == "USD"
    assert live.received["balance"] == 1


# -- spending work is counted by the gateway --------------------------------------------------


@pytest.fixture
def session(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel, record: PanelRecord
) -> Iterator[PanelSession]:
    gui_ctx.panel_keys.store(record.id, sandbox_panel.api_key)
    opened = PanelSession(gui_ctx, record)
    opened.open()
    qtbot.waitUntil(
        lambda: opened.catalog is not None and opened.balance is not None, timeout=WAIT_MS
    )
    yield opened
    sandbox_panel.faults.clear()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=WAIT_MS)
    opened.close()


def test_a_placement_counts_while_its_request_is_on_the_wire(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel
) -> None:
    gateway = session.ctx.gateway
    assert session.catalog is not None
    service = session.catalog.by_id(IDS["Default"])
    assert service is not None
    sandbox_panel.faults.inject("latency", action="add", times=1, delay=1.0)
    with qtbot.waitSignal(session.sig_order_finished, timeout=WAIT_MS) as finished:
        assert session.place(
            service, {"link": "https://instagram.com/p/gw", "quantity": "100"}, Decimal("0.09"), 100
        )
        assert gateway.in_flight() == [InFlight(SpendKind.ORDER)]
        qtbot.waitUntil(lambda: sandbox_panel.received["add"] == 1, timeout=WAIT_MS)
        assert gateway.in_flight() == [InFlight(SpendKind.ORDER)], "the answer is still awaited"
    assert finished.args[0].state is PlacementState.ACCEPTED
    assert gateway.in_flight() == []


def test_a_mass_run_counts_with_its_progress(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel
) -> None:
    gateway = session.ctx.gateway
    assert session.catalog is not None
    lines = [f"{IDS['Default']} | https://instagram.com/p/mass{n} | {100 + n}" for n in range(3)]
    plan = parse_mass_order("\n".join(lines), session.catalog)
    assert len(plan.valid) == 3
    sandbox_panel.faults.inject("latency", action="add", delay=0.4)
    runs: list[MassRun] = []
    failures: list[Exception] = []
    submit_run(session, plan, threading.Event(), RunSignals(), runs.append, failures.append)
    assert gateway.in_flight() == [InFlight(SpendKind.MASS_ORDER, total=3, sent=0)]
    qtbot.waitUntil(
        lambda: any((item.sent or 0) >= 1 for item in gateway.in_flight()), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: bool(runs or failures), timeout=WAIT_MS)
    assert failures == []
    assert len(runs[0].placements) == 3
    assert gateway.in_flight() == []
    assert sandbox_panel.received["add"] == 3


def test_a_refill_from_the_orders_table_counts_until_its_answer(
    qtbot: QtBot,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, kind, lambda *args, **kw: None)
    gateway = session.ctx.gateway
    assert session.catalog is not None
    service = session.catalog.by_id(IDS["Default"])
    assert service is not None
    placed: list[Any] = []
    session.sig_order_finished.connect(placed.append)
    params = {"link": "https://instagram.com/p/r", "quantity": "100"}
    assert session.place(service, params, Decimal("0.09"), 100)
    qtbot.waitUntil(lambda: bool(placed), timeout=WAIT_MS)
    pane = OrdersPane(session.ctx, lambda: session)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.model.row_of(placed[0].local_id) is not None, timeout=WAIT_MS)
    pane.select_local_ids([placed[0].local_id])
    acts = pane.order_actions
    sandbox_panel.faults.inject("latency", action="refill", times=1, delay=1.0)
    with qtbot.waitSignal(acts.sig_finished, timeout=WAIT_MS):
        acts.act_refill.trigger()
        assert gateway.in_flight() == [InFlight(SpendKind.REFILL)]
        qtbot.waitUntil(lambda: sandbox_panel.received["refill"] == 1, timeout=WAIT_MS)
        assert gateway.in_flight() == [InFlight(SpendKind.REFILL)]
    assert gateway.in_flight() == []
