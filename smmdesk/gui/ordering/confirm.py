"""The question before an order is placed: a summary of what will be sent, in the user's words.

It names the panel, the service (number, name and what kind of order it is), every value that
goes to the panel (links, user names and comments with their bidi controls written out), the
quantity and, for drip-feed, runs × quantity = the total and the interval, then the cost and the
balance after it. Panel and user text is shown as plain text, never markup.

"Place order" is never the default button: Enter (or a key held down) goes back to the form.
The dialog remembers nothing: every order is asked about, each time.

The same-link guard: when orders on the same link (and the same kind of product) are still in
progress on any panel, a warning names each (panel, order number, service, status, when
placed) and "Place order" stays disabled until the user ticks "I know: place it anyway".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.catalog_history import ReuseWarning
from smmdesk.core.models import Balance, Service
from smmdesk.core.ordertypes import FieldKind, FieldSpec, OrderTypeSpec, spec_for
from smmdesk.core.store import OpenOrder
from smmdesk.core.validate import Validation
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.widgets.keyboard import label_buttons
from smmdesk.gui.widgets.plain import (
    NAME_LIMIT,
    align_to_reading_start,
    clip,
    directed,
    new_label,
    tip,
)
from smmdesk.gui.widgets.theme import tone
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate, isolate_ltr, reveal
from smmdesk.gui.wording.order_kinds import type_words
from smmdesk.gui.wording.same_link import open_order_line
from smmdesk.gui.wording.services import order_type_text

__all__ = ["OrderConfirmDialog", "OrderSummary", "ask_to_place"]

#: a value longer than this (a long link) goes into a box that wraps anywhere
_LONG_VALUE = 64
#: lines a list box shows before it scrolls
_BOX_LINES = 6
#: the fields shown in their own rows, before the others
_SPECIAL = ("link", "quantity", "runs", "interval")


@dataclass(frozen=True)
class OrderSummary:
    """What the confirmation shows: the order as checked by the form (``validation`` holds the
    exact params), the panel it goes to and the last known balance (None: unknown).
    ``unknown``: the last order's outcome is unknown; ``same_as_unknown``: this is the same
    order again. ``reused``: since the user last ordered this service id here, the panel gave
    the id to another service. ``same_link``: orders in progress on any panel on the same link,
    for the same kind of product (``core.same_link``)."""

    panel_name: str
    service: Service
    validation: Validation
    currency: str
    balance: Balance | None
    unknown: bool = False
    same_as_unknown: bool = False
    reused: ReuseWarning | None = None
    same_link: tuple[OpenOrder, ...] = ()

    @property
    def spec(self) -> OrderTypeSpec:
        return spec_for(self.service.type)

    @property
    def params(self) -> Mapping[str, str]:
        return self.validation.params or {}


def ask_to_place(parent: QWidget | None, summary: OrderSummary) -> bool:
    """Show the confirmation for ``summary``; True when the user chose to place the order."""
    dialog = OrderConfirmDialog(summary, parent)
    try:
        return dialogs.ask(dialog)
    finally:
        dialog.deleteLater()


def _number(value: str) -> str:
    """A whole number the form sent (ASCII digits) in the user's digits and grouping."""
    return numbers.fmt_int(int(value)) if value.isdigit() else isolate(reveal(value))


def _date(value: str) -> str:
    """An expiry sent as day/month/year, as the user's locale writes dates."""
    try:
        day = datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError:
        return isolate(reveal(value))
    return numbers.fmt_date(day, numbers.current_locale().FormatType.LongFormat)


class OrderConfirmDialog(QDialog):
    """The summary before placing one order: rows of label and value, the cost, the balance
    after, and two buttons named by what they do ("Place order", "Back to the form"). The
    back button is the default."""

    def __init__(self, summary: OrderSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderConfirmDialog")
        self.summary = summary
        self.rows: list[tuple[str, str]] = []  # (label, value) as shown, for summary_text()
        if summary.unknown:
            self.setWindowTitle(self.tr("The last order is unconfirmed"))
        elif summary.reused is not None:
            self.setWindowTitle(self.tr("Is this still the service you ordered?"))
        elif summary.same_link:
            self.setWindowTitle(self.tr("This link already has an order in progress"))
        else:
            self.setWindowTitle(self.tr("Place order?"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.warning_label = self._wrapped_label("")
        self.warning_label.setVisible(False)
        layout.addWidget(self.warning_label)
        self.same_link_label = self._wrapped_label("")
        self.same_link_label.setVisible(False)
        layout.addWidget(self.same_link_label)
        self.same_link_box: QPlainTextEdit | None = None
        self.same_link_check: QCheckBox | None = None
        if summary.same_link:
            self._show_same_link(layout)
        self.heading = self._wrapped_label(
            self.tr("Check the order before it is sent to the panel:")
        )
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        layout.addLayout(self.form)
        self.note_label = self._wrapped_label("")
        self.note_label.setVisible(False)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        self._build_buttons(layout)
        self._fill()
        self.setMinimumWidth(480)
        self.setMaximumWidth(760)
        # wrapped labels: the height follows from a reading width, not from the minimum
        self.resize(self._width(), self.heightForWidth(self._width()))

    # -- construction ------------------------------------------------------------------------
    def _width(self) -> int:
        return min(max(self.minimumWidth(), self.fontMetrics().averageCharWidth() * 80), 760)

    def _wrapped_label(self, text: str) -> QLabel:
        label = new_label(self, text)
        label.setWordWrap(True)
        align_to_reading_start(label)
        return label

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        warned = self.summary.unknown or self.summary.reused is not None
        place_text = self.tr("Place anyway") if warned else self.tr("Place order")
        self.place_button = QPushButton(place_text, self)
        self.back_button = QPushButton(self.tr("Back to the form"), self)
        buttons.addButton(self.place_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Enter must never place: the safe button is the default and has the focus
        self.place_button.setAutoDefault(False)
        self.place_button.setDefault(False)
        self.back_button.setAutoDefault(True)
        self.back_button.setDefault(True)
        self.place_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        if self.same_link_check is not None:
            # a second, explicit yes: Place stays disabled until the box is ticked
            self.place_button.setEnabled(False)
            self.same_link_check.toggled.connect(self.place_button.setEnabled)
        # Alt+letter, in the user's language
        label_buttons(
            (self.place_button, self.back_button)
            if self.same_link_check is None
            else (self.place_button, self.back_button, self.same_link_check)
        )
        layout.addWidget(buttons)
        self.back_button.setFocus()

    def _add_row(self, label: str, value: str | QWidget, *, text: str | None = None) -> QWidget:
        """A row ``label``: ``value`` (a plain-text label is made for a string); ``text`` is
        what summary_text() records for a widget value."""
        name = new_label(self, label)
        tone(name, "muted")
        if isinstance(value, str):
            # a mark of the dialog's direction: "#41 — name" holds no letter outside its
            # isolate, and would otherwise be laid out by whatever the name starts with
            shown = self._wrapped_label(directed(value, self))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget: QWidget = shown
            recorded = value
        else:
            widget = value
            recorded = text or ""
        name.setBuddy(widget)
        self.form.addRow(name, widget)
        self.rows.append((label, recorded))
        return widget

    def _box(self, lines: list[str], accessible: str) -> QPlainTextEdit:
        """A read-only box for a list or a long value: every line, wrapped anywhere, scrolled
        past a few lines (the dialog stays on a small screen)."""
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        box.setPlainText("\n".join(lines))
        box.setAccessibleName(accessible)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        metrics = box.fontMetrics()
        line = metrics.lineSpacing()
        # a long value wraps: about one line per 50 characters
        wrapped = sum(
            1 + metrics.horizontalAdvance(item) // (metrics.averageCharWidth() * 50)
            for item in lines
        )
        visible = min(max(wrapped, 2), _BOX_LINES)
        box.setFixedHeight(line * visible + 2 * box.frameWidth() + 12)
        return box

    # -- the rows ----------------------------------------------------------------------------
    def _fill(self) -> None:
        summary = self.summary
        service = summary.service
        if summary.unknown:
            self._show_unknown_warning()
        if summary.reused is not None:
            self._show_reuse_warning(summary.reused)
        self._add_row(self.tr("Panel"), isolate(summary.panel_name))
        name = (
            self.tr("%1 — %2")
            .replace("%1", numbers.order_ref(service.id))
            .replace("%2", isolate(clip(service.name, NAME_LIMIT)))
        )
        shown = self._add_row(self.tr("Service"), name)
        shown.setToolTip(tip(service.name))
        self._add_row(self.tr("Type"), type_words(service))
        params = summary.params
        if "link" in params:
            self._value_row(self._spec_field("link"), params["link"])
        self._quantity_rows()
        for field in summary.spec.fields:
            if field.name not in _SPECIAL and field.name in params:
                self._value_row(field, params[field.name])
        self._cost_rows()

    def _spec_field(self, name: str) -> FieldSpec:
        found = self.summary.spec.field(name)
        assert found is not None
        return found

    def _show_unknown_warning(self) -> None:
        text = self.tr("The last order's outcome is unknown: it may have been placed and paid for.")
        if self.summary.same_as_unknown:
            text += " " + self.tr(
                "This is the same order: if the last one went through, placing it again "
                "pays twice. Reconcile it first unless you are sure."
            )
        self.warning_label.setText(text)
        self.warning_label.setVisible(True)
        tone(self.warning_label, "error", bold=True)

    def _show_reuse_warning(self, reused: ReuseWarning) -> None:
        when = numbers.fmt_datetime(reused.ordered_at)
        if reused.ordered_name:
            text = self.tr(
                "Service %1 may not be what you ordered before: when you last ordered it "
                "(%2) it was “%3”, and since then the panel has given its number to "
                "another service. Check the name and the price before placing."
            )
        else:
            text = self.tr(
                "Service %1 may not be what you ordered before: since you last ordered it "
                "(%2) the panel has given its number to another service. Check the name and "
                "the price before placing."
            )
        # the panel's name last: a "%1" in it stays as written
        text = text.replace("%1", numbers.order_ref(self.summary.service.id)).replace("%2", when)
        text = text.replace("%3", isolate(clip(reused.ordered_name or "", NAME_LIMIT)))
        shown = self.warning_label.text()
        self.warning_label.setText(f"{shown}\n\n{text}" if shown else text)
        self.warning_label.setVisible(True)
        tone(self.warning_label, "error", bold=True)

    def _show_same_link(self, layout: QVBoxLayout) -> None:
        """The orders in progress on this link, and the box that unlocks "Place order"."""
        orders = self.summary.same_link
        # English needs its singular without a loaded translation; %n forms serve the rest
        count = (
            self.tr("An order on this link is still in progress.")
            if len(orders) == 1
            else self.tr("%Ln orders on this link are still in progress.", "", len(orders))
        )
        text = (
            count
            + " "
            + self.tr(
                "Two orders on the same link at the same time lose money: the panels do not "
                "refund it. Wait until it is done unless you are sure."
            )
        )
        self.same_link_label.setText(text)
        self.same_link_label.setVisible(True)
        tone(self.same_link_label, "error", bold=True)
        lines = [open_order_line(order) for order in orders]
        self.same_link_box = self._box(lines, self.tr("Orders in progress on this link"))
        layout.addWidget(self.same_link_box)
        self.same_link_check = QCheckBox(self.tr("I know: place it anyway"), self)
        layout.addWidget(self.same_link_check)

    def _value_row(self, field: FieldSpec, value: str) -> None:
        label = order_type_text(field.label)
        if field.kind is FieldKind.LINES:
            self._list_row(field, label, value)
            return
        if field.kind in (FieldKind.QUANTITY, FieldKind.INTEGER):
            shown = _number(value)
        elif field.kind is FieldKind.CHOICE:  # the delay after a new post, in minutes
            label = self.tr("Delay after a new post")
            shown = self._minutes(int(value)) if value.isdigit() else isolate(value)
        elif field.kind is FieldKind.DATE:
            shown = _date(value)
        else:  # links, user names, a hashtag: what is sent, character for character
            revealed = reveal(value)
            if len(revealed) > _LONG_VALUE:
                self._add_row(label, self._box([revealed], label), text=revealed)
                return
            is_link = field.kind in (FieldKind.LINK, FieldKind.URL)
            shown = isolate_ltr(revealed) if is_link else isolate(revealed)
        self._add_row(label, shown)

    def _list_row(self, field: FieldSpec, label: str, value: str) -> None:
        # a bidi override or an invisible character in a name must not pass for something
        # else; comments keep the joiners emoji and Persian words need
        joiners = field.name == "comments"
        items = [reveal(item, keep_joiners=joiners) for item in value.split("\n")]
        heading = self.tr("%1 (%Ln lines)", "", len(items)).replace("%1", label)
        self._add_row(heading, self._box(items, label), text="\n".join(items))

    def _minutes(self, count: int) -> str:
        if count == 0:
            return self.tr("No delay")
        return self.tr("%Ln minutes", "", count)

    def _quantity_rows(self) -> None:
        summary = self.summary
        quantity = summary.validation.quantity
        params = summary.params
        if "runs" in params and quantity is not None and params["runs"].isdigit():
            runs = int(params["runs"])
            self._add_row(
                self.tr("Quantity"),
                self.tr("%1 per run").replace("%1", numbers.fmt_int(quantity)),
            )
            self._add_row(
                self.tr("Drip-feed"),
                self.tr("%1 runs × %2 = %3 delivered in total")
                .replace("%1", numbers.fmt_int(runs))
                .replace("%2", numbers.fmt_int(quantity))
                .replace("%3", numbers.fmt_int(runs * quantity)),
            )
            interval = params.get("interval", "")
            if interval.isdigit():
                self._add_row(
                    self.tr("Interval"),
                    self.tr("one run every %Ln minutes", "", int(interval)),
                )
        elif "quantity" in params:
            self._value_row(self._spec_field("quantity"), params["quantity"])
        elif quantity is not None and summary.spec.quantity_from is None:
            self._add_row(self.tr("Quantity"), numbers.fmt_int(quantity))

    def _cost_rows(self) -> None:
        summary = self.summary
        cost = summary.validation.cost
        if cost is None:
            return
        money = numbers.fmt_money(cost, summary.currency)  # exact: what the panel charges
        if summary.validation.cost_per_post:
            text = self.tr("up to %1 per post").replace("%1", money)
        elif summary.spec.per_package:
            text = self.tr("%1 for the package").replace("%1", money)
        else:
            text = money
        cost_label = self._add_row(self.tr("Cost"), text)
        font = cost_label.font()
        font.setBold(True)
        cost_label.setFont(font)
        self._balance_row(cost)

    def _balance_row(self, cost: Decimal) -> None:
        summary = self.summary
        balance = summary.balance
        if balance is None:
            label = self._add_row(
                self.tr("Balance after"),
                self.tr("unknown: SMMDesk has not read this panel's balance yet"),
            )
            tone(label, "muted")
            return
        currency = balance.currency or summary.currency
        now = numbers.fmt_money(balance.amount, currency, 2)
        if summary.validation.cost_per_post:
            # the total depends on how many posts come: only today's balance is certain
            self._add_row(self.tr("Balance now"), now)
            return
        after = balance.amount - cost
        text = (
            self.tr("%1 (now %2)")
            .replace("%1", numbers.fmt_money(after, currency, 2))
            .replace("%2", now)
        )
        label = self._add_row(self.tr("Balance after"), text)
        if after < 0:
            tone(label, "error", bold=True)
            self.note_label.setText(
                self.tr(
                    "The last known balance is lower than the cost: the panel will probably "
                    "refuse this order."
                )
            )
            self.note_label.setVisible(True)
            tone(self.note_label, "error")

    # -- what the user sees, as text (tests, screen readers' summary) ------------------------
    def summary_text(self) -> str:
        """Every line the dialog shows, in order: title, warning, rows, note and buttons."""
        lines = [self.windowTitle()]
        if not self.warning_label.isHidden():
            lines.append(self.warning_label.text())
        if self.same_link_box is not None and self.same_link_check is not None:
            lines.append(self.same_link_label.text())
            lines.extend(self.same_link_box.toPlainText().split("\n"))
            mark = "x" if self.same_link_check.isChecked() else " "
            lines.append(f"[{mark}] {self.same_link_check.text().replace('&', '')}")
        lines.extend(f"{label}: {value}" for label, value in self.rows)
        if not self.note_label.isHidden():
            lines.append(self.note_label.text())
        # the words on the buttons, without their Alt-letter marks
        place, back = (b.text().replace("&", "") for b in (self.place_button, self.back_button))
        lines.append(f"[{place}] [{back}]")
        return "\n".join(lines)
