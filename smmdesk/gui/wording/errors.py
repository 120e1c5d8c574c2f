"""What went wrong, in the user's language, built from the codes and fields the core reports: a
panel's refusal by its code, any error in a sentence or a few words (with what to do next), why
an order was not placed or has no known outcome, and how a panel's polling stands."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale, QTime

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
    reason_code,
)
from smmdesk.core.polling import PollHealth
from smmdesk.core.store import StoreError
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.failures import (
    answer_sentence,
    code_phrase,
    transport_sentence,
    unknown_sentence,
)


def rejection_text(code: str, panel_text: str) -> str:
    """What a panel's refusal means, translated by its normalised code (``PanelRejected.code``);
    an unknown code quotes the panel's own words."""
    known = {
        "auth": QCoreApplication.translate("PanelErrors", "The panel refused the API key."),
        "insufficient_funds": QCoreApplication.translate(
            "PanelErrors", "The panel refused the order: the balance is not enough."
        ),
        "duplicate_active_order": QCoreApplication.translate(
            "PanelErrors", "The panel refused the order: this link already has an active order."
        ),
        "bad_link": QCoreApplication.translate(
            "PanelErrors", "The panel refused the link as invalid."
        ),
        "quantity_out_of_range": QCoreApplication.translate(
            "PanelErrors", "The panel refused the quantity: it is outside the service's limits."
        ),
        "disabled_service": QCoreApplication.translate(
            "PanelErrors", "This service is disabled on the panel."
        ),
        "unknown_service": QCoreApplication.translate(
            "PanelErrors", "The panel does not know this service."
        ),
        "refill_not_allowed": QCoreApplication.translate(
            "PanelErrors", "The panel does not allow a refill of this order."
        ),
        "unknown_refill": QCoreApplication.translate(
            "PanelErrors", "The panel does not know this refill."
        ),
        "unknown_order": QCoreApplication.translate(
            "PanelErrors", "The panel does not know this order."
        ),
        "cancel_not_allowed": QCoreApplication.translate(
            "PanelErrors", "The panel does not allow canceling this order."
        ),
        "unsupported_action": QCoreApplication.translate(
            "PanelErrors", "The panel does not support this action."
        ),
        "rate_limited": QCoreApplication.translate(
            "PanelErrors", "The panel asks to slow down (too many requests)."
        ),
    }
    words = QCoreApplication.translate("PanelErrors", "The panel said: “%1”").replace(
        "%1", isolate(panel_text)
    )
    if code in known:
        return f"{known[code]} {words}"
    return QCoreApplication.translate("PanelErrors", "The panel refused the request: %1").replace(
        "%1", isolate(panel_text)
    )


def _summary(exc: PanelError) -> str:
    if isinstance(exc, PanelRejected):
        return rejection_text(exc.code, exc.panel_text)
    if isinstance(exc, AuthError):
        if exc.panel_text:
            return rejection_text(exc.code, exc.panel_text)
        return QCoreApplication.translate("PanelErrors", "The panel refused the API key.")
    if isinstance(exc, RateLimited):
        if exc.retry_after is not None:
            return QCoreApplication.translate(
                "PanelErrors", "The panel is limiting requests; it asks to wait %1 s."
            ).replace("%1", numbers.fmt_decimal(Decimal(repr(exc.retry_after))))
        return QCoreApplication.translate("PanelErrors", "The panel is limiting requests.")
    if isinstance(exc, TransportError):
        return transport_sentence(exc)
    if isinstance(exc, OutcomeUnknown):
        return unknown_sentence(exc)
    if isinstance(exc, BadResponse):
        limit = exc.limit if isinstance(exc, AnswerTooLarge) else None
        return answer_sentence(
            exc.kind, http_status=exc.http_status, redirect_to=exc.redirect_to, limit=limit
        )
    return _unexpected(exc)


def _unexpected(exc: object) -> str:
    return QCoreApplication.translate("PanelErrors", "Unexpected error: %1").replace(
        "%1", type(exc).__name__
    )


def _hint(exc: PanelError) -> str:
    """What to do next, by the error's class (and cause or kind where it changes the advice)."""
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel limits how often it can be asked; SMMDesk will wait and try again.",
        )
    if isinstance(exc, AuthError):
        return QCoreApplication.translate(
            "PanelErrors",
            "Check the API key in the panel settings (copy it again from the panel's API page).",
        )
    if isinstance(exc, TransportError) and exc.cause is TransportCause.MISSING_KEY:
        return QCoreApplication.translate(
            "PanelErrors", "Enter the panel's API key (from the panel's API page)."
        )
    if isinstance(exc, TransportError):
        return QCoreApplication.translate(
            "PanelErrors", "Check the panel URL and your internet connection, then try again."
        )
    if isinstance(exc, OutcomeUnknown):
        return QCoreApplication.translate(
            "PanelErrors",
            "Check the order list on the panel before trying again: it may have been placed.",
        )
    if isinstance(exc, BadResponse) and exc.kind is AnswerKind.TOO_LARGE:
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel sent far more data than an API answer holds; check the panel URL.",
        )
    if isinstance(exc, BadResponse):
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel sent an unexpected page (maintenance, firewall or a wrong API URL).",
        )
    return ""


def error_summary(exc: object) -> str:
    """One short sentence saying what went wrong (no advice), in the UI language, built from
    the error's code and fields (a refusal quotes the panel's own words)."""
    if isinstance(exc, PanelError):
        return _summary(exc)
    if isinstance(exc, StoreError):
        return QCoreApplication.translate("PanelErrors", "SMMDesk could not use its database.")
    return _unexpected(exc)


def error_reason(exc: object) -> str:
    """A few words naming the cause, to sit in parentheses inside another sentence ("Could not
    check orders (%1)"); a refusal gives the panel's own words."""
    if isinstance(exc, PanelRejected):
        return isolate(exc.panel_text)
    if isinstance(exc, AuthError):
        return QCoreApplication.translate("PanelErrors", "API key refused")
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate("PanelErrors", "too many requests")
    if isinstance(exc, PanelError):
        return code_phrase(reason_code(exc)) or error_summary(exc)
    if isinstance(exc, StoreError):
        return QCoreApplication.translate("PanelErrors", "database unavailable")
    return error_summary(exc)


def describe_error(exc: object) -> str:
    """A short user-facing sentence for any error a worker can return, with what to do next."""
    if not isinstance(exc, PanelError):
        return error_summary(exc)
    return f"{error_summary(exc)} {_hint(exc)}".strip()


def write_failure(exc: object) -> str:
    """Why a file could not be written, in few words: the system's own words for a file
    error, else what kind of error it was."""
    if isinstance(exc, OSError) and exc.strerror:
        return isolate(exc.strerror)
    return describe_error(exc)


def error_code(error: object) -> str:
    """The code the store keeps for a refused order: the panel's normalised code, "auth",
    "not_sent" (never reached the panel) or "" for anything else."""
    if isinstance(error, PanelRejected):
        return error.code
    if isinstance(error, AuthError):
        return "auth"
    if isinstance(error, TransportError):
        return "not_sent"
    return ""


def rejected_reason(code: str | None) -> str:
    """Why the panel refused an order (or why it never reached it), by the error code
    (:func:`error_code`, or the one the store kept with the order)."""
    if code == "insufficient_funds":
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel says the balance is too low. Add funds on the panel, then place the "
            "order again.",
        )
    if code == "bad_link":
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel did not accept the link. Check that it is the full, public link the "
            "service asks for.",
        )
    if code == "duplicate_active_order":
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel already has an active order for this link. Wait until it completes, "
            "or use another link.",
        )
    if code == "quantity_out_of_range":
        return QCoreApplication.translate("OrdersStatus", "The panel did not accept the quantity.")
    if code == "unknown_service":
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel no longer knows this service. Refresh the catalogue and choose another.",
        )
    if code == "disabled_service":
        return QCoreApplication.translate(
            "OrdersStatus",
            "This service is disabled on the panel right now. Choose another service.",
        )
    if code == "auth":
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel refused the API key. Check it in the panel settings (copy it again "
            "from the panel's API page).",
        )
    if code == "not_sent":
        return QCoreApplication.translate(
            "OrdersStatus",
            "Not sent: the panel could not be reached, so no order was placed and no money "
            "was spent. Check the connection and try again.",
        )
    return QCoreApplication.translate("OrdersStatus", "The panel refused the order.")


def unconfirmed_reason(error: PanelError | None) -> str:
    """Why an order sent to the panel has no known outcome, by the kind of failure."""
    if isinstance(error, RateLimited):
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel answered “too many requests”. Usually that means the order was not "
            "processed, but SMMDesk cannot be sure.",
        )
    if isinstance(error, BadResponse):
        return QCoreApplication.translate(
            "OrdersStatus",
            "The panel answered with an unexpected page instead of an order number (%1).",
        ).replace("%1", error_reason(error))
    if error is not None:
        return QCoreApplication.translate(
            "OrdersStatus", "The request was sent but no usable answer came back (%1)."
        ).replace("%1", error_reason(error))
    return QCoreApplication.translate(
        "OrdersStatus", "The request was sent but no usable answer came back."
    )


_STORED_UNKNOWN: Final[Mapping[str, Callable[[], str]]] = {
    "interrupted": lambda: QCoreApplication.translate(
        "OrdersStatus", "SMMDesk stopped while the order was being sent"
    ),
    "client_failure": lambda: QCoreApplication.translate(
        "OrdersStatus", "SMMDesk failed while sending it"
    ),
    "rate_limited": lambda: QCoreApplication.translate(
        "OrdersStatus", "the panel answered “too many requests”"
    ),
    "bad_response": lambda: QCoreApplication.translate(
        "OrdersStatus", "the panel answered with an unexpected page"
    ),
    "no_answer": lambda: QCoreApplication.translate("OrdersStatus", "no answer from the panel"),
}


def unknown_reason(code: str | None, text: str = "") -> str:
    """Why an order's outcome is unknown, from the code the store kept with it: its class
    (``no_answer``, ``bad_response``...) or a cause (``core.errors.reason_code``). ``text``, the
    technical detail kept beside it, is never read: with no code to word, it is shown as a
    detail."""
    words = _STORED_UNKNOWN.get(code or "")
    if words is not None:
        return words()
    phrase = code_phrase(code) if code else None
    if phrase is not None:
        return phrase
    if text:
        return QCoreApplication.translate("OrdersStatus", "details: %1").replace(
            "%1", isolate(text)
        )
    return QCoreApplication.translate("OrdersStatus", "no details")


def poll_state_text(health: PollHealth, error: object, wait: str, *, recorded: bool) -> str:
    """How a panel's polling stands, for the status bar: checked (at the time of day), or why
    not and when it tries again (``wait``, already in words). ``recorded`` is False when the
    cycle failed locally (the answer could not be written)."""
    if health is PollHealth.OK:
        clock = numbers.widget_locale().toString(
            QTime.currentTime(), QLocale.FormatType.ShortFormat
        )
        return QCoreApplication.translate("PollWorker", "Orders checked at %1").replace("%1", clock)
    if isinstance(error, TransportError) and error.cause is TransportCause.BAD_URL:
        return QCoreApplication.translate(
            "PollWorker", "This panel's URL cannot be used: edit the panel to correct it."
        )
    if health is PollHealth.RATE_LIMITED:
        text = QCoreApplication.translate(
            "PollWorker", "The panel asked to slow down; next check in %1."
        )
        return text.replace("%1", wait)
    if health is PollHealth.OFFLINE:
        text = QCoreApplication.translate(
            "PollWorker", "The panel is unreachable (%1); trying again every %2."
        )
    elif not recorded:
        text = QCoreApplication.translate(
            "PollWorker", "Could not record the panel's answer (%1); next try in %2."
        )
    else:
        text = QCoreApplication.translate(
            "PollWorker", "Could not check orders (%1); next try in %2."
        )
    return _fill2(text, error_reason(error), wait)


def _fill2(template: str, first: str, second: str) -> str:
    """%1 and %2 replaced in one pass: a reason holding "%2" stays as it is."""
    head, _, tail = template.partition("%1")
    return head.replace("%2", second) + first + tail.replace("%2", second)
