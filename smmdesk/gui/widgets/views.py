"""Item views with a visible keyboard focus: the current row of a table is ringed across all
its columns while the table has the focus (a cell-sized dotted frame is easy to miss)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTableView

from smmdesk.gui.widgets import theme

__all__ = ["RowFocusTableView"]


class RowFocusTableView(QTableView):
    """A QTableView that rings its current row while it has the keyboard focus."""

    def current_row_rect(self) -> QRect:
        """The current row's rectangle in the viewport (empty when there is none)."""
        index = self.currentIndex()
        if not index.isValid():
            return QRect()
        header = self.horizontalHeader()
        width = min(header.length() - header.offset(), self.viewport().width())
        top = self.rowViewportPosition(index.row())
        return QRect(0, top, max(width, 0), self.rowHeight(index.row()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        rect = self.current_row_rect()
        if rect.isEmpty():
            return
        selected = self.selectionModel().isRowSelected(self.currentIndex().row())
        colour = (
            self.palette().color(self.palette().ColorRole.HighlightedText)
            if selected
            else theme.focus_colour(self.palette())
        )
        painter = QPainter(self.viewport())
        pen = QPen(colour, 2)
        pen.setStyle(Qt.PenStyle.DashLine if selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self.viewport().update()  # the ring spans the row: repaint the old and the new one

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
