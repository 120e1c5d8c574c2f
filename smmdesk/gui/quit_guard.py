"""The one question every way of quitting asks while spending work is in flight (an order, a
mass-order run, a refill or cancel request): quitting then may leave its outcome unknown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smmdesk.gui.runtime.spending import InFlight, SpendKind
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers

__all__ = ["confirm_quit", "in_flight_text"]


# The words were first written in the main window: they keep its translation context.


def _one(item: InFlight) -> str:
    if item.kind is SpendKind.MASS_ORDER and item.total is not None:
        return (
            QCoreApplication.translate("MainWindow", "a mass order (%1 of %2 sent)")
            .replace("%1", numbers.fmt_int(item.sent or 0))
            .replace("%2", numbers.fmt_int(item.total))
        )
    words = {
        SpendKind.ORDER: QCoreApplication.translate("MainWindow", "an order"),
        SpendKind.MASS_ORDER: QCoreApplication.translate("MainWindow", "a mass order"),
        SpendKind.REFILL: QCoreApplication.translate("MainWindow", "a refill request"),
        SpendKind.CANCEL: QCoreApplication.translate("MainWindow", "a cancel request"),
    }
    return words[item.kind]


def in_flight_text(items: list[InFlight]) -> str:
    """What is waiting for the panel, in a few words: "an order, a refill request"."""
    return QCoreApplication.translate("MainWindow", ", ").join(_one(item) for item in items)


def confirm_quit(parent: QWidget | None, items: list[InFlight]) -> bool:
    """True when quitting may go on: nothing is spending (``items``, the gateway's spending work
    in flight, is empty), or the user chose to quit anyway."""
    if not items:
        return True
    if len(items) == 1 and items[0].kind is SpendKind.ORDER:
        return dialogs.confirm(
            parent,
            QCoreApplication.translate("MainWindow", "An order is being sent"),
            QCoreApplication.translate(
                "MainWindow", "SMMDesk is waiting for the panel's answer to an order."
            ),
            QCoreApplication.translate(
                "MainWindow",
                "If you quit now, the order may or may not be placed; SMMDesk will mark it "
                "as unknown and ask you to check it next time.",
            ),
            ok_text=QCoreApplication.translate("MainWindow", "Quit anyway"),
            cancel_text=QCoreApplication.translate("MainWindow", "Keep SMMDesk open"),
        )
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("MainWindow", "Requests are being sent"),
        QCoreApplication.translate(
            "MainWindow", "SMMDesk is waiting for the panel's answer to %1."
        ).replace("%1", in_flight_text(items)),
        QCoreApplication.translate(
            "MainWindow",
            "If you quit now, SMMDesk may not learn the panel's answer: anything left "
            "unconfirmed is marked for you to check next time, and mass-order lines not sent "
            "yet are kept for you to review.",
        ),
        ok_text=QCoreApplication.translate("MainWindow", "Quit anyway"),
        cancel_text=QCoreApplication.translate("MainWindow", "Keep SMMDesk open"),
    )
