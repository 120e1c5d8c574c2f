"""The order form's rows for one service, built from core.ordertypes: an editor per FieldKind,
limit hints and live line counters, the drip-feed group, and reading and writing their values.

Past 400 lines on purpose: each kind's editor is built beside the code that reads and writes
its value, so a kind is added or changed in one place."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.models import Service
from smmdesk.core.numbers import parse_whole_number
from smmdesk.core.ordertypes import FieldKind, FieldSpec, OrderTypeSpec, fields_for
from smmdesk.gui.widgets.announce import describe, name_clear_button
from smmdesk.gui.widgets.keyboard import add_mnemonic, tab_leaves, taken_letters
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label, tip
from smmdesk.gui.widgets.theme import tone
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.fields import KEYWORD_BREAK, LINE_BREAK, choice_text
from smmdesk.gui.wording.numbers import date_edit_format
from smmdesk.gui.wording.services import limits_tip, order_type_text, orderable_min

__all__ = ["FieldRows"]

# Digits (Western, Arabic-Indic, Persian, full-width), group separators, decimal marks and
# signs: the core parses them (and explains why "10.5" or "١٠٫٥" is not a quantity); the
# validator only keeps letters out of number fields.
_NUMBER_CHARS = (  # PCRE syntax: \x{...} is a code point
    r"[0-9\x{0660}-\x{0669}\x{06F0}-\x{06F9}\x{FF10}-\x{FF19}"
    r",.'\s\x{00A0}\x{202F}\x{2009}\x{066B}\x{066C}\x{2019}+\-\x{2212}]{0,40}"
)

_N = numbers.fmt_int


def _items(text: str, splitter: re.Pattern[str] = LINE_BREAK) -> list[str]:
    return [part.strip() for part in splitter.split(text) if part.strip()]


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


class FieldRows(QObject):
    """The field rows of the order form (``parent``) for its current service, built into
    ``slot``; their texts stay in the "OrderForm" translation context they were written in."""

    sig_edited = Signal(bool)
    """A field changed; True when the user left a field they changed (show its error now)."""
    sig_submitted = Signal()
    """Return was pressed in a one-line field: the user asks to place the order."""

    def __init__(
        self, slot: QVBoxLayout, parent: QWidget, count_text: Callable[[FieldSpec, int], str]
    ) -> None:
        """``count_text(spec, n)``: the words for ``n`` items of a list field, or ``n``
        minutes of a choice. The form writes them: lupdate marks a plural only in a tr() call."""
        super().__init__(parent)
        self._count_text = count_text
        self._slot = slot
        self._owner = parent
        self.host: QWidget | None = None
        self.service: Service | None = None
        self.type_spec: OrderTypeSpec | None = None
        self.rows: dict[str, _Row] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.dripfeed_box: QGroupBox | None = None
        self._letters: set[str] = set()

    # -- building ----------------------------------------------------------------------------
    def rebuild(self, service: Service | None, type_spec: OrderTypeSpec | None) -> None:
        """Replace the rows with those of ``service``'s type (no rows for no service), keeping
        the values (and drip-feed on) of the fields both types share."""
        kept = self.values(raw=True) if self.service is not None else {}
        kept_drip = self.dripfeed_box is not None and self.dripfeed_box.isChecked()
        edited = {name for name, row in self.rows.items() if row.edited}
        if self.host is not None:
            self._slot.removeWidget(self.host)
            self.host.hide()
            self.host.deleteLater()
        self.rows.clear()
        self.field_widgets.clear()
        self.dripfeed_box = None
        self.service, self.type_spec = service, type_spec
        host = QWidget(self._owner)
        self.host = host
        self._slot.addWidget(host)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        if service is None or type_spec is None:
            return
        form = self._new_form_layout()
        layout.addLayout(form)
        # Alt+letter puts the cursor in a field: each label its own letter, none of the menus'
        self._letters = taken_letters(self._owner)
        drip_form: QFormLayout | None = None
        for spec in fields_for(service):
            row = self._make_row(spec)
            self.rows[spec.name] = row
            self.field_widgets[spec.name] = row.extra.get("date", row.editor)
            target = form
            if spec.dripfeed_only:
                if drip_form is None:
                    self.dripfeed_box = QGroupBox(
                        add_mnemonic(
                            QCoreApplication.translate("OrderForm", "Drip-feed"), self._letters
                        ),
                        host,
                    )
                    self.dripfeed_box.setCheckable(True)
                    self.dripfeed_box.setChecked(False)
                    self.dripfeed_box.setToolTip(
                        QCoreApplication.translate(
                            "OrderForm",
                            "Deliver the quantity several times, with a pause between runs",
                        )
                    )
                    self.dripfeed_box.toggled.connect(self._on_dripfeed_toggled)
                    drip_form = self._new_form_layout()
                    self.dripfeed_box.setLayout(drip_form)
                    layout.addWidget(self.dripfeed_box)
                target = drip_form
            target.addRow(row.label, self._cell(row, host))
        if self.dripfeed_box is not None:
            self._on_dripfeed_toggled(False)
        host.show()  # at once, not when the layout gets round to it: the focus may go there now
        self.apply_values(kept, edited)
        if self.dripfeed_box is not None and kept_drip:
            self.dripfeed_box.setChecked(True)

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

    def _make_row(self, spec: FieldSpec) -> _Row:
        host = self.host
        assert host is not None
        text = order_type_text(spec.label)
        # Inside the drip-feed box runs and interval go together, so neither reads "optional".
        if not spec.required and not spec.dripfeed_only:
            text += " " + QCoreApplication.translate("OrderForm", "(optional)")
        label = new_label(host, add_mnemonic(text, self._letters))
        label.setWordWrap(True)
        # a wrapped label is sized to its words' advances; Arabic final letters reach a little
        # past them and were clipped at the label's far edge
        label.setContentsMargins(3, 0, 3, 0)
        error = new_label(host)
        error.setWordWrap(True)
        error.setVisible(False)
        align_to_reading_start(error)
        tone(error, "error")
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
        row.extra.get("date", row.editor).setAccessibleName(order_type_text(spec.label))
        label.setBuddy(row.editor)
        row.editor.installEventFilter(self)
        self.describe(row)
        return row

    def describe(self, row: _Row, editor: QWidget | None = None) -> None:
        """Give ``row``'s field its error (when one shows), hint and help as its accessible
        description: what a sighted user reads around the field, a screen reader says with it.
        (``editor``: the field while its row is being built.)"""
        target = row.extra.get("date", editor or getattr(row, "editor", None))
        if target is None:
            return
        error = row.error.text() if not row.error.isHidden() else ""
        hint = row.hint.text() if row.hint is not None else ""
        parts = [error, hint, order_type_text(row.spec.help) if row.spec.help else ""]
        describe(target, parts)

    def _line_edit(self, row: _Row, host: QWidget) -> QWidget:
        edit = QLineEdit(host)
        edit.setPlaceholderText(order_type_text(row.spec.placeholder))
        edit.setClearButtonEnabled(True)
        name_clear_button(edit)
        if row.spec.kind in (FieldKind.LINK, FieldKind.URL):
            # A link reads left to right even in an Arabic form: a trailing "/" or "?" must not
            # jump to the other end of it.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.textEdited.connect(lambda _t, name=row.spec.name: self._on_edited(name))
        edit.returnPressed.connect(self.sig_submitted)
        return edit

    def _number_edit(self, row: _Row, host: QWidget) -> QWidget:
        edit = QLineEdit(host)
        align_to_reading_start(edit)
        edit.setValidator(QRegularExpressionValidator(_NUMBER_CHARS, edit))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.textEdited.connect(lambda _t, name=row.spec.name: self._on_edited(name))
        edit.returnPressed.connect(self.sig_submitted)
        hint = self._hint_label(host)
        service = self.service
        if row.spec.kind is FieldKind.QUANTITY and service is not None:
            # what can be ordered: a minimum below 1 is 1 (limits that contradict each other
            # are shown as the panel states them, beside the error saying so)
            # (limits in the one short form of the catalogue; exact in the tooltip)
            low = orderable_min(service)
            if low == service.max:
                hint.setText(
                    QCoreApplication.translate("OrderForm", "exactly %1").replace(
                        "%1", numbers.fmt_limit(low)
                    )
                )
            else:
                hint.setText(
                    QCoreApplication.translate("OrderForm", "min %1 · max %2")
                    .replace("%1", numbers.fmt_limit(low, minimum=True))
                    .replace("%2", numbers.fmt_limit(service.max))
                )
            hint.setToolTip(tip(limits_tip(low, service.max)))
        elif row.spec.min_value is not None:
            hint.setText(
                QCoreApplication.translate("OrderForm", "at least %1").replace(
                    "%1", _N(row.spec.min_value)
                )
            )
        row.hint = hint
        return edit

    def _lines_edit(self, row: _Row, host: QWidget) -> QWidget:
        edit = QPlainTextEdit(host)
        tab_leaves(edit)
        edit.setPlaceholderText(order_type_text(row.spec.help))
        line_height = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(line_height * 4 + 12)
        edit.setMaximumHeight(line_height * 8 + 12)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        edit.textChanged.connect(lambda name=row.spec.name: self._on_lines_changed(name))
        row.hint = self._hint_label(host)
        self.update_counter(row, edit)
        return edit

    def _choice_edit(self, row: _Row, host: QWidget) -> QWidget:
        combo = QComboBox(host)
        minutes = "minute" in row.spec.label.lower()
        for value in row.spec.choices:
            number = parse_whole_number(value)
            if minutes and number is not None:
                shown = self._count_text(row.spec, number)
            else:
                shown = choice_text(value)
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
            check = QCheckBox(QCoreApplication.translate("OrderForm", "No expiry"), box)
            check.setChecked(True)
            edit.setEnabled(False)
            check.toggled.connect(lambda on, e=edit: e.setEnabled(not on))
            check.toggled.connect(lambda _on, name=row.spec.name: self._on_edited(name))
            layout.addWidget(check)
            row.no_expiry = check
        layout.addStretch(1)
        return box

    def _hint_label(self, host: QWidget) -> QLabel:
        hint = new_label(host)
        hint.setWordWrap(True)
        align_to_reading_start(hint)
        tone(hint, "muted")
        return hint

    # -- values ------------------------------------------------------------------------------
    def values(self, *, raw: bool = False) -> dict[str, str]:
        """The text per field name; drip-feed fields are empty while drip-feed is off
        (``raw`` returns what the widgets hold regardless)."""
        out: dict[str, str] = {}
        drip_on = self.dripfeed_box is not None and self.dripfeed_box.isChecked()
        for name, row in self.rows.items():
            if row.spec.dripfeed_only and not drip_on and not raw:
                out[name] = ""
                continue
            out[name] = self._value_of(row)
        return out

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
            self.update_counter(row)
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

    def apply_values(self, values: Mapping[str, str], edited: set[str]) -> None:
        """Put ``values`` into the rows of the same name; those in ``edited`` count as typed."""
        for name, value in values.items():
            row = self.rows.get(name)
            if row is None or value is None:
                continue
            self._set_value(row, str(value))
            row.edited = name in edited and bool(str(value).strip())

    def edited(self) -> set[str]:
        """The fields the user typed into (or prefilled by "order again")."""
        return {name for name, row in self.rows.items() if row.edited}

    def clear_targets(self) -> None:
        """Empty the link and list fields (they name the target of the order just placed) and
        put the cursor in the link for the next one."""
        for row in self.rows.values():
            if row.spec.kind in (FieldKind.LINK, FieldKind.LINES):
                self._set_value(row, "")
                row.edited = False
                row.extra.pop("shown", None)
        first = next(iter(self.rows.values()), None)
        if first is not None and first.spec.kind is FieldKind.LINK:
            first.editor.setFocus()

    def focus_order(self) -> list[QWidget]:
        """The rows' inputs in reading order; the drip-feed box's checkbox before its Runs and
        Interval (it is built after them, so Qt's creation order put it last)."""
        order: list[QWidget] = []
        for row in self.rows.values():
            box = self.dripfeed_box
            if row.spec.dripfeed_only and box is not None and box not in order:
                order.append(box)
            order.append(row.extra.get("date", row.editor))
            if row.no_expiry is not None:
                order.append(row.no_expiry)
        return order

    def focus(self, name: str) -> None:
        """Put the cursor in field ``name``, opening the drip-feed group it may sit in."""
        row = self.rows.get(name)
        if row is None:
            return
        if row.spec.dripfeed_only and self.dripfeed_box is not None:
            self.dripfeed_box.setChecked(True)
        target = row.extra.get("date", row.editor)
        target.setFocus()

    # -- edits -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for row in self.rows.values():
                if row.editor is watched and row.edited:
                    # Errors appear once the user leaves a field they changed, not mid-typing.
                    row.extra["shown"] = True
                    self.sig_edited.emit(True)
        return super().eventFilter(watched, event)

    def _on_edited(self, name: str) -> None:
        row = self.rows.get(name)
        if row is not None:
            row.edited = True
            if not isinstance(row.editor, QLineEdit | QPlainTextEdit):
                row.extra["shown"] = True  # a choice is complete the moment it is made
        self.sig_edited.emit(False)

    def _on_lines_changed(self, name: str) -> None:
        row = self.rows.get(name)
        if row is not None:
            self.update_counter(row)
        self._on_edited(name)

    def _on_dripfeed_toggled(self, on: bool) -> None:
        for row in self.rows.values():
            if row.spec.dripfeed_only:
                row.editor.setEnabled(on)
        self.sig_edited.emit(False)

    def update_counter(self, row: _Row, editor: QWidget | None = None) -> None:
        """Show how many items list field ``row`` holds (and that they are the quantity)."""
        editor = editor if editor is not None else row.editor
        if row.hint is None or not isinstance(editor, QPlainTextEdit):
            return
        splitter = KEYWORD_BREAK if row.spec.name == "keywords" else LINE_BREAK
        count = len(_items(editor.toPlainText(), splitter))
        text = self._count_text(row.spec, count)
        if self.type_spec is not None and self.type_spec.quantity_from == row.spec.name:
            text = (
                QCoreApplication.translate("OrderForm", "%1 = quantity %2")
                .replace("%1", text)
                .replace("%2", _N(count))
            )
        row.hint.setText(text)
        self.describe(row, editor)
