"""The sandbox's transport: key check, paths, bad requests, bookkeeping, lifecycle, concurrency."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
import requests

from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as FIXED
from smmdesk.sandbox import SandboxPanel

from .conftest import Api


@pytest.mark.parametrize("action", ["balance", "services", "add", "status", "nonsense", None])
def test_any_other_key_is_refused_before_anything_else(api: Api, action: str | None) -> None:
    params = {"service": FIXED["Default"], "link": "https://x.com/a", "quantity": 100}
    for key in ("wrong-key", "", api.panel.api_key + " "):
        response = api.post(action, key=key, **params)
        assert (response.status_code, response.json()) == (200, {"error": "Invalid API key"})
    assert api.panel.orders == {}


def test_bad_requests_answer_incorrect_request_with_http_200(api: Api) -> None:
    get = api.session.get(api.panel.url, timeout=5)
    assert (get.status_code, get.json()) == (200, {"error": "Incorrect request"})
    assert api.post(None).json() == {"error": "Incorrect request"}
    assert api.post("").json() == {"error": "Incorrect request"}
    assert api.post("explode").json() == {"error": "Incorrect request"}


@pytest.mark.parametrize("path", ["/api/v1", "/api/v3", "/api", "/api/v2/", "/api/v2?x=1"])
def test_other_api_paths_answer_too(api: Api, path: str) -> None:
    url = api.panel.url.replace("/api/v2", path)
    response = api.session.post(url, data={"key": api.panel.api_key, "action": "balance"})
    assert response.json()["balance"] == "1000.00000"


def test_unknown_path_is_a_404_page(api: Api) -> None:
    url = api.panel.url.replace("/api/v2", "/admin")
    response = api.session.post(url, data={"key": api.panel.api_key, "action": "balance"})
    assert response.status_code == 404
    assert api.panel.received == {}


def test_requests_are_recorded_in_order_without_the_key(api: Api) -> None:
    api.call("balance")
    api.post("balance", key="bad")
    api.call("status", orders="1,2")
    assert api.panel.received == {"balance": 2, "status": 1}
    assert api.panel.requests == [
        ("balance", {"action": "balance"}),
        ("balance", {"action": "balance"}),
        ("status", {"action": "status", "orders": "1,2"}),
    ]
    snapshot = api.panel.requests
    snapshot.clear()
    assert len(api.panel.requests) == 3  # a copy, not the live list


def test_repr_and_errors_never_show_the_key() -> None:
    panel = SandboxPanel(services=30, api_key="s3cret-Key-123", speed=0)
    assert "s3cret" not in repr(panel)
    with pytest.raises(RuntimeError, match="not started"):
        _ = panel.url
    with panel:
        assert "s3cret" not in repr(panel)
        assert panel.url.startswith("http://127.0.0.1:")
        assert panel.url.endswith("/api/v2")
        with pytest.raises(RuntimeError, match="already started"):
            panel.start()


def test_stop_is_quick_with_an_idle_keep_alive_connection_and_frees_the_port() -> None:
    panel = SandboxPanel(services=30, speed=0).start()
    client = Api(panel)
    client.call("balance")  # leaves a pooled keep-alive connection open
    url = panel.url
    started = time.monotonic()
    panel.stop()
    # not the keep-alive connection's 30 s timeout (how fast exactly: bench/bench_stop.py)
    assert time.monotonic() - started < 10.0
    assert not any(t.name.startswith("sandbox-panel") and t.is_alive()
                   for t in threading.enumerate())  # fmt: skip
    with pytest.raises(requests.ConnectionError):
        requests.post(url, data={"key": panel.api_key, "action": "balance"}, timeout=2)
    panel.stop()  # idempotent
    client.session.close()


def test_concurrent_adds_make_distinct_orders_and_consistent_money(panel: SandboxPanel) -> None:
    def worker(thread: int) -> list[int]:
        client = Api(panel)
        ids = [
            client.add(service=FIXED["Default"], link=f"https://x.com/t{thread}/{i}", quantity=100)
            for i in range(25)
        ]
        client.call("status", orders=",".join(map(str, ids)))
        client.session.close()
        return ids

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = [oid for chunk in pool.map(worker, range(8)) for oid in chunk]
    assert len(ids) == len(set(ids)) == 200
    assert sorted(ids) == list(range(23501, 23701))
    orders = panel.orders
    assert len(orders) == 200
    assert panel.balance == Decimal(1000) - sum(o.charge for o in orders.values())
    assert panel.balance == Decimal(1000) - 200 * Decimal("0.09")
    assert panel.received["add"] == 200
