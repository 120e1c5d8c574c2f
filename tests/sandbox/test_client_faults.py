"""PanelClient under every sandbox fault: the right error class, code and fields, add/refill/
cancel sent exactly once, read-only actions recovering through retries, Retry-After honoured."""

from __future__ import annotations

import email.utils
import random
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from http.client import RemoteDisconnected

import pytest
import requests
import urllib3.exceptions

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import (
    AnswerKind,
    AnswerTooLarge,
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    RateLimited,
    TransportCause,
    TransportError,
    UnknownCause,
)
from smmdesk.core.failures import connect_failure, never_connected, retry_after
from smmdesk.core.models import AddResult, RefillResult
from smmdesk.sandbox import PANEL_WARNING, SandboxPanel

LINK = "https://instagram.com/p/abc"
ADD = {"link": LINK, "quantity": "100"}


class Sleeps:
    """An injected sleep that records instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make(panel: SandboxPanel, sleeps: Sleeps) -> Iterator[Callable[..., PanelClient]]:
    made: list[PanelClient] = []

    def factory(**options: object) -> PanelClient:
        settings: dict[str, object] = {"sleep": sleeps, "rng": random.Random(7), "max_retries": 0}
        settings.update(options)
        client = PanelClient(panel.url, panel.api_key, **settings)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()


# kind -> (error class, its code: cause or answer kind); for a read-only action, no retries
READ_FAULTS: dict[str, tuple[type[PanelError], str | None]] = {
    "latency": (OutcomeUnknown, UnknownCause.READ_TIMEOUT),
    "drop_after": (OutcomeUnknown, UnknownCause.CONNECTION_LOST),
    "reset": (OutcomeUnknown, UnknownCause.CONNECTION_LOST),
    "truncated": (OutcomeUnknown, UnknownCause.CUT_OFF),
    "html": (BadResponse, AnswerKind.WEB_PAGE),
    "http500": (OutcomeUnknown, UnknownCause.SERVER_ERROR),
    "http429": (RateLimited, None),
    "form_error": (AuthError, None),
}


def code_of(error: PanelError) -> str | None:
    if isinstance(error, OutcomeUnknown | TransportError):
        return error.cause
    if isinstance(error, BadResponse):
        return error.kind
    return None


def inject(panel: SandboxPanel, action: str, kind: str, times: int = 1) -> None:
    extra = {"delay": 3.0} if kind == "latency" else {}
    panel.faults.inject(action=action, kind=kind, times=times, **extra)


@pytest.mark.parametrize("kind", list(READ_FAULTS))
def test_each_fault_maps_to_its_error(
    panel: SandboxPanel, make: Callable[..., PanelClient], kind: str
) -> None:
    error, code = READ_FAULTS[kind]
    inject(panel, "balance", kind)
    with pytest.raises(error) as caught:
        make(read_timeout=0.3).balance()
    assert code_of(caught.value) == code
    host = panel.url.split("/")[2]
    if isinstance(caught.value, OutcomeUnknown):
        assert caught.value.host == host
        assert caught.value.action == ""
    if isinstance(caught.value, RateLimited):
        assert (caught.value.retry_after, caught.value.http_status) == (1.0, 429)
    if isinstance(caught.value, AuthError):
        assert caught.value.panel_text == "Invalid API key"
        assert caught.value.code == "auth"
    if isinstance(caught.value, BadResponse):
        assert 0 < len(caught.value.snippet) <= 200
        assert "Just a moment" in caught.value.snippet


def test_php_warning_before_json_is_salvaged(
    panel: SandboxPanel, make: Callable[..., PanelClient]
) -> None:
    inject(panel, "balance", "php_warning")
    assert make().balance().amount == Decimal("1000")


@pytest.mark.parametrize("kind", ["drop_after", "truncated", "reset", "latency"])
def test_add_after_sending_is_outcome_unknown_and_sent_once(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps, kind: str
) -> None:
    inject(panel, "add", kind, times=5)
    client = make(max_retries=3, read_timeout=0.3)  # retries allowed, yet add must not use them
    with pytest.raises(OutcomeUnknown) as caught:
        client.add(1, ADD)
    assert panel.received["add"] == 1
    assert sleeps.calls == []
    assert caught.value.action == "add"
    assert caught.value.cause == READ_FAULTS[kind][1]
    assert str(caught.value).endswith("it is unknown whether the order was placed")


@pytest.mark.parametrize("kind", ["html", "http500"])
def test_add_answered_by_a_page_is_outcome_unknown(
    panel: SandboxPanel, make: Callable[..., PanelClient], kind: str
) -> None:
    inject(panel, "add", kind)
    with pytest.raises(OutcomeUnknown) as caught:
        make(max_retries=3).add(1, ADD)
    assert panel.received["add"] == 1
    unknown = caught.value
    if kind == "html":  # an unreadable answer keeps what it looked like
        assert (unknown.cause, unknown.answer_kind) == (
            UnknownCause.UNREADABLE,
            AnswerKind.WEB_PAGE,
        )
        assert "Just a moment" in unknown.snippet
    else:  # the server's failure, with its status and what its page looked like
        assert (unknown.cause, unknown.http_status) == (UnknownCause.SERVER_ERROR, 500)
        assert unknown.answer_kind is AnswerKind.PHP_ERROR
        assert "Fatal error" in unknown.snippet


def test_add_that_was_rate_limited_or_refused_is_definite(
    panel: SandboxPanel, make: Callable[..., PanelClient]
) -> None:
    client = make(max_retries=3)
    inject(panel, "add", "http429")
    with pytest.raises(RateLimited):
        client.add(1, ADD)
    inject(panel, "add", "form_error")
    with pytest.raises(AuthError):
        client.add(1, ADD)
    assert panel.received["add"] == 2
    assert panel.orders == {}


def test_add_behind_a_php_warning_returns_the_order(
    panel: SandboxPanel, make: Callable[..., PanelClient]
) -> None:
    inject(panel, "add", "php_warning")
    order_id = make().add(1, ADD).order_id
    assert order_id in panel.orders


@pytest.mark.parametrize("action", ["refill", "cancel"])
def test_refill_and_cancel_are_never_retried(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps, action: str
) -> None:
    client = make(max_retries=3)
    order_id = client.add(1, ADD).order_id
    panel.advance(100_000)
    inject(panel, action, "drop_after", times=5)

    def send() -> object:
        return client.refill(order_id) if action == "refill" else client.cancel([order_id])

    with pytest.raises(OutcomeUnknown) as caught:
        send()
    assert panel.received[action] == 1
    assert sleeps.calls == []
    assert (caught.value.cause, caught.value.action) == (UnknownCause.CONNECTION_LOST, action)


@pytest.mark.parametrize(
    ("action", "kind", "times"),
    [
        ("balance", "drop_after", 2),
        ("balance", "http500", 1),
        ("services", "truncated", 2),
        ("status", "reset", 2),
        ("refill_status", "latency", 1),
    ],
)
def test_read_only_actions_recover_through_retries(
    panel: SandboxPanel,
    make: Callable[..., PanelClient],
    sleeps: Sleeps,
    action: str,
    kind: str,
    times: int,
) -> None:
    client = make(max_retries=3, backoff=0.5, read_timeout=0.3)
    order_id = client.add(1, ADD).order_id
    panel.advance(100_000)
    refill_id = client.refill(order_id).refill_id
    inject(panel, action, kind, times)
    calls: dict[str, Callable[[], object]] = {
        "balance": client.balance,
        "services": client.services,
        "status": lambda: client.statuses([order_id]),
        "refill_status": lambda: client.refill_status(refill_id),
    }
    assert calls[action]()
    assert panel.received[action] == times + 1
    assert len(sleeps.calls) == times
    # jittered exponential backoff: attempt n waits within [b*2^n / 2, b*2^n]
    for attempt, delay in enumerate(sleeps.calls):
        assert 0.5 * 2**attempt / 2 <= delay <= 0.5 * 2**attempt


def test_retries_give_up_after_max_retries(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    inject(panel, "balance", "reset", times=10)
    with pytest.raises(OutcomeUnknown):
        make(max_retries=2).balance()
    assert panel.received["balance"] == 3
    assert len(sleeps.calls) == 2


def test_retry_after_is_honoured(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    inject(panel, "balance", "http429")
    assert make(max_retries=3).balance().currency == "USD"
    assert sleeps.calls == [1.0]
    assert panel.received["balance"] == 2


def test_retry_after_longer_than_max_wait_is_not_waited_for(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    inject(panel, "balance", "http429")
    with pytest.raises(RateLimited) as caught:
        make(max_retries=3, max_wait=0.5).balance()
    assert caught.value.retry_after == 1.0
    assert sleeps.calls == []


MB = 1024 * 1024


def test_one_html_page_on_a_read_only_call_is_retried_once_after_the_backoff(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    """A Cloudflare "Just a moment..." page often clears within seconds."""
    inject(panel, "balance", "html", times=1)
    assert make(max_retries=3, backoff=0.5).balance().amount == Decimal("1000")
    assert panel.received["balance"] == 2
    (delay,) = sleeps.calls
    assert 0.25 <= delay <= 0.5  # the normal jittered backoff of a first retry


def test_a_second_html_page_is_final(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    inject(panel, "services", "html", times=5)
    with pytest.raises(BadResponse) as caught:
        make(max_retries=3).services()
    assert type(caught.value) is BadResponse
    assert caught.value.kind is AnswerKind.WEB_PAGE
    assert panel.received["services"] == 2
    assert len(sleeps.calls) == 1


def test_an_html_page_after_another_failure_still_gets_its_one_retry(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    inject(panel, "balance", "http500", times=1)
    inject(panel, "balance", "html", times=1)
    assert make(max_retries=3).balance().currency == "USD"
    assert panel.received["balance"] == 3
    assert len(sleeps.calls) == 2


def test_an_answer_over_the_size_limit_is_final_for_a_read_only_call(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    panel.faults.inject("oversize", "balance", times=5, size=2 * MB)
    with pytest.raises(AnswerTooLarge) as caught:
        make(max_retries=3, max_body=1 * MB).balance()
    assert panel.received["balance"] == 1
    assert sleeps.calls == []
    assert caught.value.limit == 1 * MB
    assert caught.value.kind is AnswerKind.TOO_LARGE
    assert isinstance(caught.value, BadResponse)  # the taxonomy: an unusable answer


def test_the_size_limit_is_the_clients_choice(
    panel: SandboxPanel, make: Callable[..., PanelClient]
) -> None:
    panel.faults.inject("oversize", "balance", times=1, size=2 * MB)
    assert make(max_body=4 * MB).balance().amount == Decimal("1000")  # whitespace-padded JSON


def test_an_oversize_answer_to_add_is_outcome_unknown_and_sent_once(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps
) -> None:
    panel.faults.inject("oversize", "add", times=5, size=2 * MB)
    with pytest.raises(OutcomeUnknown) as caught:
        make(max_retries=3, max_body=1 * MB).add(1, ADD)
    unknown = caught.value
    assert (unknown.cause, unknown.limit, unknown.action) == (UnknownCause.TOO_LARGE, MB, "add")
    assert panel.received["add"] == 1
    assert sleeps.calls == []
    assert len(panel.orders) == 1  # it was placed: hence "unknown", never "refused"


@pytest.mark.parametrize("kind", ["html", "oversize", "unusable_id"])
def test_add_is_never_retried_whatever_the_answer(
    panel: SandboxPanel, make: Callable[..., PanelClient], sleeps: Sleeps, kind: str
) -> None:
    panel.faults.inject(kind, "add", times=5, size=2 * MB)
    with pytest.raises(OutcomeUnknown):
        make(max_retries=3, max_body=1 * MB).add(1, ADD)
    assert panel.received["add"] == 1
    assert sleeps.calls == []


def test_add_with_a_warning_beside_the_id_returns_the_order_and_the_text(
    panel: SandboxPanel, make: Callable[..., PanelClient]
) -> None:
    inject(panel, "add", "warning_with_id")
    result = make().add(1, ADD)
    assert result == AddResult(result.order_id, PANEL_WARNING)
    assert result.order_id in panel.orders
    assert panel.received["add"] == 1


def test_refill_with_a_warning_or_an_unusable_id(
    panel: SandboxPanel, make: Callable[..., PanelClient]
) -> None:
    client = make()
    first = client.add(1, ADD).order_id
    second = client.add(1, {**ADD, "link": LINK + "2"}).order_id
    panel.advance(100_000)
    inject(panel, "refill", "warning_with_id")
    refill = client.refill(first)
    assert refill == RefillResult(first, refill.refill_id, None, PANEL_WARNING)
    assert refill.refill_id in panel.refills
    inject(panel, "refill", "unusable_id")
    with pytest.raises(OutcomeUnknown) as caught:
        client.refill(second)
    assert (caught.value.cause, caught.value.answer_kind, caught.value.action) == (
        UnknownCause.UNREADABLE,
        AnswerKind.UNEXPECTED_SHAPE,
        "refill",
    )
    assert len(panel.refills) == 2
    assert panel.received["refill"] == 2


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v2"


def test_connection_refused_is_a_transport_error(sleeps: Sleeps) -> None:
    url = closed_port_url()
    with PanelClient(url, "k3y-refused", sleep=sleeps, max_retries=2) as client:
        with pytest.raises(TransportError) as caught:
            client.add(1, ADD)  # provably never sent: safe to call a TransportError
        assert caught.value.cause is TransportCause.REFUSED
        assert caught.value.host == url.split("/")[2]
        assert caught.value.detail
        assert sleeps.calls == []
        with pytest.raises(TransportError):
            client.balance()
        assert len(sleeps.calls) == 2


def test_a_wrong_path_is_a_bad_response_naming_the_url(panel: SandboxPanel) -> None:
    url = panel.url.replace("/api/v2", "/api/v9")
    with PanelClient(url, panel.api_key) as client, pytest.raises(BadResponse) as caught:
        client.balance()
    assert (caught.value.kind, caught.value.http_status) == (AnswerKind.NOT_FOUND, 404)


def test_closed_client_refuses_calls(panel: SandboxPanel) -> None:
    client = PanelClient(panel.url, panel.api_key)
    client.close()
    with pytest.raises(TransportError) as caught:
        client.balance()
    assert caught.value.cause is TransportCause.CLOSED
    assert panel.received["balance"] == 0


def _connection_error(reason: Exception) -> requests.exceptions.ConnectionError:
    """What requests raises, built the way urllib3 chains it (pure data: no network)."""
    return requests.exceptions.ConnectionError(
        urllib3.exceptions.MaxRetryError(None, "/api/v2", reason)  # type: ignore[arg-type]
    )


def _refused() -> Exception:
    """A NewConnectionError raised from the socket's ConnectionRefusedError, as urllib3 does."""
    error = urllib3.exceptions.NewConnectionError(None, "Failed to establish")  # type: ignore[arg-type]
    error.__cause__ = ConnectionRefusedError(111, "Connection refused")
    return error


@pytest.mark.parametrize(
    ("reason", "cause"),
    [
        (
            urllib3.exceptions.NameResolutionError("panel.invalid", None, socket.gaierror(-2)),  # type: ignore[arg-type]
            TransportCause.DNS,
        ),
        (_refused(), TransportCause.REFUSED),
        (urllib3.exceptions.NewConnectionError(None, "unreachable"), TransportCause.UNREACHABLE),  # type: ignore[arg-type]
        (urllib3.exceptions.ConnectTimeoutError(None, "timed out"), TransportCause.CONNECT_TIMEOUT),
        (urllib3.exceptions.ProtocolError("Connection aborted.", ConnectionResetError(104)), None),
        (urllib3.exceptions.ProtocolError("aborted", RemoteDisconnected("closed")), None),
    ],
    ids=["dns", "refused", "unreachable", "connect-timeout", "reset", "dropped"],
)
def test_only_failures_before_connecting_count_as_never_sent(
    reason: Exception, cause: TransportCause | None
) -> None:
    error = _connection_error(reason)
    assert never_connected(error) is (cause is not None)
    assert connect_failure(error) == cause


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after("1") == 1.0
    assert retry_after(" 2.5 ") == 2.5
    assert retry_after("-3") == 0.0
    assert retry_after(None) is None
    assert retry_after("soon") is None
    future = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= (retry_after(future) or 0) <= 30
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
