"""What "Check & save" does besides showing the dialog: read the typed panel URL, ask the panel
for its balance, and explain a failed check in words a user can act on."""

from __future__ import annotations

import ipaddress
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import (
    AnswerKind,
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
from smmdesk.core.models import Balance
from smmdesk.gui.runtime.gateway import ClientOptions, ClientTarget, build_client
from smmdesk.gui.wording.bidi import isolate, isolate_ltr
from smmdesk.gui.wording.errors import describe_error

__all__ = [
    "check_panel",
    "describe_check_error",
    "is_firewall",
    "is_insecure_url",
    "name_from_url",
    "normalise_url",
    "scrub",
    "url_problem",
]

# Parameters that would put the secret (or the request itself) into the stored URL.
_FORBIDDEN_QUERY = frozenset({"key", "api_key", "apikey", "action"})

# Text found on firewall / bot-check pages (Cloudflare and its look-alikes).
_FIREWALL_MARKERS = (
    "cloudflare",
    "just a moment",
    "checking if the site connection is secure",
    "access denied",
    "attention required",
    "cf-ray",
    "cf_chl",
    "challenge-platform",
    "checking your browser",
    "ddos-guard",
    "sucuri",
    "captcha",
)


def normalise_url(text: str) -> str:
    """Trim the typed URL and give it https:// when no scheme was typed."""
    url = text.strip()
    if url and "://" not in url:
        url = "https://" + url
    return url


def name_from_url(url: str) -> str:
    """A profile name for a URL: its host without a leading www."""
    host = urlsplit(normalise_url(url)).hostname or ""
    return host.removeprefix("www.")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_insecure_url(url: str) -> bool:
    """True when the key would travel in clear text: http:// to anything but this machine."""
    parts = urlsplit(normalise_url(url))
    return parts.scheme.lower() == "http" and not _is_loopback(parts.hostname or "")


def url_problem(url: str) -> str | None:
    """Why this URL cannot be used at all, or None."""
    if not url:
        return QCoreApplication.translate(
            "ConnectDialog", "Enter the panel's API URL (it is shown on the panel's API page)."
        )
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return QCoreApplication.translate(
            "ConnectDialog",
            "This does not look like a web address. Example: https://example.com/api/v2",
        )
    for name, _value in parse_qsl(parts.query, keep_blank_values=True):
        if name.lower() in _FORBIDDEN_QUERY:
            return QCoreApplication.translate(
                "ConnectDialog",
                "The URL contains the API key or an action. Enter the address without them "
                "(the key goes in its own field).",
            )
    return None


def check_panel(
    url: str,
    key: str,
    user_agent: str | None,
    connect_timeout: float,
    read_timeout: float,
    retries: int,
) -> Balance:
    """Ask the panel for its balance: the one request that proves the URL and the key (runs on a
    worker thread)."""
    options: ClientOptions = {
        "connect_timeout": connect_timeout,
        "read_timeout": read_timeout,
        "max_retries": retries,
    }
    client = build_client(ClientTarget(url, key, user_agent), options)
    try:
        return client.balance()
    finally:
        client.close()


def scrub(text: str, key: str) -> str:
    """Belt and braces: whatever an error says, the key never reaches the screen."""
    return text.replace(key, "••••••") if len(key) >= 4 else text


def _answer(exc: object) -> str:
    """The start of the panel's answer an error quotes (its own data, never our wording)."""
    if isinstance(exc, BadResponse | OutcomeUnknown):
        return exc.snippet
    return ""


def is_firewall(exc: object) -> bool:
    """True when a firewall or bot check (Cloudflare and its look-alikes) answered instead of
    the panel's API."""
    answer = _answer(exc).lower()
    if any(marker in answer for marker in _FIREWALL_MARKERS):
        return True
    # mod_security and friends refuse with a bare 403/406 page
    return (
        isinstance(exc, BadResponse)
        and exc.kind is AnswerKind.HTTP_REFUSED
        and exc.http_status in (403, 406)
    )


def describe_check_error(exc: object, url: str) -> str:
    """What went wrong while checking a panel, in one or two sentences a user can act on."""
    # a host name is Latin, left-to-right text: isolated so it sits whole in an Arabic sentence
    host = isolate_ltr(urlsplit(url).hostname or url)
    if isinstance(exc, AuthError) or (isinstance(exc, PanelRejected) and exc.code == "auth"):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel refused this API key. Copy it again from the panel's API page "
            "(it may have been regenerated).",
        )
    if is_firewall(exc):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel's firewall (Cloudflare or similar) answered instead of the API. "
            "Try again later, or set a browser User-Agent under Advanced — some panels "
            "block programs that do not look like a browser.",
        )
    if isinstance(exc, BadResponse):
        return _unreadable_text(exc)
    if isinstance(exc, TransportError):
        return _unreachable_text(exc, host)
    if isinstance(exc, OutcomeUnknown):
        return _no_answer_text(exc, host)
    return _other_text(exc)


def _unreadable_text(exc: BadResponse) -> str:
    if exc.kind is AnswerKind.REDIRECT:
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel URL redirects to another address: {target}. Use that address as the "
            "panel URL.",
        ).format(target=isolate_ltr(exc.redirect_to or "?"))
    page = exc.kind in (AnswerKind.NOT_FOUND, AnswerKind.WEB_PAGE)
    if page or exc.snippet.lstrip().startswith("<"):
        return QCoreApplication.translate(
            "ConnectDialog",
            "This address answered with a web page, not the panel API — check the URL "
            "(usually ends in /api/v2).",
        )
    return QCoreApplication.translate(
        "ConnectDialog",
        "The panel's answer could not be read as the panel API. Check the URL "
        "(usually ends in /api/v2); the panel may also be under maintenance.",
    )


def _unreachable_text(exc: TransportError, host: str) -> str:
    if exc.cause is TransportCause.TLS:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "The secure connection failed (certificate) with {host}. Check the address; "
            "if your network inspects traffic, ask its administrator.",
        )
    elif exc.cause is TransportCause.DNS:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "Could not reach {host}: no server has this name. Check the spelling of the address.",
        )
    elif exc.cause is TransportCause.CONNECT_TIMEOUT:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "Could not reach {host}: it did not answer within a few seconds. Check the "
            "address and your internet connection.",
        )
    else:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "Could not reach {host}. Check the address and your internet connection.",
        )
    return text.format(host=host)


def _no_answer_text(exc: OutcomeUnknown, host: str) -> str:
    if exc.cause is UnknownCause.READ_TIMEOUT:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "The panel at {host} took too long to answer. It may be overloaded — try again "
            "in a moment.",
        )
    elif exc.cause is UnknownCause.SERVER_ERROR:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "The panel's server had an error. It may be under maintenance — try again later.",
        )
    else:
        text = QCoreApplication.translate(
            "ConnectDialog",
            "The connection to {host} broke before the panel answered. Try again in a moment.",
        )
    return text.format(host=host)


def _other_text(exc: object) -> str:
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel asks to slow down (too many requests). Wait a minute and try again.",
        )
    if isinstance(exc, PanelRejected):
        return QCoreApplication.translate(
            "ConnectDialog", "The panel answered with an error: {text}"
        ).format(text=isolate(exc.panel_text))
    if isinstance(exc, PanelError):
        return describe_error(exc)
    return QCoreApplication.translate(
        "ConnectDialog", "Unexpected error while checking the panel ({kind})."
    ).format(kind=type(exc).__name__)
