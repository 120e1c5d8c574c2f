"""The error taxonomy every layer above the client speaks, and panel error-text normalisation."""

from __future__ import annotations

import re

__all__ = [
    "AnswerTooLarge",
    "AuthError",
    "BadResponse",
    "MissingKey",
    "OutcomeUnknown",
    "PanelError",
    "PanelRejected",
    "RateLimited",
    "TransportError",
    "normalise_error_code",
]


class PanelError(Exception):
    """Base of every error the client raises. ``str()`` is a short, user-readable sentence.

    Messages never contain the API key: the client redacts every snippet before building one.
    """

    #: what the user should do next, in one short sentence (English; the GUI may translate by class)
    hint: str = ""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class AuthError(PanelError):
    """The panel refused the API key."""

    hint = "Check the API key in the panel settings (copy it again from the panel's API page)."


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
    """Nothing reached the panel (connection refused, DNS, connect timeout, TLS)."""

    hint = "Check the panel URL and your internet connection, then try again."


class MissingKey(TransportError):
    """The client has no API key: it refused to send anything (nothing reached the panel)."""

    hint = "Enter the panel's API key (from the panel's API page)."


class OutcomeUnknown(PanelError):
    """The request may have been processed (read timeout, reset, truncated answer, 5xx).

    For ``add``/``refill``/``cancel`` this must never be retried automatically.
    """

    hint = "Check the order list on the panel before trying again: it may have been placed."


class BadResponse(PanelError):
    """The panel answered something that is not the expected JSON. ``snippet`` is redacted."""

    hint = "The panel sent an unexpected page (maintenance, firewall or a wrong API URL)."

    def __init__(self, message: str, snippet: str = "") -> None:
        self.snippet = snippet
        super().__init__(f"{message}: {snippet!r}" if snippet else message)


class AnswerTooLarge(BadResponse):
    """The answer grew past the client's size limit (``limit`` bytes) and was abandoned.

    Final for a read-only call: downloading it again would only repeat the waste. For
    ``add``/``refill``/``cancel`` the request was processed, so the client reports
    ``OutcomeUnknown`` instead.
    """

    hint = "The panel sent far more data than an API answer holds; check the panel URL."

    def __init__(self, message: str, limit: int) -> None:
        self.limit = limit
        super().__init__(message)


class RateLimited(PanelError):
    """The panel asked us to slow down (HTTP 429). ``retry_after`` is in seconds, if given."""

    hint = "The panel limits how often it can be asked; SMMDesk will wait and try again."

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(message)


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
