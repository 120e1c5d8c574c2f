"""Refill windows in the user's words: where an order stands (``core.refill_windows``'s
``WindowState`` and ``UnknownWhy``), and why, for the Refills view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from smmdesk.core.refill_windows import RefillWindow, UnknownWhy, WindowBasis, WindowState
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate

__all__ = ["window_tip", "window_words"]


class RefillDays(QObject):
    """The sentences with a number of days (plural forms come from ``tr()`` in a class: the
    translation tools read ``%Ln`` forms there)."""

    def left(self, days: int) -> str:
        return self.tr("1 day left") if days == 1 else self.tr("%Ln days left", "", days)

    def promised(self, days: int) -> str:
        return self.tr("The service promises refills for %Ln days.", "", days)


_DAYS: list[RefillDays] = []


def _days() -> RefillDays:
    if not _DAYS:
        _DAYS.append(RefillDays())
    return _DAYS[0]


def window_words(window: RefillWindow) -> str:
    """The window in a few words: "12 days left", "Ended 3/5/26", "No refill"…"""
    state = window.state
    if state in (WindowState.ENDING_SOON, WindowState.INSIDE):
        left = window.days_left or 0
        if left == 0:
            return QCoreApplication.translate("Refills", "Less than a day left")
        return _days().left(left)
    if state is WindowState.EXPIRED and window.ends_at is not None:
        return QCoreApplication.translate("Refills", "Ended %1").replace(
            "%1", numbers.fmt_date(window.ends_at)
        )
    if state is WindowState.LIFETIME:
        return QCoreApplication.translate("Refills", "Lifetime refill")
    if state is WindowState.NO_REFILL:
        return QCoreApplication.translate("Refills", "No refill")
    if window.unknown_why is UnknownWhy.DAYS_NOT_STATED:
        return QCoreApplication.translate("Refills", "Refill, days not stated")
    return QCoreApplication.translate("Refills", "Not known")


def _promise(window: RefillWindow) -> str:
    days = window.days
    if window.state is WindowState.LIFETIME:
        return QCoreApplication.translate("Refills", "The service promises refills for life.")
    if days:
        return _days().promised(days)
    if window.state is WindowState.NO_REFILL:
        if window.by_flag:
            return QCoreApplication.translate(
                "Refills", "The panel's service list says this service has no refill."
            )
        return QCoreApplication.translate("Refills", "The service's name says it has no refill.")
    if window.unknown_why is UnknownWhy.DAYS_NOT_STATED:
        return QCoreApplication.translate(
            "Refills",
            "The service offers refills but does not say for how long: the panel decides.",
        )
    return QCoreApplication.translate(
        "Refills",
        "Neither the panel's service list nor the service's name says whether it refills: "
        "the panel decides.",
    )


def window_tip(window: RefillWindow) -> str:
    """Why the window reads as it does: the promise, when it ends, and where it was read."""
    lines = [_promise(window)]
    if window.ends_at is not None:
        when = numbers.fmt_datetime(window.ends_at)
        if window.state is WindowState.EXPIRED:
            lines.append(QCoreApplication.translate("Refills", "Ended on %1.").replace("%1", when))
        else:
            lines.append(QCoreApplication.translate("Refills", "Ends on %1.").replace("%1", when))
    if window.unknown_why is UnknownWhy.NOT_SEEN_FINISHING:
        lines.append(
            QCoreApplication.translate(
                "Refills", "SMMDesk never saw when this order finished, so its window is not known."
            )
        )
    if window.basis is WindowBasis.ORDER:
        lines.append(
            QCoreApplication.translate(
                "Refills",
                "The service is not in the panel's catalogue any more: read from the name saved "
                "with the order, “%1”.",
            ).replace("%1", isolate(window.service_name))
        )
    if window.seen_late and window.finished_at is not None:
        lines.append(
            QCoreApplication.translate(
                "Refills",
                "This order was added by its ID when it had already finished: its window may "
                "have begun earlier.",
            )
        )
    return "\n".join(lines)
