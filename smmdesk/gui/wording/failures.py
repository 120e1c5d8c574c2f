"""The words for each failure code the core reports: a sentence (with the error's host, seconds,
HTTP status, redirect target or size limit) and a short phrase per transport cause, unknown
outcome cause and answer kind."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import (
    AnswerKind,
    OutcomeUnknown,
    TransportCause,
    TransportError,
    UnknownCause,
)
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate_ltr

__all__ = [
    "answer_sentence",
    "code_phrase",
    "transport_sentence",
    "unknown_sentence",
]

_Words = Callable[[], str]
_MARKER = re.compile(r"%([1-9])")
_MB = 1024 * 1024


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2... replaced in one pass (a value holding "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _MARKER.sub(value, template)


def _seconds(value: float | None) -> str:
    return numbers.fmt_decimal(Decimal(repr(value or 0.0)))


def _host(host: str) -> str:
    # a host name is Latin, left-to-right text: isolated so it sits whole in an Arabic sentence
    return isolate_ltr(host)


# -- sentences -----------------------------------------------------------------------------------
_TRANSPORT: Final[Mapping[TransportCause, _Words]] = {
    TransportCause.CONNECT_TIMEOUT: lambda: QCoreApplication.translate(
        "PanelErrors", "Could not connect to %1 within %2 s."
    ),
    TransportCause.REFUSED: lambda: QCoreApplication.translate(
        "PanelErrors", "Could not connect to %1: the connection was refused."
    ),
    TransportCause.DNS: lambda: QCoreApplication.translate(
        "PanelErrors", "Could not connect to %1: no server has this name."
    ),
    TransportCause.UNREACHABLE: lambda: QCoreApplication.translate(
        "PanelErrors", "Could not connect to %1."
    ),
    TransportCause.TLS: lambda: QCoreApplication.translate(
        "PanelErrors", "The secure connection to %1 failed."
    ),
    TransportCause.PROXY: lambda: QCoreApplication.translate(
        "PanelErrors", "The proxy refused the connection."
    ),
    TransportCause.BAD_URL: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel URL is not usable."
    ),
    TransportCause.CLOSED: lambda: QCoreApplication.translate(
        "PanelErrors", "This panel connection is closed."
    ),
    TransportCause.CANCELLED: lambda: QCoreApplication.translate(
        "PanelErrors", "The request was cancelled before it was sent."
    ),
    TransportCause.MISSING_KEY: lambda: QCoreApplication.translate(
        "PanelErrors", "No API key is set for this panel: nothing was sent."
    ),
}
_UNKNOWN: Final[Mapping[UnknownCause, _Words]] = {
    UnknownCause.READ_TIMEOUT: lambda: QCoreApplication.translate(
        "PanelErrors", "%1 did not answer within %2 s."
    ),
    UnknownCause.CONNECTION_LOST: lambda: QCoreApplication.translate(
        "PanelErrors", "The connection to %1 was lost after the request was sent."
    ),
    UnknownCause.CUT_OFF: lambda: QCoreApplication.translate(
        "PanelErrors", "The answer from %1 was cut off."
    ),
    UnknownCause.FAILED: lambda: QCoreApplication.translate(
        "PanelErrors", "The request to %1 failed."
    ),
}
_ANSWER: Final[Mapping[AnswerKind, _Words]] = {
    AnswerKind.EMPTY: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel sent an empty answer."
    ),
    AnswerKind.NOT_JSON: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel's answer is not JSON."
    ),
    AnswerKind.WEB_PAGE: lambda: QCoreApplication.translate(
        "PanelErrors",
        "The panel answered with a web page (Cloudflare/maintenance?) instead of API data.",
    ),
    AnswerKind.PHP_ERROR: lambda: QCoreApplication.translate(
        "PanelErrors",
        "The panel's server printed a PHP error instead of API data (a panel-side fault).",
    ),
    AnswerKind.TRUNCATED_JSON: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel's answer was cut off or is malformed JSON."
    ),
    AnswerKind.UNEXPECTED_SHAPE: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel's answer has an unexpected shape."
    ),
    AnswerKind.REDIRECT: lambda: QCoreApplication.translate(
        "PanelErrors",
        "The panel URL redirects (HTTP %1) to %2; use that address as the panel URL.",
    ),
    AnswerKind.NOT_FOUND: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel URL was not found (HTTP 404); check the API URL."
    ),
    AnswerKind.HTTP_REFUSED: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel refused the request (HTTP %1)."
    ),
    AnswerKind.TOO_LARGE: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel sent an answer larger than %1 MB; SMMDesk stopped reading it."
    ),
    AnswerKind.NO_SERVICES: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel's service list holds no usable service."
    ),
    AnswerKind.UNREADABLE: lambda: QCoreApplication.translate(
        "PanelErrors", "The panel sent an answer SMMDesk cannot read."
    ),
}
# Sentences that name the host: without one (an error made by hand) the class says it.
_NAMES_HOST: Final = frozenset(
    {
        TransportCause.CONNECT_TIMEOUT,
        TransportCause.REFUSED,
        TransportCause.DNS,
        TransportCause.UNREACHABLE,
        TransportCause.TLS,
    }
)


def transport_sentence(error: TransportError) -> str:
    """Why nothing reached the panel, in one sentence."""
    if not error.host and error.cause in _NAMES_HOST:
        return QCoreApplication.translate("PanelErrors", "Could not reach the panel.")
    return _fill(_TRANSPORT[error.cause](), _host(error.host), _seconds(error.timeout))


def unknown_sentence(error: OutcomeUnknown) -> str:
    """Why the request may or may not have been processed, in one sentence."""
    cause = error.cause
    if cause in (UnknownCause.UNREADABLE, UnknownCause.TOO_LARGE):
        kind = AnswerKind.TOO_LARGE if cause is UnknownCause.TOO_LARGE else error.answer_kind
        return answer_sentence(
            kind or AnswerKind.UNREADABLE,
            http_status=error.http_status,
            redirect_to=error.redirect_to,
            limit=error.limit,
        )
    if cause is UnknownCause.SERVER_ERROR:
        failed = QCoreApplication.translate("PanelErrors", "The panel's server failed (HTTP %1).")
        status = str(error.http_status) if error.http_status else "5xx"
        page = error.answer_kind
        said = f" {_ANSWER[page]()}" if page in (AnswerKind.WEB_PAGE, AnswerKind.PHP_ERROR) else ""
        return _fill(failed, status) + said
    if not error.host:
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel's answer was lost: the request may or may not have been processed.",
        )
    return _fill(_UNKNOWN[cause](), _host(error.host), _seconds(error.timeout))


def answer_sentence(
    kind: AnswerKind,
    *,
    http_status: int | None = None,
    redirect_to: str = "",
    limit: int | None = None,
) -> str:
    """What an answer that is not the expected JSON looks like, in one sentence."""
    if kind is AnswerKind.TOO_LARGE:
        size = Decimal(limit or 0) / _MB
        values: tuple[str, ...] = (numbers.fmt_decimal(round(size, 1)),)
    else:
        values = (str(http_status or ""), isolate_ltr(redirect_to or "?"))
    return _fill(_ANSWER[kind](), *values)


# -- phrases -------------------------------------------------------------------------------------
# A few words naming a cause, to sit in parentheses inside another sentence ("Could not check
# orders (%1)"). Keyed by the code's value, so a code kept in the database reads the same.
_PHRASES: Final[Mapping[str, _Words]] = {
    TransportCause.CONNECT_TIMEOUT: lambda: QCoreApplication.translate(
        "PanelErrors", "no connection in time"
    ),
    TransportCause.REFUSED: lambda: QCoreApplication.translate("PanelErrors", "connection refused"),
    TransportCause.DNS: lambda: QCoreApplication.translate(
        "PanelErrors", "no server has this name"
    ),
    TransportCause.UNREACHABLE: lambda: QCoreApplication.translate("PanelErrors", "no connection"),
    TransportCause.TLS: lambda: QCoreApplication.translate(
        "PanelErrors", "secure connection failed"
    ),
    TransportCause.PROXY: lambda: QCoreApplication.translate(
        "PanelErrors", "proxy refused the connection"
    ),
    TransportCause.BAD_URL: lambda: QCoreApplication.translate("PanelErrors", "unusable panel URL"),
    TransportCause.CLOSED: lambda: QCoreApplication.translate("PanelErrors", "connection closed"),
    TransportCause.CANCELLED: lambda: QCoreApplication.translate(
        "PanelErrors", "request cancelled"
    ),
    TransportCause.MISSING_KEY: lambda: QCoreApplication.translate("PanelErrors", "API key needed"),
    UnknownCause.READ_TIMEOUT: lambda: QCoreApplication.translate(
        "PanelErrors", "no answer in time"
    ),
    UnknownCause.CONNECTION_LOST: lambda: QCoreApplication.translate(
        "PanelErrors", "connection lost"
    ),
    UnknownCause.CUT_OFF: lambda: QCoreApplication.translate("PanelErrors", "answer cut off"),
    UnknownCause.SERVER_ERROR: lambda: QCoreApplication.translate("PanelErrors", "server error"),
    UnknownCause.TOO_LARGE: lambda: QCoreApplication.translate("PanelErrors", "answer too large"),
    UnknownCause.FAILED: lambda: QCoreApplication.translate("PanelErrors", "no answer"),
    AnswerKind.EMPTY: lambda: QCoreApplication.translate("PanelErrors", "empty answer"),
    AnswerKind.NOT_JSON: lambda: QCoreApplication.translate("PanelErrors", "answer is not JSON"),
    AnswerKind.WEB_PAGE: lambda: QCoreApplication.translate(
        "PanelErrors", "a web page instead of API data"
    ),
    AnswerKind.PHP_ERROR: lambda: QCoreApplication.translate(
        "PanelErrors", "a PHP error instead of API data"
    ),
    AnswerKind.TRUNCATED_JSON: lambda: QCoreApplication.translate(
        "PanelErrors", "answer cut off or malformed"
    ),
    AnswerKind.UNEXPECTED_SHAPE: lambda: QCoreApplication.translate(
        "PanelErrors", "unexpected answer"
    ),
    AnswerKind.REDIRECT: lambda: QCoreApplication.translate(
        "PanelErrors", "the URL redirects elsewhere"
    ),
    AnswerKind.NOT_FOUND: lambda: QCoreApplication.translate("PanelErrors", "API URL not found"),
    AnswerKind.HTTP_REFUSED: lambda: QCoreApplication.translate(
        "PanelErrors", "refused by the web server"
    ),
    AnswerKind.NO_SERVICES: lambda: QCoreApplication.translate("PanelErrors", "no usable service"),
    # UnknownCause.UNREADABLE and AnswerKind.UNREADABLE share their value
    AnswerKind.UNREADABLE: lambda: QCoreApplication.translate("PanelErrors", "unreadable answer"),
}


def code_phrase(code: str) -> str | None:
    """A few words for a ``TransportCause``, ``UnknownCause`` or ``AnswerKind`` value (as
    ``core.errors.reason_code`` gives it), or None for any other code."""
    words = _PHRASES.get(code)
    return words() if words is not None else None
