"""The orders actions' outcomes in the user's words: a refill's or cancel's result, chosen by its
reason code (core.order_actions.ActionReason) and filled from its fields, and the message of a
run over several orders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.order_actions import ActionReason, ActionResult
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import error_reason
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import also_said
from smmdesk.gui.wording.statuses import status_words

__all__ = ["action_message", "report_texts"]

#: (result, action) -> the sentence; ``action`` is "refill" or "cancel"
_Words = Callable[[ActionResult, str], str]


def _accepted(result: ActionResult, _action: str) -> str:
    if result.refill_id is None:
        return QCoreApplication.translate(
            "OrderActions",
            "Cancel requested: the panel accepted it; the order shows Canceled once the panel "
            "has done it.",
        )
    text = QCoreApplication.translate(
        "OrderActions", "Refill requested: the panel's refill %1."
    ).replace("%1", order_ref(result.refill_id))
    if result.warning:
        text += " " + also_said(result.warning)
    return text


def _refused(result: ActionResult, action: str) -> str:
    if result.panel_text is not None:
        words = isolate(result.panel_text)
    else:
        words = QCoreApplication.translate("OrderActions", "no reason given")
    if action == "cancel":
        text = QCoreApplication.translate("OrderActions", "The panel refused to cancel it: “%1”.")
    else:
        text = QCoreApplication.translate("OrderActions", "The panel refused the refill: “%1”.")
    return text.replace("%1", words)


def _key_refused(_result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions",
        "The panel refused the API key, so nothing was done. Check the API key in the panel "
        "settings.",
    )


def _cause(result: ActionResult) -> str:
    """The few words naming how the request failed, for the parentheses of a sentence."""
    return "" if result.error is None else isolate(error_reason(result.error))


def _not_reached(result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions",
        "Not sent: SMMDesk could not reach the panel (%1). Nothing was requested; try again "
        "when the panel answers.",
    ).replace("%1", _cause(result))


def _no_answer(result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions",
        "Unconfirmed: the request was sent but no usable answer came back (%1). It was not "
        "sent again: check the order on the panel's website before asking again.",
    ).replace("%1", _cause(result))


def _not_mentioned(_result: ActionResult, action: str) -> str:
    if action == "cancel":
        return QCoreApplication.translate(
            "OrderActions",
            "Unconfirmed: the panel's answer did not mention this order, so it is not known "
            "whether it will be canceled. It was not sent again.",
        )
    return QCoreApplication.translate(
        "OrderActions",
        "Unconfirmed: the panel's answer did not mention this order, so it is not known "
        "whether the refill was requested. It was not sent again.",
    )


def _unusable_refill_id(_result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions",
        "Unconfirmed: the panel's answer for this order has no usable refill id, so it is not "
        "known whether the refill was requested. It was not sent again.",
    )


def _send_failed(_result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions",
        "Unconfirmed: SMMDesk failed while sending the request, so it may have been received. "
        "It was not sent again.",
    )


def _no_refill(result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions", "“%1” does not offer refills (the panel's service list says so)."
    ).replace("%1", isolate(result.service_name))


def _no_cancel(result: ActionResult, _action: str) -> str:
    return QCoreApplication.translate(
        "OrderActions", "“%1” cannot be canceled (the panel's service list says so)."
    ).replace("%1", isolate(result.service_name))


def _already_final(result: ActionResult, _action: str) -> str:
    status = "" if result.status is None else status_words(result.status)
    return QCoreApplication.translate(
        "OrderActions", "This order is already %1: it cannot be canceled."
    ).replace("%1", status)


def _fixed(words: Callable[[], str]) -> _Words:
    return lambda _result, _action: words()


_WORDS: Final[dict[ActionReason, _Words]] = {
    ActionReason.ACCEPTED: _accepted,
    ActionReason.REFUSED_BY_PANEL: _refused,
    ActionReason.KEY_REFUSED: _key_refused,
    ActionReason.NOT_REACHED: _not_reached,
    ActionReason.NO_ANSWER: _no_answer,
    ActionReason.NOT_MENTIONED: _not_mentioned,
    ActionReason.UNUSABLE_REFILL_ID: _unusable_refill_id,
    ActionReason.SEND_FAILED: _send_failed,
    ActionReason.NOT_IN_DATABASE: _fixed(
        lambda: QCoreApplication.translate(
            "OrderActions", "This order is not in the database any more."
        )
    ),
    ActionReason.OTHER_PANEL: _fixed(
        lambda: QCoreApplication.translate("OrderActions", "This order belongs to another panel.")
    ),
    ActionReason.OUTCOME_UNKNOWN: _fixed(
        lambda: QCoreApplication.translate(
            "OrderActions",
            "It is not known whether this order was placed: settle it first (Check…).",
        )
    ),
    ActionReason.NOT_PLACED_YET: _fixed(
        lambda: QCoreApplication.translate("OrderActions", "This order has not been placed yet.")
    ),
    ActionReason.SUPERSEDED: _fixed(
        lambda: QCoreApplication.translate(
            "OrderActions",
            "The panel has since given this order's number to a newer order: a request for it "
            "would reach that order instead.",
        )
    ),
    ActionReason.NEVER_PLACED: _fixed(
        lambda: QCoreApplication.translate(
            "OrderActions", "This order was never placed, so there is nothing to ask the panel."
        )
    ),
    ActionReason.SERVICE_SAYS_NO_REFILL: _no_refill,
    ActionReason.SERVICE_SAYS_NO_CANCEL: _no_cancel,
    ActionReason.ALREADY_FINAL: _already_final,
}


def action_message(result: ActionResult, action: str) -> str:
    """A refill ("refill") or cancel ("cancel") result in the user's language, chosen by its
    reason; the panel's own words in it are kept as they are."""
    return _WORDS[result.reason](result, action)


def report_texts(
    action: str, headline: str, results: Sequence[ActionResult], errors: Sequence[str]
) -> tuple[str, str]:
    """(text, details) of a refill or cancel run for its message box: a single order without
    errors gets its sentence alone, else the headline with each order's outcome below it."""
    if len(results) == 1 and not errors:
        return action_message(results[0], action), ""
    lines = [
        QCoreApplication.translate("OrderActions", "%1: %2")
        .replace("%1", order_ref(r.order_id) if r.order_id is not None else "—")
        .replace("%2", action_message(r, action))
        for r in results
    ]
    return headline, "\n".join([*lines, *errors])
