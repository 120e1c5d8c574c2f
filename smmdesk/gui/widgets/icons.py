"""The app icon (shipped in ``smmdesk.resources``) and the small icons drawn in the palette's
colours (the key field's eye, the disclosure triangle)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from smmdesk.resources import location


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((location() / "icons").glob("smmdesk-*.png")):
        icon.addFile(str(png))
    return icon


def eye_icon(palette: QPalette, crossed: bool) -> QIcon:
    """A small eye drawn with the palette's text colour (no icon theme is guaranteed offscreen)."""
    pixmap = QPixmap(40, 40)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(palette.color(QPalette.ColorRole.Text), 1.6)
    painter.setPen(pen)
    path = QPainterPath(QPointF(2, 10))
    path.quadTo(QPointF(10, 2), QPointF(18, 10))
    path.quadTo(QPointF(10, 18), QPointF(2, 10))
    painter.drawPath(path)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawEllipse(QRectF(7.5, 7.5, 5, 5))
    if crossed:
        painter.drawLine(QPointF(3.5, 16.5), QPointF(16.5, 3.5))
    painter.end()
    return QIcon(pixmap)


def triangle_icon(palette: QPalette, arrow: Qt.ArrowType) -> QIcon:
    """A disclosure triangle pointing right, left or down."""
    points = {
        Qt.ArrowType.RightArrow: ((7, 5), (13, 10), (7, 15)),
        Qt.ArrowType.LeftArrow: ((13, 5), (7, 10), (13, 15)),
        Qt.ArrowType.DownArrow: ((5, 7), (15, 7), (10, 13)),
    }[arrow]
    pixmap = QPixmap(40, 40)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawPolygon([QPointF(x, y) for x, y in points])
    painter.end()
    return QIcon(pixmap)
