"""The Compare window's words: a panel's yes/no/unknown flags, the user's own median completion
time, the marks and the notes above the list."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from smmdesk.core.delivery import MIN_ORDERS, ServiceDelivery
from smmdesk.core.kinds import ServiceKind
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.delivery import duration_words
from smmdesk.gui.wording.kinds import platform_name, product_name

__all__ = [
    "cheapest_text",
    "converted_rate",
    "flag_text",
    "median_text",
    "outside_limits_text",
    "selected_text",
    "unknown_kind_text",
    "what_text",
]


def converted_rate(amount: Decimal, currency: str) -> str:
    """A rate converted with the user's exchange rate, to three significant digits (at least
    two decimals): 0.20 EUR at 1.1 shows "0.22", 1.1781 EUR "1.30", not "1.29591"."""
    places = 2 if amount == 0 else min(max(2, 2 - amount.adjusted()), 8)
    rounded = amount.quantize(Decimal(1).scaleb(-places)).normalize()
    return numbers.fmt_money(rounded, currency)


def outside_limits_text() -> str:
    """Said of a service whose limits leave out the quantity typed."""
    return QCoreApplication.translate("Compare", "The quantity is outside its limits")


def flag_text(flag: bool | None) -> str:
    """A panel's flag (cancel, drip-feed): "Yes", "No", or "Unknown" when the panel leaves it
    out."""
    if flag is None:
        return QCoreApplication.translate("Compare", "Unknown")
    return (
        QCoreApplication.translate("Compare", "Yes")
        if flag
        else QCoreApplication.translate("Compare", "No")
    )


def median_text(stats: ServiceDelivery | None) -> str:
    """The user's median completion time of the service, or why there is none."""
    if stats is None or stats.orders == 0:
        return QCoreApplication.translate("Compare", "No orders yet")
    if stats.median_seconds is None:
        return (
            QCoreApplication.translate("Compare", "Not enough orders (%1 of %2)")
            .replace("%1", numbers.fmt_int(stats.timed))
            .replace("%2", numbers.fmt_int(MIN_ORDERS))
        )
    return duration_words(stats.median_seconds)


def cheapest_text() -> str:
    """The mark of the cheapest service that fits the quantity (also read out)."""
    return QCoreApplication.translate("Compare", "Cheapest that fits")


def selected_text() -> str:
    """The mark of the service the comparison started from."""
    return QCoreApplication.translate("Compare", "The selected service")


def what_text(kind: ServiceKind) -> str:
    """ "Instagram · Followers": what the selected service is compared as."""
    return (
        QCoreApplication.translate("Compare", "Compared as: %1 · %2")
        .replace("%1", platform_name(kind.platform))
        .replace("%2", product_name(kind.product))
    )


def unknown_kind_text() -> str:
    """The note when the selected service's name does not say its platform or product."""
    return QCoreApplication.translate(
        "Compare", "SMMDesk cannot tell what this service is, so it compares it with nothing."
    )
