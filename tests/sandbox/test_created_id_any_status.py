"""An answer with an order id is an order whatever its HTTP status: a panel that reports a
placed order (or a started refill) as a 4xx or 5xx beside a warning still gets it recorded as
ACCEPTED, sent once; a 4xx with an error and no usable id stays a refusal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import OutcomeUnknown, PanelRejected
from smmdesk.core.models import Service
from smmdesk.core.ordering import PlacementState, place_order
from smmdesk.core.store import LocalState, Store

from .echo_panel import EchoPanel

KEY = "k3y-for-created-ids-0123"
ADD = {"link": "https://instagram.com/p/abc", "quantity": "100"}
SERVICE = Service(id=1, name="Followers", type="Default", category="IG", rate=1, min=10, max=1000)  # type: ignore[arg-type]


@pytest.fixture
def echo() -> Iterator[EchoPanel]:
    with EchoPanel() as panel:
        yield panel


def answer(echo: EchoPanel, status: int, body: dict[str, object]) -> None:
    raw = json.dumps(body).encode()
    echo.reply = lambda _form: (status, {"Content-Type": "application/json"}, raw)


@pytest.mark.parametrize("status", [400, 402, 422, 429, 500, 503])
def test_an_order_id_in_an_error_status_is_an_order(
    echo: EchoPanel, tmp_path: Path, status: int
) -> None:
    answer(echo, status, {"order": 5001, "error": "Low balance warning"})
    with Store.open(tmp_path / "db.sqlite3") as store, PanelClient(echo.url, KEY) as client:
        panel_id = store.add_panel("Echo", echo.url)
        placement = place_order(store, client, panel_id, SERVICE, ADD, cost=None, quantity=100)
        assert placement.state is PlacementState.ACCEPTED
        assert placement.order_id == 5001
        assert placement.warning == "Low balance warning"
        assert store.get_order(placement.local_id).state is LocalState.ACCEPTED
    assert len(echo.seen) == 1  # sent once


@pytest.mark.parametrize("status", [400, 500])
def test_a_refill_id_in_an_error_status_is_a_started_refill(echo: EchoPanel, status: int) -> None:
    answer(echo, status, {"refill": 77, "error": "Refill queued late"})
    with PanelClient(echo.url, KEY) as client:
        result = client.refill(23501)
    assert result.refill_id == 77
    assert result.warning == "Refill queued late"
    assert len(echo.seen) == 1


def test_an_error_without_an_id_stays_a_refusal_or_unknown(echo: EchoPanel) -> None:
    answer(echo, 400, {"error": "Not enough funds on balance"})
    with PanelClient(echo.url, KEY) as client, pytest.raises(PanelRejected) as refused:
        client.add(1, ADD)
    assert refused.value.code == "insufficient_funds"
    answer(echo, 500, {"order": "1e3", "error": "oops"})  # an id that is no id: unknown
    with PanelClient(echo.url, KEY) as client, pytest.raises(OutcomeUnknown):
        client.add(1, ADD)
    assert len(echo.seen) == 2
