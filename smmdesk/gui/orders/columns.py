"""The orders table's columns: their numbers and roles, headers and header tips, sort keys, and
how an order reads in each (display text and tooltip, mixed into OrdersTableModel)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from smmdesk.core.store import OrderRecord, RefillRecord
from smmdesk.gui.orders.status import (
    describe_state,
    progress_of,
    refill_words,
    reused_number_note,
    status_category,
    status_look,
)
from smmdesk.gui.orders.status_tables import CATEGORY_RANK
from smmdesk.gui.widgets import theme
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate, reveal
from smmdesk.gui.wording.numbers import fmt_id, order_ref

__all__ = [
    "CHARGE",
    "COLUMN_COUNT",
    "DATE",
    "LINK",
    "ORDER",
    "PANEL",
    "PROGRESS",
    "PROGRESS_ROLE",
    "QUANTITY",
    "RECORD_ROLE",
    "REFILL",
    "REMAINS",
    "SERVICE",
    "START",
    "STATUS",
]

# Status early: it is what people scan for; the panel last: most users have one.
DATE, ORDER, STATUS, SERVICE, LINK, QUANTITY, CHARGE, PROGRESS, START, REMAINS, REFILL, PANEL = (
    range(12)
)
COLUMN_COUNT: Final = 12

RECORD_ROLE: Final = int(Qt.ItemDataRole.UserRole.value) + 1
"""The row's OrderRecord."""
PROGRESS_ROLE: Final = int(Qt.ItemDataRole.UserRole.value) + 2
"""Delivered fraction 0..1 of the row, or None where quantity/remains are unknown."""

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND: Final = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND: Final = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT: Final = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT: Final = int(Qt.ItemDataRole.TextAlignmentRole.value)
# Numbers line up at the end a reader's eye reaches last: the right in English, the left in
# Arabic (AlignTrailing follows the layout direction).
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
_NUMBER_COLUMNS = frozenset({ORDER, QUANTITY, CHARGE, START, REMAINS})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NONE = "—"


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


def _sort_key(column: int, model: _OrderCells) -> Callable[[OrderRecord], Any]:
    names, refills = model.panel_names, model.refills
    if column == ORDER:
        return lambda r: _none_last(r.panel_order_id)
    if column == PANEL:
        return lambda r: names.get(r.panel_id, "").casefold()
    if column == SERVICE:
        return lambda r: (r.service_id is None, r.service_id or 0, r.service_name.casefold())
    if column == LINK:
        return lambda r: r.link.casefold()
    if column == QUANTITY:
        return lambda r: _none_last(r.quantity)
    if column == CHARGE:
        return lambda r: _none_last(r.charge if r.charge is not None else r.cost)
    if column == START:
        return lambda r: _none_last(r.start_count)
    if column == REMAINS:
        return lambda r: _none_last(r.remains)
    if column == PROGRESS:
        return lambda r: _none_last(progress_of(r))
    if column == STATUS:
        return lambda r: CATEGORY_RANK.get(status_category(r), 99)
    if column == REFILL:
        return lambda r: refill_words(refills.get(r.local_id))
    return lambda r: (r.created_at, r.local_id)


class _OrderCells:
    """How an order reads in each column. Mixed into OrdersTableModel, whose attributes these
    are; the sort keys read them too."""

    refills: dict[int, RefillRecord]
    panel_names: dict[int, str]
    panel_currencies: dict[int, str]
    _records: list[OrderRecord]
    _pos: dict[int, int]

    def _sharing_number(self, r: OrderRecord) -> OrderRecord | None:
        """The loaded order this one shares its panel number with, if the panel gave it twice."""
        other = r.superseded_by if r.superseded_by is not None else r.reuses_id_of
        index = None if other is None else self._pos.get(other)
        return None if index is None else self._records[index]

    def _display(self, r: OrderRecord, column: int) -> str | None:
        # Text from the panel or the user (names, links) is isolated: in a right-to-left row an
        # English name or a URL keeps its own direction and its brackets and slashes in place.
        if column == DATE:
            return numbers.fmt_datetime(r.created_at)
        if column == ORDER:
            if r.panel_order_id is None:
                return _NONE
            if r.superseded_by is not None or r.reuses_id_of is not None:
                # the panel gave this number to two orders: the tooltip says which is which
                return f"{order_ref(r.panel_order_id)} {theme.status_symbol('unknown')}"
            return order_ref(r.panel_order_id)
        if column == PANEL:
            name = self.panel_names.get(r.panel_id)
            return isolate(name) if name else order_ref(r.panel_id)
        if column == SERVICE:
            if r.service_id is None:
                return isolate(r.service_name) or _NONE
            return f"{order_ref(r.service_id)} {isolate(r.service_name)}".rstrip()
        if column == LINK:
            # a link is shown as what it is: no bidi override may turn it round
            return isolate(reveal(r.link))
        if column == QUANTITY:
            return "" if r.quantity is None else numbers.fmt_int(r.quantity)
        if column == CHARGE:
            amount = r.charge if r.charge is not None else r.cost
            if amount is None:
                return ""
            currency = r.currency or self.panel_currencies.get(r.panel_id, "")
            text = numbers.fmt_money(amount, currency)
            return text if r.charge is not None else "≈ " + text
        if column == START:
            return "" if r.start_count is None else numbers.fmt_int(r.start_count)
        if column == REMAINS:
            return "" if r.remains is None else numbers.fmt_int(r.remains)
        if column == PROGRESS:
            value = progress_of(r)
            return "" if value is None else numbers.fmt_percent(round(value * 100))
        if column == STATUS:
            return status_look(r).text
        if column == REFILL:
            return refill_words(self.refills.get(r.local_id))
        return None

    def _tooltip(self, r: OrderRecord, column: int) -> str | None:
        if column == STATUS:
            return describe_state(r, self._sharing_number(r))
        if column == ORDER:
            return reused_number_note(r, self._sharing_number(r)) or None
        if column == CHARGE:
            if r.charge is not None:
                return QCoreApplication.translate("OrdersTableModel", "Charged by the panel")
            if r.cost is not None:
                return QCoreApplication.translate(
                    "OrdersTableModel",
                    "Estimated cost when placed; the panel has not reported a charge yet",
                )
            return None
        if column in (LINK, SERVICE):
            text = self._display(r, column)
            if column == SERVICE and r.service_type:
                text = f"{text}\n{isolate(r.service_type)}"
            return text
        if column == DATE:
            return numbers.fmt_datetime(r.created_at, QLocale.FormatType.LongFormat)
        if column == REFILL:
            refill = self.refills.get(r.local_id)
            if refill is None:
                return None
            parts = [refill_words(refill)]
            if refill.panel_refill_id is not None:
                parts.append(
                    QCoreApplication.translate("OrdersTableModel", "Refill #%1").replace(
                        "%1", fmt_id(refill.panel_refill_id)
                    )
                )
            if refill.error_text:
                parts.append(isolate(refill.error_text))
            return "\n".join(parts)
        return None


_HEADERS: Final[dict[int, Callable[[], str]]] = {
    DATE: lambda: QCoreApplication.translate("OrdersTableModel", "Date"),
    ORDER: lambda: QCoreApplication.translate("OrdersTableModel", "Order"),
    STATUS: lambda: QCoreApplication.translate("OrdersTableModel", "Status"),
    SERVICE: lambda: QCoreApplication.translate("OrdersTableModel", "Service"),
    LINK: lambda: QCoreApplication.translate("OrdersTableModel", "Link"),
    QUANTITY: lambda: QCoreApplication.translate("OrdersTableModel", "Quantity"),
    CHARGE: lambda: QCoreApplication.translate("OrdersTableModel", "Charge"),
    PROGRESS: lambda: QCoreApplication.translate("OrdersTableModel", "Delivered"),
    START: lambda: QCoreApplication.translate("OrdersTableModel", "Start"),
    REMAINS: lambda: QCoreApplication.translate("OrdersTableModel", "Remains"),
    REFILL: lambda: QCoreApplication.translate("OrdersTableModel", "Refill"),
    PANEL: lambda: QCoreApplication.translate("OrdersTableModel", "Panel"),
}
_HEADER_TIPS: Final[dict[int, Callable[[], str]]] = {
    DATE: lambda: QCoreApplication.translate(
        "OrdersTableModel", "When the order was placed (local time)"
    ),
    ORDER: lambda: QCoreApplication.translate("OrdersTableModel", "The panel's order number"),
    STATUS: lambda: QCoreApplication.translate(
        "OrdersTableModel", "The panel's status, or where the order stands locally"
    ),
    SERVICE: lambda: QCoreApplication.translate("OrdersTableModel", "Service id and name"),
    LINK: lambda: QCoreApplication.translate(
        "OrdersTableModel", "The link (or username) the order is for"
    ),
    QUANTITY: lambda: QCoreApplication.translate("OrdersTableModel", "Quantity ordered"),
    CHARGE: lambda: QCoreApplication.translate(
        "OrdersTableModel", "What the panel charged (≈: the estimate made when placing)"
    ),
    PROGRESS: lambda: QCoreApplication.translate(
        "OrdersTableModel", "Delivered so far: (quantity − remains) / quantity"
    ),
    START: lambda: QCoreApplication.translate(
        "OrdersTableModel", "The count when delivery started, as the panel reports it"
    ),
    REMAINS: lambda: QCoreApplication.translate(
        "OrdersTableModel", "How many are still to be delivered"
    ),
    REFILL: lambda: QCoreApplication.translate(
        "OrdersTableModel", "The latest refill request and its status"
    ),
    PANEL: lambda: QCoreApplication.translate(
        "OrdersTableModel", "The panel the order was placed on"
    ),
}
