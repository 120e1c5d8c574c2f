"""The Changes window: the catalogue history of one panel or of all of them, newest first,
filtered by panel, period, kind of change and favourites, sortable by any column.

Rows come from the Store (one query per filter change: thousands of rows, not a catalogue);
panel and service text is shown as plain text, each cell in its own direction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.catalog import fold
from smmdesk.core.changes import ChangeKind
from smmdesk.core.store import ChangeRecord, Store, StoreError
from smmdesk.gui.widgets import screen, theme
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label, tip
from smmdesk.gui.widgets.views import RowFocusTableView
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.changes import kind_words, value_text

__all__ = ["COLUMNS", "ROW_LIMIT", "ChangesModel", "ChangesWindow"]

_Index = QModelIndex | QPersistentModelIndex
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
_ALIGN_TEXT = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
#: rows read at most (the newest): reading and sorting them stays well under a frame budget
#: of the GUI thread's patience (~40 ms), whatever the history holds
ROW_LIMIT: Final = 5000
#: columns, in order: when, panel, service id, service name, change, before, after
COLUMNS: Final = ("when", "panel", "id", "name", "kind", "old", "new")
_KIND_ORDER: Final = {kind: i for i, kind in enumerate(ChangeKind)}
_RATE_KINDS: Final = frozenset(
    {ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.RATE_UP, ChangeKind.RATE_DOWN}
)

#: the kinds that cost the user (red) or save them money (green); the words say it too
_KIND_TONES: Final = {
    ChangeKind.RATE_UP: "error",
    ChangeKind.REMOVED: "error",
    ChangeKind.ID_REUSED: "error",
    ChangeKind.RATE_DOWN: "completed",
}
#: kinds whose before / after are numbers (aligned as numbers are)
_NUMBER_KINDS: Final = _RATE_KINDS | {ChangeKind.LIMITS_CHANGED}


def _value_key(record: ChangeRecord, new: bool) -> tuple[int, Decimal, str]:
    change = record.change
    raw = (change.new if new else change.old) or ""
    if change.kind in _RATE_KINDS and raw:
        return (0, Decimal(raw), "")
    return (1, Decimal(0), fold(raw))


_SORT_KEYS: Final[dict[str, Callable[[ChangeRecord, dict[int, str]], Any]]] = {
    "when": lambda r, _n: r.at,
    "panel": lambda r, names: fold(names.get(r.panel_id, "")),
    "id": lambda r, _n: r.change.service_id,
    "name": lambda r, _n: fold(r.change.name),
    "kind": lambda r, _n: _KIND_ORDER[r.change.kind],
    "old": lambda r, _n: _value_key(r, False),
    "new": lambda r, _n: _value_key(r, True),
}


class ChangesModel(QAbstractTableModel):
    """Stored changes as rows; sorted in Python, the whole model reset (a few thousand rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChangeRecord] = []
        self._panels: dict[int, str] = {}
        self._currencies: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)

    def set_rows(
        self, rows: Sequence[ChangeRecord], panels: dict[int, str], currencies: dict[int, str]
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._panels, self._currencies = panels, currencies
        self._apply_sort()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Panel"),
            self.tr("ID"),
            self.tr("Service"),
            self.tr("Change"),
            self.tr("Before"),
            self.tr("After"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("name", "old", "new"):
            return tip(self._text(record, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column in ("id", "when") or (
                column in ("old", "new") and record.change.kind in _NUMBER_KINDS
            )
            return int(_ALIGN_NUMBER if numeric else _ALIGN_TEXT)
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            tone = _KIND_TONES.get(record.change.kind)
            return None if tone is None else QBrush(theme.status_colour(tone))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(record, column) or self.tr("None")
        return None

    def _text(self, record: ChangeRecord, column: str) -> str:
        change = record.change
        if column == "when":
            return numbers.fmt_datetime(record.at)
        if column == "panel":
            return self._panels.get(record.panel_id, "")
        if column == "id":
            return numbers.fmt_id(change.service_id)
        if column == "name":
            return change.name
        if column == "kind":
            return kind_words(change.kind)
        currency = self._currencies.get(record.panel_id, "")
        return value_text(change, currency, new=column == "new")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = _SORT_KEYS[COLUMNS[column]]
        names = self._panels
        # newest first within equal keys, whatever the column
        self.rows.sort(key=lambda r: r.at, reverse=True)
        self.rows.sort(key=lambda r: key(r, names), reverse=order == Qt.SortOrder.DescendingOrder)


class ChangesWindow(QDialog):
    """The catalogue history across panels (or of one), with its filters; ``reload`` after a
    refresh recorded changes."""

    def __init__(self, store: Store, panel_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changesWindow")
        self.setWindowTitle(self.tr("Catalogue changes"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._store = store
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters(panel_id))
        self.model = ChangesModel(self)
        self.table = RowFocusTableView(self)
        self.table.setObjectName("changesTable")
        self.table.setAccessibleName(self.tr("Catalogue changes"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        layout.addWidget(self.table, 1)
        self.empty_label = new_label(self, "")
        self.empty_label.setWordWrap(True)
        align_to_reading_start(self.empty_label)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._size_columns()
        screen.fit_window(self, self.sizeHint().expandedTo(self._preferred_size()))
        self.reload()

    # -- construction ------------------------------------------------------------------------
    def _preferred_size(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 150, 520)

    def _build_filters(self, panel_id: int | None) -> QHBoxLayout:
        row = QHBoxLayout()
        self.panel_filter = QComboBox(self)
        self.panel_filter.setAccessibleName(self.tr("Panel"))
        self.period_filter = QComboBox(self)
        self.period_filter.setAccessibleName(self.tr("Period"))
        for text, value in (
            (self.tr("Last 7 days"), "7"),
            (self.tr("Last 30 days"), "30"),
            (self.tr("All time"), "all"),
            (self.tr("Between dates"), "range"),
        ):
            self.period_filter.addItem(text, value)
        self.period_filter.setCurrentIndex(1)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in (
            (self.date_from, self.tr("From this day")),
            (self.date_to, self.tr("To this day (included)")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(numbers.date_edit_format())
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            align_to_reading_start(edit)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind of change"))
        self.kind_filter.addItem(self.tr("All changes"), None)
        self.kind_filter.addItem(self.tr("Rate up or gone"), "watch")
        for kind in ChangeKind:
            self.kind_filter.addItem(kind_words(kind), kind.value)
        self.favourites_only = QCheckBox(self.tr("&Favourites only"), self)
        self.count_label = new_label(self, "")
        self._fill_panels(panel_id)
        for text, widget in (
            (self.tr("&Panel:"), self.panel_filter),
            (self.tr("P&eriod:"), self.period_filter),
        ):
            label = new_label(self, text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.date_from)
        row.addWidget(self.date_to)
        kind_label = new_label(self, self.tr("&Kind:"))
        kind_label.setBuddy(self.kind_filter)
        row.addWidget(kind_label)
        row.addWidget(self.kind_filter)
        row.addWidget(self.favourites_only)
        row.addStretch(1)
        row.addWidget(self.count_label)
        for combo in (self.panel_filter, self.period_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)
        self.favourites_only.toggled.connect(self.reload)
        return row

    def _fill_panels(self, panel_id: int | None) -> None:
        self.panel_filter.addItem(self.tr("All panels"), None)
        try:
            panels = self._store.list_panels()
        except StoreError:
            panels = []
        for panel in sorted(panels, key=lambda p: fold(p.name)):
            self.panel_filter.addItem(panel.name, panel.id)
        found = self.panel_filter.findData(panel_id) if panel_id is not None else 0
        self.panel_filter.setCurrentIndex(max(found, 0))

    def _size_columns(self) -> None:
        """Widths from samples in the user's locale (never measured over the rows)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sample_when = numbers.fmt_datetime(datetime(2026, 12, 28, 23, 59))
        money = numbers.fmt_money(Decimal("12345.6789"), "USD")
        widths = {
            "when": metrics.horizontalAdvance(sample_when),
            "panel": metrics.averageCharWidth() * 16,
            "id": metrics.horizontalAdvance(numbers.fmt_id(9_999_999)),
            "kind": max(metrics.horizontalAdvance(kind_words(k)) for k in ChangeKind),
            # names and types show here too: room for a short name, the rest in the tooltip
            "old": max(metrics.horizontalAdvance(money), metrics.averageCharWidth() * 22),
            "new": max(metrics.horizontalAdvance(money), metrics.averageCharWidth() * 22),
        }
        for column, width in widths.items():
            header.resizeSection(COLUMNS.index(column), width + 24)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 4)

    # -- filters -----------------------------------------------------------------------------
    def _period(self) -> tuple[datetime | None, datetime | None]:
        """(since, until) in local time: whole days, the last one included."""
        period = self.period_filter.currentData()
        today = date.today()
        ranged = period == "range"
        self.date_from.setEnabled(ranged)
        self.date_to.setEnabled(ranged)
        if period in ("7", "30"):
            return _midnight(today - timedelta(days=int(period) - 1)), None
        if ranged:
            first, last = self.date_from.date(), self.date_to.date()
            start = date(first.year(), first.month(), first.day())
            end = date(last.year(), last.month(), last.day())
            return _midnight(start), _midnight(end + timedelta(days=1))
        return None, None

    def _kinds(self) -> set[ChangeKind] | None:
        value = self.kind_filter.currentData()
        if value is None:
            return None
        if value == "watch":
            return {ChangeKind.RATE_UP, ChangeKind.REMOVED, ChangeKind.ID_REUSED}
        return {ChangeKind(value)}

    def reload(self) -> None:
        """Read the changes the filters choose, again (a refresh may have added some)."""
        since, until = self._period()
        empty = self.tr(
            "No changes for this choice. A panel's changes are recorded from its second "
            "catalogue refresh on: the first one is what later ones are compared with."
        )
        try:
            rows = self._store.catalog_changes(
                panel_id=self.panel_filter.currentData(),
                since=since,
                until=until,
                kinds=self._kinds(),
                favourites_only=self.favourites_only.isChecked(),
                limit=ROW_LIMIT + 1,
            )
            panels = self._store.list_panels()
        except StoreError:
            rows, panels = [], []
            empty = self.tr("The catalogue history could not be read from the database.")
        names = {p.id: p.name for p in panels}
        currencies = {p.id: p.currency or "" for p in panels}
        more = len(rows) > ROW_LIMIT
        self.model.set_rows(rows[:ROW_LIMIT], names, currencies)
        if more:
            self.count_label.setText(
                self.tr("The newest %1 changes: narrow the period to see older ones").replace(
                    "%1", numbers.fmt_int(ROW_LIMIT)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln changes", "", len(rows)))
        self.empty_label.setText(empty)
        self.empty_label.setVisible(not rows)


def _midnight(day: date) -> datetime:
    """The start of ``day`` in the computer's time zone."""
    return datetime.combine(day, time.min).astimezone()
