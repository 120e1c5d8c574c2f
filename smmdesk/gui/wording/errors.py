"""What went wrong, in the user's language: a panel's refusal by its code, an error by its
kind, and why an order was not placed or has no known outcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    MissingKey,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.gui.wording import i18n
from smmdesk.gui.wording.bidi import isolate


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


def _class_summary(exc: PanelError) -> str | None:
    if isinstance(exc, MissingKey):  # before TransportError, its parent
        return QCoreApplication.translate(
            "PanelErrors", "No API key is set for this panel: nothing was sent."
        )
    if isinstance(exc, PanelRejected):
        return rejection_text(exc.code, exc.panel_text)
    if isinstance(exc, AuthError):
        return QCoreApplication.translate("PanelErrors", "The panel refused the API key.")
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate("PanelErrors", "The panel is limiting requests.")
    if isinstance(exc, TransportError):
        return QCoreApplication.translate("PanelErrors", "Could not reach the panel.")
    if isinstance(exc, OutcomeUnknown):
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel's answer was lost: the request may or may not have been processed.",
        )
    if isinstance(exc, BadResponse):
        return QCoreApplication.translate(
            "PanelErrors", "The panel sent an answer SMMDesk cannot read."
        )
    return None


def _class_hint(exc: PanelError) -> str:
    if isinstance(exc, RateLimited):  # before its relatives: the most specific class wins
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel limits how often it can be asked; SMMDesk will wait and try again.",
        )
    if isinstance(exc, AuthError):
        return QCoreApplication.translate(
            "PanelErrors",
            "Check the API key in the panel settings (copy it again from the panel's API page).",
        )
    if isinstance(exc, MissingKey):
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
    if isinstance(exc, BadResponse):
        return QCoreApplication.translate(
            "PanelErrors",
            "The panel sent an unexpected page (maintenance, firewall or a wrong API URL).",
        )
    return ""


def error_summary(exc: object) -> str:
    """One short sentence saying what went wrong (no advice), in the UI language.

    Core errors are English by design: in English their own detailed text is shown; in another
    language the sentence is chosen by the error's class (and a refusal's code), since the
    core's wording cannot be translated. Errors of no known kind keep the English text."""
    if isinstance(exc, PanelError):
        if i18n.current_language() == "en":
            return exc.message
        return _class_summary(exc) or exc.message
    return QCoreApplication.translate("PanelErrors", "Unexpected error: %1").replace(
        "%1", type(exc).__name__
    )


def error_reason(exc: object) -> str:
    """A few words naming the cause, to sit in parentheses inside another sentence ("Could not
    check orders (%1)"): the core's own text in English, a short phrase by class otherwise."""
    if isinstance(exc, PanelError) and i18n.current_language() == "en":
        return exc.message
    if isinstance(exc, PanelRejected):
        return isolate(exc.panel_text)
    if isinstance(exc, AuthError):
        return QCoreApplication.translate("PanelErrors", "API key refused")
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate("PanelErrors", "too many requests")
    if isinstance(exc, MissingKey):
        return QCoreApplication.translate("PanelErrors", "API key needed")
    if isinstance(exc, TransportError):
        return QCoreApplication.translate("PanelErrors", "no connection")
    if isinstance(exc, OutcomeUnknown):
        return QCoreApplication.translate("PanelErrors", "no answer")
    if isinstance(exc, BadResponse):
        return QCoreApplication.translate("PanelErrors", "unreadable answer")
    return error_summary(exc)


def describe_error(exc: object) -> str:
    """A short user-facing sentence for any error a worker can return, with what to do next."""
    if not isinstance(exc, PanelError):
        return error_summary(exc)
    if i18n.current_language() == "en":
        hint = f" {exc.hint}" if exc.hint else ""
        return f"{exc.message}{hint}"
    hint = _class_hint(exc) if exc.hint else ""
    return f"{error_summary(exc)} {hint}".strip()


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
        ).replace("%1", isolate(error.message))
    if error is not None:
        return QCoreApplication.translate(
            "OrdersStatus", "The request was sent but no usable answer came back (%1)."
        ).replace("%1", isolate(error.message))
    return QCoreApplication.translate(
        "OrdersStatus", "The request was sent but no usable answer came back."
    )


def unknown_reason(code: str | None, text: str = "") -> str:
    """Why an order's outcome is unknown, from the code the store kept with it (``text``, the
    technical detail, stands in for codes without words of their own)."""
    if code == "interrupted":
        return QCoreApplication.translate(
            "OrdersStatus", "SMMDesk stopped while the order was being sent"
        )
    if code == "client_failure":
        return QCoreApplication.translate("OrdersStatus", "SMMDesk failed while sending it")
    if code == "rate_limited":
        return QCoreApplication.translate("OrdersStatus", "the panel answered “too many requests”")
    if code == "bad_response":
        return QCoreApplication.translate(
            "OrdersStatus", "the panel answered with an unexpected page"
        )
    if code == "no_answer":
        return QCoreApplication.translate("OrdersStatus", "no answer from the panel")
    return isolate(text) if text else QCoreApplication.translate("OrdersStatus", "no details")
