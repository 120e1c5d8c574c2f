"""Several panels on one sandbox server: each at its own path with its own key, catalogue,
currency, orders, balance and state file; the first panel's URL keeps working as before."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, SandboxMount, SandboxPanel
from smmdesk.sandbox.demo import DEMO_EXTRA_PANELS

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]


def post(url: str, key: str, **params: object) -> requests.Response:
    return requests.post(url, data={"key": key, **params}, timeout=5)


@pytest.fixture
def panels() -> Iterator[tuple[SandboxPanel, SandboxMount, SandboxMount]]:
    panel = SandboxPanel(services=300, seed=1, balance=Decimal("100"), speed=0.0)
    cheap = panel.add_panel("demo2", "key-2", seed=2, price_factor=Decimal("0.5"))
    euro = panel.add_panel(
        "demo3", "key-3", seed=3, currency="EUR", balance=Decimal("40"), decorate=1.0
    )
    with panel:
        yield panel, cheap, euro


def test_each_panel_answers_at_its_own_path_with_its_own_key(
    panels: tuple[SandboxPanel, SandboxMount, SandboxMount],
) -> None:
    first, cheap, euro = panels
    assert cheap.url == first.url.replace("/api/v2", "/demo2/api/v2")
    assert post(first.url, first.api_key, action="balance").json()["currency"] == "USD"
    assert post(euro.url, "key-3", action="balance").json()["currency"] == "EUR"
    assert post(euro.url, "key-3", action="balance").json()["balance"].startswith("40.")
    # a key is good only at its own panel
    assert post(cheap.url, first.api_key, action="balance").json() == {"error": "Invalid API key"}
    assert post(first.url, "key-2", action="balance").json() == {"error": "Invalid API key"}
    unknown = first.url.replace("/api/v2", "/demo9/api/v2")
    assert post(unknown, "key-2", action="balance").status_code == 404


def test_the_same_service_is_listed_on_every_panel_at_a_different_price(
    panels: tuple[SandboxPanel, SandboxMount, SandboxMount],
) -> None:
    first, cheap, euro = panels
    served = {
        name: {int(s["service"]): s for s in post(p.url, key, action="services").json()}
        for name, p, key in (
            ("first", first, "demo-key"),
            ("cheap", cheap, "key-2"),
            ("euro", euro, "key-3"),
        )
    }
    assert set(served["cheap"]) != set(served["first"]), "resellers list under their own ids"
    for panel_services in served.values():
        assert panel_services[DEFAULT]["name"] == served["first"][DEFAULT]["name"]
    rates = {name: Decimal(s[DEFAULT]["rate"]) for name, s in served.items()}
    assert rates["cheap"] < rates["first"], rates
    names = [s["name"] for s in served["euro"].values()]
    decorated = [n for n in names if any(ord(ch) > 0x1D400 or "ᴀ" <= ch <= "ᴢ" for ch in n)]
    assert len(decorated) > len(names) // 3, "restyled names on the decorated panel"
    assert not any("&𝐚𝐦𝐩;" in n for n in decorated), "entities kept intact"


def test_orders_and_balances_are_each_panels_own(
    panels: tuple[SandboxPanel, SandboxMount, SandboxMount],
) -> None:
    first, cheap, euro = panels
    answer = post(
        cheap.url, "key-2", action="add", service=DEFAULT, link="https://x.y/a", quantity=1000
    ).json()
    order_id = int(answer["order"])
    assert order_id in cheap.orders
    assert order_id not in first.orders
    assert cheap.balance < Decimal("1000")
    assert first.balance == Decimal("100")
    assert euro.balance == Decimal("40")
    status = post(first.url, first.api_key, action="status", order=order_id).json()
    assert "error" in status, "the first panel knows nothing of the other panel's order"


def test_each_extra_panel_keeps_its_own_state_file(tmp_path: Path) -> None:
    state = tmp_path / "extra.json"
    panel = SandboxPanel(services=100, seed=1, speed=0.0)
    extra = panel.add_panel("demo2", "key-2", state_file=state)
    with panel:
        post(extra.url, "key-2", action="add", service=DEFAULT, link="https://x.y/b", quantity=100)
    again = SandboxPanel(services=100, seed=1, speed=0.0)
    restored = again.add_panel("demo2", "key-2", state_file=state)
    assert list(restored.orders) == list(extra.orders)
    assert restored.orders
    assert not again.orders


def test_a_panel_name_must_be_a_plain_path_segment() -> None:
    panel = SandboxPanel(services=50, seed=1)
    for bad in ("", "a/b", "api", "Demo 2"):
        with pytest.raises(ValueError, match="panel name"):
            panel.add_panel(bad, "k")
    panel.add_panel("demo2", "k")
    with pytest.raises(ValueError, match="panel name"):
        panel.add_panel("demo2", "k")


def test_the_demo_extra_panels_overlap_and_one_is_in_another_currency() -> None:
    assert {extra.currency for extra in DEMO_EXTRA_PANELS} - {"USD"}
    assert len({extra.api_key for extra in DEMO_EXTRA_PANELS}) == len(DEMO_EXTRA_PANELS)
