"""The catalogue's service tree view: category rows act as spanned headers that keep the
selected service, spanned lazily as they come into view; which categories open after a
search, and selecting a service row."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
)
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from smmdesk.core.ordertypes import ORDER_TYPES
from smmdesk.gui.catalog.model import FLAGS, ID, MAX, MIN, NAME, RATE, TYPE, ServiceTreeModel
from smmdesk.gui.wording.services import (
    compact_flags,
    format_count_short,
    format_rate,
    spec_title,
)

__all__ = ["EXPAND_ALL_LIMIT", "EXPAND_FIRST", "Expansion", "ServiceTree"]


#: with at most this many matching categories every one is expanded after a search...
EXPAND_ALL_LIMIT: Final = 60
#: ...otherwise only the first few: expanding hundreds of categories at once stalls the view
EXPAND_FIRST: Final = 5


@dataclass(frozen=True)
class Expansion:
    """Which top-level rows were open: (is the favourites branch, title) pairs."""

    groups: set[tuple[bool, str]]
    had_favourites: bool


class ServiceTree(QTreeView):
    """The service tree. Category rows are headers: clicking or arrowing onto one keeps the
    selected service (and with it the order form), and their titles span every column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spanned: set[int] = set()
        #: the flags and type columns' full widths (they narrow in a narrow pane)
        self._natural: dict[int, int] = {}
        #: top-level rows now expanded, kept from the signals: asking the view row by row
        #: costs a Python model call per category
        self.open_rows: set[int] = set()
        #: set while the pane rebuilds rows: spanning mid-way would force a layout per expand
        self.batch = False
        # span rows as they come into view, before the paint they cause (no second repaint)
        self.verticalScrollBar().valueChanged.connect(self.span_visible_categories)
        self.expanded.connect(self._on_expanded)
        self.collapsed.connect(self._on_collapsed)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if index.isValid() and not index.parent().isValid():
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def reset(self) -> None:
        super().reset()
        self._spanned.clear()
        self.open_rows.clear()

    def expandAll(self) -> None:
        super().expandAll()
        model = self.model()
        self.open_rows = set(range(model.rowCount())) if model is not None else set()

    def collapseAll(self) -> None:
        super().collapseAll()
        self.open_rows.clear()

    def _on_expanded(self, index: QModelIndex) -> None:
        if not index.parent().isValid():
            self.open_rows.add(index.row())
        self.span_visible_categories()

    def _on_collapsed(self, index: QModelIndex) -> None:
        if not index.parent().isValid():
            self.open_rows.discard(index.row())
        self.span_visible_categories()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.keep_name_room()
        self.span_visible_categories()

    def keep_name_room(self) -> None:
        """In a narrow pane the flags and type columns give up width (down to half, their
        cells elide with the whole text in the tooltip) so service names keep ~28 characters;
        in a wide one they have their full width back."""
        natural = self._natural
        if not natural or not self.isVisible():
            return  # a hidden tree is fitted by the resize event its showing brings
        header = self.header()
        others = sum(
            natural.get(column, header.sectionSize(column))
            for column in range(header.count())
            if column != NAME and not header.isSectionHidden(column)
        )
        short = self.fontMetrics().averageCharWidth() * 28 - (self.viewport().width() - others)
        for column in (FLAGS, TYPE):
            cut = min(max(short, 0), natural[column] // 2)
            if header.sectionSize(column) != natural[column] - cut:
                header.resizeSection(column, natural[column] - cut)
            short -= cut

    def paintEvent(self, event: QPaintEvent) -> None:
        self.span_visible_categories()  # a safety net: normally every row is spanned by now
        super().paintEvent(event)

    def span_visible_categories(self, *_args: object) -> None:
        """Span the category rows on screen. Spanning all of them after each search costs more
        than the search itself at 20k services (one Python model call per category), and only
        the rows being painted need it."""
        if self.batch:
            return
        index = self.indexAt(QPoint(1, 1))
        if not index.isValid():
            return
        root = QModelIndex()
        row_height = max(self.rowHeight(index), 1)
        for _ in range(self.viewport().height() // row_height + 2):
            if not index.isValid():
                break
            if not index.parent().isValid() and index.row() not in self._spanned:
                self._spanned.add(index.row())
                self.setFirstColumnSpanned(index.row(), root, True)
            index = self.indexBelow(index)

    def size_columns(self) -> None:
        """Column widths from samples in the user's language and digits; the name stretches."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        metrics = self.fontMetrics()
        pad = 18

        def width(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + pad

        def widest(*samples: str) -> int:
            return max(map(width, samples))

        icon = self.iconSize().width() if self.iconSize().width() > 0 else 16
        # samples in the user's language and digits: Arabic words and digits differ in width
        widths = {
            ID: self.indentation() + icon + width("0000000"),
            RATE: widest(
                format_rate(Decimal("9999"), "USD"),
                # a package's rate says so (the header's "per 1000" is not its price)
                QCoreApplication.translate("ServiceTreeModel", "%1 per package").replace(
                    "%1", format_rate(Decimal("99.99"), "USD")
                ),
            ),
            MIN: width(format_count_short(100_000)),
            MAX: widest(*map(format_count_short, (9_999_999, 2_100_000_000, 999_900_000_000))),
            FLAGS: widest(compact_flags(True, True, True), compact_flags(True, None, None)),
            # every order type's title reads whole ("Mentions with Hashtags"), up to a cap;
            # a panel's own longer spelling elides, whole in its tooltip
            TYPE: min(
                widest(*(spec_title(spec) for spec in ORDER_TYPES.values())),
                metrics.averageCharWidth() * 21,
            ),
        }
        for column, value in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, value)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._natural = {column: widths[column] for column in (FLAGS, TYPE)}
        self.keep_name_room()

    # -- expansion and selection -----------------------------------------------------------------
    def _service_model(self) -> ServiceTreeModel:
        model = self.model()
        assert isinstance(model, ServiceTreeModel)
        return model

    def open_groups(self) -> Expansion:
        """Which categories are open now (to open them again after the rows change)."""
        model = self._service_model()
        has_favourites = model.has_favourites_branch()
        rows = model.rowCount()
        expanded = {
            (row == 0 and has_favourites, model.group_title(row))
            for row in self.open_rows
            if row < rows
        }
        return Expansion(expanded, has_favourites)

    def expand_groups(self, previous: Expansion | None, narrowed: bool) -> None:
        """Open what was open before (``previous``), or after a new search all categories of a
        narrow result and the first few of a wide one."""
        model = self._service_model()
        rows = model.rowCount()
        has_favourites = model.has_favourites_branch()
        if previous is not None:
            wanted = {
                0 if is_favourites else model.row_of_category(title)
                for is_favourites, title in previous.groups
                if has_favourites or not is_favourites
            }
            # a branch that just appeared (first star) opens so the user sees the star land
            if has_favourites and not previous.had_favourites:
                wanted.add(0)
            for row in sorted(r for r in wanted if r is not None):
                self.expand(model.index(row, 0))
            return
        if narrowed and model.group_count() <= EXPAND_ALL_LIMIT:
            self.expandAll()
            return
        first = (1 if has_favourites else 0) + (EXPAND_FIRST if narrowed else 0)
        for row in range(min(first, rows)):
            self.expand(model.index(row, 0))

    def select(self, index: QModelIndex) -> None:
        """Make the service row at ``index`` the current, selected and visible one."""
        self.expand(index.parent())
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_first(self) -> bool:
        """Select the first service of the first open category (False if there is none)."""
        model = self._service_model()
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            if model.rowCount(parent) and (self.isExpanded(parent) or row == 0):
                self.select(model.index(0, 0, parent))
                return True
        return False
