"""The order form: rows built from core.ordertypes for the selected service, live validation and
cost, and the guarded path from "Place" through confirmation to ``PanelSession.place``.

After an accepted order the link and list fields are cleared (they name the target: sending the
same link again is the classic duplicate) while quantity, options and drip-feed settings stay,
since those are what users repeat on the next target.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.errors import PanelRejected
from smmdesk.core.models import Balance, Service
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.ordertypes import FieldKind, FieldSpec, OrderTypeSpec, fields_for, spec_for
from smmdesk.core.store import StoreError
from smmdesk.core.validate import FieldError, Validation, parse_whole_number, validate_order
from smmdesk.gui import dialogs, locale_format, theme
from smmdesk.gui.catalog_model import order_type_text, spec_title
from smmdesk.gui.orders_status import (
    align_to_reading_start,
    date_edit_format,
    error_code,
    fmt_id,
    isolate,
    order_ref,
    rejected_reason,
    unconfirmed_reason,
)
from smmdesk.gui.reconcile_dialog import ReconcileDialog
from smmdesk.gui.session import PanelSession

__all__ = ["OrderForm", "field_error_text"]

VALIDATE_DELAY_MS = 100
# Digits (Western, Arabic-Indic, Persian, full-width), group separators and signs: the core
# parses them; the validator only keeps letters out of number fields.
_NUMBER_CHARS = (  # PCRE syntax: \x{...} is a code point
    r"[0-9\x{0660}-\x{0669}\x{06F0}-\x{06F9}\x{FF10}-\x{FF19}"
    r",.'\s\x{00A0}\x{202F}\x{2009}\x{066C}\x{2019}+\-\x{2212}]{0,40}"
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_KEYWORD_BREAK = re.compile(r"\r\n|\r|\n|,|\u060c")
_PREVIEW_LINES = 20
# Text tones: theme status kinds (readable on light and dark backgrounds)
_TONE_KINDS = {"error": "error", "success": "completed", "muted": "canceled"}
# Result frame per outcome: the theme kind of its border (the fill is a wash of it)
_FRAME_KINDS = {"unknown": "unknown", "success": "completed", "error": "error"}

_N = locale_format.fmt_int


def _number(values: Mapping[str, str], name: str) -> int | None:
    return parse_whole_number(values.get(name) or "")


def field_error_text(error: FieldError, service: Service, values: Mapping[str, str]) -> str:
    """A validation error in the user's language, by its code (core.validate writes English):
    the numbers come from the service and the form, the words from the translations. A code
    or wording this does not know is shown as the core wrote it."""
    spec = spec_for(service.type).field(error.field)
    label = order_type_text(spec.label) if spec is not None else error.field
    name, code, message = error.field, error.code, error.message
    if code == "required":
        return _required_text(name, label, message)
    if code == "has_spaces":
        if name == "link" or (spec is not None and spec.kind in (FieldKind.LINK, FieldKind.URL)):
            return QCoreApplication.translate("OrderForm", "The link must not contain spaces")
        line = _LINE_NUMBER.search(message)
        if line is not None and spec is not None and spec.kind is FieldKind.LINES:
            item = _QUOTED_ITEM.search(message)
            shown = isolate(item.group(1)) if item else ""
            if name == "hashtags":
                text = QCoreApplication.translate(
                    "OrderForm", "One hashtag per line: line %1 has a space (“%2”)"
                )
            else:
                text = QCoreApplication.translate(
                    "OrderForm", "One username per line: line %1 has a space (“%2”)"
                )
            return text.replace("%1", _N(int(line.group(1)))).replace("%2", shown)
        if name == "hashtag":
            return QCoreApplication.translate("OrderForm", "A hashtag cannot contain spaces")
        if name == "username":
            return QCoreApplication.translate("OrderForm", "A username cannot contain spaces")
        return QCoreApplication.translate("OrderForm", "%1 cannot contain spaces").replace(
            "%1", label
        )
    if code == "bad_link":
        if "starts with https:// or http://" in message:
            return QCoreApplication.translate(
                "OrderForm", "Use a link that starts with https:// or http://"
            )
        if "no site name" in message:
            return QCoreApplication.translate(
                "OrderForm", "The link has no site name after https://"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter a link such as https://instagram.com/name"
        )
    if code == "not_a_number":
        return QCoreApplication.translate("OrderForm", "%1 must be a whole number").replace(
            "%1", label
        )
    if code == "out_of_range":
        low, high = _N(service.min), _N(service.max)
        if spec is not None and spec.kind is FieldKind.LINES:
            typed = _LINE_ITEMS.get(name, _LINE_BREAK).split(values.get(name) or "")
            entered = _N(sum(1 for part in typed if part.strip()))
            return (
                _lines_range_text(spec, service.min == service.max)
                .replace("%1", low)
                .replace("%2", high)
                .replace("%3", entered)
            )
        if service.min == service.max:
            return (
                QCoreApplication.translate("OrderForm", "%1 must be exactly %2")
                .replace("%1", label)
                .replace("%2", low)
            )
        return (
            QCoreApplication.translate("OrderForm", "%1 must be between %2 and %3")
            .replace("%1", label)
            .replace("%2", low)
            .replace("%3", high)
        )
    if code == "too_small" and spec is not None and spec.min_value is not None:
        return (
            QCoreApplication.translate("OrderForm", "%1 must be at least %2")
            .replace("%1", label)
            .replace("%2", _N(spec.min_value))
        )
    if code == "bad_item":
        line = _LINE_NUMBER.search(message)
        number = _N(int(line.group(1))) if line else "?"
        if name == "hashtags":
            return QCoreApplication.translate("OrderForm", "Line %1 has no hashtag").replace(
                "%1", number
            )
        return QCoreApplication.translate("OrderForm", "Line %1 has no username").replace(
            "%1", number
        )
    if code == "bad_choice" and spec is not None:
        listed = QCoreApplication.translate("OrderForm", ", ").join(
            _choice_text(choice) for choice in spec.choices
        )
        return (
            QCoreApplication.translate("OrderForm", "%1 must be one of %2")
            .replace("%1", label)
            .replace("%2", listed)
        )
    if code == "bad_date":
        return QCoreApplication.translate(
            "OrderForm", "%1: enter a date as day/month/year, e.g. 31/12/2026"
        ).replace("%1", label)
    if code == "date_past":
        return QCoreApplication.translate("OrderForm", "%1 must be after today").replace(
            "%1", label
        )
    if code == "dripfeed_incomplete":
        if name == "interval":
            return QCoreApplication.translate(
                "OrderForm", "Enter the interval too: drip-feed needs both"
            )
        return QCoreApplication.translate("OrderForm", "Enter the runs too: drip-feed needs both")
    if code == "dripfeed_total":
        runs, quantity = _number(values, "runs"), _number(values, "quantity")
        if runs is not None and quantity is not None:
            return (
                QCoreApplication.translate(
                    "OrderForm", "Total of %1 runs × %2 = %3 exceeds the maximum %4"
                )
                .replace("%1", _N(runs))
                .replace("%2", _N(quantity))
                .replace("%3", _N(runs * quantity))
                .replace("%4", _N(service.max))
            )
    if code == "min_over_max":
        return QCoreApplication.translate(
            "OrderForm", "Minimum per post cannot be more than the maximum"
        )
    return message


_LINE_NUMBER = re.compile(r"[Ll]ine (\d+)")
_QUOTED_ITEM = re.compile(r"\(“(.*)”\)$")
_LINE_ITEMS = {"keywords": _KEYWORD_BREAK}


def _lines_range_text(spec: FieldSpec, exact: bool) -> str:
    """ "Enter between %1 and %2 comments (you entered %3)" for a list field whose line count
    is the quantity (%2 unused when ``exact``)."""
    if spec.label == "Replies":
        if exact:
            return QCoreApplication.translate(
                "OrderForm", "Enter exactly %1 replies (you entered %3)"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter between %1 and %2 replies (you entered %3)"
        )
    if spec.name == "comments":
        if exact:
            return QCoreApplication.translate(
                "OrderForm", "Enter exactly %1 comments (you entered %3)"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter between %1 and %2 comments (you entered %3)"
        )
    if spec.name == "usernames":
        if exact:
            return QCoreApplication.translate(
                "OrderForm", "Enter exactly %1 usernames (you entered %3)"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter between %1 and %2 usernames (you entered %3)"
        )
    label = order_type_text(spec.label)
    if exact:
        text = QCoreApplication.translate("OrderForm", "%4: enter exactly %1 (you entered %3)")
    else:
        text = QCoreApplication.translate(
            "OrderForm", "%4: enter between %1 and %2 (you entered %3)"
        )
    return text.replace("%4", label)


def _required_text(name: str, label: str, message: str) -> str:
    if not message.startswith(("Enter ", "Choose ")):
        return QCoreApplication.translate("OrderForm", "%1 is required").replace("%1", label)
    words = {
        "link": lambda: QCoreApplication.translate("OrderForm", "Enter the link"),
        "quantity": lambda: QCoreApplication.translate("OrderForm", "Enter the quantity"),
        "comments": lambda: QCoreApplication.translate(
            "OrderForm", "Enter at least one comment (one per line)"
        ),
        "usernames": lambda: QCoreApplication.translate(
            "OrderForm", "Enter at least one username (one per line)"
        ),
        "hashtags": lambda: QCoreApplication.translate(
            "OrderForm", "Enter at least one hashtag (one per line)"
        ),
        "hashtag": lambda: QCoreApplication.translate("OrderForm", "Enter the hashtag"),
        "keywords": lambda: QCoreApplication.translate("OrderForm", "Enter at least one keyword"),
        "groups": lambda: QCoreApplication.translate(
            "OrderForm", "Enter at least one group (one per line)"
        ),
        "media": lambda: QCoreApplication.translate("OrderForm", "Enter the link to the post"),
        "answer_number": lambda: QCoreApplication.translate("OrderForm", "Enter the answer number"),
        "delay": lambda: QCoreApplication.translate("OrderForm", "Choose a delay"),
        "username": lambda: QCoreApplication.translate("OrderForm", "Enter the username"),
    }.get(name)
    return (
        words()
        if words is not None
        else QCoreApplication.translate("OrderForm", "%1 is required").replace("%1", label)
    )


def _choice_text(value: str) -> str:
    number = parse_whole_number(value)
    return _N(number) if number is not None else value


@dataclass
class _Row:
    """One field as built: its spec and widgets (plain data, no per-type widget classes)."""

    spec: FieldSpec
    label: QLabel
    error: QLabel
    hint: QLabel | None = None
    no_expiry: QCheckBox | None = None
    edited: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    editor: QWidget = field(init=False)


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _tone(widget: QWidget, tone: str, *, bold: bool = False) -> None:
    colour = theme.status_colour(_TONE_KINDS[tone], _is_dark(widget))
    weight = " font-weight: 600;" if bold else ""
    widget.setStyleSheet(f"color: {colour.name()};{weight}")


def _items(text: str, splitter: re.Pattern[str] = _LINE_BREAK) -> list[str]:
    return [part.strip() for part in splitter.split(text) if part.strip()]


class OrderForm(QWidget):
    """The adaptive order form for one service of the open panel."""

    sig_order_placed = Signal(object)
    """Placement (or the local exception): emitted after ANY outcome of a placement."""
    sig_order_reconciled = Signal(object)
    """OrderRecord: the user settled an unconfirmed order through the Reconcile dialog."""

    def __init__(
        self, session_provider: Callable[[], PanelSession | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session_provider = session_provider
        self._connected: PanelSession | None = None
        self.service: Service | None = None
        self.type_spec: OrderTypeSpec | None = None
        self.currency = ""
        self.balance: Balance | None = None
        self.field_widgets: dict[str, QWidget] = {}
        self._rows: dict[str, _Row] = {}
        self._show_all_errors = False
        self._validation: Validation | None = None
        self._in_flight = False
        self._confirming = False
        self._sent_params: dict[str, str] | None = None
        self._sent_balance: Balance | None = None
        self._sent_cost: Decimal | None = None
        self._unknown: Placement | None = None  # last UNKNOWN outcome not yet acknowledged
        self._unknown_params: dict[str, str] | None = None
        self._unknown_balance: Decimal | None = None
        self.dripfeed_box: QGroupBox | None = None

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(VALIDATE_DELAY_MS)
        self._debounce.timeout.connect(self.revalidate)

        self._build()
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.place)
        self.set_service(None, "")

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(8)

        self.header_label = QLabel(self)
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header_label.setFont(font)
        self.subheader_label = QLabel(self)
        self.subheader_label.setWordWrap(True)
        self.subheader_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.header_label, self.subheader_label):
            align_to_reading_start(label)
        outer.addWidget(self.header_label)
        outer.addWidget(self.subheader_label)

        self._fields_slot = QVBoxLayout()
        self._fields_slot.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._fields_slot)
        self._fields_host: QWidget | None = None

        self.cost_label = QLabel(self)
        self.cost_label.setTextFormat(Qt.TextFormat.PlainText)
        cost_font = self.cost_label.font()
        cost_font.setBold(True)
        self.cost_label.setFont(cost_font)
        self.balance_after_label = QLabel(self)
        self.balance_after_label.setTextFormat(Qt.TextFormat.PlainText)
        self.balance_after_label.setWordWrap(True)
        align_to_reading_start(self.cost_label)
        align_to_reading_start(self.balance_after_label)
        outer.addWidget(self.cost_label)
        outer.addWidget(self.balance_after_label)

        buttons = QHBoxLayout()
        self.place_button = QPushButton(self.tr("Place order"), self)
        self.place_button.setDefault(False)
        self.place_button.setAutoDefault(False)
        self.place_button.setMinimumWidth(140)
        self.place_button.clicked.connect(self.place)
        buttons.addWidget(self.place_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        align_to_reading_start(self.reason_label)
        outer.addWidget(self.reason_label)

        # The outcome of the last placement: a line, or the prominent unknown-outcome state.
        self.result_frame = QFrame(self)
        self.result_frame.setObjectName("orderResult")
        result_layout = QVBoxLayout(self.result_frame)
        result_layout.setContentsMargins(10, 8, 10, 8)
        self.status_label = QLabel(self.result_frame)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = QLabel(self.result_frame)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        align_to_reading_start(self.status_label)
        align_to_reading_start(self.detail_label)
        self.reconcile_button = QPushButton(self.tr("Reconcile…"), self.result_frame)
        self.reconcile_button.setAutoDefault(False)
        self.reconcile_button.clicked.connect(self.open_reconcile)
        row = QHBoxLayout()
        row.addWidget(self.reconcile_button)
        row.addStretch(1)
        result_layout.addWidget(self.status_label)
        result_layout.addWidget(self.detail_label)
        result_layout.addLayout(row)
        outer.addWidget(self.result_frame)
        outer.addStretch(1)
        self._clear_result()

    def _make_row(self, spec: FieldSpec) -> _Row:
        host = self._fields_host
        assert host is not None
        text = order_type_text(spec.label)
        # Inside the drip-feed box runs and interval go together, so neither reads "optional".
        if not spec.required and not spec.dripfeed_only:
            text += " " + self.tr("(optional)")
        label = QLabel(text, host)
        label.setWordWrap(True)
        # a wrapped label is sized to its words' advances; Arabic final letters reach a little
        # past them and were clipped at the label's far edge
        label.setContentsMargins(3, 0, 3, 0)
        error = QLabel(host)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setVisible(False)
        align_to_reading_start(error)
        _tone(error, "error")
        builder = {
            FieldKind.LINK: self._line_edit,
            FieldKind.URL: self._line_edit,
            FieldKind.TEXT: self._line_edit,
            FieldKind.QUANTITY: self._number_edit,
            FieldKind.INTEGER: self._number_edit,
            FieldKind.LINES: self._lines_edit,
            FieldKind.CHOICE: self._choice_edit,
            FieldKind.DATE: self._date_edit,
        }[spec.kind]
        row = _Row(spec, label, error)
        row.editor = builder(row, host)
        if spec.help:
            row.editor.setToolTip(order_type_text(spec.help))
            label.setToolTip(order_type_text(spec.help))
        row.editor.setAccessibleName(order_type_text(spec.label))
        label.setBuddy(row.editor)
        row.editor.installEventFilter(self)
        return row

    def _line_edit(self, row: _Row, host: QWidget) -> QWidget:
        edit = QLineEdit(host)
        edit.setPlaceholderText(order_type_text(row.spec.placeholder))
        edit.setClearButtonEnabled(True)
        if row.spec.kind in (FieldKind.LINK, FieldKind.URL):
            # A link reads left to right even in an Arabic form: a trailing "/" or "?" must not
            # jump to the other end of it.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.textEdited.connect(lambda _t, name=row.spec.name: self._on_edited(name))
        edit.returnPressed.connect(self.place)
        return edit

    def _number_edit(self, row: _Row, host: QWidget) -> QWidget:
        edit = QLineEdit(host)
        align_to_reading_start(edit)
        edit.setValidator(QRegularExpressionValidator(_NUMBER_CHARS, edit))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.textEdited.connect(lambda _t, name=row.spec.name: self._on_edited(name))
        edit.returnPressed.connect(self.place)
        hint = self._hint_label(host)
        service = self.service
        if row.spec.kind is FieldKind.QUANTITY and service is not None:
            if service.min == service.max:
                hint.setText(self.tr("exactly %1").replace("%1", _N(service.min)))
            else:
                hint.setText(
                    self.tr("min %1 · max %2")
                    .replace("%1", _N(service.min))
                    .replace("%2", _N(service.max))
                )
        elif row.spec.min_value is not None:
            hint.setText(self.tr("at least %1").replace("%1", _N(row.spec.min_value)))
        row.hint = hint
        return edit

    def _lines_edit(self, row: _Row, host: QWidget) -> QWidget:
        edit = QPlainTextEdit(host)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(order_type_text(row.spec.help))
        line_height = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(line_height * 4 + 12)
        edit.setMaximumHeight(line_height * 8 + 12)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        edit.textChanged.connect(lambda name=row.spec.name: self._on_lines_changed(name))
        row.hint = self._hint_label(host)
        self._update_counter(row, edit)
        return edit

    def _choice_edit(self, row: _Row, host: QWidget) -> QWidget:
        combo = QComboBox(host)
        minutes = "minute" in row.spec.label.lower()
        for value in row.spec.choices:
            number = parse_whole_number(value)
            if minutes and number is not None:
                shown = self.tr("%Ln min", "", number)
            else:
                shown = _choice_text(value)
            combo.addItem(shown, value)
        combo.currentIndexChanged.connect(lambda _i, name=row.spec.name: self._on_edited(name))
        return combo

    def _date_edit(self, row: _Row, host: QWidget) -> QWidget:
        box = QWidget(host)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QDateEdit(box)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        align_to_reading_start(edit)
        tomorrow = QDate.currentDate().addDays(1)
        edit.setMinimumDate(tomorrow)
        edit.setDate(QDate.currentDate().addDays(30))
        edit.dateChanged.connect(lambda _d, name=row.spec.name: self._on_edited(name))
        layout.addWidget(edit)
        row.extra["date"] = edit
        if not row.spec.required:
            check = QCheckBox(self.tr("No expiry"), box)
            check.setChecked(True)
            edit.setEnabled(False)
            check.toggled.connect(lambda on, e=edit: e.setEnabled(not on))
            check.toggled.connect(lambda _on, name=row.spec.name: self._on_edited(name))
            layout.addWidget(check)
            row.no_expiry = check
        layout.addStretch(1)
        return box

    def _hint_label(self, host: QWidget) -> QLabel:
        hint = QLabel(host)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        align_to_reading_start(hint)
        _tone(hint, "muted")
        return hint

    # -- public API --------------------------------------------------------------------------
    def set_service(self, service: Service | None, currency: str) -> None:
        """Rebuild the rows for ``service``'s type, keeping values of fields both forms share."""
        if service is not None and service == self.service and self._fields_host is not None:
            # A catalogue refresh re-selects the same service: keep the widgets (and the
            # cursor of a user typing) and only update what depends on the currency.
            self.currency = currency
            assert self.type_spec is not None
            self.subheader_label.setText(self._subheader(service, self.type_spec))
            self.revalidate()
            return
        kept = self.values(raw=True) if self.service is not None else {}
        kept_drip = self.dripfeed_box is not None and self.dripfeed_box.isChecked()
        edited = {name for name, row in self._rows.items() if row.edited}
        if service is None or self.service is None or service.id != self.service.id:
            self._show_all_errors = False
            if self._unknown is None and not self._in_flight:
                self._clear_result()
        self.service = service
        self.currency = currency
        self.type_spec = spec_for(service.type) if service is not None else None
        self._rebuild()
        if service is not None:
            self._apply_values(kept, edited)
            if self.dripfeed_box is not None and kept_drip:
                self.dripfeed_box.setChecked(True)
        self.revalidate()

    def set_balance(self, balance: Balance | None) -> None:
        self.balance = balance
        self._update_cost()

    def prefill(self, values: Mapping[str, str]) -> None:
        """Fill the form from a previous order's params ("order again")."""
        self._apply_values(values, {name for name, value in values.items() if value})
        if self.dripfeed_box is not None and any(values.get(n) for n in ("runs", "interval")):
            self.dripfeed_box.setChecked(True)
        self.revalidate()

    def values(self, *, raw: bool = False) -> dict[str, str]:
        """The form's text per field name; drip-feed fields are empty while drip-feed is off
        (``raw`` returns what the widgets hold regardless)."""
        out: dict[str, str] = {}
        drip_on = self.dripfeed_box is not None and self.dripfeed_box.isChecked()
        for name, row in self._rows.items():
            if row.spec.dripfeed_only and not drip_on and not raw:
                out[name] = ""
                continue
            out[name] = self._value_of(row)
        return out

    def error_text(self, name: str) -> str:
        """The error shown under field ``name`` ("" when none is shown)."""
        row = self._rows.get(name)
        return row.error.text() if row is not None and not row.error.isHidden() else ""

    def hint_text(self, name: str) -> str:
        """The hint under field ``name``: limits, or the live line counter."""
        row = self._rows.get(name)
        return row.hint.text() if row is not None and row.hint is not None else ""

    @property
    def validation(self) -> Validation | None:
        return self._validation

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    # -- rows --------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        if self._fields_host is not None:
            self._fields_slot.removeWidget(self._fields_host)
            self._fields_host.hide()
            self._fields_host.deleteLater()
        self._rows.clear()
        self.field_widgets.clear()
        self.dripfeed_box = None
        host = QWidget(self)
        self._fields_host = host
        self._fields_slot.addWidget(host)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        service = self.service
        if service is None or self.type_spec is None:
            self.header_label.setText(self.tr("No service selected"))
            self.subheader_label.setText(
                self.tr("Choose a service in the catalogue to place an order.")
            )
            _tone(self.subheader_label, "muted")
            return
        self.header_label.setText(service.name)
        self.subheader_label.setText(self._subheader(service, self.type_spec))
        _tone(self.subheader_label, "muted")

        form = self._new_form_layout()
        layout.addLayout(form)
        drip_form: QFormLayout | None = None
        for spec in fields_for(service):
            row = self._make_row(spec)
            self._rows[spec.name] = row
            self.field_widgets[spec.name] = row.extra.get("date", row.editor)
            target = form
            if spec.dripfeed_only:
                if drip_form is None:
                    self.dripfeed_box = QGroupBox(self.tr("Drip-feed"), host)
                    self.dripfeed_box.setCheckable(True)
                    self.dripfeed_box.setChecked(False)
                    self.dripfeed_box.setToolTip(
                        self.tr("Deliver the quantity several times, with a pause between runs")
                    )
                    self.dripfeed_box.toggled.connect(self._on_dripfeed_toggled)
                    drip_form = self._new_form_layout()
                    self.dripfeed_box.setLayout(drip_form)
                    layout.addWidget(self.dripfeed_box)
                target = drip_form
            target.addRow(row.label, self._cell(row, host))
        if self.dripfeed_box is not None:
            self._on_dripfeed_toggled(False)

    def _new_form_layout(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        return form

    def _cell(self, row: _Row, host: QWidget) -> QWidget:
        cell = QWidget(host)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(row.editor)
        if row.hint is not None:
            layout.addWidget(row.hint)
        layout.addWidget(row.error)
        return cell

    def _subheader(self, service: Service, spec: OrderTypeSpec) -> str:
        rate = locale_format.fmt_money(service.rate, self.currency)
        if spec.per_package:
            price = self.tr("%1 per package").replace("%1", rate)
        else:
            price = self.tr("%1 per 1000").replace("%1", rate)
        parts = [
            spec_title(spec),
            self.tr("ID %1").replace("%1", fmt_id(service.id)),
            self.tr("min %1 · max %2")
            .replace("%1", _N(service.min))
            .replace("%2", _N(service.max)),
            price,
        ]
        return " · ".join(parts)

    def _value_of(self, row: _Row) -> str:
        editor = row.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return "" if data is None else str(data)
        date_edit = row.extra.get("date")
        if isinstance(date_edit, QDateEdit):
            if row.no_expiry is not None and row.no_expiry.isChecked():
                return ""
            return str(date_edit.date().toString("dd/MM/yyyy"))
        return ""

    def _set_value(self, row: _Row, value: str) -> None:
        editor = row.editor
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.blockSignals(True)
            editor.setPlainText(value)
            editor.blockSignals(False)
            self._update_counter(row)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value.strip())
            if index >= 0:
                editor.setCurrentIndex(index)
        elif isinstance(row.extra.get("date"), QDateEdit):
            date_edit: QDateEdit = row.extra["date"]
            parsed = QDate.fromString(value.strip(), "dd/MM/yyyy")
            if not parsed.isValid():
                parsed = QDate.fromString(value.strip(), "d/M/yyyy")
            if row.no_expiry is not None:
                row.no_expiry.setChecked(not parsed.isValid())
            if parsed.isValid():
                date_edit.setDate(parsed)

    def _apply_values(self, values: Mapping[str, str], edited: set[str]) -> None:
        for name, value in values.items():
            row = self._rows.get(name)
            if row is None or value is None:
                continue
            self._set_value(row, str(value))
            row.edited = name in edited and bool(str(value).strip())

    # -- live validation ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for row in self._rows.values():
                if row.editor is watched and row.edited:
                    # Errors appear once the user leaves a field they changed, not mid-typing.
                    row.extra["shown"] = True
                    self._debounce.start(0)
        return super().eventFilter(watched, event)

    def _on_edited(self, name: str) -> None:
        row = self._rows.get(name)
        if row is not None:
            row.edited = True
            if not isinstance(row.editor, QLineEdit | QPlainTextEdit):
                row.extra["shown"] = True  # a choice is complete the moment it is made
        self._debounce.start()

    def _on_lines_changed(self, name: str) -> None:
        row = self._rows.get(name)
        if row is not None:
            self._update_counter(row)
        self._on_edited(name)

    def _on_dripfeed_toggled(self, on: bool) -> None:
        for row in self._rows.values():
            if row.spec.dripfeed_only:
                row.editor.setEnabled(on)
        self._debounce.start()

    def _update_counter(self, row: _Row, editor: QWidget | None = None) -> None:
        editor = editor if editor is not None else row.editor
        if row.hint is None or not isinstance(editor, QPlainTextEdit):
            return
        splitter = _KEYWORD_BREAK if row.spec.name == "keywords" else _LINE_BREAK
        count = len(_items(editor.toPlainText(), splitter))
        text = self._count_text(row.spec, count)
        if self.type_spec is not None and self.type_spec.quantity_from == row.spec.name:
            text = self.tr("%1 = quantity %2").replace("%1", text).replace("%2", _N(count))
        row.hint.setText(text)

    def _count_text(self, spec: FieldSpec, count: int) -> str:
        """How many items a list field holds, in words ("3 comments")."""
        # English needs its singular without a loaded translation; %Ln forms serve the rest
        if count == 1:
            return self.tr("1 line")
        if spec.label == "Replies":
            return self.tr("%Ln replies", "", count)
        if spec.name == "comments":
            return self.tr("%Ln comments", "", count)
        if spec.name == "usernames":
            return self.tr("%Ln usernames", "", count)
        if spec.name == "hashtags":
            return self.tr("%Ln hashtags", "", count)
        if spec.name == "keywords":
            return self.tr("%Ln keywords", "", count)
        if spec.name == "groups":
            return self.tr("%Ln groups", "", count)
        return self.tr("%Ln lines", "", count)

    def revalidate(self) -> None:
        """Validate now (the debounce timer calls this ~100 ms after the last edit)."""
        self._debounce.stop()
        if self.service is None:
            self._validation = None
        else:
            self._validation = validate_order(self.service, self.values())
        values = self.values()
        for row in self._rows.values():
            message = ""
            if self._validation is not None and (self._show_all_errors or row.extra.get("shown")):
                error = next((e for e in self._validation.errors if e.field == row.spec.name), None)
                if error is not None and self.service is not None:
                    message = field_error_text(error, self.service, values)
            row.error.setText(message)
            row.error.setVisible(bool(message))
        self._update_cost()
        self._update_place_button()

    def _update_cost(self) -> None:
        validation = self._validation
        cost = validation.cost if validation is not None else None
        if cost is None:
            self.cost_label.setText(self.tr("Cost: —") if self.service is not None else "")
            self.balance_after_label.setText("")
            self.balance_after_label.setVisible(False)
            return
        money = locale_format.fmt_money(cost, self.currency, 2 if cost >= 1 else None)
        if validation is not None and validation.cost_per_post:
            self.cost_label.setText(self.tr("Cost ≈ up to %1 per post").replace("%1", money))
        else:
            self.cost_label.setText(self.tr("Cost ≈ %1").replace("%1", money))
        self.balance_after_label.setVisible(self.balance is not None)
        if self.balance is None:
            self.balance_after_label.setText("")
            return
        after = self.balance.amount - cost
        shown = locale_format.fmt_money(after, self.balance.currency or self.currency, 2)
        if after < 0:
            self.balance_after_label.setText(
                self.tr("Balance after ≈ %1 — not enough funds on the panel").replace("%1", shown)
            )
            _tone(self.balance_after_label, "error", bold=True)
        else:
            self.balance_after_label.setText(self.tr("Balance after ≈ %1").replace("%1", shown))
            _tone(self.balance_after_label, "muted")

    def _blocking_reason(self) -> str:
        """Why Place cannot be pressed right now, or "" when it can."""
        if self.service is None:
            return self.tr("Choose a service in the catalogue to place an order")
        if self._session_provider() is None:
            return self.tr("Open a panel to place orders")
        if self._in_flight:
            return self.tr("Placing the order… wait for the panel's answer")
        validation = self._validation
        if validation is None:
            return ""
        if validation.errors:
            first = validation.errors[0]
            text = field_error_text(first, self.service, self.values())
            if first.code == "required" and first.message.startswith(("Enter ", "Choose ")):
                text = self.tr("%1 to place the order").replace("%1", text)
            more = len(validation.errors) - 1
            if more:
                text += " " + self.tr("(and %Ln more)", "", more)
            return text
        if validation.cost is None:
            return self.tr("The price of this service is unknown, so it cannot be ordered")
        return ""

    def _update_place_button(self) -> None:
        reason = self._blocking_reason()
        self.place_button.setEnabled(not reason)
        self.place_button.setToolTip(reason)
        self.place_button.setText(
            self.tr("Placing…") if self._in_flight else self.tr("Place order")
        )
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        _tone(self.reason_label, "muted")

    # -- placing -----------------------------------------------------------------------------
    def place(self) -> None:
        """Validate, confirm, then hand the order to the session (at most one in flight)."""
        if self._in_flight or self._confirming or self.service is None:
            return
        session = self._session_provider()
        if session is None or session.placing:
            return
        self._show_all_errors = True
        self.revalidate()
        validation = self._validation
        if validation is None or not validation.ok or validation.params is None:
            self._focus_first_error()
            return
        cost = validation.cost
        if cost is None:
            return
        service, params = self.service, dict(validation.params)
        self._confirming = True
        try:
            if not self._confirm(service, params, validation):
                return
        finally:
            self._confirming = False
        # The dialog ran an event loop: the world may have moved on meanwhile.
        if (
            self._in_flight
            or self.service is not service
            or self._session_provider() is not session
        ):
            return
        self._connect(session)
        if not session.place(service, params, cost, validation.quantity):
            self._show_result(
                "error", self.tr("Another order is still being sent; wait for its answer.")
            )
            return
        self._unknown = None
        self._in_flight = True
        self._sent_params = params
        self._sent_cost = cost
        self._sent_balance = self.balance
        self._clear_result()
        self._update_place_button()

    def _confirm(self, service: Service, params: dict[str, str], validation: Validation) -> bool:
        lines = [
            self.tr("Service %1 — %2")
            .replace("%1", fmt_id(service.id))
            .replace("%2", isolate(service.name))
        ]
        rows = {row.spec.name: row.spec for row in self._rows.values()}
        for name, value in params.items():
            label = order_type_text(rows[name].label) if name in rows else name
            items = value.split("\n")
            if len(items) == 1:
                lines.append(
                    self.tr("%1 (%2): %3")
                    .replace("%1", label)
                    .replace("%2", name)
                    .replace("%3", isolate(value))
                )
                continue
            lines.append(
                self.tr("%1 (%2), %Ln lines:", "", len(items))
                .replace("%1", label)
                .replace("%2", name)
            )
            lines.extend(f"    {isolate(item)}" for item in items[:_PREVIEW_LINES])
            if len(items) > _PREVIEW_LINES:
                lines.append("    " + self.tr("… and %Ln more", "", len(items) - _PREVIEW_LINES))
        if validation.quantity is not None and "quantity" not in params:
            lines.append(self.tr("Quantity: %1").replace("%1", _N(validation.quantity)))
        cost = validation.cost
        if cost is not None:
            money = locale_format.fmt_money(cost, self.currency)
            if validation.cost_per_post:
                lines.append(self.tr("Cost: up to %1 per post").replace("%1", money))
            else:
                lines.append(self.tr("Cost: %1").replace("%1", money))
        details = ""
        if cost is not None and self.balance is not None and self.balance.amount < cost:
            details = self.tr(
                "The last known balance (%1) is lower than the cost: the panel will probably "
                "refuse this order."
            ).replace("%1", locale_format.fmt_money(self.balance.amount, self.balance.currency, 2))
        title = self.tr("Place this order?")
        ok_text = self.tr("Place order")
        if self._unknown is not None:
            same = self._unknown_params == params
            warning = self.tr("The last order's outcome is unknown. Place anyway?")
            if same:
                warning += "\n" + self.tr(
                    "This is the same order: if the last one went through, placing it again "
                    "pays twice. Reconcile it first unless you are sure."
                )
            lines.insert(0, warning + "\n")
            title = self.tr("The last order is unconfirmed")
            ok_text = self.tr("Place anyway")
        return dialogs.confirm(self, title, "\n".join(lines), details, ok_text)

    def _connect(self, session: PanelSession) -> None:
        if self._connected is session:
            return
        if self._connected is not None:
            # the old session may already be gone
            with contextlib.suppress(RuntimeError, TypeError):
                self._connected.sig_order_finished.disconnect(self.on_order_finished)
        session.sig_order_finished.connect(self.on_order_finished)
        self._connected = session

    def on_order_finished(self, outcome: object) -> None:
        """The session's answer for the order this form sent."""
        if not self._in_flight:
            return  # another door of the session placed it; not ours to show
        self._in_flight = False
        if isinstance(outcome, Placement):
            if outcome.state is PlacementState.ACCEPTED:
                self._on_accepted(outcome)
            elif outcome.state is PlacementState.REJECTED:
                self._show_rejected(outcome)
            else:
                self._show_unknown(outcome)
        else:
            self._on_local_failure(outcome)
        self.revalidate()
        self.sig_order_placed.emit(outcome)

    def _on_accepted(self, placement: Placement) -> None:
        cost = self._sent_cost
        number = order_ref(placement.order_id) if placement.order_id is not None else ""
        if cost:
            money = locale_format.fmt_money(cost, self.currency, 2 if cost >= 1 else None)
            text = self.tr("Order %1 placed — %2").replace("%1", number).replace("%2", money)
        else:
            text = self.tr("Order %1 placed").replace("%1", number)
        self._show_result("success", text)
        for row in self._rows.values():
            if row.spec.kind in (FieldKind.LINK, FieldKind.LINES):
                self._set_value(row, "")
                row.edited = False
                row.extra.pop("shown", None)
        self._show_all_errors = False
        first = next(iter(self._rows.values()), None)
        if first is not None and first.spec.kind is FieldKind.LINK:
            first.editor.setFocus()

    def _show_rejected(self, placement: Placement) -> None:
        error = placement.error
        cost = self._sent_cost
        money = locale_format.fmt_money
        cost_text = money(cost, self.currency, 2) if cost is not None else ""
        code = error_code(error)
        panel_text = error.panel_text if isinstance(error, PanelRejected) else ""
        if code == "insufficient_funds":
            balance = self._sent_balance
            if balance is not None:
                text = (
                    self.tr("Not enough funds on the panel balance (cost %1, balance %2).")
                    .replace("%1", cost_text)
                    .replace("%2", money(balance.amount, balance.currency, 2))
                )
            else:
                text = self.tr("Not enough funds on the panel balance (cost %1).").replace(
                    "%1", cost_text
                )
            text += " " + self.tr("Add funds on the panel, then place the order again.")
        else:
            text = rejected_reason(code)
        detail = ""
        if panel_text:
            detail = self.tr("The panel said: “%1”").replace("%1", isolate(panel_text))
        self._show_result("error", self.tr("Not placed: %1").replace("%1", text), detail)

    def _show_unknown(self, placement: Placement) -> None:
        self._unknown = placement
        self._unknown_params = self._sent_params
        self._unknown_balance = self._sent_balance.amount if self._sent_balance else None
        self._show_result(
            "unknown",
            self.tr("Outcome unknown — check before retrying"),
            self.tr(
                "The order was sent but no usable answer came back, so it may have been placed "
                "and paid for. Use Reconcile to compare the balance and settle it before "
                "placing it again."
            )
            + "\n"
            + unconfirmed_reason(placement.error),
        )
        self.reconcile_button.setVisible(True)

    def _on_local_failure(self, exc: object) -> None:
        if isinstance(exc, StoreError):
            self._show_result(
                "error",
                self.tr(
                    "Not sent: SMMDesk could not record the order on disk, so nothing was sent."
                ),
                str(exc),
            )
            return
        # Anything else may have failed after the request left: never claim "not placed".
        self._unknown = Placement(0, PlacementState.UNKNOWN, None, None, "")
        self._unknown_params = self._sent_params
        self._show_result(
            "unknown",
            self.tr("Outcome unknown — check before retrying"),
            self.tr(
                "SMMDesk failed while sending (%1). Check the orders list: the order shows "
                "as unconfirmed if it may have been placed."
            ).replace("%1", isolate(type(exc).__name__)),
        )

    def open_reconcile(self) -> None:
        """Open the reconciliation dialog for the last unconfirmed order."""
        placement = self._unknown
        session = self._connected or self._session_provider()
        if placement is None or placement.local_id <= 0 or session is None:
            return
        dialog = ReconcileDialog(
            session, placement.local_id, self, balance_before=self._unknown_balance
        )
        dialog.sig_resolved.connect(self._on_reconciled)
        dialog.open()

    def _on_reconciled(self, record: Any) -> None:
        self._unknown = None
        self._unknown_params = None
        if record.panel_order_id is not None:
            text = self.tr("Settled: the order was placed as order %1.").replace(
                "%1", order_ref(record.panel_order_id)
            )
        else:
            text = self.tr("Settled: the order was not placed. You can place it again.")
        self._show_result("success", text)
        self.sig_order_reconciled.emit(record)

    # -- result area -------------------------------------------------------------------------
    def _clear_result(self) -> None:
        self.status_label.setText("")
        self.detail_label.setText("")
        self.detail_label.setVisible(False)
        self.reconcile_button.setVisible(False)
        self.result_frame.setVisible(False)

    def _show_result(self, kind: str, text: str, detail: str = "") -> None:
        self.result_frame.setVisible(True)
        self.status_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.reconcile_button.setVisible(False)
        dark = _is_dark(self)
        border = theme.status_colour(_FRAME_KINDS.get(kind, "error"), dark)
        fill = QColor(border)
        fill.setAlpha(36)  # a wash of the border colour: the text stays readable on it
        if kind == "unknown":
            fill = theme.alert_background(dark)
        self.result_frame.setStyleSheet(
            f"QFrame#orderResult {{ border: 1px solid {border.name()}; border-radius: 4px; "
            f"background-color: rgba({fill.red()},{fill.green()},{fill.blue()},{fill.alpha()}); }}"
        )
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)

    def _focus_first_error(self) -> None:
        validation = self._validation
        if validation is None or not validation.errors:
            return
        row = self._rows.get(validation.errors[0].field)
        if row is None:
            return
        if row.spec.dripfeed_only and self.dripfeed_box is not None:
            self.dripfeed_box.setChecked(True)
        target = row.extra.get("date", row.editor)
        target.setFocus()
