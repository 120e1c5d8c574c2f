"""Fault soak: hundreds of orders through core.ordering.place_order and the mass-order runner
against the sandbox with over 30% of ``add`` requests faulted; afterwards the panel and the local
store must tell the same story: nothing sent twice, nothing placed that is missing locally."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.catalog import Catalog
from smmdesk.core.client import PanelClient
from smmdesk.core.massorder import run_mass_order
from smmdesk.core.massplan import parse_mass_order
from smmdesk.core.models import cost_of
from smmdesk.core.ordering import place_order
from smmdesk.core.store import LocalState, Store
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, Fault, SandboxPanel

KEY = "sk-soak-4b1d9e7a0c3f5e2d8a6b"
SERVICE_ID = SANDBOX_FIXED_SERVICES["Default"]
SINGLE_ORDERS = 300
MASS_LINES = 280
FAULT_RATE = 0.35
# Every kind the sandbox knows except latency, each an equal share of FAULT_RATE. Latency needs
# a read timeout to hurt and costs real time, so it gets a small share of its own.
KINDS = (
    "drop_after",
    "reset",
    "truncated",
    "html",
    "http500",
    "http429",
    "php_warning",
    "form_error",
)
LATENCY_SHARE = 0.01
LATENCY_DELAY = 0.5
READ_TIMEOUT = 0.25


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(
        services=30, seed=11, balance=Decimal("100000"), api_key=KEY, speed=0.0
    ) as started:
        yield started


def inject_faults(panel: SandboxPanel) -> Fault:
    """The first matching fault wins a request, so each rate is conditional on the earlier
    ones not firing: then every kind fires for about its share of all ``add`` requests.
    Returns the latency fault."""
    shares = [(kind, FAULT_RATE / len(KINDS)) for kind in KINDS]
    shares.append(("latency", LATENCY_SHARE))
    taken = 0.0
    faults = {}
    for kind, share in shares:
        faults[kind] = panel.faults.inject(
            kind, "add", rate=share / (1.0 - taken), delay=LATENCY_DELAY
        )
        taken += share
    return faults["latency"]


def wait_for_late_answers(panel: SandboxPanel, latency: Fault) -> None:
    """A delayed request is processed after the client gave up on it: wait until every one
    has been handled, so the panel's order list is final."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if panel.faults.count("latency") == latency.fired:
            return
        time.sleep(0.02)
    raise AssertionError("delayed requests were still being processed after 10 s")


@pytest.mark.slow
def test_soak_with_faults_keeps_the_panel_and_the_store_in_agreement(
    panel: SandboxPanel, tmp_path: Path
) -> None:
    started = time.monotonic()
    store = Store.open(tmp_path / "smmdesk.sqlite3")
    client = PanelClient(panel.url, KEY, connect_timeout=2.0, read_timeout=READ_TIMEOUT)
    try:
        panel_id = store.add_panel("Soak", panel.url, currency="USD")
        catalog = Catalog(client.services())
        service = catalog.by_id(SERVICE_ID)
        assert service is not None
        latency = inject_faults(panel)

        # 1. single orders, each through the one placement door
        single_states: Counter[str] = Counter()
        for i in range(SINGLE_ORDERS):
            quantity = service.min + i % 100
            placement = place_order(
                store,
                client,
                panel_id,
                service,
                {"link": f"https://soak.example/single/{i}", "quantity": str(quantity)},
                cost=cost_of(service.rate, quantity),
                quantity=quantity,
            )
            single_states[placement.state.value] += 1

        # 2. a pasted mass order, re-run on the lines a stopped run did not send (what the
        # dialog's "Place remaining" does) until every valid line was sent once
        lines = [
            f"{SERVICE_ID} | https://soak.example/mass/{i} | {service.min + i % 50}"
            for i in range(MASS_LINES)
        ]
        lines[::20] = [f"99999 | https://soak.example/bad/{i}" for i in range(0, MASS_LINES, 20)]
        plan = parse_mass_order("\n".join(lines), catalog)
        valid_numbers = [line.number for line in plan.valid]
        assert len(valid_numbers) == MASS_LINES - MASS_LINES // 20
        sent_numbers: list[int] = []
        stops: Counter[str] = Counter()
        mass_states: Counter[str] = Counter()
        for _attempt in range(200):
            if not plan.valid:
                break
            run = run_mass_order(
                store,
                client,
                panel_id,
                plan,
                should_stop=lambda: False,
                on_progress=lambda _number, _placement: None,
            )
            sent_numbers += [number for number, _placement in run.results]
            for _number, placement in run.results:
                mass_states[placement.state.value] += 1
            stops[run.stopped.value if run.stopped else "finished"] += 1
            plan = plan.subset(run.unsent)
        assert not plan.valid, "the mass order never got through"
        assert sorted(sent_numbers) == valid_numbers, "every valid line sent exactly once"

        wait_for_late_answers(panel, latency)
    finally:
        client.close()

    # -- what the panel did vs what the store says --------------------------------------------
    received = panel.received["add"]
    faulted = panel.faults.count(action="add")
    sandbox_orders = panel.orders
    sandbox_links = [order.link for order in sandbox_orders.values()]
    local = store.list_orders(panel_id)
    by_state = Counter(order.state for order in local)
    local_links = {order.link: order for order in local}
    store.close()

    print(
        f"\nsoak: {received} add requests, {faulted} faulted ({faulted / received:.0%}: "
        f"{dict(Counter(f.kind for f in panel.faults.log))}); "
        f"single {dict(single_states)}; mass {dict(mass_states)}, runs {dict(stops)}; "
        f"local { ({s.value: n for s, n in by_state.items()}) }; "
        f"panel created {len(sandbox_orders)}; {time.monotonic() - started:.1f} s"
    )

    assert len(local) >= 500
    assert faulted / received >= 0.30, "the soak must fault at least 30% of the orders"
    assert received == len(local), "one add request per local order: nothing sent twice"
    assert len(local_links) == len(local), "each link recorded once locally"
    assert len(sandbox_links) == len(set(sandbox_links)), "a duplicate order on the panel"
    assert by_state.keys() <= {LocalState.ACCEPTED, LocalState.REJECTED, LocalState.UNKNOWN}, (
        "every local order ends in a final state (no SENDING, no DRAFT)"
    )

    created = set(sandbox_links)
    unknown_created = [o for o in local if o.state is LocalState.UNKNOWN and o.link in created]
    accepted = [o for o in local if o.state is LocalState.ACCEPTED]
    assert len(sandbox_orders) == len(accepted) + len(unknown_created)
    assert [link for link in created if link not in local_links] == [], "placed, not recorded"
    for order in accepted:
        panel_order = sandbox_orders[order.panel_order_id or -1]
        assert panel_order.link == order.link
    rejected = [o for o in local if o.state is LocalState.REJECTED]
    assert not [o.link for o in rejected if o.link in created], "REJECTED yet created"
    assert by_state[LocalState.UNKNOWN] > len(unknown_created) > 0, (
        "the soak must exercise unknown outcomes both processed and not"
    )
