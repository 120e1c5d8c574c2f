"""OrdersTableModel: the orders table over a Python list of OrderRecord. Filtering and sorting run
in Python over that list and reach the view as one reset or layout change; poller updates reach
it as coalesced dataChanged ranges, so selection and scroll position survive them."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from smmdesk.core.catalog import fold
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord, Store
from smmdesk.gui import locale_format, theme
from smmdesk.gui.orders_status import (
    CATEGORY_RANK,
    FILTER_CATEGORIES,
    describe_state,
    fmt_id,
    isolate,
    needs_attention,
    order_ref,
    progress_of,
    refill_kind,
    refill_words,
    status_category,
    status_look,
)

__all__ = [
    "COLUMN_COUNT",
    "PROGRESS_ROLE",
    "RECORD_ROLE",
    "OrderFilter",
    "OrdersSnapshot",
    "OrdersTableModel",
    "load_snapshot",
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


# ---------------------------------------------------------------------------------------------
# Data, filter and sort (plain Python: loaded on a worker, filtered on the GUI thread)


_ACTIVE_FLAG: Final = 1
_ATTENTION_FLAG: Final = 2


def _haystack(record: OrderRecord) -> str:
    parts = (
        record.link,
        record.service_name,
        f"#{record.service_id}" if record.service_id is not None else "",
        f"#{record.panel_order_id}" if record.panel_order_id is not None else "",
        record.note,
    )
    return "\t".join(p.replace("\n", " ") for p in parts)


def _fold_all(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]`` in one pass of C string work (texts hold no line break)."""
    if not texts:
        return []
    folded = fold("\n".join(texts)).split("\n")
    return folded if len(folded) == len(texts) else [fold(t) for t in texts]


def _flags(record: OrderRecord, refill: RefillRecord | None) -> int:
    return (_ACTIVE_FLAG if record.is_active else 0) | (
        _ATTENTION_FLAG if needs_attention(record, refill) else 0
    )


@dataclass
class OrdersSnapshot:
    """Everything the table shows, read from the store in one go (on a worker thread).

    ``records`` are newest first; the other lists run parallel to it."""

    records: list[OrderRecord]
    refills: dict[int, RefillRecord]
    panel_names: dict[int, str]
    panel_currencies: dict[int, str] = field(default_factory=dict)
    haystacks: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    positions: dict[int, int] = field(default_factory=dict)  # local id -> index in records
    services: list[tuple[int, str]] = field(default_factory=list)  # (id, name) by id
    complete: bool = True  # False: only the newest page, the rest is still loading

    @classmethod
    def build(
        cls,
        records: list[OrderRecord],
        refills: dict[int, RefillRecord],
        panel_names: dict[int, str],
        panel_currencies: dict[int, str] | None = None,
        *,
        complete: bool = True,
    ) -> OrdersSnapshot:
        # Everything derivable is derived here, on the loading thread, so that showing a
        # snapshot costs the GUI thread as little as possible.
        records.sort(key=operator.attrgetter("created_at", "local_id"), reverse=True)
        get_refill = refills.get
        services: dict[int, str] = {}
        for record in records:
            if record.service_id is not None and record.service_id not in services:
                services[record.service_id] = record.service_name
        return cls(
            records,
            refills,
            panel_names,
            panel_currencies or {},
            _fold_all([_haystack(r) for r in records]),
            [status_category(r) for r in records],
            [_flags(r, get_refill(r.local_id)) for r in records],
            {r.local_id: i for i, r in enumerate(records)},
            sorted(services.items()),
            complete,
        )


def load_snapshot(store: Store, *, limit: int | None = None) -> OrdersSnapshot:
    """Read the orders for the table: all of them, or only the newest ``limit`` (a first page
    to show at once while the rest loads). Safe to run on a worker thread."""
    panels = store.list_panels(include_removed=True)
    names = {p.id: p.name for p in panels}
    currencies = {p.id: p.currency for p in panels if p.currency}
    if limit is None:
        records = store.load_orders()
        refills = store.latest_refills()
        return OrdersSnapshot.build(records, refills, names, currencies)
    records = store.list_orders(limit=limit)
    refills = store.latest_refills(r.local_id for r in records)
    return OrdersSnapshot.build(records, refills, names, currencies, complete=False)


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """What the filter bar asks for. ``date_to`` is inclusive (the whole day)."""

    text: str = ""
    status: str = "all"
    panel_id: int | None = None
    service_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    def with_(self, **changes: Any) -> OrderFilter:
        return replace(self, **changes)


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


def _sort_key(column: int, model: OrdersTableModel) -> Callable[[OrderRecord], Any]:
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


# ---------------------------------------------------------------------------------------------
# The Qt model


class OrdersTableModel(QAbstractTableModel):
    """A flat table over the loaded orders. ``_rows`` holds indices into ``_records`` (newest
    first) for the rows shown, in display order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[OrderRecord] = []
        self._haystacks: list[str] = []
        self._categories: list[str] = []
        self._flags: list[int] = []
        self._pos: dict[int, int] = {}  # local id -> index in _records
        self._services: list[tuple[int, str]] = []
        self._newest_first = True  # _records is in date order (true until an insert)
        self.refills: dict[int, RefillRecord] = {}
        self.panel_names: dict[int, str] = {}
        self.panel_currencies: dict[int, str] = {}
        self.complete = True
        self._filter = OrderFilter()
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._keys: dict[int, list[Any]] = {}  # sort keys per column, parallel to _records
        self._perm: list[int] | None = None  # every index, in the current sort order
        self._rows: list[int] = []
        self._row_of: dict[int, int] | None = None  # index -> row, built when needed
        self._dark = False
        self._brushes: dict[str, QBrush] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.update_palette()

    # -- loading --------------------------------------------------------------------------------
    def set_snapshot(self, snapshot: OrdersSnapshot) -> None:
        """Show freshly loaded orders (one model reset), keeping the filter and sort."""
        self.beginResetModel()
        self._records = snapshot.records
        self._haystacks = snapshot.haystacks
        self._categories = snapshot.categories
        self._flags = snapshot.flags
        self._pos = snapshot.positions
        self._services = snapshot.services
        self._newest_first = True
        self.refills = snapshot.refills
        self.panel_names = snapshot.panel_names
        self.panel_currencies = snapshot.panel_currencies
        self.complete = snapshot.complete
        self._keys.clear()
        self._perm = None
        self.update_palette()
        self._rows = self._compute_rows()
        self._row_of = None
        self.endResetModel()

    def update_palette(self) -> None:
        """Take the status colours of the current theme (light or dark); the view repaints."""
        self._dark = theme.is_dark()
        self._brushes = {
            kind: QBrush(theme.status_colour(kind, self._dark)) for kind in theme.STATUS_KINDS
        }
        self._brushes["alert"] = QBrush(theme.alert_background(self._dark))

    # -- filter and sort ------------------------------------------------------------------------
    @property
    def filter(self) -> OrderFilter:
        return self._filter

    def set_filter(self, flt: OrderFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._rows = self._compute_rows()
        self._row_of = None
        self.endResetModel()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-order the shown rows; selected and current rows follow their orders."""
        if not 0 <= column < COLUMN_COUNT:
            return
        if column == self._sort_column and order == self._sort_order and self._perm is not None:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._sort_column, self._sort_order = column, order
        self._perm = None
        self._rows = self._compute_rows()
        self._row_of = None
        new_row = self._row_lookup()
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = new_row.get(old_rows[index.row()]) if index.row() < len(old_rows) else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _keys_for(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            key = _sort_key(column, self)
            keys = self._keys[column] = [key(r) for r in self._records]
        return keys

    def _sorted_indices(self) -> list[int]:
        if self._perm is None:
            n = len(self._records)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            if self._sort_column == DATE and self._newest_first:
                # _records is newest first already
                self._perm = list(range(n)) if descending else list(range(n - 1, -1, -1))
            else:
                keys = self._keys_for(self._sort_column)
                # stable: equal keys keep newest first either way
                self._perm = sorted(range(n), key=keys.__getitem__, reverse=descending)
        return self._perm

    def _compute_rows(self) -> list[int]:
        return self._filtered(self._sorted_indices())

    def _filtered(self, rows: list[int]) -> list[int]:
        """The indices among ``rows`` (kept in their order) that match the filter."""
        flt = self._filter
        records = self._records
        if flt.panel_id is not None:
            panel_id = flt.panel_id
            rows = [i for i in rows if records[i].panel_id == panel_id]
        if flt.service_id is not None:
            service_id = flt.service_id
            rows = [i for i in rows if records[i].service_id == service_id]
        if flt.status == "active":
            flags = self._flags
            rows = [i for i in rows if flags[i] & _ACTIVE_FLAG]
        elif flt.status == "attention":
            flags = self._flags
            rows = [i for i in rows if flags[i] & _ATTENTION_FLAG]
        elif flt.status in FILTER_CATEGORIES and flt.status != "all":
            wanted = FILTER_CATEGORIES[flt.status]
            categories = self._categories
            rows = [i for i in rows if categories[i] in wanted]
        if flt.date_from is not None or flt.date_to is not None:
            start = _local_start(flt.date_from) if flt.date_from else None
            end = _local_start(flt.date_to + timedelta(days=1)) if flt.date_to else None
            rows = [
                i
                for i in rows
                if (start is None or records[i].created_at >= start)
                and (end is None or records[i].created_at < end)
            ]
        tokens = fold(flt.text).split()
        if tokens:
            hay = self._haystacks
            if len(tokens) == 1:
                token = tokens[0]
                rows = [i for i in rows if token in hay[i]]
            else:
                rows = [i for i in rows if all(t in hay[i] for t in tokens)]
        return rows

    def _row_lookup(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {index: row for row, index in enumerate(self._rows)}
        return self._row_of

    # -- live updates ---------------------------------------------------------------------------
    def apply_records(
        self, records: Iterable[OrderRecord], refills: Mapping[int, RefillRecord]
    ) -> list[int]:
        """Replace these orders in place and repaint their rows (coalesced dataChanged, no
        reset: selection and scrolling stay). Rows stay where they are even if they no longer
        match the filter or sort, so nothing jumps under the user's pointer; the next filter or
        sort change places them. Returns the local ids this model does not hold."""
        missing: list[int] = []
        touched: list[int] = []
        sort_keys = self._keys.get(self._sort_column)
        sort_key = _sort_key(self._sort_column, self) if sort_keys is not None else None
        for record in records:
            index = self._pos.get(record.local_id)
            if index is None:
                missing.append(record.local_id)
                continue
            old = self._records[index]
            self._records[index] = record
            refill = refills.get(record.local_id)
            if refill is not None:
                self.refills[record.local_id] = refill
            else:
                refill = self.refills.get(record.local_id)
            self._categories[index] = status_category(record)
            self._flags[index] = _flags(record, refill)
            if (old.link, old.service_name, old.note, old.panel_order_id) != (
                record.link,
                record.service_name,
                record.note,
                record.panel_order_id,
            ):
                self._haystacks[index] = fold(_haystack(record))
            for column, keys in self._keys.items():
                keys[index] = _sort_key(column, self)(record)
            if sort_keys is not None and sort_key is not None:
                if self._perm is not None and sort_keys[index] != sort_key(old):
                    self._perm = None  # the next filter change re-sorts
            elif self._sort_column == DATE and old.created_at != record.created_at:
                self._perm = None
            touched.append(index)
        lookup = self._row_lookup()
        rows = sorted({lookup[i] for i in touched if i in lookup})
        last_column = COLUMN_COUNT - 1
        start = previous = None
        for row in rows:
            if start is None:
                start = previous = row
            elif previous is not None and row == previous + 1:
                previous = row
            else:
                assert previous is not None
                self.dataChanged.emit(self.index(start, 0), self.index(previous, last_column))
                start = previous = row
        if start is not None and previous is not None:
            self.dataChanged.emit(self.index(start, 0), self.index(previous, last_column))
        return missing

    def insert_records(
        self, records: Iterable[OrderRecord], refills: Mapping[int, RefillRecord]
    ) -> None:
        """Add orders this model does not hold yet (just placed, imported): each one the
        filter shows is inserted where the current sort puts it (rowsInserted, no reset, so
        selection and scrolling stay). Orders it already holds are updated instead."""
        fresh: dict[int, OrderRecord] = {}
        known: list[OrderRecord] = []
        for record in records:
            if record.local_id in self._pos:
                known.append(record)
            else:
                fresh[record.local_id] = record
        if known:
            self.apply_records(known, refills)
        if not fresh:
            return
        self.refills.update({i: refills[i] for i in fresh if i in refills})
        services = dict(self._services)
        start = len(self._records)
        for record in fresh.values():
            self._pos[record.local_id] = len(self._records)
            self._records.append(record)
            self._haystacks.append(fold(_haystack(record)))
            self._categories.append(status_category(record))
            self._flags.append(_flags(record, self.refills.get(record.local_id)))
            for column, keys in self._keys.items():
                keys.append(_sort_key(column, self)(record))
            if record.service_id is not None:
                services.setdefault(record.service_id, record.service_name)
        self._services = sorted(services.items())
        self._newest_first = False
        self._perm = None  # the next filter or sort change sorts everything again
        self._rows = list(self._rows)  # it may be the old sort order's list itself
        key = _sort_key(self._sort_column, self)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        for index in self._filtered(list(range(start, len(self._records)))):
            row = self._insert_position(key(self._records[index]), key, descending)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, index)
            self._row_of = None
            self.endInsertRows()

    def _insert_position(
        self, value: Any, key: Callable[[OrderRecord], Any], descending: bool
    ) -> int:
        """Where a row with sort key ``value`` goes among the shown rows: after the rows that
        sort before it, before the rest (among equal keys the newest order comes first, and a
        new order is the newest). A binary search: O(log n) keys computed."""
        rows, records = self._rows, self._records
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            other = key(records[rows[middle]])
            if (other > value) if descending else (other < value):
                low = middle + 1
            else:
                high = middle
        return low

    # -- lookups --------------------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._records)

    def record_at(self, row: int) -> OrderRecord:
        return self._records[self._rows[row]]

    def row_of(self, local_id: int) -> int | None:
        index = self._pos.get(local_id)
        return None if index is None else self._row_lookup().get(index)

    def has_order(self, local_id: int) -> bool:
        return local_id in self._pos

    def visible_records(self) -> list[OrderRecord]:
        records = self._records
        return [records[i] for i in self._rows]

    def services_seen(self) -> list[tuple[int, str]]:
        """(service id, name) of the services among the loaded orders, by id."""
        return list(self._services)

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return _HEADERS[section]()
        if role == _TOOLTIP:
            return _HEADER_TIPS[section]()
        if role == _ALIGNMENT and section in _NUMBER_COLUMNS:
            return _ALIGN_NUMBER
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        record = self._records[self._rows[row]]
        column = index.column()
        if role == _DISPLAY:
            return self._display(record, column)
        if role == _FOREGROUND:
            if column == STATUS:
                return self._brushes[status_look(record).kind]
            if column == REFILL:
                refill = self.refills.get(record.local_id)
                if refill is not None:
                    return self._brushes[refill_kind(refill)]
            return None
        if role == _BACKGROUND:
            if column == STATUS and record.state is LocalState.UNKNOWN:
                return self._brushes["alert"]
            return None
        if role == _FONT:
            if column == STATUS and record.state is LocalState.UNKNOWN:
                return self._bold
            return None
        if role == _ALIGNMENT:
            return _ALIGN_NUMBER if column in _NUMBER_COLUMNS else None
        if role == _TOOLTIP:
            return self._tooltip(record, column)
        if role == PROGRESS_ROLE:
            return progress_of(record) if column == PROGRESS else None
        if role == RECORD_ROLE:
            return record
        return None

    def _display(self, r: OrderRecord, column: int) -> str | None:
        # Text from the panel or the user (names, links) is isolated: in a right-to-left row an
        # English name or a URL keeps its own direction and its brackets and slashes in place.
        if column == DATE:
            return locale_format.fmt_datetime(r.created_at)
        if column == ORDER:
            return _NONE if r.panel_order_id is None else order_ref(r.panel_order_id)
        if column == PANEL:
            name = self.panel_names.get(r.panel_id)
            return isolate(name) if name else order_ref(r.panel_id)
        if column == SERVICE:
            if r.service_id is None:
                return isolate(r.service_name) or _NONE
            return f"{order_ref(r.service_id)} {isolate(r.service_name)}".rstrip()
        if column == LINK:
            return isolate(r.link)
        if column == QUANTITY:
            return "" if r.quantity is None else locale_format.fmt_int(r.quantity)
        if column == CHARGE:
            amount = r.charge if r.charge is not None else r.cost
            if amount is None:
                return ""
            currency = r.currency or self.panel_currencies.get(r.panel_id, "")
            text = locale_format.fmt_money(amount, currency)
            return text if r.charge is not None else "≈ " + text
        if column == START:
            return "" if r.start_count is None else locale_format.fmt_int(r.start_count)
        if column == REMAINS:
            return "" if r.remains is None else locale_format.fmt_int(r.remains)
        if column == PROGRESS:
            value = progress_of(r)
            return "" if value is None else locale_format.fmt_percent(round(value * 100))
        if column == STATUS:
            return status_look(r).text
        if column == REFILL:
            return refill_words(self.refills.get(r.local_id))
        return None

    def _tooltip(self, r: OrderRecord, column: int) -> str | None:
        if column == STATUS:
            return describe_state(r)
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
            return locale_format.fmt_datetime(r.created_at, QLocale.FormatType.LongFormat)
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


def _local_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the local time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


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
