"""The catalogue's service tree view: category rows act as spanned headers that keep the
selected service, spanned lazily as they come into view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QTreeView, QWidget


class _ServiceTree(QTreeView):
    """The service tree. Category rows are headers: clicking or arrowing onto one keeps the
    selected service (and with it the order form), and their titles span every column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spanned: set[int] = set()
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
        self.span_visible_categories()

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
