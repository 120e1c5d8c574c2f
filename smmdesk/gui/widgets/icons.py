"""The app icon (shipped in ``smmdesk.resources``) and the small icons SMMDesk draws itself
(no icon theme needed): the key field's eye and the disclosure triangle in the palette's
colours, the favourite star and the warning mark of catalogue rows."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from math import cos, radians, sin

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

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


_DRAWN: dict[str, QIcon] = {}


def _drawn(key: str, draw: Callable[[QPainter, int], None]) -> QIcon:
    """An icon drawn by ``draw(painter, size)`` at 16 and 32 px on a transparent, antialiased
    pixmap (no icon theme needed), made once per ``key``."""
    icon = _DRAWN.get(key)
    if icon is not None:
        return icon
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size)
        painter.end()
        icon.addPixmap(pixmap)
    _DRAWN[key] = icon
    return icon


def _draw_warning(painter: QPainter, size: int) -> None:
    top, bottom = size * 0.08, size * 0.92
    triangle = QPolygonF(
        [QPointF(size / 2, top), QPointF(size * 0.96, bottom), QPointF(size * 0.04, bottom)]
    )
    painter.setPen(QColor("#8a5a00"))
    painter.setBrush(QBrush(QColor("#f5b301")))
    painter.drawPolygon(triangle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#3b2a00")))
    stroke = size * 0.11
    painter.drawRect(QRectF(size / 2 - stroke / 2, size * 0.36, stroke, size * 0.3))
    painter.drawEllipse(QPointF(size / 2, size * 0.77), stroke * 0.6, stroke * 0.6)


def warning_icon() -> QIcon:
    """An amber warning triangle drawn as a polygon (no icon theme needed)."""
    return _drawn("warning", _draw_warning)


def _draw_star(filled: bool) -> Callable[[QPainter, int], None]:
    def draw(painter: QPainter, size: int) -> None:
        centre, outer, inner = size / 2, size * 0.47, size * 0.19
        points = []
        for k in range(10):
            radius = outer if k % 2 == 0 else inner
            angle = -90 + k * 36  # start at the top point, go clockwise
            points.append(
                QPointF(
                    centre + radius * cos(radians(angle)),
                    centre + 0.5 + radius * sin(radians(angle)),
                )
            )
        if filled:
            painter.setPen(QColor("#b8860b"))
            painter.setBrush(QBrush(QColor("#f5b301")))
        else:
            painter.setPen(QColor(128, 128, 128, 110))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF(points))

    return draw


def favourite_star(filled: bool = True) -> QIcon:
    """A star drawn as a polygon (no font or icon theme needed): gold when filled."""
    return _drawn(f"star-{filled}", _draw_star(filled))


def _draw_tick(painter: QPainter, size: int) -> None:
    painter.setPen(QColor("#1e6b2e"))
    painter.setBrush(QBrush(QColor("#2e9e48")))
    painter.drawEllipse(QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92))
    pen = QPen(QColor("#ffffff"), size * 0.13)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    tick = QPainterPath(QPointF(size * 0.27, size * 0.52))
    tick.lineTo(QPointF(size * 0.44, size * 0.69))
    tick.lineTo(QPointF(size * 0.74, size * 0.33))
    painter.drawPath(tick)


def tick_icon() -> QIcon:
    """A green disc with a white tick (the best choice of a list), drawn (no icon theme)."""
    return _drawn("tick", _draw_tick)
