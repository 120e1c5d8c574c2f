"""OrdersTableModel: the orders table over a Python list of OrderRecord. Filtering and sorting run
in Python over that list and reach the view as one reset or layout change; poller updates reach
it as coalesced dataChanged ranges, so selection and scroll position survive them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from smmdesk.core.catalog import fold
from smmdesk.core.delivery import Stuck
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord
from smmdesk.gui.orders.columns import (
    ALIGN_NUMBER,
    ALIGNMENT_ROLE,
    BACKGROUND_ROLE,
    CHARGE,
    COLUMN_COUNT,
    DATE,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    HEADER_TIPS,
    HEADERS,
    ITEM_FLAGS,
    NUMBER_COLUMNS,
    PANEL,
    PROGRESS,
    PROGRESS_ROLE,
    RECORD_ROLE,
    REFILL,
    STATUS,
    TOOLTIP_ROLE,
    AnyIndex,
    OrderCells,
    sort_key,
)
from smmdesk.gui.orders.snapshot import (
    STUCK_FLAG,
    OrderFilter,
    OrdersSnapshot,
    PanelNames,
    filter_rows,
    haystack,
    row_flags,
)
from smmdesk.gui.orders.status import progress_of, refill_kind, status_category, status_look
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import tip

__all__ = ["OrdersTableModel", "row_runs"]


def row_runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """The runs of consecutive rows in ``rows`` (sorted), as (first, last) pairs: one
    dataChanged or selection range each instead of one per row."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


# ---------------------------------------------------------------------------------------------
# The Qt model


class OrdersTableModel(OrderCells, QAbstractTableModel):
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
        self.removed_panels: frozenset[int] = frozenset()
        self.stuck: dict[int, Stuck] = {}
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
        self._role_data = self._role_table()
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
        self.removed_panels = snapshot.removed_panels
        self.complete = snapshot.complete
        self._keys.clear()
        self._perm = None
        self.update_palette()
        self._mark_stuck()
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

    def set_panels(self, panels: PanelNames) -> None:
        """Panels were connected, renamed or removed: their orders' Panel (and Charge) cells
        read anew, without a reset; sorting by panel follows at the next sort or filter."""
        if (panels.names, panels.currencies, panels.removed) == (
            self.panel_names,
            self.panel_currencies,
            self.removed_panels,
        ):
            return
        self.panel_names = panels.names
        self.panel_currencies = panels.currencies
        self.removed_panels = panels.removed
        if self._keys.pop(PANEL, None) is not None and self._sort_column == PANEL:
            self._perm = None
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, CHARGE), self.index(last, CHARGE))
            self.dataChanged.emit(self.index(0, PANEL), self.index(last, PANEL))

    def set_stuck(self, stuck: Mapping[int, Stuck]) -> None:
        """Mark these orders stuck (and no other): their Status cells say so, the "Stuck"
        filter keeps them. Under that filter the rows are filtered again."""
        old = set(self.stuck)
        self.stuck = dict(stuck)  # _mark_stuck keeps the orders this model holds
        self._mark_stuck()
        if self._filter.status == "stuck":
            self.beginResetModel()
            self._rows = self._compute_rows()
            self._row_of = None
            self.endResetModel()
            return
        lookup = self._row_lookup()
        changed = {self._pos[i] for i in old.symmetric_difference(self.stuck) if i in self._pos}
        for first, last in row_runs(sorted(lookup[i] for i in changed if i in lookup)):
            self.dataChanged.emit(self.index(first, STATUS), self.index(last, STATUS))

    def _mark_stuck(self) -> None:
        flags, stuck, pos = self._flags, self.stuck, self._pos
        for index, record in enumerate(self._records):
            if record.local_id in stuck:
                flags[index] |= STUCK_FLAG
            else:
                flags[index] &= ~STUCK_FLAG
        self.stuck = {i: s for i, s in stuck.items() if i in pos}

    def has_panels_of(self, records: Iterable[OrderRecord]) -> bool:
        """Whether every one of ``records`` belongs to a panel this model can name."""
        return all(r.panel_id in self.panel_names for r in records)

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
            key = sort_key(column, self)
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
        return filter_rows(
            self._filter, rows, self._records, self._flags, self._categories, self._haystacks
        )

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
        for record in records:
            index = self._pos.get(record.local_id)
            if index is None:
                missing.append(record.local_id)
                continue
            self._replace(index, record, refills.get(record.local_id))
            touched.append(index)
        lookup = self._row_lookup()
        self._repaint_rows(sorted({lookup[i] for i in touched if i in lookup}))
        return missing

    def _replace(self, index: int, record: OrderRecord, refill: RefillRecord | None) -> None:
        """Put ``record`` at ``index`` with everything derived from it (``refill``: its latest
        refill, if it changed); a changed sort key leaves the next filter change to re-sort."""
        old = self._records[index]
        self._records[index] = record
        if refill is not None:
            self.refills[record.local_id] = refill
        else:
            refill = self.refills.get(record.local_id)
        self._categories[index] = status_category(record)
        self._flags[index] = row_flags(record, refill)
        # re-read because it changed: no longer stuck until the next look says so
        self.stuck.pop(record.local_id, None)
        searched = (old.link, old.service_name, old.note, old.panel_order_id)
        if searched != (record.link, record.service_name, record.note, record.panel_order_id):
            self._haystacks[index] = fold(haystack(record))
        for column, keys in self._keys.items():
            keys[index] = sort_key(column, self)(record)
        sort_keys = self._keys.get(self._sort_column)
        if sort_keys is not None:
            if self._perm is not None and sort_keys[index] != sort_key(self._sort_column, self)(
                old
            ):
                self._perm = None  # the next filter change re-sorts
        elif self._sort_column == DATE and old.created_at != record.created_at:
            self._perm = None

    def _repaint_rows(self, rows: list[int]) -> None:
        """One dataChanged per run of consecutive rows (``rows`` sorted)."""
        last_column = COLUMN_COUNT - 1
        for first, last in row_runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

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
            self._haystacks.append(fold(haystack(record)))
            self._categories.append(status_category(record))
            self._flags.append(row_flags(record, self.refills.get(record.local_id)))
            for column, keys in self._keys.items():
                keys.append(sort_key(column, self)(record))
            if record.service_id is not None:
                services.setdefault(record.service_id, record.service_name)
        self._services = sorted(services.items())
        self._newest_first = False
        self._perm = None  # the next filter or sort change sorts everything again
        self._rows = list(self._rows)  # it may be the old sort order's list itself
        key = sort_key(self._sort_column, self)
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
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == DISPLAY_ROLE:
            return HEADERS[section]()
        if role == TOOLTIP_ROLE:
            return HEADER_TIPS[section]()
        if role == ALIGNMENT_ROLE and section in NUMBER_COLUMNS:
            return ALIGN_NUMBER
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        answer = self._role_data.get(role)
        if answer is None or row >= len(self._rows):
            return None
        return answer(self._records[self._rows[row]], index.column())

    def _foreground(self, record: OrderRecord, column: int) -> QBrush | None:
        if column == STATUS:
            kind = "unknown" if record.local_id in self.stuck else status_look(record).kind
            return self._brushes[kind]
        refill = self.refills.get(record.local_id) if column == REFILL else None
        return None if refill is None else self._brushes[refill_kind(refill)]

    def _background(self, record: OrderRecord, column: int) -> QBrush | None:
        if column == STATUS and record.state is LocalState.UNKNOWN:
            return self._brushes["alert"]
        return None

    def _font(self, record: OrderRecord, column: int) -> QFont | None:
        if column == STATUS and record.state is LocalState.UNKNOWN:
            return self._bold
        return None

    def _tooltip_data(self, record: OrderRecord, column: int) -> str | None:
        return tip(self.tooltip(record, column)) or None

    def _role_table(self) -> dict[int, Callable[[OrderRecord, int], Any]]:
        """What ``data`` answers for each role it serves: a function of (order, column)."""
        return {
            DISPLAY_ROLE: self.display,
            FOREGROUND_ROLE: self._foreground,
            BACKGROUND_ROLE: self._background,
            FONT_ROLE: self._font,
            ALIGNMENT_ROLE: lambda _r, column: ALIGN_NUMBER if column in NUMBER_COLUMNS else None,
            TOOLTIP_ROLE: self._tooltip_data,
            PROGRESS_ROLE: lambda r, column: progress_of(r) if column == PROGRESS else None,
            RECORD_ROLE: lambda r, _column: r,
        }
