"""The orders table's item delegates: the delivered-progress bar (filled from the reading side)
and links elided in the middle."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from smmdesk.core.store import OrderRecord
from smmdesk.gui.orders.columns import PROGRESS_ROLE, RECORD_ROLE
from smmdesk.gui.orders.status import status_look
from smmdesk.gui.widgets import theme

__all__ = ["LinkDelegate", "ProgressDelegate"]

_AnyIndex = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Paints the delivered share as a bar with its percentage; it fills from the reading
    side, so right-to-left layouts fill from the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return
        record = index.data(RECORD_ROLE)
        kind = status_look(record).kind if isinstance(record, OrderRecord) else "in_progress"
        rect = QRectF(opt.rect).adjusted(4, 4, -4, -4)
        if rect.width() < 8 or rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPainterPath()
        track.addRoundedRect(rect, 3, 3)
        base = opt.palette.color(opt.palette.ColorRole.Mid)
        base.setAlpha(70)
        painter.fillPath(track, base)
        filled = rect.width() * float(value)
        if filled > 0:
            bar = QRectF(rect)
            bar.setWidth(filled)
            if opt.direction == Qt.LayoutDirection.RightToLeft:
                bar.moveRight(rect.right())
            # the status colour of the current theme, softened so the percentage stays readable
            fill = theme.status_colour(kind, theme.is_dark(opt.palette))
            fill.setAlpha(110)
            painter.setClipPath(track)
            painter.fillRect(bar, fill)
            painter.setClipping(False)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class LinkDelegate(QStyledItemDelegate):
    """Links keep their start and end visible (the post id is at the end)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
