"""An order's history events in the user's words: what happened and its details, read from each
event's kind and detail fields (the panel's own words in them are kept as they are)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.models import OrderStatus
from smmdesk.core.store import OrderEvent
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import rejected_reason, unknown_reason
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.statuses import status_words

__all__ = ["event_words", "placed_warning", "raw_detail", "status_text", "when"]

Detail = Mapping[str, Any]
#: (detail, the event's status) -> (what happened, details)
_Words = Callable[[Detail, str | None], tuple[str, str]]


def when(value: datetime | None) -> str:
    """A time in the user's locale ("" for none)."""
    return "" if value is None else numbers.fmt_datetime(value)


def raw_detail(detail: Detail) -> str:
    """An event's detail as recorded (JSON), for the answers view and unknown events."""
    return json.dumps(dict(detail), ensure_ascii=False, sort_keys=True)


def status_text(status: str | None) -> str:
    """A status as the store kept it ("Completed"), in the user's language."""
    if not status:
        return ""
    return status_words(OrderStatus.from_text(status), isolate(status))


def placed_warning(events: list[OrderEvent]) -> str | None:
    """The panel's text sent beside the order id when the order was accepted, if any."""
    for event in reversed(events):
        if event.kind == "accepted":
            warning = event.detail.get("warning")
            return str(warning) if warning else None
    return None


def event_words(event: OrderEvent) -> tuple[str, str]:
    """(what happened, details) for one history event, in the user's language; an event of a
    kind this version does not know shows its kind and its detail as recorded."""
    words = _EVENT_WORDS.get(event.kind)
    if words is None:
        return event.kind, raw_detail(event.detail)
    return words(event.detail, event.status)


# ---------------------------------------------------------------------------------------------
# Values kept in events


def _ref(value: object) -> str:
    """A panel number kept in an event ("#23501" in the locale's digits)."""
    try:
        return order_ref(int(str(value)))
    except ValueError:
        return isolate(str(value))


def _count(value: object) -> str:
    try:
        return numbers.fmt_int(int(str(value)))
    except ValueError:
        return isolate(str(value))


def _amount(value: object, currency: str = "") -> str:
    """Money kept in an event as text ("12.50"), for display; "—" when there is none."""
    if value is None or value == "":
        return "—"
    try:
        return numbers.fmt_money(Decimal(str(value)), currency)
    except InvalidOperation:
        return isolate(str(value))


def _text(d: Detail, key: str = "text") -> str:
    """A text kept in an event (the panel's words, a code), "" when there is none."""
    return str(d.get(key) or "")


# ---------------------------------------------------------------------------------------------
# One function per kind of event


def _intent(d: Detail, _status: str | None) -> tuple[str, str]:
    before = d.get("balance_before")
    extra = (
        QCoreApplication.translate("OrderDetail", "balance before: %1").replace(
            "%1", _amount(before)
        )
        if before
        else ""
    )
    return QCoreApplication.translate("OrderDetail", "Sent"), extra


def _draft(_d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "Queued"), ""


def _accepted(d: Detail, _status: str | None) -> tuple[str, str]:
    order = _ref(d.get("order"))
    what = QCoreApplication.translate("OrderDetail", "Accepted")
    if d.get("warning"):
        return what, (
            QCoreApplication.translate("OrderDetail", "as order %1 — the panel also said: “%2”")
            .replace("%1", order)
            .replace("%2", isolate(str(d["warning"])))
        )
    return what, QCoreApplication.translate("OrderDetail", "as order %1").replace("%1", order)


def _rejected(d: Detail, _status: str | None) -> tuple[str, str]:
    code, text = _text(d, "code"), _text(d)
    what = QCoreApplication.translate("OrderDetail", "Refused")
    if code in ("not_sent", "auth"):
        reason = rejected_reason(code)
        return what, f"{reason} ({isolate(text)})" if text else reason
    return what, isolate(text)


def _unknown(d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "No usable answer"), unknown_reason(
        _text(d, "code"), _text(d)
    )


def _recovered(_d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "Interrupted"), unknown_reason("interrupted")


def _resolved(d: Detail, _status: str | None) -> tuple[str, str]:
    if d.get("placed"):
        what = QCoreApplication.translate("OrderDetail", "placed as %1").replace(
            "%1", _ref(d.get("order"))
        )
    else:
        what = QCoreApplication.translate("OrderDetail", "not placed")
    by = str(d.get("by", "user"))
    who = QCoreApplication.translate("OrderDetail", "by you") if by == "user" else isolate(by)
    return QCoreApplication.translate("OrderDetail", "Settled"), f"{what} ({who})"


def _status(d: Detail, status: str | None) -> tuple[str, str]:
    parts = [status_text(status)]
    if d.get("remains") is not None:
        parts.append(
            QCoreApplication.translate("OrderDetail", "remains %1").replace(
                "%1", _count(d["remains"])
            )
        )
    if d.get("charge") is not None:
        charge = _amount(d["charge"], _text(d, "currency"))
        parts.append(QCoreApplication.translate("OrderDetail", "charge %1").replace("%1", charge))
    return QCoreApplication.translate("OrderDetail", "Status"), QCoreApplication.translate(
        "OrderDetail", ", "
    ).join(p for p in parts if p)


def _status_error(d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "Panel error"), isolate(_text(d))


def _poll_stopped(d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "Checks stopped"), (
        QCoreApplication.translate(
            "OrderDetail", "the panel kept answering “%1”; refresh the order to check it again"
        ).replace("%1", isolate(_text(d)))
    )


def _imported(d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "Imported"), QCoreApplication.translate(
        "OrderDetail", "tracked by id %1"
    ).replace("%1", _ref(d.get("order")))


def _id_reused(d: Detail, _status: str | None) -> tuple[str, str]:
    return QCoreApplication.translate("OrderDetail", "Number reused"), (
        QCoreApplication.translate(
            "OrderDetail",
            "the panel had already given %1 to an earlier order, which is kept as it was",
        ).replace("%1", _ref(d.get("order")))
    )


_REFILL_STATES: Final[dict[str, Callable[[], str]]] = {
    "SENDING": lambda: QCoreApplication.translate("OrderDetail", "request sent"),
    "ACCEPTED": lambda: QCoreApplication.translate("OrderDetail", "accepted"),
    "REJECTED": lambda: QCoreApplication.translate("OrderDetail", "refused"),
    "UNKNOWN": lambda: QCoreApplication.translate("OrderDetail", "no usable answer"),
    "NOT_PLACED": lambda: QCoreApplication.translate("OrderDetail", "not placed"),
}


def _refill(d: Detail, status: str | None) -> tuple[str, str]:
    parts = []
    if d.get("state"):
        state = str(d["state"])
        words = _REFILL_STATES.get(state)
        parts.append(words() if words is not None else state)
    if d.get("panel_refill_id") is not None:
        parts.append(
            QCoreApplication.translate("OrderDetail", "refill %1").replace(
                "%1", _ref(d["panel_refill_id"])
            )
        )
    if d.get("status"):
        parts.append(status_text(str(d["status"])))
    if d.get("error_text"):
        parts.append(isolate(str(d["error_text"])))
    if d.get("warning"):
        parts.append(
            QCoreApplication.translate("OrderDetail", "the panel also said: “%1”").replace(
                "%1", isolate(str(d["warning"]))
            )
        )
    details = QCoreApplication.translate("OrderDetail", ", ").join(parts) or status_text(status)
    return QCoreApplication.translate("OrderDetail", "Refill"), details


_CANCEL_STATES: Final[dict[str, Callable[[], str]]] = {
    "SENDING": lambda: QCoreApplication.translate("OrderDetail", "request sent"),
    "ACCEPTED": lambda: QCoreApplication.translate("OrderDetail", "the panel accepted the request"),
    "NOT_SENT": lambda: QCoreApplication.translate(
        "OrderDetail", "not sent: the panel could not be reached"
    ),
    "UNKNOWN": lambda: QCoreApplication.translate(
        "OrderDetail", "no usable answer: it may have been received"
    ),
    "SKIPPED": lambda: QCoreApplication.translate("OrderDetail", "not sent"),
}


def _cancel(d: Detail, _status: str | None) -> tuple[str, str]:
    state = _text(d, "state")
    words = _CANCEL_STATES.get(state)
    if words is not None:
        details = words()
    elif state == "REJECTED":
        # the panel's own words, kept in "text" by events that carry a reason code (an
        # older event's "text" is an English sentence: not shown)
        said = _text(d) if "reason" in d else ""
        details = (
            QCoreApplication.translate("OrderDetail", "refused: “%1”").replace("%1", isolate(said))
            if said
            else QCoreApplication.translate("OrderDetail", "refused")
        )
    else:
        details = isolate(_text(d) or state)
    return QCoreApplication.translate("OrderDetail", "Cancel"), details


_VERDICTS: Final[dict[str, Callable[[], str]]] = {
    "LIKELY_PLACED": lambda: QCoreApplication.translate("OrderDetail", "probably placed"),
    "LIKELY_NOT_PLACED": lambda: QCoreApplication.translate("OrderDetail", "probably not placed"),
    "CANNOT_TELL": lambda: QCoreApplication.translate("OrderDetail", "the balance cannot tell"),
}


def _reconcile(d: Detail, _status: str | None) -> tuple[str, str]:
    currency = _text(d, "currency")
    verdict = str(d.get("verdict", ""))
    words = _VERDICTS.get(verdict)
    return QCoreApplication.translate("OrderDetail", "Checked"), (
        QCoreApplication.translate("OrderDetail", "%1 (balance %2 → %3)")
        .replace("%1", words() if words is not None else verdict)
        .replace("%2", _amount(d.get("balance_before"), currency))
        .replace("%3", _amount(d.get("balance_now"), currency))
    )


_EVENT_WORDS: Final[dict[str, _Words]] = {
    "intent": _intent,
    "draft": _draft,
    "accepted": _accepted,
    "rejected": _rejected,
    "unknown": _unknown,
    "recovered": _recovered,
    "resolved": _resolved,
    "status": _status,
    "status_error": _status_error,
    "poll_stopped": _poll_stopped,
    "imported": _imported,
    "id_reused": _id_reused,
    "refill": _refill,
    "cancel": _cancel,
    "reconcile": _reconcile,
}
