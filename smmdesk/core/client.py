"""PanelClient: one HTTP session per panel, one method per API action, every failure raised as
an error of the taxonomy; read-only actions retried with backoff, add/refill/cancel sent exactly
once. (A little over 400 lines: one class whose actions and two sending disciplines belong
together.)"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

import smmdesk
from smmdesk.core import logs, parse
from smmdesk.core.errors import (
    BadResponse,
    MissingKey,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportCause,
    TransportError,
)
from smmdesk.core.failures import ExchangeFailures, looks_like_page, unknown_outcome
from smmdesk.core.models import (
    AddResult,
    Balance,
    CancelResult,
    OrderState,
    RefillResult,
    RefillState,
    Service,
)
from smmdesk.core.redaction import KeyRedactor

__all__ = ["MAX_ANSWER_BYTES", "MAX_IDS_PER_REQUEST", "PanelClient", "default_user_agent"]

log = logging.getLogger(__name__)

#: panels accept up to 100 ids in one multi-id request
MAX_IDS_PER_REQUEST: Final = 100
#: the largest answer read (a 10k+ catalogue is a few MB; anything near this is wrong)
MAX_ANSWER_BYTES: Final = 64 * 1024 * 1024
_MAX_BACKOFF: Final = 8.0
_CHUNK: Final = 256 * 1024
_T = TypeVar("_T")

# Failures that may be retried for read-only actions.
_RETRYABLE = (TransportError, OutcomeUnknown, RateLimited)


def default_user_agent() -> str:
    return f"SMMDesk/{smmdesk.__version__} (+desktop)"


class _Answer:
    """A received answer: status, headers and the (already redacted) body."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


class PanelClient:
    """Speaks API v2 to one panel. Methods return core models or raise ``PanelError``s.

    ``sleep`` and ``rng`` are injectable so tests can run retries without waiting;
    ``max_wait`` caps how long a ``Retry-After`` may hold a retry (longer: raise at once);
    ``max_body`` is the largest answer read, in bytes (beyond it: ``AnswerTooLarge``).

    The API key is masked in every log line from the moment a client is made until the
    process ends (closing the client does not end it: its key may still turn up in a log
    line written later, e.g. in a traceback).
    """

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        user_agent: str | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        max_wait: float = 30.0,
        max_body: int = MAX_ANSWER_BYTES,
    ) -> None:
        self._url = _normalise_url(url)
        self._key = api_key
        logs.register_secret(api_key)
        self._redactor = KeyRedactor(api_key)
        # errors name the host (and port) without any user info the URL may carry
        self._host = self._redactor.scrub(urlsplit(self._url).netloc.rpartition("@")[2])
        self._timeouts = (connect_timeout, read_timeout)
        self._failures = ExchangeFailures(self._host, self._timeouts, self._redactor)
        self._max_retries = max(0, max_retries)
        self._backoff = max(0.0, backoff)
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._max_wait = max_wait
        self._max_body = max(1, max_body)
        self._own_session = session is None
        self._session = session or requests.Session()
        # Per request, so a session handed in by the caller is left as it was.
        self._headers = {
            "User-Agent": user_agent or default_user_agent(),
            "Accept": "application/json, text/plain;q=0.5, */*;q=0.1",
        }
        self._closed = False

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self._url

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._own_session:
            self._session.close()
        # The key stays registered with logs (see the class docstring): never forgotten.

    def __enter__(self) -> PanelClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PanelClient({self._redactor.scrub(self._url)!r})"

    # -- read-only actions (retried) ------------------------------------------------------------

    def services(self) -> list[Service]:
        """The panel's catalogue. Malformed entries are skipped and logged."""
        services, problems = self._read("services", {}, parse.parse_services_report)
        if problems:
            log.warning(
                "services: skipped %d malformed entr%s, e.g. %s",
                len(problems),
                "y" if len(problems) == 1 else "ies",
                "; ".join(problems[:3]),
            )
        return services

    def services_raw(self) -> bytes:
        """The ``services`` answer as JSON bytes (for caching), checked to be a catalogue.

        A PHP warning in front of the JSON is dropped; the key never appears in the bytes.
        """
        return self._read("services", {}, _catalogue_bytes)

    def status(self, order_id: int) -> OrderState:
        return self._read(
            "status", {"order": str(order_id)}, partial(parse.parse_status, order_id=order_id)
        )

    def statuses(self, order_ids: Iterable[int]) -> dict[int, OrderState | PanelRejected]:
        """States of many orders, ≤100 ids per request. Orders the panel does not mention are
        absent from the result."""
        result: dict[int, OrderState | PanelRejected] = {}
        for chunk in _chunks(order_ids):
            params = {"orders": _joined(chunk)}
            result.update(self._read("status", params, partial(parse.parse_statuses, ids=chunk)))
        return result

    def balance(self) -> Balance:
        return self._read("balance", {}, parse.parse_balance)

    def refill_status(self, refill_id: int) -> RefillState:
        parser = partial(parse.parse_refill_status, refill_id=refill_id)
        return self._read("refill_status", {"refill": str(refill_id)}, parser)

    def refill_statuses(self, refill_ids: Iterable[int]) -> dict[int, RefillState]:
        """States of many refills, ≤100 ids per request; unmentioned refills are absent."""
        result: dict[int, RefillState] = {}
        for chunk in _chunks(refill_ids):
            parser = partial(parse.parse_refill_statuses, ids=chunk)
            result.update(self._read("refill_status", {"refills": _joined(chunk)}, parser))
        return result

    # -- actions that change things (sent exactly once) -------------------------------------------

    def add(self, service_id: int, params: Mapping[str, str]) -> AddResult:
        """Place an order; returns the panel's order id, with any text the panel sent beside
        it as a warning (an answer with a usable id is an order). Never retried: any failure
        after the request may have left is ``OutcomeUnknown``; an answer with an error and no
        usable id raises ``PanelRejected``/``AuthError``."""
        form = {name: str(value) for name, value in params.items()}
        form["service"] = str(service_id)
        answer = self._once("add", form, "the order was placed", created="order")
        return self._parsed_once(parse.parse_add, answer.body, "add", "the order was placed")

    def refill(self, order_id: int) -> RefillResult:
        """Ask for a refill of one order; returns it accepted with the panel's refill id (and
        any text beside it as a warning), or raises as ``add`` does. Never retried."""
        what = "the refill was started"
        answer = self._once("refill", {"order": str(order_id)}, what, created="refill")
        parser = partial(parse.parse_refill, order_id=order_id)
        return self._parsed_once(parser, answer.body, "refill", what)

    def refills(self, order_ids: Iterable[int]) -> list[RefillResult]:
        """Refill up to 100 orders in one request (a bigger batch is the caller's to split, so a
        failure never hides which part was sent). Never retried."""
        ids = _bounded(order_ids)
        what = "the refills were started"
        answer = self._once("refill", {"orders": _joined(ids)}, what)
        return self._parsed_once(parse.parse_refills, answer.body, "refill", what)

    def cancel(self, order_ids: Iterable[int]) -> list[CancelResult]:
        """Cancel up to 100 orders in one request. Never retried."""
        ids = _bounded(order_ids)
        what = "the orders were canceled"
        answer = self._once("cancel", {"orders": _joined(ids)}, what)
        return self._parsed_once(parse.parse_cancel, answer.body, "cancel", what)

    # -- plumbing --------------------------------------------------------------------------------

    def _parsed(self, parser: Callable[[Any], _T], body: Any) -> _T:
        """Run a parser; its errors come back scrubbed, and a rate-limit refusal becomes
        ``RateLimited`` (so read-only callers back off instead of failing)."""
        try:
            return parser(body)
        except PanelError as error:
            raise self._failures.refused(error) from None

    def _parsed_once(
        self, parser: Callable[[bytes], _T], body: bytes, action: str, what: str
    ) -> _T:
        """``_parsed`` for actions that spend or change something: an answer we cannot read
        does not tell whether the panel acted, so it is ``OutcomeUnknown``."""
        try:
            return self._parsed(parser, body)
        except BadResponse as bad:
            raise unknown_outcome(bad, action, what) from None

    def _read(self, action: str, params: Mapping[str, str], parser: Callable[[bytes], _T]) -> _T:
        """A read-only request, parsed; retried on transport failures, 5xx and rate limits,
        and once on a web page where JSON belongs (a Cloudflare check or a maintenance page
        often clears within seconds). An answer over the size limit is final."""
        self._check_usable()
        attempts = 1 + self._max_retries
        page_retried = False
        for attempt in range(attempts):
            answer: _Answer | None = None
            failure: PanelError
            try:
                answer = self._exchange(action, params)
                return self._parsed(parser, answer.body)
            except _RETRYABLE as error:
                failure = error
            except BadResponse as error:
                if page_retried or answer is None or not _is_page(answer.body):
                    raise
                page_retried = True
                failure = error
            if attempt + 1 >= attempts:
                raise failure
            delay = self._delay(attempt, failure)
            if delay is None:
                raise failure
            log.warning(
                "%s failed (%s: %s); retry %d/%d in %.1f s",
                action,
                type(failure).__name__,
                failure.message,
                attempt + 1,
                attempts - 1,
                delay,
            )
            self._sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _once(
        self, action: str, params: Mapping[str, str], what: str, *, created: str | None = None
    ) -> _Answer:
        """A request that spends or changes something: sent exactly once. Once it may have
        left, any failure is ``OutcomeUnknown`` saying so; ``TransportError`` only when it
        provably never left, ``RateLimited``/``AuthError``/``PanelRejected`` when refused.

        ``created`` names the field of the id such a request creates (``order``, ``refill``):
        an answer carrying a usable one is handed to the parser whatever its HTTP status, for
        an answer with an id is an order even when the panel reports it as a 4xx or 5xx."""
        self._check_usable()
        try:
            answer = self._send(action, params)
            if created is not None and _names_an_id(answer.body, created):
                return answer
            return self._checked(answer)
        except (OutcomeUnknown, BadResponse) as failure:
            log.debug("%s: %s: %s", action, type(failure).__name__, failure.message)
            raise unknown_outcome(failure, action, what) from None
        except PanelError as failure:
            log.debug("%s: %s: %s", action, type(failure).__name__, failure.message)
            raise

    def _check_usable(self) -> None:
        """Refuse before anything is sent: a closed client, or one without a key (a key-less
        request would only earn an "invalid key" answer and send the panel a request for
        nothing)."""
        if self._closed:
            message = "This panel connection is closed"
            raise TransportError(message, cause=TransportCause.CLOSED, host=self._host)
        if not self._key.strip():
            raise MissingKey(host=self._host)

    def _exchange(self, action: str, params: Mapping[str, str]) -> _Answer:
        """One request and its HTTP-level checks; failures are logged (scrubbed) here."""
        try:
            return self._checked(self._send(action, params))
        except PanelError as failure:
            log.debug("%s: %s: %s", action, type(failure).__name__, failure.message)
            raise

    def _delay(self, attempt: int, failure: PanelError) -> float | None:
        """Seconds before the next attempt: Retry-After when the panel gave one (None if it asks
        for longer than ``max_wait``), else jittered exponential backoff."""
        if isinstance(failure, RateLimited) and failure.retry_after is not None:
            if failure.retry_after > self._max_wait:
                return None
            return max(0.0, failure.retry_after)
        ceiling = min(_MAX_BACKOFF, self._backoff * 2.0**attempt)
        return ceiling / 2 + self._rng.random() * ceiling / 2

    def _send(self, action: str, params: Mapping[str, str]) -> _Answer:
        """POST once and read the whole answer; transport failures mapped to the taxonomy."""
        form = {"key": self._key, "action": action, **params}
        started = time.monotonic()
        try:
            response = self._session.post(
                self._url,
                data=form,
                headers=self._headers,
                timeout=self._timeouts,
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.RequestException as error:
            raise self._failures.request(error) from None
        try:
            body = self._read_body(response)
        finally:
            response.close()
        body = self._redactor.scrub_bytes(body)
        log.debug(
            "POST %s action=%s params=%s -> HTTP %d, %d bytes in %.0f ms",
            self._redactor.scrub(self._url),
            action,
            ",".join(sorted(params)) or "-",
            response.status_code,
            len(body),
            (time.monotonic() - started) * 1000,
        )
        return _Answer(response.status_code, response.headers, body)

    def _read_body(self, response: requests.Response) -> bytes:
        parts: list[bytes] = []
        size = 0
        try:
            for part in response.iter_content(_CHUNK):
                parts.append(part)
                size += len(part)
                if size > self._max_body:
                    raise self._failures.too_large(self._max_body)
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ConnectionError,
            requests.exceptions.ContentDecodingError,
            requests.exceptions.ReadTimeout,
            urllib3.exceptions.HTTPError,
            OSError,
        ) as error:
            raise self._failures.cut_off(error) from None
        body = b"".join(parts)
        # requests does not always notice a body shorter than its Content-Length.
        declared = response.headers.get("Content-Length", "")
        encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
        if declared.isdigit() and not encoded and int(declared) != len(body):
            raise self._failures.short(len(body), int(declared))
        return body

    def _checked(self, answer: _Answer) -> _Answer:
        """Map HTTP-level failures (429, 5xx, redirects, 4xx) to errors; 2xx passes."""
        if 200 <= answer.status < 300:
            return answer
        raise self._failures.http_status(answer.status, answer.headers, answer.body)


def _names_an_id(body: bytes, field: str) -> bool:
    """Whether an answer is an object carrying a usable id in ``field``."""
    try:
        decoded = parse.loads(body)
    except BadResponse:
        return False
    return isinstance(decoded, dict) and parse.usable_id(decoded.get(field)) is not None


def _catalogue_bytes(body: bytes) -> bytes:
    """``body`` if it is a catalogue answer; JSON found behind PHP noise is re-encoded."""
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        decoded = parse.loads(body)
        body = json.dumps(decoded, ensure_ascii=False).encode("utf-8")
    parse.service_entries(decoded)
    return body


def _normalise_url(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("The panel URL must look like https://panel.example/api/v2")
    return url


def _is_page(body: bytes) -> bool:
    """True when a (2xx) answer is an HTML page rather than API data."""
    return looks_like_page(body[:1024].decode("utf-8", errors="replace"))


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def _chunks(ids: Iterable[int]) -> list[list[int]]:
    unique = _unique(ids)
    return [
        unique[start : start + MAX_IDS_PER_REQUEST]
        for start in range(0, len(unique), MAX_IDS_PER_REQUEST)
    ]


def _bounded(ids: Iterable[int]) -> list[int]:
    unique = _unique(ids)
    if not unique:
        raise ValueError("No order ids given")
    if len(unique) > MAX_IDS_PER_REQUEST:
        raise ValueError(f"At most {MAX_IDS_PER_REQUEST} orders per request")
    return unique


def _joined(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in ids)
