"""How a failed exchange with a panel becomes an error of the taxonomy, with its code and
fields: a request that failed (never sent, or maybe processed), an answer cut off or too large,
an HTTP status that is not 2xx, and an unreadable answer to a call that spends."""

from __future__ import annotations

import email.utils
import socket
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Final

import requests
import urllib3.exceptions

from smmdesk.core.abortable import RequestCancelled
from smmdesk.core.decode import describe_unparseable, loads, raise_if_error, unparseable_kind
from smmdesk.core.errors import (
    AnswerKind,
    AnswerTooLarge,
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportCause,
    TransportError,
    UnknownCause,
)
from smmdesk.core.redaction import KeyRedactor

__all__ = [
    "ExchangeFailures",
    "connect_failure",
    "looks_like_page",
    "never_connected",
    "retry_after",
    "unknown_outcome",
]

_URL_ERRORS = (
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidSchema,
    requests.exceptions.MissingSchema,
)
_ERROR_TEXT_LIMIT: Final = 300  # as much of a bare 401/403 answer as an error keeps


class ExchangeFailures:
    """The errors of one client's exchanges, naming its ``host`` and ``timeouts`` (connect,
    read) and with every text redacted by ``redactor``."""

    def __init__(self, host: str, timeouts: tuple[float, float], redactor: KeyRedactor) -> None:
        self.host = host
        self.timeouts = timeouts
        self.redactor = redactor

    # -- the request ---------------------------------------------------------------------------
    def request(self, error: requests.exceptions.RequestException) -> PanelError:
        """A failed POST: ``TransportError`` only when it provably never left,
        ``OutcomeUnknown`` otherwise."""
        host = self.host
        connect, read = self.timeouts
        if isinstance(error, requests.exceptions.ConnectTimeout):
            message = f"Could not connect to {host} within {connect:g} s"
            return TransportError(
                message, cause=TransportCause.CONNECT_TIMEOUT, host=host, timeout=connect
            )
        if isinstance(error, requests.exceptions.ReadTimeout):
            message = f"{host} did not answer within {read:g} s"
            return OutcomeUnknown(message, cause=UnknownCause.READ_TIMEOUT, host=host, timeout=read)
        reason = self.redactor.reason(error)
        if isinstance(error, requests.exceptions.ConnectionError):
            return self._connection(error, reason)
        if isinstance(error, _URL_ERRORS):
            message = f"The panel URL is not usable ({reason})"
            return TransportError(message, cause=TransportCause.BAD_URL, host=host, detail=reason)
        message = f"The request to {host} failed ({reason})"
        return OutcomeUnknown(message, cause=UnknownCause.FAILED, host=host, detail=reason)

    def _connection(self, error: requests.exceptions.ConnectionError, reason: str) -> PanelError:
        """A connection that failed: before connecting (TLS, proxy, refused, DNS...) nothing
        left; once connected, the request may have been processed."""
        host = self.host
        if isinstance(error, requests.exceptions.SSLError):
            cause, message = TransportCause.TLS, f"Secure connection to {host} failed ({reason})"
        elif isinstance(error, requests.exceptions.ProxyError):
            cause, message = TransportCause.PROXY, f"The proxy refused the connection ({reason})"
        elif isinstance(error, RequestCancelled):
            cause, message = TransportCause.CANCELLED, f"Could not connect to {host} ({reason})"
        else:
            found = connect_failure(error)
            if found is None:
                return OutcomeUnknown(
                    f"The connection to {host} was lost after the request was sent ({reason})",
                    cause=UnknownCause.CONNECTION_LOST,
                    host=host,
                    detail=reason,
                )
            cause, message = found, f"Could not connect to {host} ({reason})"
        return TransportError(message, cause=cause, host=host, detail=reason)

    # -- the answer ----------------------------------------------------------------------------
    def cut_off(self, error: BaseException) -> OutcomeUnknown:
        """Reading the answer failed part-way."""
        reason = self.redactor.reason(error)
        return OutcomeUnknown(
            f"The answer from {self.host} was cut off ({reason})",
            cause=UnknownCause.CUT_OFF,
            host=self.host,
            detail=reason,
        )

    def short(self, received: int, declared: int) -> OutcomeUnknown:
        """The answer ended before its declared Content-Length."""
        counted = f"{received} of {declared} bytes"
        return OutcomeUnknown(
            f"The answer from {self.host} was cut off ({counted})",
            cause=UnknownCause.CUT_OFF,
            host=self.host,
            detail=counted,
        )

    def too_large(self, limit: int) -> AnswerTooLarge:
        return AnswerTooLarge(
            f"{self.host} sent an answer larger than {_size_text(limit)}; gave up reading it",
            limit,
        )

    def refused(self, error: PanelError) -> PanelError:
        """An error a parser raised, scrubbed; a refusal that says "too many requests" becomes
        ``RateLimited`` (so read-only callers back off instead of failing)."""
        if isinstance(error, PanelRejected) and error.code == "rate_limited":
            text = self.redactor.scrub(error.panel_text)
            return RateLimited(self.redactor.scrub(error.message), panel_text=text)
        return self.redactor.scrubbed(error)

    def http_status(self, status: int, headers: Mapping[str, str], body: bytes) -> PanelError:
        """The error for an answer whose HTTP status is not 2xx (429, 5xx, 3xx, 4xx)."""
        text = body.decode("utf-8", errors="replace")
        if status == 429:
            wait = retry_after(headers.get("Retry-After"))
            said = f"; it asks to wait {wait:g} s" if wait is not None else ""
            return RateLimited(
                f"The panel is limiting requests (HTTP 429){said}", wait, http_status=429
            )
        if status >= 500:
            page = unparseable_kind(text) if looks_like_page(text) else None
            said = f" {describe_unparseable(text)}." if page is not None else ""
            snippet = self.redactor.snippet(text)
            return OutcomeUnknown(
                f"The panel's server failed (HTTP {status}).{said} Answer: {snippet!r}",
                cause=UnknownCause.SERVER_ERROR,
                host=self.host,
                http_status=status,
                answer_kind=page,
                snippet=snippet,
            )
        if 300 <= status < 400:
            target = self.redactor.scrub(headers.get("Location", ""))
            return BadResponse(
                f"The panel URL redirects (HTTP {status}) to {target or '?'}; "
                "use that address as the panel URL",
                kind=AnswerKind.REDIRECT,
                http_status=status,
                redirect_to=target,
            )
        return self._client_error(status, body, text)

    def _client_error(self, status: int, body: bytes, text: str) -> PanelError:
        """A 4xx: a JSON or form-encoded error explains itself; anything else by its status."""
        try:
            decoded = loads(body)
        except BadResponse:
            decoded = None
        if isinstance(decoded, dict) and "error" in decoded:
            try:
                raise_if_error(decoded)
            except PanelError as error:
                return self.refused(error)
        page = looks_like_page(text)
        if status in (401, 403) and not page:
            said = self.redactor.scrub(text.strip()[:_ERROR_TEXT_LIMIT])
            return AuthError(
                f"The panel refused the API key: Unauthorized (HTTP {status}) {said}".rstrip(),
                panel_text=said,
                http_status=status,
            )
        snippet = self.redactor.snippet(text)
        if status == 404:
            return BadResponse(
                "The panel URL was not found (HTTP 404); check the API URL",
                snippet,
                kind=AnswerKind.NOT_FOUND,
                http_status=status,
            )
        message = f"The panel refused the request (HTTP {status})"
        if page:
            message += f": {describe_unparseable(text)}"
        return BadResponse(message, snippet, kind=AnswerKind.HTTP_REFUSED, http_status=status)


def unknown_outcome(
    failure: OutcomeUnknown | BadResponse, action: str, what: str
) -> OutcomeUnknown:
    """A failure of a spending ``action`` once its request may have left: the outcome is
    unknown (``what`` says what may have happened, for the message), with the fields of what
    went wrong; an unreadable answer keeps its kind."""
    message = f"{failure.message}; it is unknown whether {what}"
    if isinstance(failure, OutcomeUnknown):
        return OutcomeUnknown(
            message,
            cause=failure.cause,
            host=failure.host,
            timeout=failure.timeout,
            http_status=failure.http_status,
            answer_kind=failure.answer_kind,
            snippet=failure.snippet,
            redirect_to=failure.redirect_to,
            limit=failure.limit,
            detail=failure.detail,
            action=action,
        )
    too_large = failure if isinstance(failure, AnswerTooLarge) else None
    return OutcomeUnknown(
        message,
        cause=UnknownCause.UNREADABLE if too_large is None else UnknownCause.TOO_LARGE,
        http_status=failure.http_status,
        answer_kind=failure.kind,
        snippet=failure.snippet,
        redirect_to=failure.redirect_to,
        limit=None if too_large is None else too_large.limit,
        action=action,
    )


def _chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception it wraps (reason, cause, context, args), depth first."""
    found: list[BaseException] = []
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        for inner in (getattr(current, "reason", None), current.__cause__, current.__context__):
            if isinstance(inner, BaseException):
                pending.append(inner)
        pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
    return found


# The first of these in a chain tells whether the connection was ever made.
_CONNECTION_MARKERS = (
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.ConnectTimeoutError,
    urllib3.exceptions.NameResolutionError,
    socket.gaierror,
    ConnectionRefusedError,
    urllib3.exceptions.ProtocolError,  # the only one saying it was made
)


def _is_dns(error: BaseException) -> bool:
    return isinstance(error, urllib3.exceptions.NameResolutionError | socket.gaierror)


def _is_connect_timeout(error: BaseException) -> bool:
    # urllib3's NewConnectionError subclasses ConnectTimeoutError (for compatibility): not one
    timeout = isinstance(error, urllib3.exceptions.ConnectTimeoutError | TimeoutError)
    return timeout and not isinstance(error, urllib3.exceptions.NewConnectionError)


def _is_refused(error: BaseException) -> bool:
    return isinstance(error, ConnectionRefusedError)


# Most specific first: a DNS failure also arrives wrapped in a NewConnectionError.
_CONNECT_CAUSES: Final = (
    (_is_dns, TransportCause.DNS),
    (_is_connect_timeout, TransportCause.CONNECT_TIMEOUT),
    (_is_refused, TransportCause.REFUSED),
)


def connect_failure(error: BaseException) -> TransportCause | None:
    """Why the connection was never made (DNS, connect timeout, refused, or ``UNREACHABLE``),
    or None when the chain shows it was made or may have been: the request may have left."""
    chain = _chain(error)
    first = next((e for e in chain if isinstance(e, _CONNECTION_MARKERS)), None)
    if first is None or isinstance(first, urllib3.exceptions.ProtocolError):
        return None
    for matches, cause in _CONNECT_CAUSES:
        if any(matches(e) for e in chain):
            return cause
    return TransportCause.UNREACHABLE


def never_connected(error: BaseException) -> bool:
    """True when the chain shows the connection was never made: the request never left."""
    return connect_failure(error) is not None


def looks_like_page(text: str) -> bool:
    """True when an answer's text starts like an HTML page rather than API data."""
    head = text.lstrip()[:200].lower()
    return head.startswith("<") or "<html" in head


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _size_text(limit: int) -> str:
    """A byte count in words for a message ("64 MB", "1.5 MB", "900 bytes")."""
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MB"
    return f"{limit} bytes"
