"""The orders actions' result texts: a refill's or cancel's outcome in the user's language (the
core writes English sentences) and the message of a run over several orders."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from smmdesk.core.models import OrderStatus
from smmdesk.core.order_actions import ActionOutcome, ActionResult
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import also_said
from smmdesk.gui.wording.statuses import status_words

__all__ = ["action_message", "report_texts"]

# Pieces of core.order_actions' English result sentences (they carry no code of their own)
_QUOTED = re.compile(r"“(.*)”")
_NOT_REACHED = re.compile(r"could not reach the panel \((.*)\)\. Nothing was requested")
_NO_ANSWER = re.compile(r"no usable answer came back \((.*)\)\. It was not sent again")
_ALREADY = re.compile(r"^This order is already (.+): it cannot be canceled\.$")


def action_message(result: ActionResult, action: str) -> str:
    """A refill ("refill") or cancel ("cancel") result in the user's language. The core
    writes one English sentence per result; its outcome and shape say which one it is,
    and the panel's own words in it are kept. An unrecognised sentence stays as written."""
    message, outcome = result.message, result.outcome
    quoted = _QUOTED.search(message)
    panel_words = isolate(quoted.group(1)) if quoted else ""
    if outcome is ActionOutcome.ACCEPTED:
        if result.refill_id is not None:
            text = QCoreApplication.translate(
                "OrderActions", "Refill requested: the panel's refill %1."
            ).replace("%1", order_ref(result.refill_id))
            if result.warning:
                text += " " + also_said(result.warning)
            return text
        if action == "cancel":
            return QCoreApplication.translate(
                "OrderActions",
                "Cancel requested: the panel accepted it; the order shows Canceled once the "
                "panel has done it.",
            )
    elif outcome is ActionOutcome.REJECTED:
        if "API key" in message and not quoted:
            return QCoreApplication.translate(
                "OrderActions",
                "The panel refused the API key, so nothing was done. Check the API key in "
                "the panel settings.",
            )
        if quoted and action == "refill":
            return QCoreApplication.translate(
                "OrderActions", "The panel refused the refill: “%1”."
            ).replace("%1", panel_words)
        if quoted and action == "cancel":
            return QCoreApplication.translate(
                "OrderActions", "The panel refused to cancel it: “%1”."
            ).replace("%1", panel_words)
    elif outcome is ActionOutcome.NOT_SENT:
        found = _NOT_REACHED.search(message)
        detail = isolate(found.group(1)) if found else ""
        return QCoreApplication.translate(
            "OrderActions",
            "Not sent: SMMDesk could not reach the panel (%1). Nothing was requested; try "
            "again when the panel answers.",
        ).replace("%1", detail)
    elif outcome is ActionOutcome.UNKNOWN:
        if "did not mention this order" in message:
            if action == "refill":
                return QCoreApplication.translate(
                    "OrderActions",
                    "Unconfirmed: the panel's answer did not mention this order, so it is not "
                    "known whether the refill was requested. It was not sent again.",
                )
            return QCoreApplication.translate(
                "OrderActions",
                "Unconfirmed: the panel's answer did not mention this order, so it is not "
                "known whether it will be canceled. It was not sent again.",
            )
        if "no usable refill id" in message:
            return QCoreApplication.translate(
                "OrderActions",
                "Unconfirmed: the panel's answer for this order has no usable refill id, so it "
                "is not known whether the refill was requested. It was not sent again.",
            )
        found = _NO_ANSWER.search(message)
        if found:
            return QCoreApplication.translate(
                "OrderActions",
                "Unconfirmed: the request was sent but no usable answer came back (%1). It "
                "was not sent again: check the order on the panel's website before asking "
                "again.",
            ).replace("%1", isolate(found.group(1)))
    elif outcome is ActionOutcome.SKIPPED:
        return _skipped_message(message, panel_words)
    return message


def _skipped_message(message: str, service: str) -> str:
    if message.startswith("This order is not in the database"):
        return QCoreApplication.translate(
            "OrderActions", "This order is not in the database any more."
        )
    if message.startswith("This order belongs to another panel"):
        return QCoreApplication.translate("OrderActions", "This order belongs to another panel.")
    if message.startswith("It is not known whether this order was placed"):
        return QCoreApplication.translate(
            "OrderActions",
            "It is not known whether this order was placed: settle it first (Check…).",
        )
    if message.startswith("This order has not been placed yet"):
        return QCoreApplication.translate("OrderActions", "This order has not been placed yet.")
    if message.startswith("The panel has since given this order's number"):
        return QCoreApplication.translate(
            "OrderActions",
            "The panel has since given this order's number to a newer order: a request for it "
            "would reach that order instead.",
        )
    if message.startswith("This order was never placed"):
        return QCoreApplication.translate(
            "OrderActions", "This order was never placed, so there is nothing to ask the panel."
        )
    if "does not offer refills" in message:
        return QCoreApplication.translate(
            "OrderActions", "“%1” does not offer refills (the panel's service list says so)."
        ).replace("%1", service)
    if "cannot be canceled (the panel's service list" in message:
        return QCoreApplication.translate(
            "OrderActions", "“%1” cannot be canceled (the panel's service list says so)."
        ).replace("%1", service)
    already = _ALREADY.match(message)
    if already:
        status = status_words(OrderStatus.from_text(already.group(1)), already.group(1))
        return QCoreApplication.translate(
            "OrderActions", "This order is already %1: it cannot be canceled."
        ).replace("%1", status)
    return message


def report_texts(
    action: str, headline: str, results: list[ActionResult], errors: list[str]
) -> tuple[str, str]:
    """(text, details) of a refill or cancel run for its message box: a single order without
    errors gets its sentence alone, else the headline with each order's outcome below it."""
    if len(results) == 1 and not errors:
        text = action_message(results[0], action)
        details = ""
    else:
        text = headline
        details = "\n".join(
            [
                QCoreApplication.translate("OrderActions", "%1: %2")
                .replace("%1", order_ref(r.order_id) if r.order_id is not None else "—")
                .replace("%2", action_message(r, action))
                for r in results
            ]
            + errors
        )
    return text, details
