"""AbortableSession under PanelClient, against the real sandbox: a request blocked on a slow
panel is cut at once from another thread, later requests never leave, and until then the
session behaves like any requests.Session."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from smmdesk.core.abortable import AbortableSession
from smmdesk.core.client import PanelClient
from smmdesk.core.errors import OutcomeUnknown, PanelError, TransportCause, TransportError
from smmdesk.sandbox import SandboxPanel


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=100, seed=2, balance=Decimal("500"), speed=0.0) as started:
        yield started


@pytest.fixture
def session() -> Iterator[AbortableSession]:
    with AbortableSession() as made:
        yield made


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


def in_thread(call: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except PanelError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_blocked_read_ends_at_once_and_nothing_more_is_sent(
    panel: SandboxPanel, session: AbortableSession
) -> None:
    panel.faults.inject("latency", "balance", delay=10.0)
    client = PanelClient(panel.url, panel.api_key, session=session, sleep=lambda _: None)
    thread, outcome = in_thread(client.balance)
    wait_for(lambda: panel.received["balance"] == 1)  # the request is at the panel, waiting
    assert session.live_connections() == 1

    began = time.monotonic()
    session.abort()
    thread.join(2.0)
    assert not thread.is_alive()
    assert time.monotonic() - began < 5.0
    (error,) = outcome
    # the cut read (lost connection), then retries refused before connecting
    assert isinstance(error, TransportError | OutcomeUnknown)
    assert panel.received["balance"] == 1  # the client's retries never reached the panel
    assert session.aborted
    assert session.live_connections() == 0

    with pytest.raises(TransportError) as cancelled:
        client.statuses([1, 2, 3])
    assert cancelled.value.cause is TransportCause.CANCELLED
    assert panel.received["status"] == 0
    assert panel.api_key not in str(error)
    assert panel.api_key not in repr(error)
    client.close()


def test_until_aborted_it_is_an_ordinary_keep_alive_session(
    panel: SandboxPanel, session: AbortableSession
) -> None:
    with PanelClient(panel.url, panel.api_key, session=session) as client:
        order = client.add(1, {"link": "https://x.test/keep", "quantity": "100"}).order_id
        assert client.balance().amount == Decimal("500") - Decimal("0.09")
        assert order in client.statuses([order])
        assert session.live_connections() == 1  # one connection, reused
    assert not session.aborted


def test_abort_with_nothing_in_flight_refuses_the_next_request(
    panel: SandboxPanel, session: AbortableSession
) -> None:
    session.abort()
    client = PanelClient(panel.url, panel.api_key, session=session, max_retries=0)
    with pytest.raises(TransportError):
        client.balance()
    assert sum(panel.received.values()) == 0
