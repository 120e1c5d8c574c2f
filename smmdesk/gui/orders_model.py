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
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from smmdesk.core.catalog import fold
from smmdesk.core.errors import normalise_error_code
from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord, Store
from smmdesk.core.validate import format_money

__all__ = [
    "COLUMN_COUNT",
    "PROGRESS_ROLE",
    "RECORD_ROLE",
    "STATUS_FILTERS",
    "OrderFilter",
    "OrdersSnapshot",
    "OrdersTableModel",
    "describe_state",
    "load_snapshot",
    "needs_attention",
    "panel_error_text",
    "progress_of",
    "refill_words",
    "status_category",
    "status_look",
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
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # mirrored in RTL
_NUMBER_COLUMNS = frozenset({ORDER, QUANTITY, CHARGE, START, REMAINS})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NONE = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersTableModel", text)


# ---------------------------------------------------------------------------------------------
# What a status looks like and means


@dataclass(frozen=True, slots=True)
class StatusLook:
    category: str  # one of the keys in _CATEGORY_RANK
    text: str  # symbol + words, e.g. "✔ Completed"
    tone: str  # ok, active, wait, warn, bad, muted


# (light background, dark background) text colours per tone
_TONES: Final[dict[str, tuple[str, str]]] = {
    "ok": ("#1b7f3b", "#7fd99a"),
    "active": ("#1a5fb4", "#8cb8ff"),
    "wait": ("#8a6100", "#e8c063"),
    "warn": ("#b35900", "#ffb066"),
    "bad": ("#b3261e", "#f2b8b5"),
    "muted": ("#666666", "#a0a0a0"),
}
_ALERT_BACKGROUND: Final = ("#fff1db", "#4a3512")  # the "outcome unknown" cell

# Sorting by status puts what needs the user first, then what is moving, then what is done.
_CATEGORY_RANK: Final = {
    category: rank
    for rank, category in enumerate(
        (
            "unknown",
            "panel_error",
            "sending",
            "draft",
            "awaiting",
            "pending",
            "in_progress",
            "partial",
            "completed",
            "canceled",
            "error",
            "other",
            "rejected",
            "not_placed",
        )
    )
}

_LOCAL_CATEGORY: Final = {
    LocalState.DRAFT: "draft",
    LocalState.SENDING: "sending",
    LocalState.REJECTED: "rejected",
    LocalState.UNKNOWN: "unknown",
    LocalState.NOT_PLACED: "not_placed",
}
_STATUS_CATEGORY: Final = {
    OrderStatus.PENDING: "pending",
    OrderStatus.IN_PROGRESS: "in_progress",
    OrderStatus.PROCESSING: "in_progress",
    OrderStatus.ACTIVE: "in_progress",
    OrderStatus.PAUSED: "in_progress",
    OrderStatus.PARTIAL: "partial",
    OrderStatus.COMPLETED: "completed",
    OrderStatus.CANCELED: "canceled",
    OrderStatus.ERROR: "error",
}

#: status filter key -> (label, categories it keeps); "active" and "attention" are computed
STATUS_FILTERS: Final[tuple[tuple[str, str, frozenset[str]], ...]] = (
    ("all", "All statuses", frozenset()),
    ("active", "Active", frozenset()),
    ("attention", "Needs attention", frozenset()),
    ("pending", "Pending", frozenset({"pending", "awaiting", "sending", "draft"})),
    ("in_progress", "In progress", frozenset({"in_progress"})),
    ("partial", "Partial", frozenset({"partial"})),
    ("completed", "Completed", frozenset({"completed"})),
    ("canceled", "Canceled", frozenset({"canceled"})),
    ("error", "Error", frozenset({"error", "panel_error"})),
    ("unknown", "Outcome unknown", frozenset({"unknown"})),
    ("not_placed", "Not placed", frozenset({"not_placed"})),
    ("rejected", "Rejected", frozenset({"rejected"})),
)
_FILTER_CATEGORIES: Final = {key: cats for key, _label, cats in STATUS_FILTERS}


def panel_error_text(record: OrderRecord) -> str | None:
    """The panel's error about this order ("Incorrect order ID"), kept in ``status_text`` by
    the store when a status request is refused for it; None when the text is a status."""
    text = record.status_text
    if not text or record.state is not LocalState.ACCEPTED:
        return None
    if OrderStatus.from_text(text) is not OrderStatus.UNKNOWN:
        return None  # a status spelling, e.g. "in_progress"
    if record.status is OrderStatus.UNKNOWN and normalise_error_code(text) == "other":
        return None  # an unrecognised status word, shown as is
    return text


def status_category(record: OrderRecord) -> str:
    local = _LOCAL_CATEGORY.get(record.state)
    if local is not None:
        return local
    if panel_error_text(record) is not None:
        return "panel_error"
    if record.status is None:
        return "awaiting"
    return _STATUS_CATEGORY.get(record.status, "other")


def needs_attention(record: OrderRecord, refill: RefillRecord | None = None) -> bool:
    """Something only the user can settle: an unknown outcome, a panel error, an Error
    status, or a refill whose request got no usable answer."""
    category = status_category(record)
    if category in ("unknown", "panel_error", "error"):
        return True
    return refill is not None and refill.state is LocalState.UNKNOWN


def status_look(record: OrderRecord) -> StatusLook:
    category = status_category(record)
    if category == "unknown":
        return StatusLook(category, "⚠ " + _tr("Outcome unknown"), "warn")
    if category == "panel_error":
        return StatusLook(category, "⚠ " + (record.status_text or ""), "bad")
    if category == "rejected":
        return StatusLook(category, "⛔ " + _tr("Rejected"), "bad")
    if category == "not_placed":
        return StatusLook(category, "⊘ " + _tr("Not placed"), "muted")
    if category == "sending":
        return StatusLook(category, "↗ " + _tr("Sending…"), "active")
    if category == "draft":
        return StatusLook(category, "✎ " + _tr("Draft"), "muted")
    if category == "awaiting":
        return StatusLook(category, "… " + _tr("Awaiting status"), "muted")
    status = record.status
    assert status is not None
    looks = {
        OrderStatus.PENDING: ("◷", _tr("Pending"), "wait"),
        OrderStatus.IN_PROGRESS: ("▶", _tr("In progress"), "active"),
        OrderStatus.PROCESSING: ("▶", _tr("Processing"), "active"),
        OrderStatus.ACTIVE: ("▶", _tr("Active"), "active"),
        OrderStatus.PAUSED: ("⏸", _tr("Paused"), "wait"),
        OrderStatus.PARTIAL: ("◑", _tr("Partial"), "warn"),
        OrderStatus.COMPLETED: ("✔", _tr("Completed"), "ok"),
        OrderStatus.CANCELED: ("✖", _tr("Canceled"), "muted"),
        OrderStatus.ERROR: ("✖", _tr("Error"), "bad"),
        OrderStatus.EXPIRED: ("■", _tr("Expired"), "muted"),
        OrderStatus.OLD: ("■", _tr("Old"), "muted"),
    }
    symbol, words, tone = looks.get(status, ("?", record.status_text or status.value, "muted"))
    return StatusLook(category, f"{symbol} {words}", tone)


def describe_state(record: OrderRecord) -> str:
    """The order's local state in words, for a tooltip or the detail panel."""
    state = record.state
    reason = record.error_text or ""
    if state is LocalState.DRAFT:
        return _tr("Saved in a queue and not sent yet.")
    if state is LocalState.SENDING:
        return _tr(
            "Being sent to the panel. If SMMDesk stops before the answer arrives, the order "
            "becomes “outcome unknown”."
        )
    if state is LocalState.REJECTED:
        if record.error_code == "not_sent":
            return _tr(
                "Not sent: SMMDesk could not reach the panel (%1). No order was placed and no "
                "money was spent."
            ).replace("%1", reason)
        return _tr("Not placed: the panel refused it (“%1”). No money was spent.").replace(
            "%1", reason
        )
    if state is LocalState.UNKNOWN:
        return _tr(
            "Outcome unknown: the order was sent but no usable answer came back (%1). It may "
            "have been placed and paid for. SMMDesk never sends it again by itself: use "
            "“Check…” to settle it."
        ).replace("%1", reason or _tr("no details"))
    if state is LocalState.NOT_PLACED:
        return _tr(
            "Settled as not placed: after an unknown outcome it was checked and found not placed."
        )
    error = panel_error_text(record)
    placed = _tr("Placed: the panel accepted it as order #%1.").replace(
        "%1", str(record.panel_order_id)
    )
    if record.source == "imported":
        placed = _tr("Tracked by id: order #%1 was placed elsewhere.").replace(
            "%1", str(record.panel_order_id)
        )
    if error is not None:
        return placed + " " + _tr("The panel now answers “%1” about it.").replace("%1", error)
    if record.status is None:
        return placed + " " + _tr("Its status has not been fetched yet.")
    return placed + " " + _tr("Last status: %1.").replace("%1", status_look(record).text[2:])


def refill_words(refill: RefillRecord | None) -> str:
    if refill is None:
        return ""
    if refill.state is LocalState.ACCEPTED:
        if refill.status is None:
            return "↻ " + _tr("Requested")
        return "↻ " + status_look_text(refill.status)
    return {
        LocalState.SENDING: "↻ " + _tr("Sending…"),
        LocalState.REJECTED: "✖ " + _tr("Refused"),
        LocalState.UNKNOWN: "⚠ " + _tr("Unconfirmed"),
        LocalState.NOT_PLACED: _tr("Not placed"),
    }.get(refill.state, refill.state.value)


def status_look_text(status: OrderStatus) -> str:
    words = {
        OrderStatus.PENDING: _tr("Pending"),
        OrderStatus.IN_PROGRESS: _tr("In progress"),
        OrderStatus.COMPLETED: _tr("Completed"),
        OrderStatus.REJECTED: _tr("Rejected"),
        OrderStatus.CANCELED: _tr("Canceled"),
        OrderStatus.ERROR: _tr("Error"),
    }
    return words.get(status, status.value)


def progress_of(record: OrderRecord) -> float | None:
    """Delivered share (quantity - remains) / quantity, clamped to 0..1."""
    quantity, remains = record.quantity, record.remains
    if record.status is OrderStatus.COMPLETED and remains is None:
        return 1.0
    if not quantity or quantity <= 0 or remains is None:
        return None
    return min(1.0, max(0.0, (quantity - remains) / quantity))


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
        records.sort(key=operator.attrgetter("created_at", "local_id"), reverse=True)
        get_refill = refills.get
        return cls(
            records,
            refills,
            panel_names,
            panel_currencies or {},
            _fold_all([_haystack(r) for r in records]),
            [status_category(r) for r in records],
            [_flags(r, get_refill(r.local_id)) for r in records],
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
        return lambda r: _CATEGORY_RANK.get(status_category(r), 99)
    if column == REFILL:
        return lambda r: refill_words(refills.get(r.local_id))
    return lambda r: r.created_at


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
        self._update_palette()

    # -- loading --------------------------------------------------------------------------------
    def set_snapshot(self, snapshot: OrdersSnapshot) -> None:
        """Show freshly loaded orders (one model reset), keeping the filter and sort."""
        self.beginResetModel()
        self._records = snapshot.records
        self._haystacks = snapshot.haystacks
        self._categories = snapshot.categories
        self._flags = snapshot.flags
        self._pos = {r.local_id: i for i, r in enumerate(self._records)}
        self.refills = snapshot.refills
        self.panel_names = snapshot.panel_names
        self.panel_currencies = snapshot.panel_currencies
        self.complete = snapshot.complete
        self._keys.clear()
        self._perm = None
        self._update_palette()
        self._rows = self._compute_rows()
        self._row_of = None
        self.endResetModel()

    def _update_palette(self) -> None:
        self._dark = QGuiApplication.palette().base().color().lightness() < 128
        shade = 1 if self._dark else 0
        self._brushes = {tone: QBrush(QColor(pair[shade])) for tone, pair in _TONES.items()}
        self._brushes["alert"] = QBrush(QColor(_ALERT_BACKGROUND[shade]))

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
            if self._sort_column == DATE:
                # _records is newest first already
                self._perm = list(range(n)) if descending else list(range(n - 1, -1, -1))
            else:
                keys = self._keys_for(self._sort_column)
                # stable: equal keys keep newest first either way
                self._perm = sorted(range(n), key=keys.__getitem__, reverse=descending)
        return self._perm

    def _compute_rows(self) -> list[int]:
        flt = self._filter
        rows = self._sorted_indices()
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
        elif flt.status in _FILTER_CATEGORIES and flt.status != "all":
            wanted = _FILTER_CATEGORIES[flt.status]
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
        seen: dict[int, str] = {}
        for record in self._records:
            if record.service_id is not None and record.service_id not in seen:
                seen[record.service_id] = record.service_name
        return sorted(seen.items())

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
                return self._brushes[status_look(record).tone]
            if column == REFILL:
                refill = self.refills.get(record.local_id)
                if refill is not None and refill.state is not LocalState.ACCEPTED:
                    return self._brushes["bad" if refill.state is LocalState.REJECTED else "warn"]
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
        if column == DATE:
            return r.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == ORDER:
            return _NONE if r.panel_order_id is None else f"#{r.panel_order_id}"
        if column == PANEL:
            return self.panel_names.get(r.panel_id, f"#{r.panel_id}")
        if column == SERVICE:
            if r.service_id is None:
                return r.service_name or _NONE
            return f"#{r.service_id} {r.service_name}".rstrip()
        if column == LINK:
            return r.link
        if column == QUANTITY:
            return "" if r.quantity is None else f"{r.quantity:,}"
        if column == CHARGE:
            amount = r.charge if r.charge is not None else r.cost
            if amount is None:
                return ""
            text = format_money(amount, r.currency or self.panel_currencies.get(r.panel_id, ""))
            return text if r.charge is not None else "≈ " + text
        if column == START:
            return "" if r.start_count is None else f"{r.start_count:,}"
        if column == REMAINS:
            return "" if r.remains is None else f"{r.remains:,}"
        if column == PROGRESS:
            value = progress_of(r)
            return "" if value is None else f"{value:.0%}"
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
                return _tr("Charged by the panel")
            if r.cost is not None:
                return _tr("Estimated cost when placed; the panel has not reported a charge yet")
            return None
        if column in (LINK, SERVICE):
            text = self._display(r, column)
            if column == SERVICE and r.service_type:
                text = f"{text}\n{r.service_type}"
            return text
        if column == DATE:
            return r.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        if column == REFILL:
            refill = self.refills.get(r.local_id)
            if refill is None:
                return None
            parts = [refill_words(refill)]
            if refill.panel_refill_id is not None:
                parts.append(_tr("Refill #%1").replace("%1", str(refill.panel_refill_id)))
            if refill.error_text:
                parts.append(refill.error_text)
            return "\n".join(parts)
        return None


def _local_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the local time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


_HEADERS: Final[dict[int, Callable[[], str]]] = {
    DATE: lambda: _tr("Date"),
    ORDER: lambda: _tr("Order"),
    STATUS: lambda: _tr("Status"),
    SERVICE: lambda: _tr("Service"),
    LINK: lambda: _tr("Link"),
    QUANTITY: lambda: _tr("Quantity"),
    CHARGE: lambda: _tr("Charge"),
    PROGRESS: lambda: _tr("Delivered"),
    START: lambda: _tr("Start"),
    REMAINS: lambda: _tr("Remains"),
    REFILL: lambda: _tr("Refill"),
    PANEL: lambda: _tr("Panel"),
}
_HEADER_TIPS: Final[dict[int, Callable[[], str]]] = {
    DATE: lambda: _tr("When the order was placed (local time)"),
    ORDER: lambda: _tr("The panel's order number"),
    STATUS: lambda: _tr("The panel's status, or where the order stands locally"),
    SERVICE: lambda: _tr("Service id and name"),
    LINK: lambda: _tr("The link (or username) the order is for"),
    QUANTITY: lambda: _tr("Quantity ordered"),
    CHARGE: lambda: _tr("What the panel charged (≈: the estimate made when placing)"),
    PROGRESS: lambda: _tr("Delivered so far: (quantity − remains) / quantity"),
    START: lambda: _tr("The count when delivery started, as the panel reports it"),
    REMAINS: lambda: _tr("How many are still to be delivered"),
    REFILL: lambda: _tr("The latest refill request and its status"),
    PANEL: lambda: _tr("The panel the order was placed on"),
}
