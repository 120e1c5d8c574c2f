"""The orders table's columns: their numbers and roles, headers and header tips, sort keys, and
how an order reads in each (display text and tooltip, mixed into OrdersTableModel)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from smmdesk.core.delivery import Stuck
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
from smmdesk.gui.wording.delivery import stuck_status, stuck_tip
from smmdesk.gui.wording.numbers import fmt_id, order_ref
from smmdesk.gui.wording.services import order_type_title

__all__ = [
    "ALIGNMENT_ROLE",
    "ALIGN_NUMBER",
    "BACKGROUND_ROLE",
    "CHARGE",
    "COLUMN_COUNT",
    "DATE",
    "DISPLAY_ROLE",
    "FONT_ROLE",
    "FOREGROUND_ROLE",
    "HEADERS",
    "HEADER_TIPS",
    "ITEM_FLAGS",
    "LINK",
    "NUMBER_COLUMNS",
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
    "TOOLTIP_ROLE",
    "AnyIndex",
    "OrderCells",
    "sort_key",
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
DISPLAY_ROLE: Final = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP_ROLE: Final = int(Qt.ItemDataRole.ToolTipRole.value)
FOREGROUND_ROLE: Final = int(Qt.ItemDataRole.ForegroundRole.value)
BACKGROUND_ROLE: Final = int(Qt.ItemDataRole.BackgroundRole.value)
FONT_ROLE: Final = int(Qt.ItemDataRole.FontRole.value)
ALIGNMENT_ROLE: Final = int(Qt.ItemDataRole.TextAlignmentRole.value)
# Numbers line up at the end a reader's eye reaches last: the right in English, the left in
# Arabic (AlignTrailing follows the layout direction).
ALIGN_NUMBER: Final = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
NUMBER_COLUMNS: Final = frozenset({ORDER, QUANTITY, CHARGE, START, REMAINS})
ITEM_FLAGS: Final = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_NONE = "—"


class OrderCells:
    """How an order reads in each column. Mixed into OrdersTableModel, whose attributes these
    are; the sort keys read them too."""

    refills: dict[int, RefillRecord]
    panel_names: dict[int, str]
    panel_currencies: dict[int, str]
    removed_panels: frozenset[int]
    stuck: dict[int, Stuck]  # local id -> why it is stuck (core.delivery)
    _records: list[OrderRecord]
    _pos: dict[int, int]

    def sharing_number(self, r: OrderRecord) -> OrderRecord | None:
        """The loaded order this one shares its panel number with, if the panel gave it twice."""
        other = r.superseded_by if r.superseded_by is not None else r.reuses_id_of
        index = None if other is None else self._pos.get(other)
        return None if index is None else self._records[index]

    def panel_label(self, panel_id: int) -> str:
        """How a panel is named in the table and its filter: its name, marked when the user
        removed it; a panel the store no longer has at all is "Removed panel"."""
        name = self.panel_names.get(panel_id)
        if not name:
            return QCoreApplication.translate("OrdersTableModel", "Removed panel")
        if panel_id in self.removed_panels:
            return QCoreApplication.translate("OrdersTableModel", "%1 (removed)").replace(
                "%1", isolate(name)
            )
        return isolate(name)

    def display(self, r: OrderRecord, column: int) -> str | None:
        """The order's text in ``column``. Text from the panel or the user (names, links) is
        isolated: in a right-to-left row an English name or a URL keeps its own direction and
        its brackets and slashes in place."""
        text = _DISPLAY_TEXT.get(column)
        return None if text is None else text(self, r)

    def tooltip(self, r: OrderRecord, column: int) -> str | None:
        """What the order's cell in ``column`` says when pointed at (None: nothing more)."""
        text = _TOOLTIP_TEXT.get(column)
        return None if text is None else text(self, r)


_Cell = Callable[[OrderCells, OrderRecord], str | None]


def _blank_or_int(value: int | None) -> str:
    return "" if value is None else numbers.fmt_int(value)


def _order_text(_cells: OrderCells, r: OrderRecord) -> str:
    if r.panel_order_id is None:
        return _NONE
    if r.superseded_by is not None or r.reuses_id_of is not None:
        # the panel gave this number to two orders: the tooltip says which is which
        return f"{order_ref(r.panel_order_id)} {theme.status_symbol('unknown')}"
    return order_ref(r.panel_order_id)


def _panel_text(cells: OrderCells, r: OrderRecord) -> str:
    return cells.panel_label(r.panel_id)


def _service_text(_cells: OrderCells, r: OrderRecord) -> str:
    if r.service_id is None:
        return isolate(r.service_name) or _NONE
    return f"{order_ref(r.service_id)} {isolate(r.service_name)}".rstrip()


def _charge_text(cells: OrderCells, r: OrderRecord) -> str:
    amount = r.charge if r.charge is not None else r.cost
    if amount is None:
        return ""
    currency = r.currency or cells.panel_currencies.get(r.panel_id, "")
    text = numbers.fmt_money(amount, currency)
    return text if r.charge is not None else "≈ " + text


def _status_text(cells: OrderCells, r: OrderRecord) -> str:
    text = status_look(r).text
    return stuck_status(text) if r.local_id in cells.stuck else text


def _status_tip(cells: OrderCells, r: OrderRecord) -> str:
    text = describe_state(r, cells.sharing_number(r))
    stuck = cells.stuck.get(r.local_id)
    return text if stuck is None else f"{text}\n{stuck_tip(stuck)}".strip()


def _progress_text(_cells: OrderCells, r: OrderRecord) -> str:
    value = progress_of(r)
    return "" if value is None else numbers.fmt_percent(round(value * 100))


_DISPLAY_TEXT: Final[dict[int, _Cell]] = {
    DATE: lambda _c, r: numbers.fmt_datetime(r.created_at),
    ORDER: _order_text,
    PANEL: _panel_text,
    SERVICE: _service_text,
    # a link is shown as what it is: no bidi override may turn it round
    LINK: lambda _c, r: isolate(reveal(r.link)),
    QUANTITY: lambda _c, r: _blank_or_int(r.quantity),
    CHARGE: _charge_text,
    START: lambda _c, r: _blank_or_int(r.start_count),
    REMAINS: lambda _c, r: _blank_or_int(r.remains),
    PROGRESS: _progress_text,
    STATUS: _status_text,
    REFILL: lambda c, r: refill_words(c.refills.get(r.local_id)),
}


def _charge_tip(_cells: OrderCells, r: OrderRecord) -> str | None:
    if r.charge is not None:
        return QCoreApplication.translate("OrdersTableModel", "Charged by the panel")
    if r.cost is not None:
        return QCoreApplication.translate(
            "OrdersTableModel",
            "Estimated cost when placed; the panel has not reported a charge yet",
        )
    return None


def _service_tip(cells: OrderCells, r: OrderRecord) -> str | None:
    text = cells.display(r, SERVICE)
    # the type as the catalogue names it (its order type's title, else the panel's words)
    return f"{text}\n{isolate(order_type_title(r.service_type))}" if r.service_type else text


def _refill_tip(cells: OrderCells, r: OrderRecord) -> str | None:
    refill = cells.refills.get(r.local_id)
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


_TOOLTIP_TEXT: Final[dict[int, _Cell]] = {
    STATUS: _status_tip,
    ORDER: lambda c, r: reused_number_note(r, c.sharing_number(r)) or None,
    CHARGE: _charge_tip,
    LINK: lambda c, r: c.display(r, LINK),
    SERVICE: _service_tip,
    DATE: lambda _c, r: numbers.fmt_datetime(r.created_at, QLocale.FormatType.LongFormat),
    REFILL: _refill_tip,
}


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


_SORT_KEYS: Final[dict[int, Callable[[OrderCells], Callable[[OrderRecord], Any]]]] = {
    ORDER: lambda _c: lambda r: _none_last(r.panel_order_id),
    PANEL: lambda c: lambda r: c.panel_label(r.panel_id).casefold(),
    SERVICE: lambda _c: (
        lambda r: (
            r.service_id is None,
            r.service_id or 0,
            r.service_name.casefold(),
        )
    ),
    LINK: lambda _c: lambda r: r.link.casefold(),
    QUANTITY: lambda _c: lambda r: _none_last(r.quantity),
    CHARGE: lambda _c: lambda r: _none_last(r.charge if r.charge is not None else r.cost),
    START: lambda _c: lambda r: _none_last(r.start_count),
    REMAINS: lambda _c: lambda r: _none_last(r.remains),
    PROGRESS: lambda _c: lambda r: _none_last(progress_of(r)),
    STATUS: lambda _c: lambda r: CATEGORY_RANK.get(status_category(r), 99),
    REFILL: lambda c: lambda r: refill_words(c.refills.get(r.local_id)),
}


def sort_key(column: int, cells: OrderCells) -> Callable[[OrderRecord], Any]:
    """How the orders sort by ``column`` (date, then local id, for the date column and any
    column without a key of its own)."""
    make = _SORT_KEYS.get(column)
    if make is None:
        return lambda r: (r.created_at, r.local_id)
    return make(cells)


HEADERS: Final[dict[int, Callable[[], str]]] = {
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
HEADER_TIPS: Final[dict[int, Callable[[], str]]] = {
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
