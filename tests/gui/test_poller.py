"""The background poller against the real sandbox over loopback: orders progress through it alone,
faults back it off and it recovers, 250 orders take 3 requests, and it stops within a second."""

from __future__ import annotations

import gc
import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smmdesk.core.client import PanelClient
from smmdesk.core.models import OrderStatus, Service
from smmdesk.core.ordering import PlacementState, place_order
from smmdesk.core.polling import PollResult, Transition
from smmdesk.core.store import LocalState, Store
from smmdesk.gui.runtime import poller as poller_module
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.gateway import POLLING as CLIENT_OPTIONS
from smmdesk.gui.runtime.poller import INTERVAL_KEY, Poller
from smmdesk.gui.wording import i18n, numbers
from smmdesk.sandbox import SandboxPanel

DEFAULT = Service(
    1, "Followers", "Default", "Instagram", Decimal("0.90"), 50, 10000, False, True, True
)
WAIT_MS = 10_000
# No client-side retries: one injected fault is one failed cycle.
FAST_FAIL = {**CLIENT_OPTIONS, "max_retries": 0, "read_timeout": 0.5}


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=5, balance=Decimal("100000"), speed=0.0) as started:
        yield started


@pytest.fixture
def client(panel: SandboxPanel) -> Iterator[PanelClient]:
    with PanelClient(panel.url, panel.api_key, max_retries=0) as c:
        yield c


@pytest.fixture
def panel_id(gui_ctx: AppContext, panel: SandboxPanel) -> int:
    return gui_ctx.store.add_panel("Sandbox", panel.url, currency="USD")


@pytest.fixture
def poller(gui_ctx: AppContext) -> Iterator[Poller]:
    made: list[Poller] = []

    def make(**options: Any) -> Poller:
        made.append(Poller(gui_ctx, **options))
        return made[-1]

    yield make  # type: ignore[misc]
    for item in made:
        assert item.stop(), "the poller thread did not end within a second"


def place_many(store: Store, client: PanelClient, panel_id: int, count: int) -> list[int]:
    ids = [
        client.add(1, {"link": f"https://x.test/{n}", "quantity": "100"}).order_id
        for n in range(count)
    ]
    with store.transaction():
        return [store.import_order(panel_id, oid, service_id=1) for oid in ids]


def next_cycle(qtbot: QtBot, poller: Poller, panel_id: int, trigger: Any) -> PollResult | None:
    """Run ``trigger()`` and return the result of the next cycle of ``panel_id``."""
    with qtbot.waitSignal(
        poller.sig_cycle_finished,
        timeout=WAIT_MS,
        check_params_cb=lambda pid, _result: pid == panel_id,
    ) as blocker:
        trigger()
    result = blocker.args[1]
    assert result is None or isinstance(result, PollResult)
    return result


def started(qtbot: QtBot, poller: Poller, panel: SandboxPanel, panel_id: int) -> PollResult:
    """Watch the panel, start the thread and wait for the first cycle."""
    poller.watch(panel_id, panel.url, panel.api_key, None)
    first = next_cycle(qtbot, poller, panel_id, poller.start)
    assert first is not None
    return first


def statuses(store: Store, local_ids: list[int]) -> set[OrderStatus | None]:
    return {store.get_order(i).status for i in local_ids}


# ---------------------------------------------------------------------------------------------


def test_orders_placed_progress_to_completed_through_the_poller_alone(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    poller: Any,
) -> None:
    store = gui_ctx.store
    placements = [
        place_order(
            store,
            client,
            panel_id,
            DEFAULT,
            {"link": f"https://x.test/{n}", "quantity": "100"},
            cost=Decimal("0.09"),
            quantity=100,
        )
        for n in range(3)
    ]
    assert all(p.state is PlacementState.ACCEPTED for p in placements)
    local = [p.local_id for p in placements]
    p = poller()
    balances: list[tuple[int, object]] = []
    p.sig_balance.connect(lambda pid, balance: balances.append((pid, balance)))

    with qtbot.waitSignal(p.sig_orders_changed, timeout=WAIT_MS) as changed:
        started(qtbot, p, panel, panel_id)
    assert changed.args == [panel_id, local]
    assert statuses(store, local) == {OrderStatus.PENDING}
    assert balances
    assert balances[-1][0] == panel_id

    panel.advance(90)
    with qtbot.waitSignal(p.sig_status_transitions, timeout=WAIT_MS) as moved:
        next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert moved.args == [
        [Transition(i, OrderStatus.PENDING, OrderStatus.IN_PROGRESS) for i in local]
    ]

    panel.advance(3000)
    with qtbot.waitSignal(p.sig_orders_changed, timeout=WAIT_MS) as done:
        next_cycle(qtbot, p, panel_id, lambda: p.refresh_now(panel_id))
    assert done.args == [panel_id, local]
    assert statuses(store, local) == {OrderStatus.COMPLETED}
    assert all(store.get_order(i).remains == 0 for i in local)

    asked = panel.received["status"]
    idle = next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert idle is not None
    assert idle.polled == 0
    assert panel.received["status"] == asked


def test_partial_and_canceled_orders_are_reported(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    poller: Any,
) -> None:
    store = gui_ctx.store
    partial, canceled = place_many(store, client, panel_id, 2)
    p = poller()
    started(qtbot, p, panel, panel_id)
    panel.set_status(store.get_order(partial).panel_order_id or 0, "Partial", remains=30)
    panel.set_status(store.get_order(canceled).panel_order_id or 0, "Canceled")

    with qtbot.waitSignal(p.sig_status_transitions, timeout=WAIT_MS) as moved:
        next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert set(moved.args[0]) == {
        Transition(partial, OrderStatus.PENDING, OrderStatus.PARTIAL),
        Transition(canceled, OrderStatus.PENDING, OrderStatus.CANCELED),
    }
    assert store.get_order(partial).remains == 30
    assert store.get_order(canceled).charge == Decimal(0)


def test_250_active_orders_take_exactly_3_status_requests_per_cycle(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    poller: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local = place_many(gui_ctx.store, client, panel_id, 250)
    monkeypatch.setattr(poller_module, "CHANGE_BATCH", 100)
    p = poller()
    batches: list[list[int]] = []
    p.sig_orders_changed.connect(lambda _pid, ids: batches.append(ids))
    first = started(qtbot, p, panel, panel_id)
    # the changes reach the view in slices, all of them before the cycle is reported finished
    assert [len(b) for b in batches] == [100, 100, 50]
    assert sorted(i for b in batches for i in b) == sorted(local)
    assert first.status_requests == 3
    assert panel.received["status"] == 3
    second = next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert second is not None
    assert second.status_requests == 3
    assert panel.received["status"] == 6
    sizes = [len(params["orders"].split(",")) for a, params in panel.requests if a == "status"]
    assert sizes == [100, 100, 50] * 2


@pytest.mark.parametrize(
    ("fault", "state", "words"),
    [
        ("html", "backing_off", "Could not check orders (a web page instead of API data)"),
        ("http500", "backing_off", "Could not check orders (server error)"),
        ("latency", "backing_off", "Could not check orders (no answer in time)"),
        ("http429", "rate_limited", "asked to slow down"),
    ],
)
def test_a_faulty_poll_backs_off_and_recovers_without_losing_data(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    poller: Any,
    fault: str,
    state: str,
    words: str,
) -> None:
    store = gui_ctx.store
    local = place_many(store, client, panel_id, 120)
    p = poller(client_options=FAST_FAIL)
    states: list[tuple[int, str, str]] = []
    p.sig_state.connect(lambda *args: states.append(args))
    started(qtbot, p, panel, panel_id)
    assert states[-1][:2] == (panel_id, "ok")
    assert "Orders checked at" in states[-1][2]
    before = [store.get_order(i) for i in local]

    panel.advance(90)
    panel.faults.inject(fault, "status", times=2, delay=1.5)
    for _ in range(2):
        failed = next_cycle(qtbot, p, panel_id, p.refresh_now)
        assert failed is not None
        assert failed.error is not None
        assert states[-1][:2] == (panel_id, state)
        assert words in states[-1][2]
        assert "next" in states[-1][2]
    # nothing was lost or damaged: same orders, same states, statuses not regressed
    assert store.count_orders(panel_id) == 120
    assert [store.get_order(i).state for i in local] == [LocalState.ACCEPTED] * 120
    assert statuses(store, local) == {OrderStatus.PENDING}

    recovered = next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert recovered is not None
    assert recovered.ok
    assert states[-1][:2] == (panel_id, "ok")
    # the sandbox spells "In progress" as "processing" for every 4th order, like seed panels
    assert statuses(store, local) == {OrderStatus.IN_PROGRESS, OrderStatus.PROCESSING}
    assert [store.get_order(i).local_id for i in local] == [r.local_id for r in before]


def test_an_unreachable_panel_is_reported_offline_after_3_attempts(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, poller: Any
) -> None:
    with socket.socket() as spare:  # a port nobody listens on: connection refused
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    p = poller(client_options=FAST_FAIL)
    states: list[tuple[int, str, str]] = []
    p.sig_state.connect(lambda *args: states.append(args))
    p.watch(panel_id, f"http://127.0.0.1:{port}/api/v2", "k", None)
    next_cycle(qtbot, p, panel_id, p.start)
    next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert [s[1] for s in states] == ["backing_off", "backing_off"]
    next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert states[-1][1] == "offline"
    assert states[-1][2] == (
        "The panel is unreachable (connection refused); trying again every 10 min."
    )


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    """The Arabic UI (its .qm must hold issue 6 part 2b's strings); English again after."""
    i18n.install_translators(qapp, "ar", system=QLocale("ar_EG"))
    yield
    i18n.install_translators(qapp, "en")  # English and left-to-right again, for later tests
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")


def test_offline_is_told_in_arabic_with_plural_minutes_and_arabic_digits(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, poller: Any, arabic: None
) -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    p = poller(client_options=FAST_FAIL)
    states: list[tuple[int, str, str]] = []
    p.sig_state.connect(lambda *args: states.append(args))
    p.watch(panel_id, f"http://127.0.0.1:{port}/api/v2", "k", None)
    next_cycle(qtbot, p, panel_id, p.start)
    # "ثانيتين"/"ثوانٍ": the retry delay is a translated plural, not "%1 s"
    assert states[-1][1] == "backing_off"
    assert "المحاولة التالية بعد" in states[-1][2]
    next_cycle(qtbot, p, panel_id, p.refresh_now)
    next_cycle(qtbot, p, panel_id, p.refresh_now)
    assert states[-1][1] == "offline"
    assert states[-1][2] == "تعذّر الوصول إلى اللوحة (رُفض الاتصال)؛ ستُعاد المحاولة كل ١٠ دقائق."


def test_each_panel_is_polled_with_its_own_client_and_unwatch_stops_it(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    poller: Any,
) -> None:
    store = gui_ctx.store
    place_many(store, client, panel_id, 2)
    with SandboxPanel(services=50, seed=9, api_key="other-key", speed=0.0) as other:
        other_id = store.add_panel("Other", other.url)
        with PanelClient(other.url, other.api_key) as other_client:
            place_many(store, other_client, other_id, 1)
        p = poller()
        started(qtbot, p, panel, panel_id)
        p.watch(other_id, other.url, other.api_key, "Custom-Agent/1")
        second = next_cycle(qtbot, p, other_id, lambda: None)
        assert second is not None
        assert second.ok
        assert second.polled == 1
        assert other.received["status"] == 1
        assert panel.received["status"] == 1

        p.unwatch(panel_id)
        next_cycle(qtbot, p, other_id, p.refresh_now)  # refresh_now(None): every watched panel
        assert other.received["status"] == 2
        assert panel.received["status"] == 1  # no longer polled


def test_interval_is_configurable_kept_in_settings_and_drives_the_timer(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    poller: Any,
) -> None:
    assert poller().interval == 30
    clamped = poller()
    clamped.set_interval(1)
    assert clamped.interval == 5
    assert float(gui_ctx.settings.value(INTERVAL_KEY)) == 5

    place_many(gui_ctx.store, client, panel_id, 1)
    fast = poller(min_interval=0.05)
    fast.set_interval(0.05)
    started(qtbot, fast, panel, panel_id)
    # no refresh_now: the worker's own timer keeps polling
    qtbot.waitUntil(lambda: panel.received["status"] >= 4, timeout=WAIT_MS)


def test_stop_during_a_slow_request_returns_within_a_second(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel: SandboxPanel,
    client: PanelClient,
    panel_id: int,
    qtlog: Any,
) -> None:
    place_many(gui_ctx.store, client, panel_id, 5)
    panel.faults.inject("latency", "status", delay=10.0)
    p = Poller(gui_ctx)
    p.watch(panel_id, panel.url, panel.api_key, None)
    p.start()
    qtbot.waitUntil(lambda: panel.received["status"] == 1, timeout=WAIT_MS)

    began = time.monotonic()
    assert p.stop() is True
    assert time.monotonic() - began < 5.0  # not the 10 s delay (bench/bench_stop.py)
    assert not p.is_running()
    # the HTTP helper whose request was cut has ended too (no thread left blocked on the panel)
    assert not [t for t in threading.enumerate() if t.name.startswith("smmdesk-poller")]
    assert gui_ctx.store.count_orders(panel_id) == 5
    del p
    gc.collect()
    assert not [r for r in qtlog.records if "Destroyed while thread" in r.message]


def test_stop_without_start_and_twice_is_harmless(gui_ctx: AppContext) -> None:
    p = Poller(gui_ctx)
    assert p.stop() is True
    assert p.stop() is True
    with pytest.raises(RuntimeError):
        p.start()
