"""Panel statuses in the user's words (the words alone; symbols and colours are the orders'
look, in orders.status)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.models import OrderStatus

_STATUS_WORDS: Final[dict[OrderStatus, Callable[[], str]]] = {
    OrderStatus.PENDING: lambda: QCoreApplication.translate("OrdersStatus", "Pending"),
    OrderStatus.IN_PROGRESS: lambda: QCoreApplication.translate("OrdersStatus", "In progress"),
    OrderStatus.PROCESSING: lambda: QCoreApplication.translate("OrdersStatus", "Processing"),
    OrderStatus.ACTIVE: lambda: QCoreApplication.translate("OrdersStatus", "Active"),
    OrderStatus.PAUSED: lambda: QCoreApplication.translate("OrdersStatus", "Paused"),
    OrderStatus.PARTIAL: lambda: QCoreApplication.translate("OrdersStatus", "Partial"),
    OrderStatus.COMPLETED: lambda: QCoreApplication.translate("OrdersStatus", "Completed"),
    OrderStatus.CANCELED: lambda: QCoreApplication.translate("OrdersStatus", "Canceled"),
    OrderStatus.ERROR: lambda: QCoreApplication.translate("OrdersStatus", "Error"),
    OrderStatus.EXPIRED: lambda: QCoreApplication.translate("OrdersStatus", "Expired"),
    OrderStatus.OLD: lambda: QCoreApplication.translate("OrdersStatus", "Old"),
    OrderStatus.REJECTED: lambda: QCoreApplication.translate("OrdersStatus", "Rejected"),
}


def status_words(status: OrderStatus, fallback: str = "") -> str:
    """A panel status in the user's language; an unrecognised one as the panel wrote it."""
    words = _STATUS_WORDS.get(status)
    if words is not None:
        return words()
    return fallback or status.value
