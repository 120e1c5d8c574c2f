"""The order status tables: the category of each local state and panel status, their sort rank,
the status filter's choices, and each status's theme kind and words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState

__all__ = [
    "CATEGORY_KIND",
    "CATEGORY_RANK",
    "CATEGORY_WORDS",
    "FILTER_CATEGORIES",
    "LOCAL_CATEGORY",
    "STATUS_CATEGORY",
    "STATUS_FILTERS",
    "STATUS_KIND",
]

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

LOCAL_CATEGORY: Final = {
    LocalState.DRAFT: "draft",
    LocalState.SENDING: "sending",
    LocalState.REJECTED: "rejected",
    LocalState.UNKNOWN: "unknown",
    LocalState.NOT_PLACED: "not_placed",
}
STATUS_CATEGORY: Final = {
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

#: status filter key -> (label, categories it keeps); "active", "attention" and "stuck" are
#: computed.
#: Labels are functions: they are translated when the combo box is filled.
STATUS_FILTERS: Final[tuple[tuple[str, Callable[[], str], frozenset[str]], ...]] = (
    ("all", lambda: QCoreApplication.translate("OrdersStatus", "All statuses"), frozenset()),
    ("active", lambda: QCoreApplication.translate("OrdersStatus", "Active"), frozenset()),
    (
        "attention",
        lambda: QCoreApplication.translate("OrdersStatus", "Needs attention"),
        frozenset(),
    ),
    ("stuck", lambda: QCoreApplication.translate("OrdersStatus", "Stuck"), frozenset()),
    (
        "pending",
        lambda: QCoreApplication.translate("OrdersStatus", "Pending"),
        frozenset({"pending", "awaiting", "sending", "draft"}),
    ),
    (
        "in_progress",
        lambda: QCoreApplication.translate("OrdersStatus", "In progress"),
        frozenset({"in_progress"}),
    ),
    (
        "partial",
        lambda: QCoreApplication.translate("OrdersStatus", "Partial"),
        frozenset({"partial"}),
    ),
    (
        "completed",
        lambda: QCoreApplication.translate("OrdersStatus", "Completed"),
        frozenset({"completed"}),
    ),
    (
        "canceled",
        lambda: QCoreApplication.translate("OrdersStatus", "Canceled"),
        frozenset({"canceled"}),
    ),
    (
        "error",
        lambda: QCoreApplication.translate("OrdersStatus", "Error"),
        frozenset({"error", "panel_error"}),
    ),
    (
        "unknown",
        lambda: QCoreApplication.translate("OrdersStatus", "Outcome unknown"),
        frozenset({"unknown"}),
    ),
    (
        "not_placed",
        lambda: QCoreApplication.translate("OrdersStatus", "Not placed"),
        frozenset({"not_placed"}),
    ),
    (
        "rejected",
        lambda: QCoreApplication.translate("OrdersStatus", "Rejected"),
        frozenset({"rejected"}),
    ),
)
FILTER_CATEGORIES: Final = {key: cats for key, _label, cats in STATUS_FILTERS}


# Panel statuses -> theme kind. Paused waits like Pending; Expired and Old ended like Canceled.
STATUS_KIND: Final = {
    OrderStatus.PENDING: "pending",
    OrderStatus.IN_PROGRESS: "in_progress",
    OrderStatus.PROCESSING: "in_progress",
    OrderStatus.ACTIVE: "in_progress",
    OrderStatus.PAUSED: "pending",
    OrderStatus.PARTIAL: "partial",
    OrderStatus.COMPLETED: "completed",
    OrderStatus.CANCELED: "canceled",
    OrderStatus.ERROR: "error",
    OrderStatus.EXPIRED: "canceled",
    OrderStatus.OLD: "canceled",
    OrderStatus.REJECTED: "error",
}
CATEGORY_KIND: Final = {
    "unknown": "unknown",
    "panel_error": "error",
    "rejected": "error",
    "not_placed": "canceled",
    "sending": "in_progress",
    "draft": "pending",
    "awaiting": "pending",
}
CATEGORY_WORDS: Final[dict[str, Callable[[], str]]] = {
    "unknown": lambda: QCoreApplication.translate("OrdersStatus", "Outcome unknown"),
    "rejected": lambda: QCoreApplication.translate("OrdersStatus", "Rejected"),
    "not_placed": lambda: QCoreApplication.translate("OrdersStatus", "Not placed"),
    "sending": lambda: QCoreApplication.translate("OrdersStatus", "Sending…"),
    "draft": lambda: QCoreApplication.translate("OrdersStatus", "Draft"),
    "awaiting": lambda: QCoreApplication.translate("OrdersStatus", "Awaiting status"),
}
