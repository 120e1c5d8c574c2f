"""The API key never shows: not in error text, snippets, reprs, tracebacks or log records, on
every error path, and not even when the panel echoes it back.

The sandbox covers every fault; the echo cases (a panel repeating the key in its answer) come
from a tiny echo panel on loopback below, because the sandbox never echoes the key.
"""

from __future__ import annotations

import io
import json
import logging
import random
import socket
import traceback
from collections.abc import Callable, Iterator
from decimal import Decimal
from urllib.parse import quote, quote_plus

import pytest

from smmdesk.core import logs
from smmdesk.core.client import PanelClient, default_user_agent
from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    TransportError,
)
from smmdesk.sandbox import SandboxPanel

from .echo_panel import EchoPanel

SECRET = "KEY-0123456789abcdef-SECRET"
WRONG = "KEY-fedcba9876543210-WRONG"
LINK = "https://instagram.com/p/abc"


def leaks(text: str) -> bool:
    return any(part in text for part in (SECRET, WRONG, "0123456789abcdef", "fedcba9876543210"))


def assert_clean(error: BaseException) -> None:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    texts += [value for value in vars(error).values() if isinstance(value, str)]
    assert not any(leaks(text) for text in texts), texts


def assert_logs_clean(caplog: pytest.LogCaptureFixture) -> None:
    assert caplog.records, "expected the client to log something at DEBUG"
    for record in caplog.records:
        assert not leaks(record.getMessage()), record.getMessage()
        if record.exc_info:
            assert not leaks("".join(traceback.format_exception(*record.exc_info)))
    assert not leaks(caplog.text)


@pytest.fixture
def secret_panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=3, api_key=SECRET, speed=0.0) as panel:
        yield panel


FAULTS = [
    "latency",
    "drop_after",
    "reset",
    "truncated",
    "html",
    "http500",
    "http429",
    "form_error",
    "php_warning",
]


def test_no_fault_path_leaks_the_key(
    secret_panel: SandboxPanel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[PanelError] = []
    with PanelClient(
        secret_panel.url,
        SECRET,
        read_timeout=0.3,
        max_retries=1,
        sleep=lambda _: None,
        rng=random.Random(2),
    ) as client:
        for kind in FAULTS:
            for action, call in (
                ("balance", client.balance),
                ("add", lambda: client.add(1, {"link": LINK, "quantity": "100"})),
                ("status", lambda: client.statuses([1, 2])),
            ):
                extra = {"delay": 2.0} if kind == "latency" else {}
                secret_panel.faults.inject(action=action, kind=kind, times=2, **extra)
                try:
                    call()
                except PanelError as error:
                    errors.append(error)
                secret_panel.faults.clear()
        for call in (
            lambda: client.add(99_999, {"link": LINK, "quantity": "100"}),
            lambda: client.add(1, {"link": "bad link", "quantity": "1"}),
            lambda: client.status(99_999_999),
            lambda: client.refill(99_999_999),
        ):
            with pytest.raises(PanelRejected) as refused:
                call()
            errors.append(refused.value)
        assert not leaks(repr(client))
    with PanelClient(secret_panel.url, WRONG, max_retries=0) as wrong:
        with pytest.raises(AuthError) as auth:
            wrong.balance()
        errors.append(auth.value)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with PanelClient(f"http://127.0.0.1:{closed}/api/v2", SECRET, max_retries=0) as refused:
        with pytest.raises(TransportError) as transport:
            refused.add(1, {"link": LINK})
        errors.append(transport.value)
    kinds = {type(error) for error in errors}
    assert {OutcomeUnknown, BadResponse, AuthError, PanelRejected, TransportError} <= kinds
    for error in errors:
        assert_clean(error)
    assert_logs_clean(caplog)


# ---- a panel that echoes the key --------------------------------------------------------------


def escaped(key: str) -> str:
    return "".join(f"\\u{ord(ch):04x}" for ch in key)


def echo_service(key: str) -> dict[str, object]:
    return {
        "service": 1,
        "name": f"Followers for {key}",
        "type": "Default",
        "category": f"Cat {key}",
        "rate": "1.0",
        "min": 10,
        "max": 100,
        "desc": key,
    }


JSON = {"Content-Type": "application/json"}
HTML = {"Content-Type": "text/html"}
Reply = tuple[int, dict[str, str], bytes]


def as_json(value: object) -> Reply:
    return 200, JSON, json.dumps(value).encode()


def raw(body: str, headers: dict[str, str] = JSON) -> Reply:
    return 200, headers, body.encode()


def as_html(text: str, status: int = 200) -> Reply:
    return status, HTML, text.encode()


ECHOES: dict[str, Callable[[dict[str, str]], Reply]] = {
    "json auth error": lambda f: as_json({"error": f"Invalid key {f['key']}"}),
    "json refusal": lambda f: as_json({"error": f"No {f['action']} for {f['key']}"}),
    "escaped json": lambda f: raw(f'{{"error": "bad {escaped(f["key"])}"}}'),
    "dash-escaped": lambda f: raw(f'{{"error": "{f["key"]}"}}'.replace("-", "\\u002d")),
    "html page": lambda f: as_html(f"<html><body>Hello {f['key']}</body></html>"),
    "form error": lambda f: as_html(f"error=Invalid+API+key+{quote_plus(f['key'])}"),
    "server error": lambda f: as_html(f"<b>Fatal error</b>: key={f['key']}&action=x", 500),
    "unauthorized": lambda f: (401, {}, f"Unauthorized: {f['key']}".encode()),
    "forbidden page": lambda f: as_html(f"<html>denied {f['key']}</html>", 403),
    "redirect": lambda f: (302, {"Location": f"https://x.example/api?key={f['key']}"}, b""),
    "not found": lambda f: as_html(f"<html>no {f['key']}</html>", 404),
    "rate limited": lambda f: (429, {"Retry-After": "999"}, f"slow down {f['key']}".encode()),
    "php warning": lambda f: as_html(f"<b>Warning</b>: {f['key']} on line 3<br />\n{{"),
    "cut in the key": lambda f: raw(f'{{"error": "{f["key"][:-3]}', {"Content-Length": "999"}),
    "odd shape": lambda f: as_json({"key": f["key"]}),
}  # fmt: skip


@pytest.mark.parametrize("case", list(ECHOES))
def test_an_echoed_key_never_reaches_errors_or_logs(
    case: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with EchoPanel() as echo, PanelClient(echo.url, SECRET, max_retries=0) as client:
        echo.reply = ECHOES[case]
        for call in (client.balance, lambda: client.add(1, {"link": LINK}), client.services):
            with pytest.raises(PanelError) as caught:
                call()
            assert_clean(caught.value)
    assert_logs_clean(caplog)


def test_echoed_key_in_data_is_masked() -> None:
    with EchoPanel() as echo, PanelClient(echo.url, SECRET, max_retries=0) as client:
        echo.reply = lambda f: as_json([echo_service(f["key"])])
        (service,) = client.services()
        assert not leaks(service.name + service.category + service.desc)
        assert service.name == "Followers for ***"
        assert not leaks(client.services_raw().decode())
        echo.reply = lambda f: as_json({"status": f["key"]})
        assert not leaks(client.status(5).status_text)


def test_key_travels_in_the_form_body_with_our_user_agent() -> None:
    with EchoPanel() as echo:
        echo.reply = lambda f: (200, JSON, b'{"balance": "1.5", "currency": "USD"}')
        with PanelClient(echo.url, SECRET) as client:
            assert client.balance().amount == Decimal("1.5")
        with PanelClient(echo.url, SECRET, user_agent="Custom/1.0") as custom:
            custom.balance()
    (path, headers, form), (_, custom_headers, _) = echo.seen
    assert path == "/api/v2"
    assert not leaks(path)
    assert form == {"key": SECRET, "action": "balance"}
    assert headers["User-Agent"] == default_user_agent()
    assert default_user_agent().startswith("SMMDesk/")
    assert "(+desktop)" in default_user_agent()
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert custom_headers["User-Agent"] == "Custom/1.0"


def test_the_key_stays_masked_in_logs_after_its_client_is_closed() -> None:
    # A key no other test uses, with characters that URL-encoding changes.
    key = "sk/closed+client=7e1d9c3b5a"
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(logs.RedactingFilter())
    logger = logging.getLogger("test.client.after_close")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        with SandboxPanel(services=20, seed=3, api_key=key, speed=0.0) as panel:
            client = PanelClient(panel.url, key, max_retries=0)
            assert client.balance().currency == "USD"
            client.close()
        # Written later in the process (a traceback, a late worker): still masked.
        logger.info("late line: %s and %s and %s", key, quote_plus(key), quote(key, safe=""))
    finally:
        logger.removeHandler(handler)
    text = buffer.getvalue()
    assert "late line: *** and *** and ***" in text
    assert "closed" not in text
    assert "7e1d9c3b5a" not in text
