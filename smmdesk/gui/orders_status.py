"""What an order's status looks like and means: categories for filtering and sorting, the
symbol, words and colour tone of each status, and the local states explained in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import normalise_error_code
from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord

__all__ = [
    "ALERT_BACKGROUND",
    "CATEGORY_RANK",
    "FILTER_CATEGORIES",
    "STATUS_FILTERS",
    "TONES",
    "StatusLook",
    "describe_state",
    "needs_attention",
    "panel_error_text",
    "plural",
    "progress_of",
    "refill_words",
    "status_category",
    "status_look",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersStatus", text)


def plural(count: int, one: str, many: str) -> str:
    """``one`` (already translated) for 1, else ``many`` with %1 as the grouped count: English
    needs its singular even without a loaded translation."""
    return one if count == 1 else many.replace("%1", f"{count:,}")


# ---------------------------------------------------------------------------------------------
# What a status looks like and means


@dataclass(frozen=True, slots=True)
class StatusLook:
    category: str  # one of the keys in CATEGORY_RANK
    text: str  # symbol + words, e.g. "✔ Completed"
    tone: str  # ok, active, wait, warn, bad, muted


# (light background, dark background) text colours per tone
TONES: Final[dict[str, tuple[str, str]]] = {
    "ok": ("#1b7f3b", "#7fd99a"),
    "active": ("#1a5fb4", "#8cb8ff"),
    "wait": ("#8a6100", "#e8c063"),
    "warn": ("#b35900", "#ffb066"),
    "bad": ("#b3261e", "#f2b8b5"),
    "muted": ("#666666", "#a0a0a0"),
}
ALERT_BACKGROUND: Final = ("#fff1db", "#4a3512")  # the "outcome unknown" cell

# Sorting by status puts what needs the user first, then what is moving, then what is done.
CATEGORY_RANK: Final = {
    category: rank
    for rank, category in enumerate(
        (
            "unknown",
            "panel_error",
            "sending",
            "draft",
            "awaiting",
            "pending",
            "in_progress",
            "partial",
            "completed",
            "canceled",
            "error",
            "other",
            "rejected",
            "not_placed",
        )
    )
}

_LOCAL_CATEGORY: Final = {
    LocalState.DRAFT: "draft",
    LocalState.SENDING: "sending",
    LocalState.REJECTED: "rejected",
    LocalState.UNKNOWN: "unknown",
    LocalState.NOT_PLACED: "not_placed",
}
_STATUS_CATEGORY: Final = {
    OrderStatus.PENDING: "pending",
    OrderStatus.IN_PROGRESS: "in_progress",
    OrderStatus.PROCESSING: "in_progress",
    OrderStatus.ACTIVE: "in_progress",
    OrderStatus.PAUSED: "in_progress",
    OrderStatus.PARTIAL: "partial",
    OrderStatus.COMPLETED: "completed",
    OrderStatus.CANCELED: "canceled",
    OrderStatus.ERROR: "error",
}

#: status filter key -> (label, categories it keeps); "active" and "attention" are computed
STATUS_FILTERS: Final[tuple[tuple[str, str, frozenset[str]], ...]] = (
    ("all", "All statuses", frozenset()),
    ("active", "Active", frozenset()),
    ("attention", "Needs attention", frozenset()),
    ("pending", "Pending", frozenset({"pending", "awaiting", "sending", "draft"})),
    ("in_progress", "In progress", frozenset({"in_progress"})),
    ("partial", "Partial", frozenset({"partial"})),
    ("completed", "Completed", frozenset({"completed"})),
    ("canceled", "Canceled", frozenset({"canceled"})),
    ("error", "Error", frozenset({"error", "panel_error"})),
    ("unknown", "Outcome unknown", frozenset({"unknown"})),
    ("not_placed", "Not placed", frozenset({"not_placed"})),
    ("rejected", "Rejected", frozenset({"rejected"})),
)
FILTER_CATEGORIES: Final = {key: cats for key, _label, cats in STATUS_FILTERS}


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
    local = _LOCAL_CATEGORY.get(record.state)
    if local is not None:
        return local
    if panel_error_text(record) is not None:
        return "panel_error"
    if record.status is None:
        return "awaiting"
    return _STATUS_CATEGORY.get(record.status, "other")


def needs_attention(record: OrderRecord, refill: RefillRecord | None = None) -> bool:
    """Something only the user can settle: an unknown outcome, a panel error, an Error
    status, or a refill whose request got no usable answer."""
    category = status_category(record)
    if category in ("unknown", "panel_error", "error"):
        return True
    return refill is not None and refill.state is LocalState.UNKNOWN


def status_look(record: OrderRecord) -> StatusLook:
    category = status_category(record)
    if category == "unknown":
        return StatusLook(category, "⚠ " + _tr("Outcome unknown"), "warn")
    if category == "panel_error":
        return StatusLook(category, "⚠ " + (record.status_text or ""), "bad")
    if category == "rejected":
        return StatusLook(category, "⛔ " + _tr("Rejected"), "bad")
    if category == "not_placed":
        return StatusLook(category, "⊘ " + _tr("Not placed"), "muted")
    if category == "sending":
        return StatusLook(category, "↗ " + _tr("Sending…"), "active")
    if category == "draft":
        return StatusLook(category, "✎ " + _tr("Draft"), "muted")
    if category == "awaiting":
        return StatusLook(category, "… " + _tr("Awaiting status"), "muted")
    status = record.status
    assert status is not None
    looks = {
        OrderStatus.PENDING: ("◷", _tr("Pending"), "wait"),
        OrderStatus.IN_PROGRESS: ("▶", _tr("In progress"), "active"),
        OrderStatus.PROCESSING: ("▶", _tr("Processing"), "active"),
        OrderStatus.ACTIVE: ("▶", _tr("Active"), "active"),
        OrderStatus.PAUSED: ("⏸", _tr("Paused"), "wait"),
        OrderStatus.PARTIAL: ("◑", _tr("Partial"), "warn"),
        OrderStatus.COMPLETED: ("✔", _tr("Completed"), "ok"),
        OrderStatus.CANCELED: ("✖", _tr("Canceled"), "muted"),
        OrderStatus.ERROR: ("✖", _tr("Error"), "bad"),
        OrderStatus.EXPIRED: ("■", _tr("Expired"), "muted"),
        OrderStatus.OLD: ("■", _tr("Old"), "muted"),
    }
    symbol, words, tone = looks.get(status, ("?", record.status_text or status.value, "muted"))
    return StatusLook(category, f"{symbol} {words}", tone)


def describe_state(record: OrderRecord) -> str:
    """The order's local state in words, for a tooltip or the detail panel."""
    state = record.state
    reason = record.error_text or ""
    if state is LocalState.DRAFT:
        return _tr("Saved in a queue and not sent yet.")
    if state is LocalState.SENDING:
        return _tr(
            "Being sent to the panel. If SMMDesk stops before the answer arrives, the order "
            "becomes “outcome unknown”."
        )
    if state is LocalState.REJECTED:
        if record.error_code == "not_sent":
            return _tr(
                "Not sent: SMMDesk could not reach the panel (%1). No order was placed and no "
                "money was spent."
            ).replace("%1", reason)
        return _tr("Not placed: the panel refused it (“%1”). No money was spent.").replace(
            "%1", reason
        )
    if state is LocalState.UNKNOWN:
        return _tr(
            "Outcome unknown: the order was sent but no usable answer came back (%1). It may "
            "have been placed and paid for. SMMDesk never sends it again by itself: use "
            "“Check…” to settle it."
        ).replace("%1", reason or _tr("no details"))
    if state is LocalState.NOT_PLACED:
        return _tr(
            "Settled as not placed: after an unknown outcome it was checked and found not placed."
        )
    error = panel_error_text(record)
    placed = _tr("Placed: the panel accepted it as order #%1.").replace(
        "%1", str(record.panel_order_id)
    )
    if record.source == "imported":
        placed = _tr("Tracked by id: order #%1 was placed elsewhere.").replace(
            "%1", str(record.panel_order_id)
        )
    if error is not None:
        return placed + " " + _tr("The panel now answers “%1” about it.").replace("%1", error)
    if record.status is None:
        return placed + " " + _tr("Its status has not been fetched yet.")
    return placed + " " + _tr("Last status: %1.").replace("%1", status_look(record).text[2:])


def refill_words(refill: RefillRecord | None) -> str:
    if refill is None:
        return ""
    if refill.state is LocalState.ACCEPTED:
        if refill.status is None:
            return "↻ " + _tr("Requested")
        return "↻ " + status_look_text(refill.status)
    return {
        LocalState.SENDING: "↻ " + _tr("Sending…"),
        LocalState.REJECTED: "✖ " + _tr("Refused"),
        LocalState.UNKNOWN: "⚠ " + _tr("Unconfirmed"),
        LocalState.NOT_PLACED: _tr("Not placed"),
    }.get(refill.state, refill.state.value)


def status_look_text(status: OrderStatus) -> str:
    words = {
        OrderStatus.PENDING: _tr("Pending"),
        OrderStatus.IN_PROGRESS: _tr("In progress"),
        OrderStatus.COMPLETED: _tr("Completed"),
        OrderStatus.REJECTED: _tr("Rejected"),
        OrderStatus.CANCELED: _tr("Canceled"),
        OrderStatus.ERROR: _tr("Error"),
    }
    return words.get(status, status.value)


def progress_of(record: OrderRecord) -> float | None:
    """Delivered share (quantity - remains) / quantity, clamped to 0..1."""
    quantity, remains = record.quantity, record.remains
    if record.status is OrderStatus.COMPLETED and remains is None:
        return 1.0
    if not quantity or quantity <= 0 or remains is None:
        return None
    return min(1.0, max(0.0, (quantity - remains) / quantity))
