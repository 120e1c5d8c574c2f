"""The orders pane's bars and menu, built onto an OrdersPane (texts keep its translation
context): the toolbar, the filter row (built, filled with choices, read as an OrderFilter), the
table's context menu and its column widths."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from smmdesk.gui.orders.columns import (
    CHARGE,
    COLUMN_COUNT,
    DATE,
    LINK,
    ORDER,
    PANEL,
    PROGRESS,
    QUANTITY,
    REFILL,
    REMAINS,
    SERVICE,
    START,
    STATUS,
)
from smmdesk.gui.orders.snapshot import OrderFilter
from smmdesk.gui.orders.status_tables import STATUS_FILTERS
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import name_clear_button
from smmdesk.gui.widgets.keyboard import YIELDS_LETTERS
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.numbers import date_edit_format, order_ref

if TYPE_CHECKING:
    from smmdesk.gui.orders.pane import OrdersPane

__all__ = [
    "build_filter_bar",
    "build_toolbar",
    "context_menu",
    "fill_filter_choices",
    "read_filter",
    "size_columns",
]


def build_toolbar(pane: OrdersPane) -> QToolBar:
    """The toolbar over the table: the order actions, Export, Add Order IDs and the count."""
    bar = QToolBar(QCoreApplication.translate("OrdersPane", "Orders"), pane)
    bar.setObjectName("ordersToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    act = pane.order_actions
    for action in (act.act_refresh, act.act_refill, act.act_cancel, act.act_refill_status):
        bar.addAction(action)
    bar.addAction(act.act_refills)
    bar.addSeparator()
    bar.addAction(act.act_order_again)
    bar.addAction(act.act_reconcile)
    bar.addSeparator()
    export = QToolButton(bar)
    export.setText(QCoreApplication.translate("OrdersPane", "Export"))
    export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(export)
    menu.addAction(act.act_export_selection)
    menu.addAction(act.act_export_view)
    export.setMenu(menu)
    pane.export_button = export
    bar.addWidget(export)
    bar.addAction(act.act_import)
    # Tab reaches the buttons too (Qt makes a toolbar's buttons mouse-only)
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    pane.count_label = new_label(bar)
    pane.count_label.setObjectName("ordersCount")
    bar.addWidget(pane.count_label)
    pane.toolbar = bar
    return bar


def _combo(pane: OrdersPane, tip: str) -> QComboBox:
    combo = QComboBox(pane)
    # never size to the items: the service list can hold thousands
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    combo.setToolTip(tip)
    combo.setAccessibleName(tip)
    return combo


def _add_labelled(row: QHBoxLayout, pane: OrdersPane, text: str, combo: QComboBox) -> None:
    """``combo`` after a label naming it; the label gets its Alt letter later (see
    ``OrdersPane.give_mnemonics``), when the window's menus have taken theirs."""
    label = new_label(pane, text)
    label.setBuddy(combo)
    label.setProperty(YIELDS_LETTERS, True)  # the order form's fields choose their letters first
    pane.filter_labels.append(label)
    row.addWidget(label)
    row.addWidget(combo, 1)


def build_filter_bar(pane: OrdersPane) -> QHBoxLayout:
    """The filter row: search, status, panel, service and period (with its date fields)."""
    row = QHBoxLayout()
    row.setContentsMargins(4, 0, 4, 0)
    pane.filter_labels = []
    pane.search_edit = QLineEdit(pane)
    pane.search_edit.setObjectName("ordersSearch")
    pane.search_edit.setAccessibleName(QCoreApplication.translate("OrdersPane", "Search orders"))
    pane.search_edit.setPlaceholderText(
        QCoreApplication.translate("OrdersPane", "Search link, service or order number")
    )
    pane.search_edit.setClearButtonEnabled(True)
    name_clear_button(pane.search_edit)
    pane.search_edit.textChanged.connect(lambda _text: pane.search_timer.start())
    pane.search_edit.returnPressed.connect(pane.apply_filters)
    row.addWidget(pane.search_edit, 3)

    pane.status_filter = _combo(
        pane, QCoreApplication.translate("OrdersPane", "Show orders with this status")
    )
    for key, words, _categories in STATUS_FILTERS:
        pane.status_filter.addItem(words(), key)
    _add_labelled(row, pane, QCoreApplication.translate("OrdersPane", "Status"), pane.status_filter)

    pane.panel_filter = _combo(
        pane, QCoreApplication.translate("OrdersPane", "Show orders of one panel")
    )
    pane.panel_filter.addItem(QCoreApplication.translate("OrdersPane", "All panels"), None)
    _add_labelled(row, pane, QCoreApplication.translate("OrdersPane", "Panel"), pane.panel_filter)

    pane.service_filter = _combo(
        pane, QCoreApplication.translate("OrdersPane", "Show orders of one service")
    )
    pane.service_filter.addItem(QCoreApplication.translate("OrdersPane", "All services"), None)
    _add_labelled(
        row, pane, QCoreApplication.translate("OrdersPane", "Service"), pane.service_filter
    )

    pane.date_filter = _combo(
        pane, QCoreApplication.translate("OrdersPane", "Show orders placed in this period")
    )
    for label, key in (
        (QCoreApplication.translate("OrdersPane", "Any time"), "any"),
        (QCoreApplication.translate("OrdersPane", "Today"), "today"),
        (QCoreApplication.translate("OrdersPane", "Last 7 days"), "7"),
        (QCoreApplication.translate("OrdersPane", "Last 30 days"), "30"),
        (QCoreApplication.translate("OrdersPane", "Date range…"), "range"),
    ):
        pane.date_filter.addItem(label, key)
    _add_labelled(row, pane, QCoreApplication.translate("OrdersPane", "Placed"), pane.date_filter)
    today = QDate.currentDate()
    pane.date_from = QDateEdit(today.addDays(-30), pane)
    pane.date_to = QDateEdit(today, pane)
    for edit, tip in (
        (pane.date_from, QCoreApplication.translate("OrdersPane", "From this day")),
        (pane.date_to, QCoreApplication.translate("OrdersPane", "To this day (included)")),
    ):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        align_to_reading_start(edit)
        edit.setToolTip(tip)
        edit.setAccessibleName(tip)
        edit.setVisible(False)
        row.addWidget(edit)
    # connected once everything exists: filling the combos emits too
    for combo in (pane.status_filter, pane.panel_filter, pane.service_filter, pane.date_filter):
        combo.currentIndexChanged.connect(pane.apply_filters)
    for edit in (pane.date_from, pane.date_to):
        edit.dateChanged.connect(pane.apply_filters)
    return row


def size_columns(pane: OrdersPane) -> None:
    """Column widths from samples in the user's locale (never measured over the rows)."""
    metrics = pane.fontMetrics()

    def width(sample: str) -> int:
        return metrics.horizontalAdvance(sample) + 24

    bold_font = QFont(pane.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)

    # Samples in the user's locale: its date format, its digits, its words for statuses.
    fmt = numbers
    sample_day = datetime(2026, 12, 28, 23, 59)
    widths = {
        DATE: width(fmt.fmt_datetime(sample_day)),
        ORDER: width(order_ref(88888888)),
        PANEL: width(QCoreApplication.translate("OrdersPane", "Panel name")),
        SERVICE: width(order_ref(8888) + " Instagram Followers"),  # i18n: ignore width sample
        LINK: width("https://instagram.com/p/xxxxx"),  # i18n: ignore a width sample
        QUANTITY: width(fmt.fmt_int(100_000)),
        CHARGE: width("≈ " + fmt.fmt_money(Decimal("0.0000"), "USD", 4)),
        START: width(fmt.fmt_int(88_888)),
        REMAINS: width(fmt.fmt_int(88_888)),
        PROGRESS: width(fmt.fmt_percent(100) + "000"),
        # "outcome unknown" is drawn bold
        STATUS: bold.horizontalAdvance(
            f"{theme.status_symbol('unknown')} "
            + QCoreApplication.translate("OrdersPane", "Outcome unknown")
        )
        + 24,
        REFILL: width(
            f"{theme.status_symbol('in_progress')} "
            + QCoreApplication.translate("OrdersPane", "In progress")
        ),
    }
    for column in range(COLUMN_COUNT):
        pane.table.setColumnWidth(column, widths[column])


def fill_filter_choices(pane: OrdersPane) -> None:
    """Panels and services of the loaded orders, keeping what the user had chosen."""
    for combo, items in (
        (pane.panel_filter, sorted(pane.model.panel_names.items(), key=lambda p: p[1])),
        (pane.service_filter, pane.model.services_seen()),
    ):
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        for key, name in items:
            if combo is pane.panel_filter:
                combo.addItem(pane.model.panel_label(key), key)
            else:
                combo.addItem(isolate(f"{order_ref(key)} {name}"), key)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)


def read_filter(pane: OrdersPane) -> OrderFilter:
    """What the filter row asks for now."""
    period = pane.date_filter.currentData()
    today = date.today()
    date_from: date | None = None
    date_to: date | None = None
    if period == "today":
        date_from = today
    elif period in ("7", "30"):
        date_from = today - timedelta(days=int(period) - 1)
    elif period == "range":
        start, end = pane.date_from.date(), pane.date_to.date()
        date_from = date(start.year(), start.month(), start.day())
        date_to = date(end.year(), end.month(), end.day())
    return OrderFilter(
        text=pane.search_edit.text(),
        status=pane.status_filter.currentData() or "all",
        panel_id=pane.panel_filter.currentData(),
        service_id=pane.service_filter.currentData(),
        date_from=date_from,
        date_to=date_to,
    )


def context_menu(pane: OrdersPane) -> QMenu:
    """The table's context menu: the order actions in groups, as they stand now."""
    act = pane.order_actions
    act.update_enabled()
    menu = QMenu(pane)
    for group in (
        (act.act_refresh, act.act_refill_status),
        (act.act_refill, act.act_cancel),
        (act.act_copy_rows, act.act_copy_link, act.act_copy_id, act.act_open_link),
        (act.act_order_again, act.act_reconcile),
        (act.act_export_selection, act.act_export_view),
    ):
        for action in group:
            menu.addAction(action)
        menu.addSeparator()
    return menu
