"""A client without an API key refuses to send: nothing reaches the panel, and the error says
that nothing was sent (so a spending call counts as not sent, never as unknown)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import MissingKey, TransportCause, TransportError
from smmdesk.sandbox import SandboxPanel

CALLS: dict[str, Callable[[PanelClient], object]] = {
    "balance": lambda c: c.balance(),
    "services": lambda c: c.services_raw(),
    "status": lambda c: c.statuses([1, 2]),
    "add": lambda c: c.add(1, {"link": "https://example.com/p", "quantity": "100"}),
    "refill": lambda c: c.refills([1]),
    "cancel": lambda c: c.cancel([1]),
}


@pytest.mark.parametrize("key", ["", "   "], ids=["empty", "blank"])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_a_keyless_client_sends_nothing(panel: SandboxPanel, key: str, call: str) -> None:
    slept: list[float] = []
    with (
        PanelClient(panel.url, key, sleep=slept.append) as client,
        pytest.raises(MissingKey) as raised,
    ):
        CALLS[call](client)
    assert isinstance(raised.value, TransportError), "nothing left: never an unknown outcome"
    assert raised.value.cause is TransportCause.MISSING_KEY
    assert sum(panel.received.values()) == 0
    assert slept == [], "no retries for a request that cannot be sent"
