"""Compare: the same service on every panel, side by side (rows from ``core.compare``).

One row per equivalent service: panel, id, name, rate in the user's currency and in the
panel's, min, max, refill as the name states it, the panel's cancel and drip-feed flags (left
out: unknown), and the user's own median completion time. Sorted by the converted rate; a rate
whose currency has no exchange rate is shown unconverted, after the others, and never marked.
The cheapest that fits the quantity is marked (a tick, bold, and in words for screen readers);
the selected service is marked in italics. "Order here" (or Enter on a row) asks the window to
open that panel's order form (``sig_order_here``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.compare import CompareRow, Narrowing
from smmdesk.core.delivery import ServiceDelivery
from smmdesk.core.kinds import ServiceKind
from smmdesk.core.models import Service
from smmdesk.gui.widgets import screen
from smmdesk.gui.widgets.icons import tick_icon
from smmdesk.gui.widgets.keyboard import tab_leaves
from smmdesk.gui.widgets.plain import NAME_LIMIT, clip, new_label, tip
from smmdesk.gui.wording import compare as words
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.services import format_rate

__all__ = ["CompareDialog", "CompareModel"]

PANEL, ID, NAME, RATE, PANEL_RATE, MIN, MAX, REFILL, CANCEL, DRIP, MEDIAN = range(11)
COLUMN_COUNT: Final = 11
_NUMBERS: Final = frozenset((ID, RATE, PANEL_RATE, MIN, MAX))
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
Delivery = Mapping[tuple[int, int], ServiceDelivery]


class CompareModel(QAbstractTableModel):
    """The equivalent services, as ``core.compare`` ranked them (or sorted by a column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompareRow] = []
        self._names: Mapping[int, str] = {}
        self._delivery: Delivery = {}
        self._currency = ""
        self._headers = (
            self.tr("Panel"),
            self.tr("ID"),
            self.tr("Name"),
            self.tr("Rate per 1000"),
            self.tr("Panel's rate"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Refill"),
            self.tr("Cancel"),
            self.tr("Drip-feed"),
            self.tr("Your median time"),
        )

    def set_rows(
        self,
        rows: Sequence[CompareRow],
        names: Mapping[int, str],
        currency: str,
        delivery: Delivery,
    ) -> None:
        """Show ``rows`` (ranked), panels named by ``names``, converted rates in ``currency``."""
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        self._currency = currency
        self._delivery = delivery
        self.endResetModel()

    @property
    def rows(self) -> list[CompareRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CompareRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return _ALIGN_NUMBER
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < COLUMN_COUNT:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_NUMBER if column in _NUMBERS else None
        if role == Qt.ItemDataRole.FontRole and (row.cheapest or row.selected):
            font = QFont()
            font.setBold(row.cheapest)
            font.setItalic(row.selected)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == PANEL and row.cheapest:
            return tick_icon()
        if role == Qt.ItemDataRole.ForegroundRole and row.fits is False:
            # the quantity is outside its limits: shown, greyed
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._described(row, column, role)
        return None

    def _described(self, row: CompareRow, column: int, role: int) -> str | None:
        text = self.text(row, column)
        if column == PANEL:
            marks = [words.cheapest_text()] if row.cheapest else []
            marks += [words.selected_text()] if row.selected else []
            marks += [words.outside_limits_text()] if row.fits is False else []
            text = " · ".join([text, *marks])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(text) or None
        return text

    def text(self, row: CompareRow, column: int) -> str:
        """The cell's text (also what the tests and screen readers read)."""
        offer = row.offer
        service = offer.service
        if column == PANEL:
            return self._names.get(offer.panel_id, "")
        if column == NAME:
            return clip(service.name, NAME_LIMIT)
        if column == RATE:
            return self.rate_text(row)
        if column == PANEL_RATE:
            return format_rate(service.rate, offer.currency)
        if column == MEDIAN:
            return words.median_text(self._delivery.get((offer.panel_id, service.id)))
        if column == REFILL:
            return self.refill_text(offer.kind)
        return _service_text(service, column)

    def rate_text(self, row: CompareRow) -> str:
        """The rate in the user's currency: exact in the panel's own currency, to three
        significant digits when converted, "" without an exchange rate."""
        if row.rate is None:
            return ""
        if row.offer.currency.upper() == self._currency.upper():
            return format_rate(row.rate, self._currency)
        return words.converted_rate(row.rate, self._currency)

    def refill_text(self, kind: ServiceKind) -> str:
        """What the service's name says about refill: "30 days", "Lifetime", "No" or
        "Unknown" (a method: lupdate files only class-bound ``tr`` with a count as plural)."""
        if kind.refill_lifetime:
            return self.tr("Lifetime")
        if kind.refill_days is not None:
            return self.tr("%Ln days", "", kind.refill_days)
        return self.tr("No") if kind.no_refill else self.tr("Unknown")

    # -- sorting ------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; rates without a conversion stay after the others either way."""
        if not 0 <= column < COLUMN_COUNT:
            return
        key = _sort_key(column, self._delivery)
        known = [r for r in self._rows if key(r) is not None]
        unknown = [r for r in self._rows if key(r) is None]
        known.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._rows = known + unknown
        self.layoutChanged.emit()


def _service_text(service: Service, column: int) -> str:
    if column == ID:
        return numbers.fmt_id(service.id)
    if column == MIN:
        return numbers.fmt_limit(service.min, minimum=True)
    if column == MAX:
        return numbers.fmt_limit(service.max)
    if column == CANCEL:
        return words.flag_text(service.cancel)
    return words.flag_text(service.dripfeed)


def _sort_key(column: int, delivery: Delivery) -> Callable[[CompareRow], Any]:
    """A key per row for ``column`` (None: unknown, sorted last)."""

    def median(row: CompareRow) -> float | None:
        stats = delivery.get((row.offer.panel_id, row.offer.service.id))
        return None if stats is None else stats.median_seconds

    keys: dict[int, Callable[[CompareRow], Any]] = {
        PANEL: lambda r: r.offer.panel_id,
        ID: lambda r: r.offer.service.id,
        NAME: lambda r: r.offer.service.name.casefold(),
        RATE: lambda r: r.rate,
        PANEL_RATE: lambda r: (r.offer.currency, r.offer.service.rate),
        MIN: lambda r: r.offer.service.min,
        MAX: lambda r: r.offer.service.max,
        REFILL: lambda r: _refill_key(r.offer.kind),
        CANCEL: lambda r: r.offer.service.cancel,
        DRIP: lambda r: r.offer.service.dripfeed,
        MEDIAN: median,
    }
    return keys[column]


def _refill_key(kind: ServiceKind) -> int | None:
    if kind.refill_lifetime:
        return 1_000_000
    if kind.refill_days is not None:
        return kind.refill_days
    return 0 if kind.no_refill else None


def _quantity(text: str) -> int | None:
    """A typed quantity (either digits, separators allowed), or None."""
    value = numbers.parse_decimal(text)
    if value is None or not value.is_finite() or value != value.to_integral_value():
        return None
    return int(value) if 0 < value <= Decimal(2**63) else None


class CompareDialog(QDialog):
    """The Compare window: what the selected service is compared as, the narrowing ticks and the
    quantity, the ranked table, "Order here". Non-modal: it stays open beside the window."""

    sig_narrowing_changed = Signal()
    """A tick or the quantity changed: the rows are to be ranked again."""
    sig_order_here = Signal(int, int)
    """(panel id, service id): open that panel's order form for that service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare across panels"))
        self.subject_label = new_label(self)
        self.subject_label.setWordWrap(True)
        self.what_label = new_label(self)
        self.note_label = new_label(self)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.link_label = new_label(self)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.geo_box = QCheckBox(self.tr("Same &country"), self)
        self.refill_box = QCheckBox(self.tr("&Refill at least as long"), self)
        self.non_drop_box = QCheckBox(self.tr("&Non-drop"), self)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setObjectName("compareQuantity")
        self.quantity_edit.setAccessibleName(self.tr("Quantity"))
        self.quantity_edit.setPlaceholderText(self.tr("Any"))
        self.quantity_edit.setMaximumWidth(140)
        self.model = CompareModel(self)
        self.table = self._build_table()
        self.count_label = new_label(self)
        self.best_label = new_label(self)
        self.best_label.setWordWrap(True)
        self.state_label = new_label(self)
        self.state_label.setWordWrap(True)
        self.state_label.hide()
        self.order_button = QPushButton(self.tr("&Order here"), self)
        self.order_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.order_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in the quantity box orders nothing
        self._lay_out(buttons)
        for box in (self.geo_box, self.refill_box, self.non_drop_box):
            box.toggled.connect(lambda _on: self.sig_narrowing_changed.emit())
        self.quantity_edit.textChanged.connect(lambda _text: self.sig_narrowing_changed.emit())
        self.table.activated.connect(lambda index: self._order(index.row()))
        self._auto_current = True  # the cheapest row is made current until the user moves
        self._moving = False
        self.table.selectionModel().currentRowChanged.connect(self._on_current_moved)
        self.order_button.clicked.connect(lambda: self._order(self.table.currentIndex().row()))
        screen.fit_window(self, QSize(1180, 600))

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("compareTable")
        table.setAccessibleName(self.tr("The same service on every panel"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        widths = (
            (PANEL, 130),
            (ID, 60),
            (RATE, 110),
            (PANEL_RATE, 110),
            (MIN, 60),
            (MAX, 70),
            (REFILL, 90),
            (CANCEL, 85),
            (DRIP, 75),
            (MEDIAN, 130),
        )
        for column, width in widths:
            # never narrower than the (translated) heading
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        table.setSortingEnabled(True)
        header.setSortIndicator(RATE, Qt.SortOrder.AscendingOrder)
        tab_leaves(table)
        return table

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        ticks = QHBoxLayout()
        ticks.addWidget(new_label(self, self.tr("Only:")))
        ticks.addWidget(self.geo_box)
        ticks.addWidget(self.refill_box)
        ticks.addWidget(self.non_drop_box)
        ticks.addStretch(1)
        quantity_label = new_label(self, self.tr("&Quantity:"))
        quantity_label.setBuddy(self.quantity_edit)
        ticks.addWidget(quantity_label)
        ticks.addWidget(self.quantity_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.what_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.link_label)
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.best_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.state_label)
        layout.addWidget(buttons)

    # -- feeding ------------------------------------------------------------------------------
    def set_subject(
        self, panel_name: str, service: Service, kind: ServiceKind, link: str, quantity: str
    ) -> None:
        """The service compared: its heading, the ticks it allows (ticked as it states them),
        the link carried over and the quantity. Emits no ``sig_narrowing_changed``."""
        self.subject_label.setText(
            self.tr("Service %1 on %2: %3")
            .replace("%1", numbers.fmt_id(service.id))
            .replace("%2", panel_name)
            .replace("%3", clip(service.name, NAME_LIMIT))
        )
        known = kind.platform is not None and kind.product is not None
        self.what_label.setText(words.what_text(kind) if known else "")
        self.what_label.setVisible(known)
        self.note_label.setText("" if known else words.unknown_kind_text())
        self.note_label.setVisible(not known)
        self.link_label.setText(self.tr("Link: %1").replace("%1", link) if link else "")
        self.link_label.setVisible(bool(link))
        # each tick starts as the service states it; one it does not state cannot be ticked
        stated = Narrowing.stated_by(kind)
        for box, ticked in (
            (self.geo_box, stated.geo),
            (self.refill_box, stated.refill),
            (self.non_drop_box, stated.non_drop),
        ):
            box.blockSignals(True)
            box.setChecked(ticked)
            box.setEnabled(ticked)
            box.blockSignals(False)
        self.quantity_edit.blockSignals(True)
        self.quantity_edit.setText(quantity.strip())
        self.quantity_edit.blockSignals(False)

    def narrowing(self) -> Narrowing:
        """The ticks (a disabled tick narrows nothing)."""
        return Narrowing(
            geo=self.geo_box.isEnabled() and self.geo_box.isChecked(),
            refill=self.refill_box.isEnabled() and self.refill_box.isChecked(),
            non_drop=self.non_drop_box.isEnabled() and self.non_drop_box.isChecked(),
        )

    def quantity(self) -> int | None:
        """The quantity typed (None: none, or not a whole number)."""
        return _quantity(self.quantity_edit.text())

    def set_rows(
        self,
        rows: Sequence[CompareRow],
        names: Mapping[int, str],
        currency: str,
        delivery: Delivery,
    ) -> None:
        """Show the ranked rows (the current row kept where it still is)."""
        current = self.model.row_at(self.table.currentIndex().row())
        self.model.set_rows(rows, names, currency, delivery)
        header = self.table.horizontalHeader()
        # a stable sort: by the rate (the default), the ranking's own order is kept
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._restore_current(current)
        self._update_best(names, currency)
        self.count_label.setText(self.tr("%Ln equivalent services", "", len(rows)))
        self._update_buttons()

    def start_afresh(self) -> None:
        """A new service is compared: the cheapest row becomes current again (until the user
        moves the current row)."""
        self._auto_current = True

    def _on_current_moved(self, _current: QModelIndex, previous: QModelIndex) -> None:
        # the view's own first current row (on focus, or after a reset) is no choice
        if not self._moving and previous.isValid():
            self._auto_current = False
        self._update_buttons()

    def _restore_current(self, current: CompareRow | None) -> None:
        if self._auto_current:
            current = None
        rows = self.model.rows
        keys = [(r.offer.panel_id, r.offer.service.id) for r in rows]
        wanted = None if current is None else (current.offer.panel_id, current.offer.service.id)
        if wanted in keys:
            row = keys.index(wanted)
        else:
            row = next((i for i, r in enumerate(rows) if r.cheapest), -1)
        if row >= 0:
            # not selectRow(): a right-to-left table finds no column at the viewport's far edge
            self._moving = True
            try:
                self.table.setCurrentIndex(self.model.index(row, NAME))
            finally:
                self._moving = False

    def _update_best(self, names: Mapping[int, str], currency: str) -> None:
        best = next((r for r in self.model.rows if r.cheapest), None)
        if best is None or best.rate is None:
            self.best_label.setText(self.tr("No service here can be ranked as the cheapest."))
            return
        self.best_label.setText(
            self.tr("Cheapest that fits: %1, service %2, %3")
            .replace("%1", names.get(best.offer.panel_id, ""))
            .replace("%2", numbers.fmt_id(best.offer.service.id))
            .replace("%3", self.model.rate_text(best))
        )

    def set_state(self, text: str) -> None:
        """A line under the table: loading, or which panels could not be updated."""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        self.order_button.setEnabled(self.model.row_at(self.table.currentIndex().row()) is not None)

    def _order(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.sig_order_here.emit(found.offer.panel_id, found.offer.service.id)
