"""The same-link guard in the user's words: one line per order in progress on the link (panel,
order number, service, status, when placed), from the core's ``OpenOrder`` fields."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from smmdesk.core.store import LocalState, OpenOrder
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.statuses import status_words

__all__ = ["open_order_line", "open_order_state"]

_NAME_LIMIT = 60
_MARKER = re.compile(r"%([1-9])")


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2... replaced in one pass (a panel name holding "%2" stays)."""
    return _MARKER.sub(lambda m: values[int(m.group(1)) - 1], template)


def open_order_state(order: OpenOrder) -> str:
    """Where an order in progress stands, in words: its panel status, or that it is being sent,
    unconfirmed, or placed with no status read yet."""
    if order.state is LocalState.SENDING:
        return QCoreApplication.translate("SameLink", "being sent")
    if order.state is LocalState.UNKNOWN:
        return QCoreApplication.translate("SameLink", "unconfirmed: it may have been placed")
    if order.status is None:
        return QCoreApplication.translate("SameLink", "status not checked yet")
    return status_words(order.status)


def open_order_line(order: OpenOrder) -> str:
    """ "Panel A: order #123 — Instagram Likes — In progress, placed 12/2/26 14:03" (the order
    number is "unconfirmed order" before the panel gave one)."""
    name = order.service_name
    if len(name) > _NAME_LIMIT:
        name = name[: _NAME_LIMIT - 1] + "…"
    if order.panel_order_id is None:
        number = QCoreApplication.translate("SameLink", "unconfirmed order")
    else:
        number = QCoreApplication.translate("SameLink", "order %1").replace(
            "%1", numbers.order_ref(order.panel_order_id)
        )
    return _fill(
        QCoreApplication.translate("SameLink", "%1: %2 — %3 — %4, placed %5"),
        isolate(order.panel_name),
        number,
        isolate(name),
        open_order_state(order),
        numbers.fmt_datetime(order.created_at),
    )
