"""What an order's status means: its category for filtering and sorting, its look (symbol,
words, theme kind), the local states explained in words, refills and delivered progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import normalise_error_code
from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord
from smmdesk.gui.orders.status_tables import (
    CATEGORY_KIND,
    CATEGORY_WORDS,
    LOCAL_CATEGORY,
    STATUS_CATEGORY,
    STATUS_KIND,
)
from smmdesk.gui.widgets import theme
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import unknown_reason
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import also_said
from smmdesk.gui.wording.statuses import status_words

__all__ = [
    "StatusLook",
    "describe_state",
    "needs_attention",
    "panel_error_text",
    "progress_of",
    "refill_kind",
    "refill_words",
    "reused_number_note",
    "status_category",
    "status_kind",
    "status_look",
]

# ---------------------------------------------------------------------------------------------
# Categories: filtering and sorting


def panel_error_text(record: OrderRecord) -> str | None:
    """The panel's error about this order ("Incorrect order ID"), kept in ``status_text`` by
    the store when a status request is refused for it; None when the text is a status."""
    text = record.status_text
    if not text or record.state is not LocalState.ACCEPTED:
        return None
    if OrderStatus.from_text(text) is not OrderStatus.UNKNOWN:
        return None  # a status spelling, e.g. "in_progress"
    if record.status is OrderStatus.UNKNOWN and normalise_error_code(text) == "other":
        return None  # an unrecognised status word, shown as is
    return text


def status_category(record: OrderRecord) -> str:
    local = LOCAL_CATEGORY.get(record.state)
    if local is not None:
        return local
    if panel_error_text(record) is not None:
        return "panel_error"
    if record.status is None:
        return "awaiting"
    return STATUS_CATEGORY.get(record.status, "other")


def needs_attention(record: OrderRecord, refill: RefillRecord | None = None) -> bool:
    """Something only the user can settle: an unknown outcome, a panel error, an Error
    status, or a refill whose request got no usable answer."""
    category = status_category(record)
    if category in ("unknown", "panel_error", "error"):
        return True
    return refill is not None and refill.state is LocalState.UNKNOWN


# ---------------------------------------------------------------------------------------------
# What a status looks like


@dataclass(frozen=True, slots=True)
class StatusLook:
    category: str  # one of the keys in CATEGORY_RANK
    text: str  # symbol + words, e.g. "✔ Completed"
    kind: str  # a theme status kind: its colour (theme.status_colour) and symbol
    words: str = ""  # the words alone, e.g. "Completed"


def status_kind(status: OrderStatus | None) -> str:
    """The theme kind of a panel status (an unrecognised one waits like Pending)."""
    return STATUS_KIND.get(status, "pending") if status is not None else "pending"


def status_look(record: OrderRecord) -> StatusLook:
    category = status_category(record)
    if category == "panel_error":
        words = isolate(record.status_text or "")
    elif category in CATEGORY_WORDS:
        words = CATEGORY_WORDS[category]()
    else:
        status = record.status
        assert status is not None
        kind = status_kind(status)
        words = status_words(status, isolate(record.status_text or ""))
        return StatusLook(category, f"{theme.status_symbol(kind)} {words}", kind, words)
    kind = CATEGORY_KIND[category]
    return StatusLook(category, f"{theme.status_symbol(kind)} {words}", kind, words)


# ---------------------------------------------------------------------------------------------
# Local states in words, by the codes the store keeps


def _refused_text(record: OrderRecord) -> str:
    """The panel's own words about a refused order ("" when it said nothing we kept)."""
    if record.error_code in ("not_sent", "auth"):
        return ""
    return record.error_text or ""


def reused_number_note(record: OrderRecord, other: OrderRecord | None = None) -> str:
    """What a number the panel gave twice means for this order, telling the two apart by when
    they were placed ("" when the panel gave it once). ``other``: the order it shares the
    number with (``reuses_id_of`` or ``superseded_by``), when the caller has it."""
    if record.panel_order_id is None:
        return ""
    number = order_ref(record.panel_order_id)
    when = "" if other is None else isolate(numbers.fmt_datetime(other.created_at))
    if record.superseded_by is not None:
        if when:
            text = QCoreApplication.translate(
                "OrdersStatus",
                "The panel later gave the same number %1 to a newer order (placed %2). This "
                "order is kept as it was last seen: SMMDesk no longer checks it or sends "
                "requests about it.",
            )
        else:
            text = QCoreApplication.translate(
                "OrdersStatus",
                "The panel later gave the same number %1 to a newer order. This order is kept "
                "as it was last seen: SMMDesk no longer checks it or sends requests about it.",
            )
    elif record.reuses_id_of is not None:
        if when:
            text = QCoreApplication.translate(
                "OrdersStatus",
                "The panel reused order number %1: an earlier order (placed %2) already had "
                "it. Updates for %1 now go to this order; the earlier one is kept as it was.",
            )
        else:
            text = QCoreApplication.translate(
                "OrdersStatus",
                "The panel reused order number %1: an earlier order already had it. Updates "
                "for %1 now go to this order; the earlier one is kept as it was.",
            )
    else:
        return ""
    return text.replace("%2", when).replace("%1", number)


def describe_state(
    record: OrderRecord, other: OrderRecord | None = None, *, warning: str | None = None
) -> str:
    """The order's local state in words, for a tooltip or the detail panel; ``other`` as for
    :func:`reused_number_note`; ``warning`` is the panel's text sent beside the order id when
    it was placed (kept in its history), if known."""
    words = _LOCAL_STATE_WORDS.get(record.state)
    if words is not None:
        return words(record)
    return _placed_state(record, other, warning)


def _refused_state(record: OrderRecord) -> str:
    if record.error_code == "not_sent":
        return QCoreApplication.translate(
            "OrdersStatus",
            "Not sent: SMMDesk could not reach the panel (%1). No order was placed and no "
            "money was spent.",
        ).replace("%1", isolate(record.error_text or ""))
    if record.error_code == "auth":
        return QCoreApplication.translate(
            "OrdersStatus",
            "Not placed: the panel refused the API key. No money was spent.",
        )
    panel_text = _refused_text(record)
    if not panel_text:
        return QCoreApplication.translate(
            "OrdersStatus", "Not placed: the panel refused it. No money was spent."
        )
    return QCoreApplication.translate(
        "OrdersStatus", "Not placed: the panel refused it (“%1”). No money was spent."
    ).replace("%1", isolate(panel_text))


def _unknown_state(record: OrderRecord) -> str:
    return QCoreApplication.translate(
        "OrdersStatus",
        "Outcome unknown: the order was sent but no usable answer came back (%1). It may "
        "have been placed and paid for. SMMDesk never sends it again by itself: use "
        "“Check…” to settle it.",
    ).replace("%1", unknown_reason(record.error_code, record.error_text or ""))


#: the words of each local state but ACCEPTED (a placed order reads from its status)
_LOCAL_STATE_WORDS: Final[dict[LocalState, Callable[[OrderRecord], str]]] = {
    LocalState.DRAFT: lambda _r: QCoreApplication.translate(
        "OrdersStatus", "Saved in a queue and not sent yet."
    ),
    LocalState.SENDING: lambda _r: QCoreApplication.translate(
        "OrdersStatus",
        "Being sent to the panel. If SMMDesk stops before the answer arrives, the order "
        "becomes “outcome unknown”.",
    ),
    LocalState.REJECTED: _refused_state,
    LocalState.UNKNOWN: _unknown_state,
    LocalState.NOT_PLACED: lambda _r: QCoreApplication.translate(
        "OrdersStatus",
        "Settled as not placed: after an unknown outcome it was checked and found not placed.",
    ),
}


def _placed_state(record: OrderRecord, other: OrderRecord | None, warning: str | None) -> str:
    number = order_ref(record.panel_order_id) if record.panel_order_id is not None else "—"
    if record.source == "imported":
        placed = QCoreApplication.translate(
            "OrdersStatus", "Tracked by id: order %1 was placed elsewhere."
        )
    else:
        placed = QCoreApplication.translate(
            "OrdersStatus", "Placed: the panel accepted it as order %1."
        )
    placed = placed.replace("%1", number)
    if warning:
        placed += " " + also_said(warning)
    error = panel_error_text(record)
    if error is not None:
        known = QCoreApplication.translate(
            "OrdersStatus", "The panel now answers “%1” about it."
        ).replace("%1", isolate(error))
    elif record.status is None:
        known = QCoreApplication.translate("OrdersStatus", "Its status has not been fetched yet.")
    else:
        known = QCoreApplication.translate("OrdersStatus", "Last status: %1.").replace(
            "%1", status_look(record).words
        )
    reused = reused_number_note(record, other)
    return f"{placed} {known}" + (f"\n{reused}" if reused else "")


# ---------------------------------------------------------------------------------------------
# Refills


def refill_kind(refill: RefillRecord) -> str:
    """The theme kind of a refill request: its panel status once accepted, else its state."""
    if refill.state is LocalState.ACCEPTED:
        return "in_progress" if refill.status is None else status_kind(refill.status)
    return {
        LocalState.SENDING: "in_progress",
        LocalState.REJECTED: "error",
        LocalState.UNKNOWN: "unknown",
        LocalState.NOT_PLACED: "canceled",
        LocalState.DRAFT: "pending",
    }.get(refill.state, "pending")


def refill_words(refill: RefillRecord | None) -> str:
    """A refill request's state as symbol and words ("" without a refill)."""
    if refill is None:
        return ""
    if refill.state is LocalState.ACCEPTED:
        if refill.status is None:
            words = QCoreApplication.translate("OrdersStatus", "Requested")
        else:
            words = status_words(refill.status)
    elif refill.state is LocalState.SENDING:
        words = QCoreApplication.translate("OrdersStatus", "Sending…")
    elif refill.state is LocalState.REJECTED:
        words = QCoreApplication.translate("OrdersStatus", "Refused")
    elif refill.state is LocalState.UNKNOWN:
        words = QCoreApplication.translate("OrdersStatus", "Unconfirmed")
    else:
        words = QCoreApplication.translate("OrdersStatus", "Not placed")
    return f"{theme.status_symbol(refill_kind(refill))} {words}"


def progress_of(record: OrderRecord) -> float | None:
    """Delivered share (quantity - remains) / quantity, clamped to 0..1."""
    quantity, remains = record.quantity, record.remains
    if record.status is OrderStatus.COMPLETED and remains is None:
        return 1.0
    if not quantity or quantity <= 0 or remains is None:
        return None
    return min(1.0, max(0.0, (quantity - remains) / quantity))
