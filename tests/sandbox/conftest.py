"""Fixtures for the sandbox tests: a started panel on loopback and a tiny HTTP helper."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import requests

from smmdesk.sandbox import SandboxPanel


class Api:
    """Talks to a sandbox panel over real HTTP, the way a client would."""

    def __init__(self, panel: SandboxPanel) -> None:
        self.panel = panel
        self.session = requests.Session()

    def post(self, action: str | None, key: str | None = None, **params: Any) -> requests.Response:
        data = {"key": self.panel.api_key if key is None else key, **params}
        if action is not None:
            data["action"] = action
        return self.session.post(self.panel.url, data=data, timeout=5)

    def call(self, action: str, **params: Any) -> Any:
        response = self.post(action, **params)
        assert response.status_code == 200
        return response.json()

    def add(self, **params: Any) -> int:
        """Place an order that must be accepted; returns its id."""
        answer = self.call("add", **params)
        assert "order" in answer, answer
        return int(answer["order"])


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    """A panel whose clock only moves with advance() (speed 0), 1000 USD balance."""
    with SandboxPanel(services=4000, seed=1, balance=Decimal("1000"), speed=0.0) as started:
        yield started


@pytest.fixture
def api(panel: SandboxPanel) -> Iterator[Api]:
    client = Api(panel)
    yield client
    client.session.close()
