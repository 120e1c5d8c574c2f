"""A sandbox panel with a state file survives a restart: same orders, statuses, refills and
balance, ids that carry on instead of starting again, and order life that carries on too. An
unusable file is moved aside without a crash, and ids still never go back."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from smmdesk.sandbox import FIRST_ORDER_ID, SANDBOX_FIXED_SERVICES, SandboxPanel

from .conftest import Api

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]


def demo(state: Path, **options: Any) -> SandboxPanel:
    settings: dict[str, Any] = {"services": 200, "seed": 1, "balance": Decimal("100"), "speed": 0.0}
    settings.update(options)
    return SandboxPanel(state_file=state, **settings)


def place(panel: SandboxPanel, link: str, quantity: int = 1000) -> int:
    api = Api(panel)
    try:
        return api.add(service=DEFAULT, link=link, quantity=quantity)
    finally:
        api.session.close()


def statuses(panel: SandboxPanel, ids: list[int]) -> Any:
    api = Api(panel)
    try:
        return api.call("status", orders=",".join(map(str, ids)))
    finally:
        api.session.close()


def test_a_restarted_panel_keeps_orders_statuses_refills_and_balance(tmp_path: Path) -> None:
    state = tmp_path / "demo-panel.json"
    with demo(state) as panel:
        done = place(panel, "https://instagram.com/p/done")
        partial = place(panel, "https://instagram.com/p/partial")
        running = place(panel, "https://instagram.com/p/running")
        panel.advance(600)  # done and partial have finished; running was placed with them
        panel.set_status(running, "In progress", remains=400, start_count=77)
        api = Api(panel)
        refill = api.call("refill", order=str(done))["refill"]
        api.session.close()
        before = (panel.orders, panel.refills, panel.balance, panel.now)
        answers = statuses(panel, [done, partial, running])

    with demo(state, balance=Decimal("5")) as again:
        assert (again.orders, again.refills, again.balance, again.now) == before
        assert statuses(again, [done, partial, running]) == answers
        assert again.orders[partial].status == "Partial"
        assert again.orders[running].start_count == 77
        assert int(refill) in again.refills
        new = place(again, "https://instagram.com/p/new")
        assert new == running + 1, "ids carry on: an old order's number is never given again"
        assert again.moved_aside is None


def test_an_order_keeps_ageing_while_the_panel_is_away(tmp_path: Path) -> None:
    state = tmp_path / "demo-panel.json"
    with demo(state, speed=1.0) as panel:
        order = place(panel, "https://instagram.com/p/away")
        assert panel.orders[order].status == "Pending"
    saved = json.loads(state.read_text())
    # An hour passed (at the saved speed, one sandbox second a second) before the next start.
    saved["clock"]["wall"] -= 3600
    state.write_text(json.dumps(saved))
    with demo(state, speed=1.0) as again:
        assert again.orders[order].status == "Completed"
        assert again.orders[order].created_at == saved["orders"][0]["created_at"]
        assert again.now >= saved["clock"]["now"] + 3600

    # A wall clock set back must not make an order younger than it was.
    saved = json.loads(state.read_text())
    saved["clock"]["wall"] += 86400
    state.write_text(json.dumps(saved))
    with demo(state, speed=0.0) as later:
        assert later.now == saved["clock"]["now"]
        assert later.orders[order].status == "Completed"


def test_a_forced_status_stays_forced_after_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "demo-panel.json"
    with demo(state, speed=1.0) as panel:
        order = place(panel, "https://instagram.com/p/stuck")
        panel.set_status(order, "Pending")
    saved = json.loads(state.read_text())
    saved["clock"]["wall"] -= 7200
    state.write_text(json.dumps(saved))
    with demo(state) as again:
        assert again.orders[order].status == "Pending"


@pytest.mark.parametrize(
    "damage",
    [
        b"{not json",
        b"",
        b"[1, 2, 3]",
        json.dumps({"format": 99}).encode(),
        "ORDERS",  # a readable file whose orders make no sense
    ],
)
def test_an_unusable_state_file_is_moved_aside_and_ids_never_go_back(
    tmp_path: Path, damage: bytes | str, caplog: pytest.LogCaptureFixture
) -> None:
    state = tmp_path / "demo-panel.json"
    with demo(state) as panel:
        last = max(place(panel, f"https://instagram.com/p/{n}") for n in range(3))
    if damage == "ORDERS":
        saved = json.loads(state.read_text())
        saved["orders"][0]["charge"] = "lots"
        damage = json.dumps(saved).encode()
    assert isinstance(damage, bytes)
    state.write_bytes(damage)

    with caplog.at_level(logging.WARNING), demo(state) as fresh:
        assert fresh.moved_aside is not None
        assert fresh.moved_aside.read_bytes() == damage, "the damaged file is kept as it was"
        assert fresh.orders == {}
        assert fresh.balance == Decimal("100")
        assert place(fresh, "https://instagram.com/p/after") > last
    assert any("kept as" in r.getMessage() for r in caplog.records)
    assert json.loads(state.read_text())["orders"], "a fresh state file replaced it"


def test_the_app_can_set_a_floor_under_the_ids(tmp_path: Path) -> None:
    with demo(tmp_path / "demo-panel.json", min_order_id=FIRST_ORDER_ID + 40) as panel:
        assert place(panel, "https://instagram.com/p/floor") == FIRST_ORDER_ID + 40


def test_a_state_file_that_cannot_be_written_does_not_stop_the_panel(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state's folder should be")
    with caplog.at_level(logging.WARNING), demo(blocker / "demo-panel.json") as panel:
        first = place(panel, "https://instagram.com/p/one")
        assert place(panel, "https://instagram.com/p/two") == first + 1
    assert blocker.read_text() == "a file where the state's folder should be"
    assert any("sandbox state" in r.getMessage() for r in caplog.records)
