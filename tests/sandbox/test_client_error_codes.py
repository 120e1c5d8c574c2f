"""Every error the client raises carries its code and the fields a sentence needs: answers the
sandbox never gives (redirects, 4xx, odd bodies) from a loopback echo panel, a TLS failure
against the plain-HTTP sandbox, and the failures loopback cannot produce as pure data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
import requests

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import (
    AnswerKind,
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    RateLimited,
    TransportCause,
    TransportError,
    UnknownCause,
    reason_code,
)
from smmdesk.core.failures import ExchangeFailures
from smmdesk.core.redaction import KeyRedactor
from smmdesk.sandbox import SandboxPanel

from .echo_panel import EchoPanel

KEY = "k3y-for-error-codes-0123"
ADD = {"link": "https://instagram.com/p/abc", "quantity": "100"}
Reply = tuple[int, dict[str, str], bytes]
HTML = {"Content-Type": "text/html"}
PHP_PAGE = b"<br />\n<b>Fatal error</b>: Uncaught Error in /var/www/api.php on line <b>7</b>"


@pytest.fixture
def echo() -> Iterator[EchoPanel]:
    with EchoPanel() as panel:
        yield panel


def raised(echo: EchoPanel, reply: Reply, call: Callable[[PanelClient], object]) -> PanelError:
    echo.reply = lambda _form: reply
    with PanelClient(echo.url, KEY, max_retries=0) as client, pytest.raises(PanelError) as caught:
        call(client)
    return caught.value


def balance(client: PanelClient) -> object:
    return client.balance()


def add(client: PanelClient) -> object:
    return client.add(1, ADD)


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ((200, {}, b""), AnswerKind.EMPTY),
        ((200, {}, b"hello"), AnswerKind.NOT_JSON),
        ((200, HTML, b"<html><body>Maintenance</body></html>"), AnswerKind.WEB_PAGE),
        ((200, HTML, PHP_PAGE), AnswerKind.PHP_ERROR),
        ((200, {}, b'{"balance": "1.'), AnswerKind.TRUNCATED_JSON),
        ((200, {}, json.dumps({"funds": 5}).encode()), AnswerKind.UNEXPECTED_SHAPE),
    ],
    ids=["empty", "not-json", "web-page", "php-error", "truncated-json", "shape"],
)
def test_an_unreadable_answer_says_what_it_looks_like(
    echo: EchoPanel, reply: Reply, kind: AnswerKind
) -> None:
    error = raised(echo, reply, balance)
    assert isinstance(error, BadResponse)
    assert error.kind is kind
    assert reason_code(error) == kind.value
    if kind is not AnswerKind.EMPTY:
        assert error.snippet
    # the same answer to an order: the outcome is unknown, and what came back is kept
    unknown = raised(echo, reply, add)
    assert isinstance(unknown, OutcomeUnknown)
    assert (unknown.cause, unknown.answer_kind, unknown.action) == (
        UnknownCause.UNREADABLE,
        kind,
        "add",
    )
    assert unknown.snippet == error.snippet


def test_a_redirect_names_its_target(echo: EchoPanel) -> None:
    target = "https://panel.example/api/v2"
    error = raised(echo, (301, {"Location": target}, b""), balance)
    assert isinstance(error, BadResponse)
    assert (error.kind, error.http_status, error.redirect_to) == (AnswerKind.REDIRECT, 301, target)


def test_a_redirect_that_carries_the_key_names_it_masked(echo: EchoPanel) -> None:
    error = raised(echo, (302, {"Location": f"https://x.example/?key={KEY}"}, b""), balance)
    assert isinstance(error, BadResponse)
    assert error.kind is AnswerKind.REDIRECT
    assert KEY not in error.redirect_to
    assert error.redirect_to.startswith("https://x.example/")


@pytest.mark.parametrize(
    ("reply", "kind", "status"),
    [
        ((404, HTML, b"<html>Not Found</html>"), AnswerKind.NOT_FOUND, 404),
        ((403, HTML, b"<html>Access denied</html>"), AnswerKind.HTTP_REFUSED, 403),
        ((406, {}, b"Not Acceptable"), AnswerKind.HTTP_REFUSED, 406),
    ],
    ids=["404", "403-page", "406"],
)
def test_an_http_refusal_keeps_its_status(
    echo: EchoPanel, reply: Reply, kind: AnswerKind, status: int
) -> None:
    error = raised(echo, reply, balance)
    assert isinstance(error, BadResponse)
    assert (error.kind, error.http_status) == (kind, status)


def test_a_bare_401_is_a_refused_key_with_the_panels_words(echo: EchoPanel) -> None:
    error = raised(echo, (401, {}, b"Unauthorized: wrong key"), balance)
    assert isinstance(error, AuthError)
    assert (error.code, error.http_status, error.panel_text) == (
        "auth",
        401,
        "Unauthorized: wrong key",
    )


def test_a_refusal_saying_too_many_requests_is_rate_limited(echo: EchoPanel) -> None:
    error = raised(echo, (200, {}, b'{"error": "Too many requests"}'), balance)
    assert isinstance(error, RateLimited)
    assert (error.panel_text, error.retry_after, error.http_status) == (
        "Too many requests",
        None,
        None,
    )


@pytest.mark.parametrize("body", [b"", b"<html>Bad Gateway</html>"], ids=["empty", "page"])
def test_a_server_error_keeps_its_status_and_page(echo: EchoPanel, body: bytes) -> None:
    error = raised(echo, (502, HTML, body), balance)
    assert isinstance(error, OutcomeUnknown)
    assert (error.cause, error.http_status) == (UnknownCause.SERVER_ERROR, 502)
    assert error.answer_kind is (AnswerKind.WEB_PAGE if body else None)


def test_tls_to_a_plain_http_panel_is_a_tls_transport_error(panel: SandboxPanel) -> None:
    url = panel.url.replace("http://", "https://")
    with (
        PanelClient(url, panel.api_key, max_retries=0) as client,
        pytest.raises(TransportError) as caught,
    ):
        client.add(1, ADD)
    error = caught.value
    assert (error.cause, error.host) == (TransportCause.TLS, url.split("/")[2])
    assert error.detail
    assert panel.api_key not in error.detail
    assert panel.received["add"] == 0


def test_timeouts_name_the_host_and_the_seconds() -> None:
    failures = ExchangeFailures("panel.example", (6.0, 12.0), KeyRedactor(KEY))
    connect = failures.request(requests.exceptions.ConnectTimeout("connect timed out"))
    assert isinstance(connect, TransportError)
    assert (connect.cause, connect.host, connect.timeout) == (
        TransportCause.CONNECT_TIMEOUT,
        "panel.example",
        6.0,
    )
    read = failures.request(requests.exceptions.ReadTimeout("read timed out"))
    assert isinstance(read, OutcomeUnknown)
    assert (read.cause, read.timeout) == (UnknownCause.READ_TIMEOUT, 12.0)
    bad_url = failures.request(requests.exceptions.InvalidURL("no host"))
    assert isinstance(bad_url, TransportError)
    assert bad_url.cause is TransportCause.BAD_URL


def test_errors_made_by_hand_have_generic_codes() -> None:
    """Errors built with a message only (tests, other code) still carry a code to word."""
    assert TransportError("x").cause is TransportCause.UNREACHABLE
    assert OutcomeUnknown("x").cause is UnknownCause.FAILED
    assert BadResponse("x").kind is AnswerKind.UNREADABLE
    assert reason_code(PanelError("x")) == "other"
