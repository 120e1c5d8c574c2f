"""Fault injection: every kind as a client sees it, and whether the panel processed it."""

from __future__ import annotations

import json
import socket
import threading
import time
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
import requests

from smmdesk.sandbox import PANEL_WARNING, UNUSABLE_ID, FiredFault, SandboxPanel
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as FIXED

from .conftest import Api

ADD: dict[str, Any] = {"service": FIXED["Default"], "link": "https://x.com/a", "quantity": 1000}


def raw_post(panel: SandboxPanel, params: dict[str, object]) -> bytes:
    """POST over a bare socket and return every byte until the panel closes the connection."""
    body = urlencode({"key": panel.api_key, **params}).encode()
    parts = urlsplit(panel.url)
    head = (
        f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall(head.encode() + body)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_drop_after_creates_the_order_then_closes_without_answer(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="drop_after", times=1)
    with pytest.raises(requests.ConnectionError):
        api.post("add", **ADD)
    (order,) = api.panel.orders.values()
    assert order.link == ADD["link"]
    assert api.panel.balance == Decimal("999.1")
    assert api.panel.faults.log == [FiredFault(seq=0, action="add", kind="drop_after",
                                               processed=True)]  # fmt: skip
    # the fault fired once: the retry a naive client would make is a duplicate
    assert "active order" in api.call("add", **ADD)["error"]


def test_drop_after_is_a_clean_close_and_reset_is_a_tcp_reset(panel: SandboxPanel) -> None:
    panel.faults.inject(kind="drop_after", action="balance", times=1)
    assert raw_post(panel, {"action": "balance"}) == b""
    panel.faults.inject(kind="reset", action="balance", times=1)
    with pytest.raises(ConnectionResetError):
        raw_post(panel, {"action": "balance"})


def test_reset_closes_before_processing(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="reset", times=1)
    with pytest.raises(requests.ConnectionError):
        api.post("add", **ADD)
    assert api.panel.orders == {}
    assert api.panel.balance == Decimal(1000)
    assert api.panel.received["add"] == 1
    assert api.panel.faults.log[0].processed is False
    api.add(**ADD)  # the next one goes through


def test_truncated_processes_then_sends_half_the_promised_body(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="truncated", times=2)
    raw = raw_post(api.panel, {"action": "add", **ADD})
    head, _, body = raw.partition(b"\r\n\r\n")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length")))  # fmt: skip
    assert head.startswith(b"HTTP/1.1 200")
    assert 0 < len(body) < length
    assert body == b'{"status":"success","order":23501}'[: len(body)]
    with pytest.raises(requests.RequestException):
        api.post("add", **{**ADD, "link": "https://x.com/b"})
    assert sorted(api.panel.orders) == [23501, 23502]


def test_html_page_is_not_processed(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="html")
    response = api.post("add", **ADD)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "Just a moment" in response.text
    assert "Cloudflare" in response.text
    with pytest.raises(requests.JSONDecodeError):
        response.json()
    assert api.panel.orders == {}


def test_http500_is_a_php_error_page_not_processed(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="http500", times=1)
    response = api.post("add", **ADD)
    assert response.status_code == 500
    assert "Fatal error" in response.text
    assert api.panel.orders == {}


def test_http429_asks_to_retry_later(api: Api) -> None:
    api.panel.faults.inject(action="status", kind="http429", times=1)
    response = api.post("status", order=1)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "1"
    assert response.json() == {"error": "Too many requests"}
    assert api.call("status", order=2) == {"error": "Incorrect order ID"}


def test_form_error_is_form_encoded_not_json(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="form_error", times=1)
    response = api.post("add", **ADD)
    assert (response.status_code, response.text) == (200, "error=Invalid+API+key")
    assert api.panel.orders == {}


def test_php_warning_precedes_the_json_of_a_processed_request(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="php_warning", times=1)
    response = api.post("add", **ADD)
    assert response.text.startswith("<br />\n<b>Warning</b>:")
    assert response.text.endswith('{"status":"success","order":23501}')
    assert 23501 in api.panel.orders


def test_warning_with_id_puts_an_error_text_beside_the_created_id(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="warning_with_id")
    assert api.call("add", **ADD) == {"status": "success", "order": 23501, "error": PANEL_WARNING}
    assert 23501 in api.panel.orders
    assert api.panel.faults.log[0].processed
    # an answer that is already a refusal stays one
    assert "active order" in api.call("add", **ADD)["error"]
    assert list(api.panel.orders) == [23501]


def test_warning_with_id_on_refills_marks_each_accepted_refill(api: Api) -> None:
    done = api.add(**ADD)
    api.panel.advance(100_000)
    api.panel.faults.inject(action="refill", kind="warning_with_id")
    assert api.call("refill", orders=f"{done},999") == [
        {"order": done, "refill": 1, "error": PANEL_WARNING},
        {"order": 999, "refill": {"error": "Incorrect order ID"}},
    ]
    assert list(api.panel.refills) == [1]


def test_unusable_id_processes_the_request_and_mangles_the_id(api: Api) -> None:
    api.panel.faults.inject(action="add", kind="unusable_id", times=1)
    assert api.call("add", **ADD) == {"status": "success", "order": UNUSABLE_ID}
    assert list(api.panel.orders) == [23501]


def test_oversize_pads_a_valid_answer_to_the_size_asked_for(panel: SandboxPanel) -> None:
    panel.faults.inject(action="balance", kind="oversize", size=300_000, times=1)
    raw = raw_post(panel, {"action": "balance"})
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"Content-Length: 300000" in head
    assert len(body) == 300_000
    assert json.loads(body) == {"status": "success", "balance": "1000.00000", "currency": "USD"}


def test_empty_and_junk_lists_answer_services_without_a_usable_service(api: Api) -> None:
    api.panel.faults.inject(action="services", kind="empty_list", times=1)
    api.panel.faults.inject(action="services", kind="junk_list", times=1)
    assert api.call("services") == []
    junk = api.call("services")
    assert isinstance(junk, list)
    assert junk
    assert not any(isinstance(e, dict) for e in junk)
    assert api.call("services") == api.panel.services  # then the real list again
    assert api.panel.faults.count(action="services") == 2


def test_latency_delays_a_normal_answer(api: Api) -> None:
    api.panel.faults.inject(action="balance", kind="latency", delay=0.3, times=1)
    started = time.monotonic()
    assert api.call("balance")["balance"] == "1000.00000"
    assert time.monotonic() - started >= 0.3
    api.call("balance")  # times=1: the second answer is not delayed
    assert api.panel.faults.count("latency") == 1
    assert len(api.panel.faults.log) == 1


def test_stop_cuts_a_latency_wait_short(panel: SandboxPanel) -> None:
    panel.faults.inject(kind="latency", delay=30)
    outcome: list[BaseException] = []

    def slow_request() -> None:
        try:
            requests.post(panel.url, data={"key": panel.api_key, "action": "balance"}, timeout=10)
        except requests.RequestException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=slow_request)
    worker.start()
    deadline = time.monotonic() + 5
    while panel.received["balance"] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    panel.stop()
    worker.join(timeout=5)
    assert time.monotonic() - started < 10.0  # not the 30 s delay (bench/bench_stop.py)
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], requests.ConnectionError)
    assert panel.faults.log[0].processed is False


def test_rate_faults_use_the_seeded_rng_and_times_caps_them() -> None:
    fired_runs = []
    for _ in range(2):
        with SandboxPanel(services=30, seed=5, speed=0) as p:
            client = Api(p)
            p.faults.inject(action="balance", kind="http429", rate=0.3)
            codes = [client.post("balance").status_code for _ in range(60)]
            fired_runs.append([f.seq for f in p.faults.log])
            assert codes.count(429) == len(fired_runs[-1])
            assert p.received["balance"] == 60
            client.session.close()
    assert fired_runs[0] == fired_runs[1]
    assert 6 <= len(fired_runs[0]) <= 36


def test_faults_for_all_actions_times_and_clear(api: Api) -> None:
    api.panel.faults.inject(kind="http500", times=2)
    assert api.post("balance").status_code == 500
    assert api.post("services").status_code == 500
    assert api.post("balance").status_code == 200
    api.panel.faults.inject(kind="html")
    assert api.post("status", order=1).headers["Content-Type"].startswith("text/html")
    api.panel.faults.clear()
    assert api.post("status", order=1).json() == {"error": "Incorrect order ID"}
    assert [f.action for f in api.panel.faults.log] == ["balance", "services", "status"]
    assert api.panel.received == {"balance": 2, "services": 1, "status": 2}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "explode"}, "unknown fault kind"),
        ({"kind": "reset", "times": 0}, "times"),
        ({"kind": "reset", "rate": 1.5}, "rate"),
        ({"kind": "latency", "delay": -1}, "delay"),
        ({"kind": "oversize", "size": 0}, "size"),
    ],
)
def test_inject_rejects_nonsense(
    panel: SandboxPanel, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        panel.faults.inject(**kwargs)  # type: ignore[arg-type]
