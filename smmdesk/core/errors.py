"""The error taxonomy every layer above the client speaks: each error carries a code (a cause or
answer kind) and the fields a sentence needs; its English ``message`` is for logs only. Also the
normalisation of a panel's error text into a refusal code."""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = [
    "AnswerKind",
    "AnswerTooLarge",
    "AuthError",
    "BadResponse",
    "MissingKey",
    "OutcomeUnknown",
    "PanelError",
    "PanelRejected",
    "RateLimited",
    "TransportCause",
    "TransportError",
    "UnknownCause",
    "normalise_error_code",
    "reason_code",
]


class TransportCause(StrEnum):
    """Why nothing reached the panel (``TransportError.cause``)."""

    CONNECT_TIMEOUT = "connect_timeout"  # no connection within ``timeout`` seconds
    REFUSED = "refused"  # the host refused the connection (nothing listens there)
    DNS = "dns"  # no server has this name
    TLS = "tls"  # the secure connection failed (certificate, handshake)
    PROXY = "proxy"  # the proxy refused the connection
    UNREACHABLE = "unreachable"  # any other failure to connect (no route, network down)
    BAD_URL = "bad_url"  # the panel URL cannot be used for a request
    CLOSED = "closed"  # this client was closed
    CANCELLED = "cancelled"  # the app cut the request before it was sent (shutdown)
    MISSING_KEY = "missing_key"  # there is no API key: nothing was sent


class UnknownCause(StrEnum):
    """Why the request may or may not have been processed (``OutcomeUnknown.cause``)."""

    READ_TIMEOUT = "read_timeout"  # no answer within ``timeout`` seconds
    CONNECTION_LOST = "connection_lost"  # the connection broke after the request was sent
    CUT_OFF = "cut_off"  # the answer stopped before its end
    SERVER_ERROR = "server_error"  # HTTP 5xx (``http_status``; ``answer_kind`` of its page)
    UNREADABLE = "unreadable"  # a spending call's answer could not be read (``answer_kind``)
    TOO_LARGE = "too_large"  # the answer grew past ``limit`` bytes
    FAILED = "failed"  # any other failure after the request may have left


class AnswerKind(StrEnum):
    """What an answer that is not the expected JSON looks like (``BadResponse.kind``)."""

    EMPTY = "empty"  # nothing at all
    NOT_JSON = "not_json"  # text that is not JSON
    WEB_PAGE = "web_page"  # an HTML page (a firewall check, maintenance, a wrong URL)
    PHP_ERROR = "php_error"  # the panel's server printed a PHP error
    TRUNCATED_JSON = "truncated_json"  # JSON that is cut off or malformed
    UNEXPECTED_SHAPE = "unexpected_shape"  # JSON, but not what the action answers
    REDIRECT = "redirect"  # HTTP 3xx to ``redirect_to``
    NOT_FOUND = "not_found"  # HTTP 404: no API at this URL
    HTTP_REFUSED = "http_refused"  # another HTTP 4xx (``http_status``)
    TOO_LARGE = "too_large"  # larger than the client reads (``AnswerTooLarge.limit``)
    NO_SERVICES = "no_services"  # a service list without one usable service
    UNREADABLE = "unreadable"  # none of the above was said (errors made by hand)


class PanelError(Exception):
    """Base of every error the client raises.

    Subclasses carry a code and the fields a sentence needs; the GUI words an error from them.
    ``message`` (also ``str()``) is English for logs and never contains the API key: the client
    redacts every snippet and detail before building one.
    """

    #: what the user should do next, in English (for logs and the core's own English texts)
    hint: str = ""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class AuthError(PanelError):
    """The panel refused the API key. ``panel_text`` is what it said ("" if nothing);
    ``http_status`` is set when it refused with HTTP 401/403."""

    hint = "Check the API key in the panel settings (copy it again from the panel's API page)."
    #: the refusal code, as ``PanelRejected.code`` (an auth refusal is always this one)
    code = "auth"

    def __init__(
        self, message: str, *, panel_text: str = "", http_status: int | None = None
    ) -> None:
        self.panel_text = panel_text
        self.http_status = http_status
        super().__init__(message)


class PanelRejected(PanelError):
    """The panel answered ``{"error": ...}``: the request was processed and refused.

    ``code`` is a normalised code (``insufficient_funds``, ``bad_link``...) or ``"other"``;
    ``panel_text`` is the panel's own text, kept readable for the user.
    """

    def __init__(self, panel_text: str, code: str | None = None) -> None:
        self.panel_text = panel_text.strip() or "(empty error)"
        self.code = code or normalise_error_code(self.panel_text)
        super().__init__(f"The panel refused the request: {self.panel_text}")


class TransportError(PanelError):
    """Nothing reached the panel. ``cause`` says why; ``host`` is the panel's host (with its
    port, if the URL names one), ``timeout`` the connect timeout that ran out (seconds),
    ``detail`` the redacted low-level reason (for logs and a "details" line)."""

    hint = "Check the panel URL and your internet connection, then try again."

    def __init__(
        self,
        message: str,
        *,
        cause: TransportCause = TransportCause.UNREACHABLE,
        host: str = "",
        timeout: float | None = None,
        detail: str = "",
    ) -> None:
        self.cause = cause
        self.host = host
        self.timeout = timeout
        self.detail = detail
        super().__init__(message)


class MissingKey(TransportError):
    """The client has no API key: it refused to send anything (nothing reached the panel).
    Its cause is always ``TransportCause.MISSING_KEY``."""

    hint = "Enter the panel's API key (from the panel's API page)."

    def __init__(
        self, message: str = "No API key is set for this panel; nothing was sent", *, host: str = ""
    ) -> None:
        super().__init__(message, cause=TransportCause.MISSING_KEY, host=host)


class OutcomeUnknown(PanelError):
    """The request may have been processed (read timeout, lost connection, cut-off or unreadable
    answer, 5xx). For ``add``/``refill``/``cancel`` it must never be retried automatically.

    ``cause`` says why; the other fields are set where they apply: ``host``; ``timeout`` (the
    read timeout, seconds); ``http_status`` (a 5xx, or the status of an unreadable answer);
    ``answer_kind`` (what the page of a 5xx or an unreadable answer looks like); ``snippet``
    (its redacted start); ``redirect_to`` (an unreadable answer that redirected); ``limit``
    (bytes, for ``TOO_LARGE``); ``detail`` (the redacted low-level reason); ``action`` (the API
    action whose outcome is unknown, when it spends or changes something: ``add``...).
    """

    hint = "Check the order list on the panel before trying again: it may have been placed."

    def __init__(
        self,
        message: str,
        *,
        cause: UnknownCause = UnknownCause.FAILED,
        host: str = "",
        timeout: float | None = None,
        http_status: int | None = None,
        answer_kind: AnswerKind | None = None,
        snippet: str = "",
        redirect_to: str = "",
        limit: int | None = None,
        detail: str = "",
        action: str = "",
    ) -> None:
        self.cause = cause
        self.host = host
        self.timeout = timeout
        self.http_status = http_status
        self.answer_kind = answer_kind
        self.snippet = snippet
        self.redirect_to = redirect_to
        self.limit = limit
        self.detail = detail
        self.action = action
        super().__init__(message)


class BadResponse(PanelError):
    """The panel answered something that is not the expected JSON. ``kind`` says what it looks
    like; ``snippet`` is its redacted start; ``http_status`` is set for an HTTP-level refusal
    (3xx, 4xx); ``redirect_to`` (redacted) for a redirect."""

    hint = "The panel sent an unexpected page (maintenance, firewall or a wrong API URL)."

    def __init__(
        self,
        message: str,
        snippet: str = "",
        *,
        kind: AnswerKind = AnswerKind.UNREADABLE,
        http_status: int | None = None,
        redirect_to: str = "",
    ) -> None:
        self.snippet = snippet
        self.kind = kind
        self.http_status = http_status
        self.redirect_to = redirect_to
        super().__init__(f"{message}: {snippet!r}" if snippet else message)


class AnswerTooLarge(BadResponse):
    """The answer grew past the client's size limit (``limit`` bytes) and was abandoned.

    Final for a read-only call: downloading it again would only repeat the waste. For
    ``add``/``refill``/``cancel`` the request was processed, so the client reports
    ``OutcomeUnknown`` (cause ``TOO_LARGE``) instead.
    """

    hint = "The panel sent far more data than an API answer holds; check the panel URL."

    def __init__(self, message: str, limit: int) -> None:
        self.limit = limit
        super().__init__(message, kind=AnswerKind.TOO_LARGE)


class RateLimited(PanelError):
    """The panel asked us to slow down: HTTP 429 (``http_status``), or an error text saying so
    (``panel_text``). ``retry_after`` is in seconds, if given."""

    hint = "The panel limits how often it can be asked; SMMDesk will wait and try again."

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        *,
        panel_text: str = "",
        http_status: int | None = None,
    ) -> None:
        self.retry_after = retry_after
        self.panel_text = panel_text
        self.http_status = http_status
        super().__init__(message)


def reason_code(error: PanelError) -> str:
    """The most specific code of an error, to keep beside an order or an event: the refusal
    code of ``PanelRejected``/``AuthError``, ``"rate_limited"``, a ``TransportCause``, an
    ``UnknownCause`` (the ``AnswerKind`` of an unreadable answer instead), an ``AnswerKind``,
    or ``"other"``. The GUI words each of them."""
    if isinstance(error, PanelRejected | AuthError):
        return error.code
    if isinstance(error, RateLimited):
        return "rate_limited"
    if isinstance(error, TransportError):
        return error.cause.value
    if isinstance(error, OutcomeUnknown):
        if error.cause is UnknownCause.UNREADABLE and error.answer_kind is not None:
            return error.answer_kind.value
        return error.cause.value
    if isinstance(error, BadResponse):
        return error.kind.value
    return "other"


# Order matters: the first pattern that matches wins. Patterns are matched against the
# lower-cased text with runs of non-alphanumerics folded to one space, so translation keys
# such as "neworder.error.not_enough_funds" read as "neworder error not enough funds".
_CODE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "auth",
        r"\b(invalid|incorrect|wrong|bad) (api )?key\b|\bapi key\b.*\b(invalid|incorrect)|"
        r"\bkey (is )?(invalid|incorrect)\b|\bunauthori[sz]ed\b",
    ),
    (
        "insufficient_funds",
        r"not enough (funds|balance|money)|insufficient (funds|balance)|"
        r"low balance",
    ),
    ("duplicate_active_order", r"active order with this link|link duplicate|duplicate link"),
    ("bad_link", r"\b(bad|incorrect|invalid|wrong) link\b|link (is )?(invalid|incorrect)"),
    (
        "quantity_out_of_range",
        r"quantity (less|more|greater|lower|higher) than|"
        r"(min|max)(imal|imum)? quantity|quantity (is )?(too|out of)|incorrect quantity",
    ),
    ("disabled_service", r"disabled service"),
    ("unknown_service", r"(incorrect|invalid|unknown|bad) service( id)?\b|service (id )?not found"),
    (
        "refill_not_allowed",
        r"refill is disabled|not eligible for refill|refill (is )?not (allowed|"
        r"available)|refill task is not completed",
    ),
    ("unknown_refill", r"refill not found|(incorrect|invalid) refill"),
    ("unknown_order", r"(incorrect|invalid|unknown|bad) order( id)?\b|order (id )?not found"),
    (
        "cancel_not_allowed",
        r"cancel(lation)? (is )?(disabled|not (allowed|available))|"
        r"cannot be cancel",
    ),
    (
        "unsupported_action",
        r"incorrect request|invalid action|unknown action|"
        r"action (is )?not (supported|allowed|found)|incorrect action",
    ),
    ("rate_limited", r"too many requests|rate limit"),
)
_COMPILED = tuple((code, re.compile(pat)) for code, pat in _CODE_PATTERNS)


def normalise_error_code(text: str) -> str:
    """Map a panel's error text (or raw translation key) to a stable code, else ``"other"``."""
    folded = re.sub(r"[^0-9a-z]+", " ", text.lower().replace("_", " ")).strip()
    for code, pattern in _COMPILED:
        if pattern.search(folded):
            return code
    return "other"
