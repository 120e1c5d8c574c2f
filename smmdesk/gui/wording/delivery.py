"""Delivery statistics and stuck orders in the user's words (the figures come from
``core.delivery``; durations in rounded words, numbers in the user's digits)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smmdesk.core.delivery import MIN_ORDERS, ServiceDelivery, Stuck
from smmdesk.gui.wording import numbers

__all__ = ["delivery_lines", "duration_words", "stuck_status", "stuck_tip"]


def duration_words(seconds: float) -> str:
    """A time in round words: "about 25 min", "about 3 h 20 min" (to 10 minutes), "about
    2 d 5 h" (from a day on)."""
    minutes = max(round(seconds / 60), 1)
    if minutes < 60:
        return QCoreApplication.translate("Delivery", "about %1 min").replace(
            "%1", numbers.fmt_int(minutes)
        )
    if minutes < 24 * 60:
        tens = round(minutes / 10) * 10
        hours, rest = divmod(tens, 60)
        if rest == 0:
            return QCoreApplication.translate("Delivery", "about %1 h").replace(
                "%1", numbers.fmt_int(hours)
            )
        return (
            QCoreApplication.translate("Delivery", "about %1 h %2 min")
            .replace("%1", numbers.fmt_int(hours))
            .replace("%2", numbers.fmt_int(rest))
        )
    hours = round(minutes / 60)
    days, rest = divmod(hours, 24)
    if rest == 0:
        return QCoreApplication.translate("Delivery", "about %1 d").replace(
            "%1", numbers.fmt_int(days)
        )
    return (
        QCoreApplication.translate("Delivery", "about %1 d %2 h")
        .replace("%1", numbers.fmt_int(days))
        .replace("%2", numbers.fmt_int(rest))
    )


def _percent(share: float) -> str:
    return numbers.fmt_percent(round(share * 100))


def _not_enough(have: int) -> str:
    return (
        QCoreApplication.translate("Delivery", "not enough orders yet (%1 of %2 needed)")
        .replace("%1", numbers.fmt_int(have))
        .replace("%2", numbers.fmt_int(MIN_ORDERS))
    )


def delivery_lines(stats: ServiceDelivery | None) -> list[str]:
    """What the details pane says about a service's deliveries for this user, one line per
    figure; ``None``: no order of it yet."""
    if stats is None or stats.orders == 0:
        return [QCoreApplication.translate("Delivery", "No orders of this service yet")]
    lines = [
        QCoreApplication.translate("Delivery", "Orders: %1 (%2 still running)")
        .replace("%1", numbers.fmt_int(stats.orders))
        .replace("%2", numbers.fmt_int(stats.running))
        if stats.running
        else QCoreApplication.translate("Delivery", "Orders: %1").replace(
            "%1", numbers.fmt_int(stats.orders)
        )
    ]
    if stats.completed_share is None:
        lines.append(
            QCoreApplication.translate("Delivery", "Outcomes: %1").replace(
                "%1", _not_enough(stats.finished)
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("Delivery", "Completed %1 · partial %2 · cancelled %3")
            .replace("%1", _percent(stats.completed_share))
            .replace("%2", _percent(stats.partial_share or 0.0))
            .replace("%3", _percent(stats.cancelled_share or 0.0))
        )
    if stats.median_seconds is None or stats.p90_seconds is None:
        lines.append(
            QCoreApplication.translate("Delivery", "Time to complete: %1").replace(
                "%1", _not_enough(stats.timed)
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("Delivery", "Time to complete: usually %1; %3 within %2")
            .replace("%1", duration_words(stats.median_seconds))
            .replace("%2", duration_words(stats.p90_seconds))
            .replace("%3", numbers.fmt_percent(90))
        )
    share = stats.started_within_hour_share
    if share is None:
        lines.append(
            QCoreApplication.translate("Delivery", "Started within an hour: %1").replace(
                "%1", _not_enough(stats.start_judged)
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("Delivery", "Started within an hour: %1").replace(
                "%1", _percent(share)
            )
        )
    return lines


def stuck_tip(stuck: Stuck) -> str:
    """Why an order is marked stuck: since when it has not moved, and what is usual."""
    since = QCoreApplication.translate("Delivery", "No change since %1.").replace(
        "%1", numbers.fmt_datetime(stuck.since)
    )
    if stuck.usual_seconds is None:
        usual = QCoreApplication.translate(
            "Delivery",
            "Usual time unknown (too few completed orders); stuck after %1 without change.",
        ).replace("%1", duration_words(stuck.limit_seconds))
    else:
        usual = (
            QCoreApplication.translate(
                "Delivery",
                "%3 of this service's orders complete within %1; stuck after %2 without change.",
            )
            .replace("%1", duration_words(stuck.usual_seconds))
            .replace("%2", duration_words(stuck.limit_seconds))
            .replace("%3", numbers.fmt_percent(90))
        )
    ask = QCoreApplication.translate("Delivery", "You may want to ask the panel about it.")
    return f"{since} {usual} {ask}"


def stuck_status(status: str) -> str:
    """An order's status words with the stuck mark after them."""
    return QCoreApplication.translate("Delivery", "%1 · stuck").replace("%1", status)
